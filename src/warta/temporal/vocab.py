"""The temporal vocabulary from ``lang/id/time_*.json``, compiled into regex fragments.

Every alternation is a flat list of literal phrases (longest first) with no nested
quantifiers, so the patterns built from them match in linear time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..lang.id import data


def alt(phrases: Iterable[str]) -> str:
    """A non-capturing alternation of literal phrases; spaces match any whitespace."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) + ")"


def cased(words: Iterable[str]) -> list[str]:
    """Capitalised and upper-case forms (names that must be written as names)."""
    out: list[str] = []
    for word in words:
        out.append(word[:1].upper() + word[1:])
        out.append(word.upper())
    return out


@dataclass(frozen=True)
class Vocab:
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    parts_of_day: dict[str, str]
    units: dict[str, tuple[str, int, bool]]
    se_units: dict[str, str]
    numbers: dict[str, float]
    number_suffixes: dict[str, int]
    vague_numbers: frozenset[str]
    relative_days: dict[str, int]
    refs: dict[str, str]
    position_mods: dict[str, str]
    quantity_mods: dict[str, str]
    past: frozenset[str]
    future: frozenset[str]
    since: frozenset[str]
    past_cues: frozenset[str]
    spatial_verbs: frozenset[str]
    future_cues: frozenset[str]
    set_quantifiers: frozenset[str]
    set_adjectives: dict[str, str]
    zones: dict[str, str]
    ordinals: dict[str, int]
    seasons: dict[str, str]
    year_blockers_after: frozenset[str]
    year_blockers_before: frozenset[str]
    speech_cues: frozenset[str]
    fixed_holidays: dict[str, tuple[int, int]]
    lunar_holidays: dict[str, dict[int, str]]
    holiday_aliases: dict[str, str]

    # regex fragments
    @property
    def month_re(self) -> str:
        return alt(self.months)

    @property
    def month_abbr_re(self) -> str:
        return alt(self.month_abbreviations)

    @property
    def weekday_re(self) -> str:
        return "(?-i:" + alt(cased(self.weekdays)) + ")"

    @property
    def part_re(self) -> str:
        return alt(self.parts_of_day)

    @property
    def unit_re(self) -> str:
        return alt(self.units)

    @property
    def se_unit_re(self) -> str:
        return alt(self.se_units)

    @property
    def number_re(self) -> str:
        small = [w for w, v in self.numbers.items() if 1 <= v <= 9 and float(v).is_integer()]
        compound = alt(small) + r"\s+" + alt(self.number_suffixes) + r"(?:\s+" + alt(small) + ")?"
        words = alt(self.numbers)
        return rf"(?:\d+(?:[.,]\d+)?|{compound}|{words}(?:\s+setengah)?)"

    @property
    def holiday_names(self) -> list[str]:
        return [*self.fixed_holidays, *self.lunar_holidays, *self.holiday_aliases]

    @property
    def holiday_re(self) -> str:
        names = self.holiday_names
        return "(?-i:" + alt(names + [n.upper() for n in names]) + ")"

    def holiday_key(self, name: str) -> str:
        """The table key for a holiday as written (any case, alias resolved)."""
        folded = " ".join(name.split()).lower()
        for key in self.holiday_names:
            if key.lower() == folded:
                return self.holiday_aliases.get(key, key)
        return name

    def number(self, text: str) -> float | None:
        """The value of a count: "3", "5,5", "tiga", "dua belas", "satu setengah"."""
        raw = " ".join(text.lower().split())
        if raw[:1].isdigit():
            if re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", raw):
                return float(raw.replace(".", ""))
            try:
                return float(raw.replace(",", "."))
            except ValueError:
                return None
        half = 0.0
        if raw.endswith(" setengah"):
            raw, half = raw[: -len(" setengah")], 0.5
        parts = raw.split()
        if len(parts) == 1:
            value = self.numbers.get(parts[0])
            return None if value is None else value + half
        head = self.numbers.get(parts[0])
        if head is None or len(parts) < 2:
            return None
        if parts[1] == "belas":
            return head + 10
        if parts[1] == "puluh":
            tail = self.numbers.get(parts[2], 0) if len(parts) > 2 else 0
            return head * 10 + tail
        return None


def _load() -> Vocab:
    words: dict[str, Any] = data("time_words.json")
    holidays: dict[str, Any] = data("time_holidays.json")
    fixed = {name: (int(md[:2]), int(md[3:])) for name, md in holidays["fixed"].items()}
    lunar = {
        name: {int(year): day for year, day in table.items()}
        for name, table in holidays["lunar"].items()
    }
    return Vocab(
        months=dict(words["months"]),
        month_abbreviations=dict(words["month_abbreviations"]),
        weekdays=dict(words["weekdays"]),
        parts_of_day=dict(words["parts_of_day"]),
        units={k: (v[0], int(v[1]), bool(v[2])) for k, v in words["units"].items()},
        se_units=dict(words["se_units"]),
        numbers={k: float(v) for k, v in words["numbers"].items()},
        number_suffixes=dict(words["number_suffixes"]),
        vague_numbers=frozenset(words["vague_numbers"]),
        relative_days=dict(words["relative_days"]),
        refs=dict(words["refs"]),
        position_mods=dict(words["position_mods"]),
        quantity_mods=dict(words["quantity_mods"]),
        past=frozenset(words["past"]),
        future=frozenset(words["future"]),
        since=frozenset(words["since"]),
        past_cues=frozenset(words["past_cues"]),
        spatial_verbs=frozenset(words["spatial_verbs"]),
        future_cues=frozenset(words["future_cues"]),
        set_quantifiers=frozenset(words["set_quantifiers"]),
        set_adjectives=dict(words["set_adjectives"]),
        zones=dict(words["zones"]),
        ordinals=dict(words["ordinals"]),
        seasons=dict(words["seasons"]),
        year_blockers_after=frozenset(w.lower() for w in words["year_blockers_after"]),
        year_blockers_before=frozenset(w.lower() for w in words["year_blockers_before"]),
        speech_cues=frozenset(words["speech_cues"]),
        fixed_holidays=fixed,
        lunar_holidays=lunar,
        holiday_aliases=dict(holidays["aliases"]),
    )


@functools.cache
def vocab() -> Vocab:
    """The vocabulary (loaded once)."""
    return _load()
