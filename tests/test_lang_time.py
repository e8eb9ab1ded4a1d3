"""Integrity of the temporal vocabulary in lang/id/time_*.json."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from warta.lang.id import data, names
from warta.temporal.recogniser import recogniser
from warta.temporal.values import VALUE_RE
from warta.temporal.vocab import vocab

WORDS = data("time_words.json")
HOLIDAYS = data("time_holidays.json")
TIMEML_MODS = {
    "START",
    "MID",
    "END",
    "APPROX",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
}


def test_files_are_listed() -> None:
    assert {"time_words.json", "time_holidays.json"} <= set(names())


def test_every_section_is_known_and_documented() -> None:
    expected = {
        "_doc",
        "months",
        "month_abbreviations",
        "weekdays",
        "parts_of_day",
        "units",
        "se_units",
        "numbers",
        "number_suffixes",
        "vague_numbers",
        "relative_days",
        "refs",
        "position_mods",
        "quantity_mods",
        "past",
        "future",
        "this",
        "since",
        "past_cues",
        "spatial_verbs",
        "future_cues",
        "set_quantifiers",
        "set_adjectives",
        "zones",
        "ordinals",
        "seasons",
        "year_blockers_after",
        "year_blockers_before",
        "speech_cues",
    }
    assert set(WORDS) == expected
    assert set(HOLIDAYS) == {"_doc", "fixed", "lunar", "aliases"}


@pytest.mark.parametrize("section", [k for k, v in WORDS.items() if k != "_doc"])
def test_no_empty_or_padded_entries(section: str) -> None:
    entries = WORDS[section]
    keys = list(entries) if isinstance(entries, dict) else entries
    assert keys, section
    for key in keys:
        assert isinstance(key, str) and key and key == key.strip(), (section, key)
        assert "  " not in key, (section, key)
    if isinstance(entries, list):
        assert len(set(entries)) == len(entries), f"duplicates in {section}"


def test_lower_case_vocabulary() -> None:
    for section in (
        "months",
        "month_abbreviations",
        "weekdays",
        "parts_of_day",
        "units",
        "se_units",
        "numbers",
        "relative_days",
        "refs",
        "position_mods",
        "quantity_mods",
        "set_adjectives",
        "seasons",
    ):
        for key in WORDS[section]:
            assert key == key.lower(), (section, key)


def test_calendar_numbers() -> None:
    assert sorted(set(WORDS["months"].values())) == list(range(1, 13))
    assert set(WORDS["month_abbreviations"].values()) <= set(range(1, 13))
    assert sorted(set(WORDS["weekdays"].values())) == list(range(7))
    assert WORDS["weekdays"]["senin"] == dt.date(2024, 12, 16).weekday()


def test_codes_are_timeml() -> None:
    assert set(WORDS["parts_of_day"].values()) <= {"MO", "MI", "AF", "EV", "NI", "DT"}
    assert set(WORDS["refs"].values()) <= {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
    assert set(WORDS["position_mods"].values()) <= TIMEML_MODS
    assert set(WORDS["quantity_mods"].values()) <= TIMEML_MODS
    assert set(WORDS["seasons"].values()) <= {"SP", "SU", "FA", "WI"}
    for value in WORDS["set_adjectives"].values():
        assert VALUE_RE["SET"].match(value), value
    for offset in WORDS["zones"].values():
        assert re.fullmatch(r"[+-]\d{2}:\d{2}", offset), offset


def test_units_and_se_forms() -> None:
    for word, (iso, mult, clock) in WORDS["units"].items():
        assert iso in ("S", "M", "H", "D", "W", "Y", "DE", "CE") and mult >= 1, word
        assert clock == (iso in ("S", "H") or word == "menit"), word
    for word, unit in WORDS["se_units"].items():
        assert word.startswith("se") and unit in WORDS["units"], word
    # TimeML's own units for decades and centuries, not so many years
    assert WORDS["units"]["dekade"][:2] == ["DE", 1]
    assert WORDS["units"]["dasawarsa"][:2] == ["DE", 1]
    assert WORDS["units"]["abad"][:2] == ["CE", 1]


def test_holiday_tables() -> None:
    for name, md in HOLIDAYS["fixed"].items():
        month, day = (int(x) for x in md.split("-"))
        dt.date(2024, month, day)  # a real calendar day
        assert name[0].isupper(), name
    for name, table in HOLIDAYS["lunar"].items():
        for year, day in table.items():
            assert dt.date.fromisoformat(day).year == int(year), (name, year)
        days = [dt.date.fromisoformat(d) for _, d in sorted(table.items())]
        gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
        # Islamic holidays move about 11 days earlier each year; Imlek stays in Jan/Feb
        if name != "Imlek":
            assert all(350 <= g <= 358 for g in gaps), (name, gaps)
        else:
            assert all(d.month in (1, 2) for d in days)
    known = set(HOLIDAYS["fixed"]) | set(HOLIDAYS["lunar"])
    for alias, target in HOLIDAYS["aliases"].items():
        assert target in known and alias not in known, alias


def test_number_words_parse() -> None:
    v = vocab()
    assert v.number("tiga") == 3
    assert v.number("dua belas") == 12
    assert v.number("dua puluh lima") == 25
    assert v.number("satu setengah") == 1.5
    assert v.number("5,5") == 5.5
    assert v.number("1.000") == 1000
    assert v.number("entah") is None


def test_speech_cues_are_lower_case_and_open_no_expression() -> None:
    r = recogniser()
    for word in WORDS["speech_cues"]:
        assert word == word.lower(), word
        # a speech verb that also opened a pattern would not be noted as a cue
        assert r.by_token[word] is r.cue_marker, word
