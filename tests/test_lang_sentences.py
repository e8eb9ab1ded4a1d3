"""Integrity of the language files the dateline and sentence components read."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

import warta.components  # noqa: F401  (registers the factories)
from warta.components.dateline import outlet_name
from warta.eval.sentences import WARTA_COMPONENTS
from warta.lang.id import lines, names
from warta.pipeline import COMPONENTS, load

FILES = ("abbreviations.txt", "nonstarters.txt", "outlets.txt")


@pytest.mark.parametrize("name", FILES)
def test_file_is_listed_and_clean(name: str) -> None:
    assert name in names()
    entries = lines(name)
    assert entries, f"{name} is empty"
    lowered = [e.lower() for e in entries]
    duplicates = sorted({e for e in lowered if lowered.count(e) > 1})
    assert not duplicates, f"{name}: duplicates {duplicates}"
    assert all(e == e.strip() and "\t" not in e for e in entries)


def test_abbreviations_are_written_with_their_full_stop() -> None:
    for entry in lines("abbreviations.txt"):
        assert re.fullmatch(r"[A-Za-z][A-Za-z.]*\.", entry), entry


def test_nonstarters_are_bare_capitalised_words() -> None:
    for entry in lines("nonstarters.txt"):
        assert re.fullmatch(r"[A-Z][A-Za-z]+", entry), entry


def test_outlets_are_recognised_as_written() -> None:
    keys = [re.sub(r"\s+", "", o).lower() for o in lines("outlets.txt")]
    assert len(keys) == len(set(keys))
    for outlet in lines("outlets.txt"):
        assert outlet_name(outlet) == outlet
        assert outlet_name(outlet.upper()) == outlet


@pytest.mark.parametrize("abbreviation", lines("abbreviations.txt"))
def test_no_sentence_ends_after_an_abbreviation(abbreviation: str) -> None:
    nlp = _pipeline()
    doc = nlp(f"Surat itu dibawa {abbreviation} Sinar Harapan ke kantor.")
    assert len(list(doc.sents)) == 1, abbreviation


@pytest.mark.parametrize("word", lines("nonstarters.txt"))
def test_no_sentence_starts_with_a_nonstarter(word: str) -> None:
    doc = _pipeline()(f"Saham Maju Sentosa Co. {word}. naik hari ini.")
    assert len(list(doc.sents)) == 1, word


def _pipeline() -> Language:
    """warta's cached pipeline with only the dateline and sentences components."""
    return load(disable=tuple(c for c in COMPONENTS if c not in WARTA_COMPONENTS))


def test_fast_prefix_search_agrees_with_the_regex() -> None:
    from warta.lang.id.language import FastPrefixSearch, WartaIndonesian

    nlp = WartaIndonesian()
    fast = nlp.tokenizer.prefix_search
    assert isinstance(fast, FastPrefixSearch)
    regex = fast.__self__
    samples = [
        "Rp100",
        "US$5",
        "USD20",
        "IDR3",
        "C$4",
        "S$9",
        "A$1",
        "RMB7",
        "SGD2",
        "Sabtu",
        "(Jakarta)",
        '"Kita',
        "“Saya",
        "...dan",
        "+62",
        "+a",
        "§5",
        "%",
        "Ⓐbc",
        "2024",
        "anak-anak",
        "Ukraina,",
        "<b/>teks",
        "<a href='x'>",
        "—kata",
        "/11",
        "",
    ]
    for text in samples:
        want = regex.search(text)
        got = fast(text)
        assert (got and got.group()) == (want and want.group()), text
    # the tokenizer still serialises (spaCy reads the pattern through ``__self__``)
    assert nlp.tokenizer.to_bytes()
