"""Integrity of the amount language resources in warta/lang/id/."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any, get_args

import pytest

from warta.lang import id as lang
from warta.record import Category, Qualifier

FILES = [
    "number_words.json",
    "number_vague.json",
    "amount_qualifiers.json",
    "amount_units.json",
    "amount_categories.json",
    "amount_exclusions.json",
]


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"duplicate keys: {sorted(dupes)}"
    return dict(pairs)


def _strict(name: str) -> Any:
    raw = resources.files("warta.lang.id").joinpath(name).read_text(encoding="utf-8")
    return json.loads(raw, object_pairs_hook=_no_duplicate_keys)


def _clean_list(values: list[str]) -> None:
    assert values, "empty list"
    assert all(isinstance(v, str) and v.strip() == v and v for v in values)
    lowered = [v.lower() for v in values]
    assert len(set(lowered)) == len(lowered), "duplicate entries"


@pytest.mark.parametrize("name", FILES)
def test_file_loads_without_duplicates(name: str) -> None:
    data = _strict(name)
    assert isinstance(data, dict)
    assert isinstance(data.get("_doc"), str) and data["_doc"]
    assert name in lang.names()


def test_number_words() -> None:
    d = _strict("number_words.json")
    assert d["digits"]["satu"] == 1 and d["digits"]["sembilan"] == 9
    assert sorted(d["digits"].values()) == list(range(10))
    assert d["whole"]["sepuluh"] == 10 and d["whole"]["seribu"] == 1000
    assert set(d["tens"]) == {"belas", "puluh", "ratus"}
    for section in ("whole", "scales", "fractions"):
        for word, value in d[section].items():
            assert re.fullmatch(r"[a-z]+", word), word
            assert isinstance(value, (int, float)) and value > 0
    assert all(0 < v < 1 for v in d["fractions"].values())


def test_vague_counts() -> None:
    d = _strict("number_vague.json")
    bounds = {k: v for k, v in d.items() if k != "_doc"}
    assert bounds["belasan"] == 10 and bounds["puluhan"] == 10
    assert bounds["ratusan"] == 100 and bounds["ribuan"] == 1000
    assert all(k.endswith("an") for k in bounds)


def test_qualifiers_are_known() -> None:
    d = _strict("amount_qualifiers.json")
    known = set(get_args(Qualifier))
    for section in ("before", "after"):
        for phrase, qualifier in d[section].items():
            assert phrase.strip() == phrase and phrase == phrase.lower()
            assert qualifier in known, (phrase, qualifier)
    for needed in (
        "sekitar",
        "kurang lebih",
        "setidaknya",
        "sedikitnya",
        "paling sedikit",
        "lebih dari",
        "hampir",
        "kurang dari",
        "mencapai",
        "hingga",
    ):
        assert needed in d["before"]


def test_units() -> None:
    d = _strict("amount_units.json")
    for code in list(d["currency_before"].values()) + list(d["currency_after"].values()):
        assert re.fullmatch(r"[A-Z]{3}", code), code
    for section in ("currency_before", "currency_after", "measures"):
        assert all(k == k.lower() and k.strip() == k and k for k in d[section]), section
    for section in ("percent", "classifiers", "people"):
        _clean_list(d[section])
    known = set(get_args(Category))
    assert all(cat in known for cat in d["implied"].values())
    assert set(d["implied"]) <= {p.lower() for p in d["people"]}


def test_categories_are_known_and_unique() -> None:
    d = _strict("amount_categories.json")
    known = set(get_args(Category))
    seen: dict[str, str] = {}
    for group in ("combined", "words"):
        for cat, phrases in d[group].items():
            assert cat in known, cat
            _clean_list(phrases)
            for p in phrases:
                assert p == p.lower(), p
                assert p not in seen, f"{p!r} in {seen.get(p)} and {cat}"
                seen[p] = cat
    assert {"KILL", "WOUND", "MISSING", "ARREST", "KIDNAP", "DISPLACE", "AFFECT"} <= set(d["words"])
    _clean_list(d["active"])
    assert set(d["active"]) <= set(seen), "every active verb is a category word"


def test_exclusions() -> None:
    d = _strict("amount_exclusions.json")
    for section, values in d.items():
        if section == "_doc":
            continue
        _clean_list(values)
        assert all(v == v.lower() for v in values), section
    assert "pasal" in d["labels_before"] and "ayat" in d["labels_before"]
    assert "agustus" in d["months"] and "hari" in d["time_units"]


def test_category_helper_lists() -> None:
    d = _strict("amount_categories.json")
    words = {p for group in ("combined", "words") for phrases in d[group].values() for p in phrases}
    for section in ("neutral", "nouns", "negations", "link_verbs", "not_verbs", "survived"):
        _clean_list(d[section])
        assert all(p == p.lower() for p in d[section]), section
    # neutral phrases swallow a category word; they must not be category words themselves
    assert not set(d["neutral"]) & words
    assert any(w in p.split() for p in d["neutral"] for w in ("mati", "ditahan"))
    # nouns are category words that only count right beside the number
    assert set(d["nouns"]) <= words
    assert not set(d["survived"]) & words
    assert not set(d["link_verbs"]) & set(d["not_verbs"])
