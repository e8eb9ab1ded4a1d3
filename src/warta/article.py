"""The input side: one article to analyse."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .errors import DateError


def content_hash(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: a slug: letters and digits in runs joined by ``-``, ``_`` or ``.``
_SLUG = re.compile(r"[a-z0-9]+(?:[-_.]+[a-z0-9]+)+")
_SLUG_SEP = re.compile(r"[-_.]+")
#: a file extension a slug may carry (``...-judul-berita.html``)
_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms|amp)$")
#: a numeric id inside a slug (``1821380-judul``): five digits or more
_NUMERIC_ID = re.compile(r"\d{5,}")


def _slug_words(segment: str) -> list[str] | None:
    segment = _EXTENSION.sub("", segment.lower()).strip("-_.")
    if not _SLUG.fullmatch(segment):
        return None
    words = [w for w in _SLUG_SEP.split(segment) if not _NUMERIC_ID.fullmatch(w)]
    return words if sum(1 for w in words if not w.isdigit()) >= 3 else None


def title_from_url(url: str | None) -> str | None:
    """The headline a news URL spells in its path, as lowercase words
    (``.../2017/09/06/181222/bocor-james-bond-nikah`` -> ``bocor james bond nikah``).

    The headline is the last path segment that is a slug (letters and digits joined by
    ``-``, ``_`` or ``.``, a file extension and numeric ids of five digits or more dropped,
    at least three words with a letter left); only the last three segments are looked at,
    so that ``.../judul-berita/2462831`` or ``.../judul-berita/8oqpopw8kddf`` still give
    the headline. ``None`` when none of them looks like a headline."""
    if not url:
        return None
    segments = [unquote(seg) for seg in urlsplit(url.strip()).path.split("/") if seg]
    for segment in reversed(segments[-3:]):
        words = _slug_words(segment)
        if words:
            return " ".join(words)
    return None


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
