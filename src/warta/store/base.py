"""The archive's public interface: what every store backend offers.

Open a store with :func:`warta.store.open_store` (``warta.db`` / ``sqlite:///path`` ->
SQLite, ``postgresql://...`` -> PostgreSQL). Every backend implements :class:`Store`
with the same semantics; callers (the CLI, the web server, the Dask ingest) code
against this module only.

Identifiers
-----------
- An article is keyed by its record ``id`` (the input's ``id``, else a hash of its
  text). ``hash`` is :func:`article_hash` of what affects analysis (text and
  published date): a stored article with the same id and hash is *unchanged*.
- An entity is deduplicated across articles by ``(label, normalised name)`` and named
  by a stable, URL-safe ``key`` (:func:`entity_key`, e.g. ``per-john-kirby``) that is
  the same in every backend and every archive.

Search semantics (:meth:`Store.search`)
---------------------------------------
A search returns **articles** (:class:`SearchHit`), newest first (then by id), each
with the quotes and amounts that satisfy the quote-level filters. An article is a
hit when all of the given filters hold:

- ``text``: the full-text query matches the article's title or text (quotes and
  entity mentions are part of the text). Words are ANDed; ``"two words"`` is a
  phrase, ``word*`` a prefix, ``-word`` excludes, ``OR`` between two terms.
  Matching is case-insensitive, on whole words (no stemming); SQLite uses FTS5
  (``unicode61``: accents folded, "jose" finds "José"), PostgreSQL a ``tsvector``
  with the ``simple`` configuration (accents kept: "José" finds "José") over the
  first 300,000 characters of an article (the type's size limit).
- ``since``/``until``: the published date is inside the range (inclusive).
- ``outlet``: the source (or the dateline's outlet) contains this, case-insensitively.
- ``entity``: the article mentions an entity whose name or an alias matches
  (normalised, whole-word: "Kirby" matches "John Kirby"); ``entity_key`` an exact key.
- ``speaker`` / ``speaker_key``: the article has at least one quote whose speaker
  matches (the speaker's entity name or alias, or the speaker name written in the
  quote when it was not linked to an entity).
- ``category`` (one or more of KILL, WOUND, ... or the group ``CASUALTY``): the article
  has at least one amount of that category; with ``speaker`` the amount must lie in
  a quote of that speaker ("every casualty count attributed to GUR").
- ``timex_since``/``timex_until``: a DATE timex of the article overlaps the range;
  with ``speaker`` the timex must belong to a matching quote (inside the quote or in
  its sentence), or, for a quote without its own timex, the published date must
  be in the range.

Each hit's ``quotes`` are the quotes that match the speaker/timex filters (and the
text query, when one is given and some quote matches it); without quote-level
filters or text query, ``quotes`` is empty. ``amounts`` are the amounts that match
``category`` (and speaker); empty without ``category``. ``total`` counts all hit
articles, independent of ``limit``/``offset``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import Any, Literal

from ..record import ArticleRecord

#: ``--category CASUALTY`` expands to these.
CATEGORY_GROUPS: dict[str, tuple[str, ...]] = {
    "CASUALTY": ("KILL", "WOUND", "KILL_OR_WOUND", "MISSING"),
}
CATEGORIES = (
    "KILL", "WOUND", "KILL_OR_WOUND", "MISSING", "ARREST", "KIDNAP", "DISPLACE", "AFFECT",
)


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=100_000)
def normalise_name(name: str) -> str:
    """Lower-case words of a name, accents and punctuation dropped: "A.S." -> "a s"."""
    if name.isascii():
        return " ".join(_WORD.findall(name.lower()))
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(_WORD.findall(text))


def entity_key(label: str, name: str) -> str:
    """The stable key of an entity: label and normalised name, e.g. ``per-john-kirby``."""
    norm = normalise_name(name)
    slug = "-".join(norm.split())
    if not slug:
        slug = "x" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{label.lower()}-{slug}"


def article_hash(text: str, published: str | dt.date | None) -> str:
    """A hash of what affects an article's analysis: its text and published date."""
    pub = published.isoformat() if isinstance(published, dt.date) else (published or "")
    digest = hashlib.sha256(pub.encode("ascii", "replace") + b"\x00")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def record_hash(record: ArticleRecord) -> str:
    """:func:`article_hash` for a record (its published date counts only when it came
    from metadata, since a date found in the text is an output of the analysis)."""
    published = record.published if record.published_source in (None, "metadata") else None
    return article_hash(record.text, published)


