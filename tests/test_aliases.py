"""The aliases component on hand-built Docs (doc.ents set by hand, no model)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from warta.components.aliases import (
    country_code,
    defines,
    entity_at,
    group,
    is_acronym,
    place,
)

NLP = spacy.blank("id")


def make(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A Doc of ``text`` with each (surface, label) tagged at every place it occurs."""
    doc = NLP(text)
    spans = []
    for surface, label in ents:
        start = 0
        while (found := text.find(surface, start)) >= 0:
            span = doc.char_span(found, found + len(surface), label=label)
            assert span is not None, surface
            if not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)
            start = found + len(surface)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def by_name(doc: Doc) -> dict[str, object]:
    return {e.name: e for e in group(doc)}


def test_ids_in_order_of_first_mention() -> None:
    doc = make(
        "Menteri Budi Santoso tiba di Surabaya. Budi bertemu wartawan di Surabaya.",
        [("Budi Santoso", "PER"), ("Budi", "PER"), ("Surabaya", "LOC")],
    )
    entities = group(doc)
    assert [(e.id, e.name, len(e.mentions)) for e in entities] == [
        ("e1", "Budi Santoso", 2),
        ("e2", "Surabaya", 2),
    ]
    assert entities[0].aliases == ["Budi"]
    assert entities[0].roles == ["menteri"]
    for e in entities:
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "ents", "name", "roles"),
    [
        (
            "Juru bicara keamanan nasional AS John Kirby menolak berkomentar.",
            [("AS", "LOC"), ("John Kirby", "PER")],
            "John Kirby",
            ["juru bicara keamanan nasional AS"],
        ),
        (
            "Menteri Pertahanan Rusia Andrei Belousov berkunjung ke pabrik itu.",
            [("Rusia", "LOC"), ("Andrei Belousov", "PER")],
            "Andrei Belousov",
            ["menteri pertahanan Rusia"],
        ),
        (
            "Hal itu disampaikan Jenderal Mayor Pat Ryder kepada wartawan.",
            [("Jenderal Mayor Pat Ryder", "PER")],
            "Pat Ryder",
            ["jenderal mayor"],
        ),
        (
            "Presiden Joko Widodo meresmikan bendungan baru.",
            [("Presiden Joko Widodo", "PER")],
            "Joko Widodo",
            ["presiden"],
        ),
        (
            "Menurut Gubernur Ani Lestari, banjir sudah surut.",
            [("Ani Lestari", "PER")],
            "Ani Lestari",
            ["gubernur"],
        ),
        (
            "Rapat dipimpin Rudi Hartono, kepala dinas pendidikan, pada pagi hari.",
            [("Rudi Hartono", "PER")],
            "Rudi Hartono",
            ["kepala dinas pendidikan"],
        ),
        (
            "Presiden Budi bertemu Perdana Menteri Malaysia Anwar Hamid di Bogor.",
            [("Budi", "PER"), ("Malaysia", "LOC"), ("Anwar Hamid", "PER"), ("Bogor", "LOC")],
            "Anwar Hamid",
            ["perdana menteri Malaysia"],
        ),
        (
            "Wartawan bertanya kepada Presiden yang menemui Rina Wati di istana.",
            [("Rina Wati", "PER")],
            "Rina Wati",
            [],
        ),
        (
            "Warga desa bertemu Siti Aminah kemarin.",
            [("Siti Aminah", "PER")],
            "Siti Aminah",
            [],
        ),
        (
            "Kata Dewi Sartika kepada wartawan, tidak ada korban.",
            [("Dewi Sartika", "PER")],
            "Dewi Sartika",
            [],
        ),
    ],
)
def test_roles_in_front_of_names(
    text: str, ents: list[tuple[str, str]], name: str, roles: list[str]
) -> None:
    entity = by_name(make(text, ents))[name]
    assert entity.roles == roles  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "ents", "name", "aliases"),
    [
        (
            "Pasukan Amerika Serikat (AS) tiba. Pejabat AS membantah.",
            [("Amerika Serikat", "LOC"), ("AS", "LOC")],
            "Amerika Serikat",
            ["AS"],
        ),
        (
            "Laporan Institute for the Study of War (ISW) terbit. ISW menyebut serangan berlanjut.",
            [("Institute for the Study of War", "ORG"), ("ISW", "ORG")],
            "Institute for the Study of War",
            ["ISW"],
        ),
        (
            "Lembaga Ilmu Pengetahuan (LIP) merilis data. Peneliti LIP mengakuinya.",
            [("Lembaga Ilmu Pengetahuan", "ORG")],
            "Lembaga Ilmu Pengetahuan",
            ["LIP"],
        ),
        (
            "Menurut Komisi Pemilihan Daerah, suara sah naik. KPD mengumumkannya kemarin.",
            [("Komisi Pemilihan Daerah", "ORG"), ("KPD", "ORG")],
            "Komisi Pemilihan Daerah",
            ["KPD"],
        ),
        (
            "Vladimir Putin berpidato. Putin menyebut Barat bersalah.",
            [("Vladimir Putin", "PER"), ("Putin", "PER")],
            "Vladimir Putin",
            ["Putin"],
        ),
        (
            "Kirby mengatakan hal itu. John Kirby lalu pergi.",
            [("John Kirby", "PER"), ("Kirby", "PER")],
            "John Kirby",
            ["Kirby"],
        ),
        (
            "Warga Rusia mengungsi. Tentara Federasi Rusia masuk.",
            [("Federasi Rusia", "LOC"), ("Rusia", "LOC")],
            "Federasi Rusia",
            ["Rusia"],
        ),
    ],
)
def test_acronyms_and_short_forms(
    text: str, ents: list[tuple[str, str]], name: str, aliases: list[str]
) -> None:
    entities = by_name(make(text, ents))
    assert name in entities, list(entities)
    assert entities[name].aliases == aliases  # type: ignore[attr-defined]


