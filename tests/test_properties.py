"""Whole-pipeline properties: ``warta.analyze`` on any text never raises, and what it
returns is a consistent record (schema-valid, offsets inside the text, spans quoting
the text they point at, ids that resolve).

The texts are arbitrary unicode, or built from Indonesian news-like fragments written
for these tests (datelines, dates, numbers, quote marks, parentheses, hyphens,
newlines) so that every component gets to fire.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta
from warta.record import ArticleRecord, json_schema

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

# -- fragments (own words) ------------------------------------------------------
FRAGMENTS = [
    "JAKARTA, KOMPAS.com - ",
    "Liputan6.com, Surabaya - ",
    "BANDUNG (Antara) -- ",
    "Menteri Keuangan Sri Wahyuni mengatakan ",
    "Presiden Joko Santoso",
    "Kepala Polres Malang AKBP Budi Hartono",
    "Pemerintah Provinsi Jawa Barat",
    "PT Kereta Api Indonesia",
    "di Yogyakarta",
    "Senin (16/12/2024)",
    "Selasa (17/12)",
    "pada 5 November 2023",
    "Agustus lalu",
    "dua hari lalu",
    "pekan depan",
    "setiap hari Minggu",
    "pukul 14.30 WIB",
    "selama tiga bulan",
    "sekitar 1.500 orang",
    "10.000 hingga 12.000 tentara",
    "lebih dari 20 warga tewas",
    "Rp 3,5 triliun",
    "puluhan rumah rusak",
    "sedikitnya 7 orang luka-luka",
    "12 persen",
    "1,5 juta",
    "\u201cKami akan terus bekerja,\u201d",
    "\u201cIni belum selesai",
    "\"Kita lihat nanti,\" ",
    "\u2019\u2019Jangan khawatir,\u2019\u2019 ",
    "\u2018bukan begitu\u2019",
    "kata dia.",
    "ujarnya kepada wartawan.",
    "tutur Budi.",
    "seperti dikutip dari The Guardian,",
    "menurut keterangan tertulis",
    "(foto: istimewa)",
    "(",
    ")",
    "-",
    " - ",
    "--",
    "hati-hati",
    ", ",
    ". ",
    "? ",
    "! ",
    "; ",
    ": ",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "Baca Juga: ",
    "nya",
    "mereka",
    "ia",
    "AS",
    "Rusia",
    "Ukraina",
    "Kyiv",
    "100",
    "0",
    "2024",
    "31/02/2024",
    "99/99/9999",
    "3.000.000.000.000.000.000.000",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\U0001f600",
    "\u0301",
    "\u2028",
]

fragment_text = st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=40).map("".join)
any_text = st.text(max_size=300)
mixed_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30
).map("".join)
published = st.one_of(
    st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
)

#: the settings `warta analyze` uses, so that one pipeline serves both test files
CONFIG = {"summary": {"size": 3}}
_SCHEMA = json_schema()
_VALIDATOR = jsonschema.Draft202012Validator(_SCHEMA)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    warta.load(CONFIG)  # builds the pipeline once for the module


# -- the checks -----------------------------------------------------------------
def _span_ok(text: str, where: str, obj: dict[str, Any], quoted: str | None) -> None:
    start, end = obj.get("start"), obj.get("end")
    if start is None and end is None:
        return
    assert start is not None and end is not None, f"{where}: half a span {obj}"
    assert 0 <= start <= end <= len(text), f"{where}: offsets {start}..{end} outside 0..{len(text)}"
    if quoted is not None:
        assert text[start:end] == quoted, f"{where}: text[{start}:{end}]={text[start:end]!r} != {quoted!r}"


def check_record(text: str, record: ArticleRecord) -> None:
    data = record.to_dict()
    errors = sorted(_VALIDATOR.iter_errors(data), key=str)
    assert not errors, f"schema: {errors[0].message} at {list(errors[0].path)}"
    assert data["text"] == text

    if data["dateline"] is not None:
        _span_ok(text, "dateline", data["dateline"], None)

    sentences = data["sentences"]
    previous_end = 0
    for i, sent in enumerate(sentences):
        _span_ok(text, f"sentence {i}", sent, None)
        assert sent["start"] >= previous_end, f"sentences overlap or out of order at {i}: {sentences}"
        previous_end = sent["end"]

    summary = data["summary"]
    assert summary == sorted(summary), f"summary not in text order: {summary}"
    assert len(set(summary)) == len(summary), f"summary repeats a sentence: {summary}"
    assert all(0 <= i < len(sentences) for i in summary), f"summary index out of range: {summary}"

    ids = [e["id"] for e in data["entities"]]
    assert len(set(ids)) == len(ids), f"entity ids not unique: {ids}"
    known = set(ids)
    for e in data["entities"]:
        for m in e["mentions"]:
            _span_ok(text, f"mention of {e['id']}", m, m["text"] or None)

    for i, q in enumerate(data["quotes"]):
        _span_ok(text, f"quote {i}", q, q["text"])
        speaker = q.get("speaker")
        if speaker:
            _span_ok(text, f"quote {i} speaker", speaker, None)
            if speaker.get("entity") is not None:
                assert speaker["entity"] in known, f"quote {i} speaker entity {speaker['entity']} unknown"
        cue = q.get("cue")
        if cue:
            _span_ok(text, f"quote {i} cue", cue, cue["text"])
        via = q.get("via")
        if via:
            _span_ok(text, f"quote {i} via", via, None)
            if via.get("entity") is not None:
                assert via["entity"] in known, f"quote {i} via entity {via['entity']} unknown"

    for i, t in enumerate(data["timexes"]):
        _span_ok(text, f"timex {i}", t, t["text"])
    for i, a in enumerate(data["amounts"]):
        _span_ok(text, f"amount {i}", a, a["text"])
        if a.get("quote") is not None:
            assert 0 <= a["quote"] < len(data["quotes"]), f"amount {i} quote index {a['quote']}"


def _analyze(text: str, date: dt.date | None) -> ArticleRecord:
    return warta.analyze(text, published=date, config=CONFIG)


# -- properties -------------------------------------------------------------------
@SETTINGS
@given(text=any_text, date=published)
def test_any_unicode_text(text: str, date: dt.date | None) -> None:
    check_record(text, _analyze(text, date))


@SETTINGS
@given(text=fragment_text, date=published)
def test_news_like_text(text: str, date: dt.date | None) -> None:
    check_record(text, _analyze(text, date))


@settings(SETTINGS, max_examples=60)
@given(text=mixed_text, date=published)
def test_mixed_text(text: str, date: dt.date | None) -> None:
    check_record(text, _analyze(text, date))


# -- fixed edge cases (fast, always run) --------------------------------------------
EDGE_CASES = [
    "",
    " ",
    "\n\n\n",
    "\u201c",
    "\u201d",
    "\"",
    "\u201cKami tidak akan mundur, kata Budi. Ia lalu pergi.",
    "\"\"\"\"",
    "\u2019\u2019\u2019",
    "((((((((",
    "JAKARTA, KOMPAS.com -",
    "JAKARTA, KOMPAS.com - ",
    "- - - - -",
    "Senin (16/12/2024) Selasa (17/12) Rabu (99/99)",
    "1.000.000.000.000.000.000.000.000.000 orang",
    "Rp",
    "\u00a0\u00a0\u200b",
    "\U0001f600 \U0001f600",
    "a\u0301" * 20,
    "ia mengatakan.",
    "nya",
]


@pytest.mark.parametrize("text", EDGE_CASES)
@pytest.mark.parametrize("date", [None, dt.date(2024, 12, 17), dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_edge_cases(text: str, date: dt.date | None) -> None:
    check_record(text, _analyze(text, date))


def test_news_article_is_consistent(example_text: str) -> None:
    check_record(example_text, _analyze(example_text, dt.date(2024, 12, 17)))


# -- regressions ------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \n"])
def test_summary_of_a_blank_text_is_empty(text: str) -> None:
    """Regression: the record had no sentences but a summary of [0]."""
    record = _analyze(text, None)
    assert record.sentences == [] and record.summary == []


@settings(SETTINGS, max_examples=30)
@given(text=fragment_text, ranges=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=20))
def test_quote_speaker_lookup_agrees_with_entity_at(text: str, ranges: list[tuple[int, int]]) -> None:
    """The quotes component's indexed speaker lookup follows ``aliases.entity_at``."""
    from warta.components import aliases, quotes

    nlp = warta.load(CONFIG)
    doc = nlp(text)
    lookup = quotes._entity_lookup(doc)
    assert lookup is not None
    names = {e.id: e.name for e in doc._.entities or []}
    spans = [(m.start, m.end) for e in doc._.entities or [] for m in e.mentions]
    for start, end in [*ranges, *spans, *((s - 1, e + 1) for s, e in spans)]:
        start, end = max(start, 0), max(start, 0) + end if (start, end) in ranges else end
        expected = aliases.entity_at(doc, start, end)
        assert lookup(start, end) == ((expected, names[expected]) if expected else None)


