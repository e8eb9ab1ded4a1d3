"""The ``warta_dateline`` component: outlet and place opening wire copy."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import warta.components  # noqa: F401  (registers the factories)
from warta.components.dateline import find_dateline, outlet_name, place_name
from warta.eval.sentences import WARTA_COMPONENTS
from warta.pipeline import COMPONENTS, load

# (text, place, outlet, dateline text)
CASES: list[tuple[str, str | None, str | None, str]] = [
    ("Liputan6.com, Kyiv - Pasukan bergerak ke timur.", "Kyiv", "Liputan6.com", "Liputan6.com, Kyiv -"),
    ("JAKARTA, KOMPAS.com - Harga beras naik.", "Jakarta", "Kompas.com", "JAKARTA, KOMPAS.com -"),
    ("KOMPAS.com - Musim hujan datang lebih awal.", None, "Kompas.com", "KOMPAS.com -"),
    ("Jakarta, CNN Indonesia -- Rapat kabinet digelar.", "Jakarta", "CNN Indonesia", "Jakarta, CNN Indonesia --"),
    ("TEMPO.CO, Jakarta - Polisi menangkap dua orang.", "Jakarta", "TEMPO.CO", "TEMPO.CO, Jakarta -"),
    ("Bisnis.com, JAKARTA - Rupiah menguat.", "Jakarta", "Bisnis.com", "Bisnis.com, JAKARTA -"),
    ("Bisnis.com, JAKARTA — Rupiah melemah.", "Jakarta", "Bisnis.com", "Bisnis.com, JAKARTA —"),
    ("VIVA – Tim nasional berlatih.", None, "VIVA", "VIVA –"),
    ("Kompas.com — Sekolah libur.", None, "Kompas.com", "Kompas.com —"),
    ("WASHINGTON, KOMPAS.com - Senat bersidang.", "Washington", "Kompas.com", "WASHINGTON, KOMPAS.com -"),
    ("NEW YORK, KOMPAS.com - Bursa dibuka naik.", "New York", "Kompas.com", "NEW YORK, KOMPAS.com -"),
    ("Jakarta (ANTARA) - Menteri meninjau pelabuhan.", "Jakarta", "ANTARA", "Jakarta (ANTARA) -"),
    ("Surabaya, 17/12 (ANTARA) - Kapal sandar.", "Surabaya", "ANTARA", "Surabaya, 17/12 (ANTARA) -"),
    ("detikNews, Jakarta - Jalan tol dibuka.", "Jakarta", "detikNews", "detikNews, Jakarta -"),
    ("JAKARTA, KOMPAS. com - Spasi nyasar di nama media.", "Jakarta", "Kompas.com", "JAKARTA, KOMPAS. com -"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Ujian dimulai.", "Jakarta", "REPUBLIKA.CO.ID", "REPUBLIKA.CO.ID, JAKARTA --"),
    ("Beritaku.id, Medan - Nama media yang tidak terdaftar.", "Medan", "Beritaku.id", "Beritaku.id, Medan -"),
    ("MAKASSAR - Nelayan melaut lagi.", "Makassar", None, "MAKASSAR -"),
    ("  \nJAKARTA, KOMPAS.com - Spasi di depan.", "Jakarta", "Kompas.com", "JAKARTA, KOMPAS.com -"),
    ("Banjir Melanda Kota\nSEMARANG, KOMPAS.com - Air naik.", "Semarang", "Kompas.com", "SEMARANG, KOMPAS.com -"),
]

NONE_CASES: list[str] = [
    "",
    "Presiden Joko Widodo - yang baru tiba - langsung rapat.",
    "Harga minyak naik. Jakarta - kota yang padat - macet lagi.",
    "Budi, Ani - dan kawan-kawan datang.",
    "AS - Rusia kembali berunding.",
    "Jakarta, Bandung - dua kota yang ramai.",
    "Kompas.com menulis bahwa hujan turun.",
    "Satu\nDua\nTiga\nJAKARTA, KOMPAS.com - terlalu jauh dari awal.",
    "Jakarta - kota besar.",
    "JAKARTA, KOMPAS.com -",  # nothing follows: not a dateline
    "KOMPAS.com -   \n  ",
]


@pytest.mark.parametrize(("text", "place", "outlet", "span"), CASES)
def test_dateline(text: str, place: str | None, outlet: str | None, span: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)
    assert text[found.start : found.end] == span


@pytest.mark.parametrize("text", NONE_CASES)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.fixture(scope="module")
def nlp() -> Language:
    """warta's cached pipeline with only the dateline and sentences components."""
    return load(disable=tuple(c for c in COMPONENTS if c not in WARTA_COMPONENTS))


def test_component_sets_doc_attribute(nlp: Language) -> None:
    doc = nlp("Liputan6.com, Kyiv - Sirene berbunyi.")
    assert doc._.dateline is not None
    assert doc.text[doc._.dateline.start : doc._.dateline.end] == "Liputan6.com, Kyiv -"
    assert nlp("Tanpa dateline di sini.")._.dateline is None
    assert nlp("")._.dateline is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("kompas.com", "Kompas.com"), ("CNN INDONESIA", "CNN Indonesia"), ("Harian.co.id", "Harian.co.id"),
     ("Jakarta", None), ("kata", None)],
)
def test_outlet_name(name: str, expected: str | None) -> None:
    assert outlet_name(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("JAKARTA", "Jakarta"), ("KUALA LUMPUR", "Kuala Lumpur"), ("Kyiv", "Kyiv"), ("kota", None), ("AS", None)],
)
def test_place_name(name: str, expected: str | None) -> None:
    assert place_name(name) == expected


def test_only_the_head_is_read(nlp: Language) -> None:
    text = "JAKARTA, KOMPAS.com - " + "kata " * 200_000
    doc = nlp.make_doc(text)
    began = time.perf_counter()
    nlp.get_pipe("dateline")(doc)
    assert time.perf_counter() - began < 0.5  # generous: it reads the first lines only
    assert doc._.dateline is not None and doc._.dateline.place == "Jakarta"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("JAKRTjakrt.,- –—()\n KOMPAS.com")), max_size=60))
def test_any_text(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.end - 1] in "-–—―"


def test_kompas_dev_articles(shared: Path) -> None:
    """Every Kompas.com article in the shared dev set opens with a Kompas.com dateline."""
    path = shared / "kompas-dev" / "articles.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [find_dateline(a["text"]) for a in articles]
    assert sum(d is not None and d.outlet == "Kompas.com" for d in found) >= 0.95 * len(articles)
