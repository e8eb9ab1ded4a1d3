"""Temporal expressions: recognise TIMEX3 spans in Indonesian text and normalise them.

>>> import datetime as dt
>>> from warta.temporal import find_timexes
>>> [t.value for t in find_timexes("Rapat digelar kemarin.", dt.date(2024, 12, 17))[0]]
['2024-12-16']
"""

from __future__ import annotations

import datetime as dt

from ..record import Timex
from .recogniser import Recogniser, recogniser
from .values import VALUE_RE, is_valid

__all__ = ["VALUE_RE", "Recogniser", "find_timexes", "infer_published", "is_valid", "recogniser"]


def find_timexes(text: str, anchor: dt.date | None) -> tuple[list[Timex], list[str]]:
    """Every TIMEX3 in ``text``, relative values resolved against ``anchor``, and warnings."""
    return recogniser().timexes(text, anchor)


def infer_published(text: str, dateline_end: int | None = None) -> tuple[dt.date, str] | None:
    """A publication date read from the text, and where it came from.

    A full date right after the dateline ("JAKARTA, Senin (16/12/2024) -") counts as the
    dateline's; otherwise the latest full date written with its weekday (the way Indonesian
    reports date their events), or failing that the latest full date at all.
    """
    cands, _ = recogniser().scan(text, None)
    full = [
        (c, c.info["explicit_day"])
        for c in cands
        if c.info.get("full") and isinstance(c.info.get("explicit_day"), dt.date)
    ]
    if not full:
        return None
    if dateline_end is not None:
        for c, day in full:
            if dateline_end - 80 <= c.start <= dateline_end + 3:
                return day, "dateline"
    with_weekday = [day for c, day in full if c.info.get("weekday")]
    return max(with_weekday or [day for _, day in full]), "text"