def test_quotes_stay_linear_on_a_long_article() -> None:
    """Regression: the speaker lookup scanned every mention per quote, so a 1 MB article
    spent minutes in the quotes component (200k characters: ~8 s; now well under 2 s)."""
    import time

    para = ("Menteri Sosial Rina Wulandari mengatakan bantuan tiba di Palu pada Senin (2/12). "
            "\u201cKami kirim lagi besok,\u201d kata Rina kepada wartawan.\n\n")
    text = para * (200_000 // len(para))
    nlp = warta.load(CONFIG)
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "quotes":
            break
        doc = proc(doc)
    started = time.process_time()
    doc = nlp.get_pipe("quotes")(doc)
    spent = time.process_time() - started
    assert len(doc._.quotes) >= 1000
    assert spent < 3.0, f"quotes took {spent:.1f} s of CPU on {len(text):,} characters"


@pytest.mark.parametrize("text", ["\ud800", "Budi \udfff pergi ke Bandung."])
def test_unpaired_surrogates(text: str) -> None:
    """Regression: unpaired surrogates reached spaCy (UnicodeEncodeError)."""
    record = _analyze(text, None)
    assert len(record.text) == len(text) and "\ufffd" in record.text
    record.to_json().encode("utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("mark", ["\u201c", "\"", "("])
def test_long_run_of_punctuation_is_fast(mark: str) -> None:
    import time

    nlp = warta.load(CONFIG)
    started = time.process_time()
    nlp.make_doc(mark * 20_000)
    assert time.process_time() - started < 5.0
