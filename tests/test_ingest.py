"""Readers and bad input: a clear error or a graceful result, never a traceback."""

from __future__ import annotations

import io
import time

import pytest

import warta
from warta.errors import BinaryInputError, EmptyInputError, InputError, JSONLError
from warta.ingest import decode, iter_jsonl, iter_path


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\xef\xbb\xbf\n"])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode(data, "x.txt")


@pytest.mark.parametrize("data", [b"\x00\x01\x02abc", bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data, "x.bin")


def test_cp1252_fallback_is_reported() -> None:
    text, warnings = decode("Kafe “Bintang” dibuka.".encode("cp1252"), "x.txt")
    assert text == "Kafe “Bintang” dibuka."
    assert warnings and "cp1252" in warnings[0]


def test_utf8_bom_and_crlf() -> None:
    text, warnings = decode("\ufeffBaris satu.\r\nBaris dua.".encode(), "x.txt")
    assert text == "Baris satu.\nBaris dua."
    assert warnings == []


def test_non_utf8_warning_reaches_record(tmp_path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Warga kota merayakan hari jadi dengan pawai. Caf\xe9 penuh.".encode("latin-1"))
    [article] = list(iter_path(path))
    assert not isinstance(article, InputError)
    record = warta.analyze_article(article)
    assert any("cp1252" in w for w in record.warnings)
    assert "Café" in record.text


def test_malformed_jsonl_names_line_and_keeps_going() -> None:
    stream = io.BytesIO(
        b'{"id": "a", "text": "Satu."}\n'
        b'{"id": "b", "text": \n'
        b"[1, 2]\n"
        b'{"id": "c"}\n'
        b'{"id": "d", "text": "Dua.", "published": "kemarin"}\n'
        b"\n"
        b'{"id": "e", "text": "Tiga.", "published": "2024-12-17"}\n'
    )
    items = list(iter_jsonl(stream, "batch.jsonl"))
    ok = [i for i in items if not isinstance(i, InputError)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in ok] == ["a", "e"]
    assert [e.line for e in bad] == [2, 3, 4, 5]
    assert all(isinstance(e, JSONLError) and "batch.jsonl" in str(e) for e in bad)


def test_unclosed_quote_is_graceful() -> None:
    record = warta.analyze('Pejabat itu berkata, "Kami akan datang besok. Lalu ia pergi.', published="2024-01-02")
    assert record.sentences


def test_large_article_is_linear() -> None:
    """A 5 MB article is analysed, and time grows about linearly with size."""
    paragraph = (
        'JAKARTA - Sekitar 12 warga terluka, kata polisi, Senin (16/12/2024). "Kami masih '
        'mencari," ujar Kepala Polisi Budi Santoso. Harga naik 15 persen sejak Agustus lalu.\n\n'
    )
    small = paragraph * 2_000
    big = paragraph * (5_000_000 // len(paragraph))
    start = time.perf_counter()
    warta.analyze(small, published="2024-12-17")
    t_small = time.perf_counter() - start
    start = time.perf_counter()
    record = warta.analyze(big, published="2024-12-17")
    t_big = time.perf_counter() - start
    assert len(record.text) >= 4_900_000
    ratio = len(big) / len(small)
    assert t_big < t_small * ratio * 3 + 5, (t_small, t_big, ratio)