def test_defined_acronym_with_description() -> None:
    doc = make(
        "Badan intelijen yang dikenal dengan akronim GUR itu membantah. GUR menyebut data palsu.",
        [("GUR", "ORG")],
    )
    (entity,) = group(doc)
    assert entity.name == "GUR"
    assert entity.label == "ORG"
    assert len(entity.mentions) == 2
    assert entity.roles == ["badan intelijen"]


def test_defined_acronym_after_a_comma() -> None:
    doc = make(
        "Dinas rahasia militer Kanada, yang dikenal dengan akronim DRM, membantah.",
        [("Kanada", "LOC"), ("DRM", "ORG")],
    )
    entities = by_name(doc)
    assert entities["DRM"].roles == ["dinas rahasia militer Kanada"]  # type: ignore[attr-defined]
    assert entities["Kanada"].aliases == []  # type: ignore[attr-defined]


def test_acronym_of_a_name_inside_a_longer_name_is_not_linked() -> None:
    doc = make(
        "Juru bicara Departemen Pertahanan Amerika Serikat (AS) hadir. AS menolak.",
        [("Departemen Pertahanan Amerika Serikat", "ORG"), ("AS", "LOC")],
    )
    entities = by_name(doc)
    assert entities["Departemen Pertahanan Amerika Serikat"].aliases == []  # type: ignore[attr-defined]
    assert entities["AS"].country == "US"  # type: ignore[attr-defined]
    assert len(entities["AS"].mentions) == 2  # type: ignore[attr-defined]


def test_foreign_acronym_of_an_organisation() -> None:
    doc = make(
        "Direktorat Intelijen Utama (GUR) melapor. GUR menyebut angka itu.",
        [("Direktorat Intelijen Utama", "ORG"), ("GUR", "ORG")],
    )
    (entity,) = group(doc)
    assert entity.name == "Direktorat Intelijen Utama"
    assert entity.aliases == ["GUR"]


def test_leading_lower_case_words_are_not_part_of_the_name() -> None:
    doc = make("Pasukan tiba di desa Sukamaju kemarin.", [("desa Sukamaju", "LOC")])
    (entity,) = group(doc)
    assert entity.name == "Sukamaju"
    assert doc.text[entity.mentions[0].start : entity.mentions[0].end] == "Sukamaju"


def test_ambiguous_short_form_stays_apart() -> None:
    doc = make(
        "Joe Biden dan Hunter Biden hadir. Biden tersenyum.",
        [("Joe Biden", "PER"), ("Hunter Biden", "PER"), ("Biden", "PER")],
    )
    names = [e.name for e in group(doc)]
    assert names == ["Joe Biden", "Hunter Biden", "Biden"]


def test_kremlin_stays_an_organisation() -> None:
    doc = make(
        "Kremlin membantah laporan itu. Rusia menyerang Kyiv.",
        [("Kremlin", "LOC"), ("Rusia", "LOC"), ("Kyiv", "LOC")],
    )
    entities = by_name(doc)
    assert entities["Kremlin"].label == "ORG"  # type: ignore[attr-defined]
    assert entities["Kremlin"].country is None  # type: ignore[attr-defined]
    assert entities["Rusia"].country == "RU"  # type: ignore[attr-defined]


