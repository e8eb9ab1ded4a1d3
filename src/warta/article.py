"""The input side: one article to analyse."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from .errors import DateError


def content_hash(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept YYYY-MM-DD (also YYYY-M-D and a full ISO timestamp) or a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = str(value).strip()
    head = raw[:10] if len(raw) >= 10 and raw[4:5] == "-" and raw[10:11] in ("T", " ") else raw
    try:
        parts = [int(p) for p in head.split("-")]
        if len(parts) == 3:
            return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        pass
    raise DateError(f"published date {raw!r} is not YYYY-MM-DD")


@dataclass(frozen=True)
class Article:
    """Text plus what is known about it. ``id`` defaults to a hash of the text."""

    text: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    id: str = ""
    warnings: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_hash(self.text))