def expand_categories(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """``"KILL,wound"`` / ``["casualty"]`` -> canonical category names (unknown ones raise)."""
    if values is None:
        return ()
    items = [values] if isinstance(values, str) else list(values)
    out: list[str] = []
    for item in items:
        for part in str(item).split(","):
            name = part.strip().upper()
            if not name:
                continue
            if name in CATEGORY_GROUPS:
                out.extend(CATEGORY_GROUPS[name])
            elif name in CATEGORIES:
                out.append(name)
            else:
                raise ValueError(
                    f"unknown category {part.strip()!r}; use one of "
                    + ", ".join(CATEGORIES + tuple(CATEGORY_GROUPS))
                )
    return tuple(dict.fromkeys(out))


@dataclass
class SearchQuery:
    """What to look for; every field is optional (an empty query lists all articles)."""

    text: str | None = None
    speaker: str | None = None
    speaker_key: str | None = None
    entity: str | None = None
    entity_key: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    timex_since: dt.date | None = None
    timex_until: dt.date | None = None
    category: tuple[str, ...] = ()
    outlet: str | None = None
    limit: int = 20
    offset: int = 0

    def __post_init__(self) -> None:
        self.category = expand_categories(self.category)

    @property
    def quote_filtered(self) -> bool:
        return bool(self.speaker or self.speaker_key)


@dataclass
class QuoteHit:
    """One quote, with its article's context."""

    article_id: str
    index: int
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_key: str | None
    published: str | None
    title: str | None = None
    source: str | None = None
    cue: str | None = None
    via: str | None = None
    dates: list[str] = field(default_factory=list)
    """values of the DATE timexes tied to the quote (inside it or in its sentence)"""


@dataclass
class AmountHit:
    """One amount (a count, a figure), with the speaker when it lies in a quote."""

    article_id: str
    index: int
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    object: str | None
    category: str | None
    quote: int | None
    speaker: str | None
    speaker_key: str | None
    published: str | None


@dataclass
class SearchHit:
    """One article that matched, with the parts that matched."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    snippet: str
    """a stretch of text around the match (plain text; the article's start without a query)"""
    highlights: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) offsets into ``snippet`` of the matched words"""
    quotes: list[QuoteHit] = field(default_factory=list)
    amounts: list[AmountHit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    """entities / quotes / timexes / amounts in the article"""


@dataclass
class SearchResult:
    total: int
    hits: list[SearchHit]
    query: SearchQuery

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["query"] = {
            k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data["query"].items()
        }
        return data


@dataclass
class EntityInfo:
    """An entity across the archive."""

    key: str
    label: str
    name: str
    aliases: list[str]
    articles: int
    """articles that mention it"""
    mentions: int
    quotes: int
    """quotes it is the speaker of"""
    first_seen: str | None = None
    last_seen: str | None = None
    """published dates of the first and last article that mentions it"""


@dataclass
class SpeakerInfo:
    """Someone quoted: an entity (``key`` set) or a name the quote gives without one."""

    name: str
    key: str | None
    label: str | None
    quotes: int
    articles: int
    last_seen: str | None = None


@dataclass
class TimelinePoint:
    """Activity of an entity in one period (``period``: YYYY-MM-DD or YYYY-MM)."""

    period: str
    articles: int
    mentions: int
    quotes: int
    amounts: int
    """amounts inside its quotes"""


@dataclass
class StoreCounts:
    articles: int
    entities: int
    mentions: int
    quotes: int
    timexes: int
    amounts: int


@dataclass
class UpsertResult:
    inserted: list[str] = field(default_factory=list)
    """ids new to the archive"""
    replaced: list[str] = field(default_factory=list)
    """ids that were stored with another hash (their old rows were replaced)"""
    unchanged: list[str] = field(default_factory=list)
    """ids already stored with the same hash (nothing was written)"""


class Store(ABC):
    """An archive of ArticleRecords. Use as a context manager or call :meth:`close`.

    A store object may be shared between threads (calls are serialised); for
    many processes, open one store per process. Writes are transactional: one
    :meth:`upsert` call is all-or-nothing.
    """

    url: str

    # -- writing ---------------------------------------------------------------
    @abstractmethod
    def known(self, ids: Sequence[str]) -> dict[str, str]:
        """``{id: hash}`` for those of ``ids`` already stored (cheap: no analysis)."""

    @abstractmethod
    def upsert(
        self, records: Sequence[ArticleRecord], hashes: Sequence[str] | None = None
    ) -> UpsertResult:
        """Store records in one transaction, replacing an article stored under the same
        id with another hash and skipping one stored with the same hash. ``hashes``
        default to :func:`record_hash` of each record."""

    @abstractmethod
    def delete(self, ids: Sequence[str]) -> int:
        """Remove articles (and their quotes, mentions, ...); returns how many."""

    # -- reading ---------------------------------------------------------------
    @abstractmethod
    def get_article(self, id: str) -> ArticleRecord | None:
        """The full record as stored (lossless), or None."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult:
        """Articles matching ``query`` (see the module docstring for the semantics)."""

    @abstractmethod
    def quotes(self, query: SearchQuery) -> list[QuoteHit]:
        """Quotes (not articles) matching ``query``, newest first: the speaker/timex/text
        filters apply to each quote, the article filters to its article."""

    @abstractmethod
    def amounts(self, query: SearchQuery) -> list[AmountHit]:
        """Amounts matching ``query``: ``category``, and with ``speaker`` only those
        inside that speaker's quotes; article filters apply to their article."""

    @abstractmethod
    def entities(
        self,
        q: str | None = None,
        label: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[EntityInfo]:
        """Entities, most-mentioned (by article count) first; ``q`` matches a name or
        alias (normalised, whole words); ``label`` is PER, ORG or LOC."""

    @abstractmethod
    def get_entity(self, key: str) -> EntityInfo | None:
        """One entity by its key."""

    @abstractmethod
    def speakers(
        self, q: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[SpeakerInfo]:
        """Who is quoted, most quotes first."""

    @abstractmethod
    def timeline(
        self, key: str, granularity: Literal["day", "month"] = "day"
    ) -> list[TimelinePoint]:
        """An entity's activity over time (by article published date), oldest first."""

    @abstractmethod
    def counts(self) -> StoreCounts:
        """How many rows of each kind the archive holds."""

    @abstractmethod
    def iter_records(self, batch_size: int = 500) -> Iterator[ArticleRecord]:
        """Every stored record, by published date then id (for export)."""

    def optimize(self) -> None:  # noqa: B027 - optional for a backend
        """Refresh statistics after a large write (ingest calls it); default: nothing."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection(s)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


DEFAULT_DB = "warta.db"


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the archive at ``url``.

    ``None`` -> ``./warta.db``; a path or ``sqlite:///path`` -> SQLite;
    ``postgresql://...`` / ``postgres://...`` -> PostgreSQL (needs ``warta[postgres]``).
    """
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .sqlite import SQLiteStore

    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
    return SQLiteStore(path)