def test_countries_and_places() -> None:
    doc = make(
        "Amerika Serikat mengirim bantuan ke Korea Utara lewat Inggris. AS membantah.",
        [("Amerika Serikat", "LOC"), ("Korea Utara", "LOC"), ("Inggris", "LOC"), ("AS", "LOC")],
    )
    entities = by_name(doc)
    assert entities["Amerika Serikat"].country == "US"  # type: ignore[attr-defined]
    assert entities["Amerika Serikat"].aliases == ["AS"]  # type: ignore[attr-defined]
    assert entities["Korea Utara"].country == "KP"  # type: ignore[attr-defined]
    assert entities["Inggris"].country == "GB"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Rusia", "RU"),
        ("Federasi Rusia", "RU"),
        ("AS", "US"),
        ("Amerika Serikat", "US"),
        ("Inggris", "GB"),
        ("Tiongkok", "CN"),
        ("China", "CN"),
        ("Korea Utara", "KP"),
        ("korea selatan", "KR"),
        ("Ukraina", "UA"),
        ("Jerman", "DE"),
        ("Jepang", "JP"),
        ("Arab Saudi", "SA"),
        ("Iran", "IR"),
        ("Jakarta", None),
        ("Kremlin", None),
        ("", None),
    ],
)
def test_country_codes(name: str, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("acronym", "long_form", "expected"),
    [
        ("AS", "Amerika Serikat", True),
        ("ISW", "Institute for the Study of War", True),
        ("TNI", "Tentara Nasional Indonesia", True),
        ("KPK", "Komisi Pemberantasan Korupsi", True),
        ("ANTARA", "Jakarta", False),
        ("PBB", "Amerika Serikat", False),
        ("X", "Xavier", False),
    ],
)
def test_defines(acronym: str, long_form: str, expected: bool) -> None:
    assert defines(acronym, long_form) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("AS", True), ("ISW", True), ("TNI-AD", True), ("Putin", False), ("A", False), ("as", False)],
)
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


def test_places_have_coordinates() -> None:
    found = place("Kyiv")
    if found is None:
        pytest.skip("no gazetteer shipped")
    lat, lon, cc = found
    assert cc == "UA"
    assert 50 < lat < 51 and 30 < lon < 31
    doc = make("Drone menyerang Kyiv pada malam hari.", [("Kyiv", "LOC")])
    (entity,) = group(doc)
    assert entity.country == "UA" and entity.lat is not None


def test_entity_at() -> None:
    doc = make(
        "Vladimir Putin berpidato. Putin menyebut Barat bersalah.",
        [("Vladimir Putin", "PER"), ("Putin", "PER")],
    )
    doc._.entities = group(doc)
    second = doc.text.index("Putin menyebut")
    assert entity_at(doc, second, second + 5) == "e1"
    assert entity_at(doc, 0, 3) == "e1"
    assert entity_at(doc, doc.text.index("Barat"), doc.text.index("Barat") + 5) is None
    assert entity_at(doc, 5, 5) is None


def test_empty_doc() -> None:
    assert group(NLP("")) == []
    assert group(NLP("Tidak ada nama di sini.")) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.data())
def test_never_crashes(text: str, data: st.DataObject) -> None:
    doc = NLP(text)
    if len(doc):
        spans = []
        i = 0
        while i < len(doc):
            length = data.draw(st.integers(0, 3))
            if length and i + length <= len(doc):
                spans.append(doc[i : i + length])
                spans[-1].label_ = data.draw(st.sampled_from(["PER", "ORG", "LOC"]))
                i += length
            i += 1
        doc.set_ents([s for s in spans if s.text.strip()], default="unmodified")
    for entity in group(doc):
        for m in entity.mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text


def test_entity_at_ties_and_updates() -> None:
    from warta.record import Entity
    from warta.record import Span as TextSpan

    doc = NLP("Ani dan Budi")
    doc._.entities = [
        Entity(id="e1", label="PER", name="Ani", mentions=[TextSpan(start=0, end=3, text="Ani")]),
        Entity(id="e2", label="PER", name="Ani", mentions=[TextSpan(start=0, end=3, text="Ani")]),
    ]
    assert entity_at(doc, 0, 12) == "e1"  # a tie goes to the earlier entity
    doc._.entities = [
        Entity(id="e9", label="PER", name="Budi", mentions=[TextSpan(start=8, end=12, text="Budi")])
    ]
    assert entity_at(doc, 0, 12) == "e9"  # the index follows a new entity list
    assert entity_at(doc, 0, 3) is None
