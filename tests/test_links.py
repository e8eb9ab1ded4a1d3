"""Lines that link to other articles."""

from __future__ import annotations

from warta.links import inside, link_lines


def test_a_link_line_is_found_and_body_text_is_not() -> None:
    text = "Harga cabai naik.\nBaca juga: Harga Bawang Turun di Pasar Lama\nPedagang mengeluh."
    spans = link_lines(text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end].startswith("Baca juga")
    assert not inside(spans, text.index("Pedagang"))
    assert inside(spans, text.index("Bawang"))


def test_titles_after_a_bare_link_line_are_covered_without_overlap() -> None:
    text = (
        "Baca juga:\nBaca juga: Judul Pertama\nJudul berita kedua\n\n"
        "Warga mengatakan jalan itu rusak."
    )
    spans = link_lines(text)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert inside(spans, text.index("Judul berita kedua"))
    assert not inside(spans, text.index("Warga"))
