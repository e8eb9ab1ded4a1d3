"""Integrity of the language data the entities and aliases components read."""

from __future__ import annotations

import pycountry
import pytest

from warta.lang import id as lang

TEXT_FILES = ["titles.txt", "role_stops.txt", "not_names.txt"]


@pytest.mark.parametrize("name", TEXT_FILES)
def test_word_lists(name: str) -> None:
    entries = lang.lines(name)
    assert entries, name
    assert len(entries) == len(set(entries)), f"duplicates in {name}"
    for entry in entries:
        assert entry == entry.strip().lower(), entry
        assert " ".join(entry.split()) == entry, entry


def test_titles_hold_no_stop_words() -> None:
    titles = {w for entry in lang.lines("titles.txt") for w in entry.split()}
    assert not titles & set(lang.lines("role_stops.txt"))


def test_country_aliases_are_iso_codes() -> None:
    table = lang.data("countries.json")
    keys = [k for k in table if not k.startswith("_")]
    assert keys
    folded = [" ".join(k.casefold().split()) for k in keys]
    assert len(folded) == len(set(folded)), "duplicate country alias"
    for key in keys:
        assert key.strip() == key and key
        assert pycountry.countries.get(alpha_2=table[key]) is not None, (key, table[key])


def test_entity_labels() -> None:
    table = lang.data("entity_labels.json")
    entries = {k: v for k, v in table.items() if not k.startswith("_")}
    assert entries
    assert set(entries.values()) <= {"PER", "ORG", "LOC"}
    assert all(k.strip() == k and k for k in entries)


def test_places() -> None:
    table = lang.data("places.json")
    assert "GeoNames" in table["_comment"]
    entries = {k: v for k, v in table.items() if not k.startswith("_")}
    assert len(entries) > 1000
    for name, value in entries.items():
        assert name.strip() == name and name
        lat, lon, cc = value
        assert -90 <= lat <= 90 and -180 <= lon <= 180, name
        assert isinstance(cc, str) and len(cc) == 2, name
    assert entries["Jakarta"][2] == "ID"
