"""Integrity of the quote resources in warta/lang/id (quote_*.txt, quote_*.json)."""

from __future__ import annotations

import re

import pytest

from warta.lang import id as lang
from warta.quoting.lexicon import lexicon

TXT = sorted(n for n in lang.names() if n.startswith("quote_") and n.endswith(".txt"))
CASED = {"quote_outlets.txt", "quote_orgs.txt"}  # names keep their spelling


def test_expected_files_exist() -> None:
    expected = {
        "quote_verbs.txt",
        "quote_verbs_weak.txt",
        "quote_cues.txt",
        "quote_passive.txt",
        "quote_according.txt",
        "quote_pronouns.json",
        "quote_sources.txt",
        "quote_via.txt",
        "quote_channels.txt",
        "quote_roles.txt",
        "quote_outlets.txt",
    }
    assert expected <= set(lang.names())


@pytest.mark.parametrize("name", TXT)
def test_txt_entries_are_clean_and_unique(name: str) -> None:
    entries = lang.lines(name)
    assert entries, f"{name} is empty"
    keys = [e.lower() for e in entries]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{name}: duplicates {duplicates}"
    for entry in entries:
        assert entry == entry.strip() and "  " not in entry, f"{name}: {entry!r}"
        if name not in CASED:
            assert entry == entry.lower(), f"{name}: {entry!r} should be lower case"


def test_weak_verbs_are_verbs() -> None:
    lex = lexicon()
    assert lex.weak <= lex.verbs


def test_cues_are_single_words() -> None:
    for name in ("quote_cues.txt", "quote_verbs.txt", "quote_passive.txt", "quote_according.txt"):
        for entry in lang.lines(name):
            assert re.fullmatch(r"[a-z]+", entry), f"{name}: {entry!r}"


def test_pronouns_json() -> None:
    data = lang.data("quote_pronouns.json")
    for key, value in data.items():
        if key.startswith("_"):
            continue
        assert key == key.lower() and value in {"sg", "pl"}, (key, value)
    assert {"ia", "dia", "beliau", "mereka", "nya"} <= set(data)


def test_issue_patterns_are_covered() -> None:
    lex = lexicon()
    assert {
        "mengatakan",
        "menyatakan",
        "menjelaskan",
        "mengungkapkan",
        "menuturkan",
        "mengonfirmasi",
        "menegaskan",
        "menambahkan",
        "mengklaim",
        "berjanji",
    } <= lex.verbs
    assert {"kata", "ujar", "tutur", "imbuh", "jelas"} <= lex.cues
    assert {"diungkapkan", "dikatakan"} <= lex.passive
    assert "menurut" in lex.according
    assert {"seperti dikutip dari", "mengutip", "dilansir", "seperti diberitakan"} <= set(lex.via)
    assert {"konferensi pers", "keterangan tertulis", "unggahan", "dihubungi"} <= set(lex.channels)


def test_news_site_patterns_are_covered() -> None:
    lex = lexicon()
    # cues of answering, tweeting, shouting, closing and opening a statement
    assert {"jawab", "cuit", "teriak", "tutup", "buka", "cetus", "harap"} <= lex.cues
    assert {"keterangan foto", "instagram stories", "akun instagram", "siaran langsung"} <= set(
        lex.channels
    )
    assert {"sebagaimana dikutip dari", "dilansir oleh"} <= set(lex.via)
    assert {"kumparan", "juara.net", "cnnindonesia.com", "goal indonesia"} <= set(lex.outlets)
    # rank and office words read off the front of a name; region heads end a name
    assert {"kombes", "pol", "kabid", "vokalis", "profesor"} <= lex.roles
    assert {"kabupaten", "provinsi", "spanyol"} <= lex.places
    assert {"keduanya", "mereka"} <= set(lex.pronouns)


def test_issue5_words() -> None:
    lex = lexicon()
    # an outlet "memberitakan, ..." a clause; counted only before a comma or "bahwa"
    assert {"memberitakan", "mewartakan"} <= lex.verbs
    assert {"memberitakan", "mewartakan"} <= lex.weak
    assert lex.pronouns.get("iapun") == "sg" and lex.pronouns.get("diapun") == "sg"
