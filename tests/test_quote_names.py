"""Speaker name boundaries in the quote finder (warta.quoting.names): a region, club or
common word glued to a name, and names or organisations cut short. Sentences invented."""

from __future__ import annotations

import re

import pytest

from warta.lang import id as lang
from warta.quoting import extract
from warta.quoting.lexicon import lexicon
from warta.quoting.names import Reader


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(lexicon())


def _speakers(text: str) -> list[str | None]:
    quotes, _ = extract(text)
    return [q.speaker.name if q.speaker else None for q in quotes]


# -- the derived word lists --------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["names_lowercase.txt", "names_affiliations.txt", "names_persons.txt"]
)
def test_derived_lists_are_sorted_unique_words(name: str) -> None:
    entries = lang.lines(name)
    assert len(entries) > 500, name
    assert list(entries) == sorted(set(entries)), f"{name} is not sorted and unique"
    assert all(re.fullmatch(r"[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*", e) for e in entries), name


def test_lowercase_list_keeps_given_names_out() -> None:
    common = lexicon().common
    assert {"rencananya", "preferensi"} <= common
    # written in lower case too ("jaksa agung"), but mostly as a name: not common words
    assert not {"agung", "budi", "jaya"} & common


def test_affiliations_leave_given_names_out() -> None:
    lex = lexicon()
    assert {"Jatim", "Newcastle"} <= lex.affiliations
    # "Ahmad" (a town in Kuwait), "San" (Mali), "Shang" (China) also open personal names
    assert not {"Ahmad", "San", "Shang"} & lex.affiliations


# -- a word glued in front of a name -------------------------------------------------------


def test_region_before_a_two_word_name_is_dropped(reader: Reader) -> None:
    found = reader.subject("Ketua Asprov PSSI Jatim Budi Hartono", 0)
    assert found is not None and found.text == "Budi Hartono" and found.person


def test_region_rule_keeps_a_place_name_of_two_words() -> None:
    reader = Reader(lexicon(), located=frozenset({"Hong", "Kong"}))
    found = reader.subject("Taman bermain Disneyland Hong Kong", 0)
    assert found is not None and found.text != "Hong Kong"


def test_gazetteer_syllable_opens_a_three_word_name(reader: Reader) -> None:
    found = reader.subject("Direktur Jenderal Planologi KLHK San Afri Awang", 0)
    assert found is not None and found.text == "San Afri Awang"


def test_common_word_opening_the_sentence_is_no_given_name() -> None:
    text = (
        "Pelatih itu memilih pemain muda.\n\n"
        'Rencananya Rudi akan tiba besok pagi. "Kami semua sudah siap," kata Rudi.'
    )
    assert _speakers(text) == ["Rudi"]


def test_common_opener_needs_a_name_after_it() -> None:
    reader = Reader(lexicon(), single_runs=frozenset({"Rudi"}))
    found = reader.subject("Preferensi Rudi", 0)
    assert found is not None and found.text == "Rudi"
    # an organisation or institution that opens with such a word keeps it
    for org in ("Setara Institute", "Kejaksaan Agung"):
        kept = reader.subject(org, 0)
        assert kept is not None and kept.text == org


# -- names and organisations cut short -------------------------------------------------------


def test_whole_name_after_a_company_legal_form() -> None:
    reader = Reader(lexicon(), single_runs=frozenset({"Hendra", "Kusuma"}))
    found = reader.after_cue("Direktur Utama PT Sinar Maju Tbk Hendra Wijaya Kusuma", 0)
    assert found is not None and found.text == "Hendra Wijaya Kusuma"


def test_organisation_name_with_dan_is_one_source(reader: Reader) -> None:
    found = reader.after_cue("audit Lembaga Kajian Lingkungan dan Pertanahan", 0)
    assert found is not None and found.org
    assert found.text == "Lembaga Kajian Lingkungan dan Pertanahan"
    # two people joined by "dan" stay apart
    person = reader.subject("Rudi Hartono dan Budi Santoso", 0)
    assert person is not None and person.text == "Budi Santoso"


def test_a_country_institution_in_lower_case_is_described() -> None:
    text = "Pesawat itu hilang di dekat perbatasan, menurut kementerian luar negeri Belanda."
    assert _speakers(text) == ["kementerian luar negeri Belanda"]


def test_quantified_description_keeps_a_third_word(reader: Reader) -> None:
    found = reader.subject("Seorang sahabat dekat istana", 0)
    assert found is not None and found.text == "Seorang sahabat dekat istana"
    verb = reader.after_cue("sebuah studi jika kita", 0)
    assert verb is None or "kita" not in verb.text


def test_sentence_adverb_before_a_pronoun(reader: Reader) -> None:
    for text in ("Lagi-lagi ia", "Hanya saja dia"):
        found = reader.subject(text, 0)
        assert found is not None and found.kind == "pronoun", text
    name = reader.subject("Rudi ia", 0)
    assert name is not None and name.kind == "name"
