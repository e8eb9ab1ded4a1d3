"""TimeML TIMEX3 values: calendar arithmetic and the value grammar.

Every value warta writes matches :data:`VALUE_RE` for its type; the property tests hold
the recogniser to that.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = [
    "VALUE_RE",
    "add_months",
    "closest_year",
    "duration",
    "is_valid",
    "iso_week",
    "parse_date_value",
    "shift",
]

_DATE = r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?"
_WEEK = r"(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-(?:WE|[1-7]))?"
_PART = r"(?:\d{4}|XXXX)-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"
_COARSE = r"\d{2,3}"  # a century (20) or a decade (201)
_REF = r"PAST_REF|PRESENT_REF|FUTURE_REF"
_CLOCK = r"T(?:(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?|MO|MI|AF|EV|NI|DT)(?:Z|[+-]\d{2}:\d{2})?"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DUR = rf"P(?:(?:{_NUM}(?:[YMWD]|DE|CE))+(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)"

#: TIMEX3 type -> the shape of its value
VALUE_RE: dict[str, re.Pattern[str]] = {
    "DATE": re.compile(rf"^(?:{_DATE}|{_WEEK}|{_PART}|{_COARSE}|{_REF})$"),
    "TIME": re.compile(rf"^(?:{_DATE}|{_WEEK}){_CLOCK}$"),
    "DURATION": re.compile(rf"^{_DUR}$"),
    "SET": re.compile(rf"^(?:{_DUR}|{_DATE}|{_WEEK}|{_PART}|(?:{_DATE})?{_CLOCK})$"),
}


def is_valid(type_: str, value: str) -> bool:
    """Whether ``value`` is a well-formed TIMEX3 value for ``type_``."""
    pattern = VALUE_RE.get(type_)
    return bool(pattern and pattern.match(value))


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    """The ISO week of a day, as TIMEX3 writes it: 2014-W50."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


#: units that are so many years: TimeML's decades (DE) and centuries (CE)
YEARS_OF_UNIT = {"DE": 10, "CE": 100}


def shift(anchor: dt.date, unit: str, n: float) -> str:
    """``anchor`` moved by ``n`` units (D, W, M, Y; DE and CE as 10 and 100 years), at that
    unit's granularity (a year for DE and CE: "satu dekade lalu" is a year)."""
    if unit in YEARS_OF_UNIT:
        unit, n = "Y", n * YEARS_OF_UNIT[unit]
    whole = int(round(n))
    try:
        if unit == "D":
            return (anchor + dt.timedelta(days=whole)).isoformat()
        if unit == "W":
            return (anchor + dt.timedelta(days=7 * whole)).isoformat()
        if unit == "M":
            year, month = add_months(anchor.year, anchor.month, whole)
            return f"{year:04d}-{month:02d}"
        if unit == "Y":
            return f"{anchor.year + whole:04d}"
    except (OverflowError, ValueError):
        return "XXXX"
    return "XXXX"


def iso_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration(n: float | None, unit: str, clock: bool) -> str:
    """A TIMEX3 duration: P3Y, PT10M, PXY (``n`` None: an unknown count)."""
    count = "X" if n is None else iso_number(n)
    return f"PT{count}{unit}" if clock else f"P{count}{unit}"


def closest_year(anchor: dt.date, month: int, day: int | None = None) -> int:
    """The year that puts (month, day) nearest to ``anchor`` (within half a year)."""
    best_year = anchor.year
    best_gap: int | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        last = calendar.monthrange(year, month)[1]
        try:
            when = dt.date(year, month, min(day or 15, last))
        except ValueError:
            continue
        gap = abs((when - anchor).days)
        if best_gap is None or gap < best_gap:
            best_year, best_gap = year, gap
    return best_year


_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_date_value(value: str) -> tuple[dt.date, str] | None:
    """A DATE value's first day and its granularity (D, M or Y), or None."""
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    try:
        if m.group(3):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "D"
        if m.group(2):
            return dt.date(int(m.group(1)), int(m.group(2)), 1), "M"
        return dt.date(int(m.group(1)), 1, 1), "Y"
    except ValueError:
        return None
