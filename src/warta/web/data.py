"""The archive as the web layer sees it: a thin adapter over :class:`warta.store.Store`.

Every question the pages and the API ask goes to the store's public interface
(``search``, ``quotes``, ``entities``, ``get_entity``, ``speakers``, ``timeline``,
``get_article``, ``upsert``). The adapter turns the web filters into a
:class:`~warta.store.SearchQuery` (an ``entity``/``speaker`` value that is an entity key, as in
the pages' own links, becomes ``entity_key``/``speaker_key``), turns the store's dataclasses
into JSON-ready dicts, and computes the two views the store does not offer: an entity's
articles with its mentions in each, and archive-wide counts per period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from ..article import parse_published
from ..errors import WartaError
from ..record import ArticleRecord
from ..store import (
    SearchHit,
    SearchQuery,
    Store,
    article_hash,
    entity_key,
    expand_categories,
    open_store,
)

_KEY = re.compile(r"^(per|org|loc)-[\w-]+$")
_SPACE = re.compile(r"\s+")
TIMELINE_CAP = 200_000
"""the most articles the archive-wide timeline reads (it pages through search results)"""


@dataclass(frozen=True)
class Filters:
    """The filters of ``warta search``; every field optional, dates as YYYY[-MM[-DD]]."""

    q: str | None = None
    speaker: str | None = None
    entity: str | None = None
    since: str | None = None
    until: str | None = None
    timex_since: str | None = None
    timex_until: str | None = None
    category: str | None = None
    outlet: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def __bool__(self) -> bool:
        return bool(self.as_dict())


def date_bound(value: str | None, *, end: bool) -> dt.date | None:
    """"2024", "2024-12" or "2024-12-17" as the first (or, with ``end``, last) day it covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return dt.date(year, month, parts[2])
    if not end:
        return dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def first_line(text: str, width: int = 90) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


def context(text: str, start: int, end: int, width: int = 200) -> str:
    """The text around ``[start, end)`` on one line, clipped to about ``width`` characters."""
    left = max(0, start - width // 3)
    piece = _SPACE.sub(" ", text[left : left + width]).strip()
    return ("…" if left else "") + piece + ("…" if left + width < len(text) else "")


def fill_periods(rows: list[dict[str, Any]], by: str, limit: int = 1500) -> list[dict[str, Any]]:
    """``rows`` (sorted by ``period``) with the empty months or days between them filled in
    with zero counts, so a chart's x axis is time; left as is when the span is over ``limit``."""
    if len(rows) < 2:
        return rows
    try:
        first, last = (date_bound(rows[i]["period"], end=False) for i in (0, -1))
    except (ValueError, TypeError):
        return rows
    assert first is not None and last is not None
    periods: list[str] = []
    day = first
    while day <= last and len(periods) <= limit:
        periods.append(day.isoformat()[: 10 if by == "day" else 7])
        if by == "day":
            day += dt.timedelta(days=1)
        else:
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    if len(periods) > limit:
        return rows
    zero = {k: 0 for k, v in rows[0].items() if k != "period" and isinstance(v, int)}
    known = {r["period"]: r for r in rows}
    return [known.get(p, {"period": p, **zero}) for p in periods]


def to_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)


class Archive:
    """The store, as the web layer reads and writes it."""

    def __init__(self, store: Store, *, owned: bool = False) -> None:
        self.store = store
        self.owned = owned  # opened here, so closed here

    @classmethod
    def open(cls, db: str | Path | Store | None) -> Archive:
        if isinstance(db, Store):
            return cls(db)
        return cls(open_store(None if db is None else str(db)), owned=True)

    def close(self) -> None:
        if self.owned:
            self.store.close()

    # -- articles -------------------------------------------------------------------------
    def get(self, article_id: str) -> ArticleRecord | None:
        return self.store.get_article(article_id)

    def add(self, record: ArticleRecord) -> str:
        """Store one record: "new", "replaced" or "unchanged"."""
        result = self.store.upsert([record])
        if result.inserted:
            return "new"
        return "replaced" if result.replaced else "unchanged"

    def unchanged(self, article_id: str, text: str, published: str | None) -> bool:
        """Whether the article is stored already with the same text and date (no need to
        analyse it again)."""
        try:
            stored = self.store.known([article_id]).get(article_id)
            return stored is not None and stored == article_hash(text, parse_published(published))
        except (ValueError, WartaError):
            return False

    def _is_key(self, value: str) -> bool:
        return bool(_KEY.match(value)) and self.store.get_entity(value) is not None

    def query(self, f: Filters, limit: int = 20, offset: int = 0) -> SearchQuery:
        """The store query for the web filters (raises ValueError on a bad category)."""
        speaker_is_key = bool(f.speaker) and self._is_key(f.speaker or "")
        entity_is_key = bool(f.entity) and self._is_key(f.entity or "")
        return SearchQuery(
            text=f.q,
            speaker=None if speaker_is_key else f.speaker,
            speaker_key=f.speaker if speaker_is_key else None,
            entity=None if entity_is_key else f.entity,
            entity_key=f.entity if entity_is_key else None,
            since=date_bound(f.since, end=False),
            until=date_bound(f.until, end=True),
            timex_since=date_bound(f.timex_since, end=False),
            timex_until=date_bound(f.timex_until, end=True),
            category=expand_categories(f.category),
            outlet=f.outlet,
            limit=limit,
            offset=offset,
        )

    def search(self, f: Filters, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """One page of matching articles, newest first, with the total."""
        result = self.store.search(self.query(f, limit, offset))
        rows = []
        for hit in result.hits:
            row = to_dict(hit)
            row["title"] = hit.title or first_line(hit.snippet) or hit.id
            row["highlights"] = [list(h) for h in hit.highlights]
            rows.append(row)
        return {"filters": f.as_dict(), "total": result.total, "limit": limit, "offset": offset, "articles": rows}

    def quotes(self, f: Filters, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        hits = self.store.quotes(self.query(f, limit + 1, offset))
        return {
            "filters": f.as_dict(), "limit": limit, "offset": offset, "more": len(hits) > limit,
            "quotes": [to_dict(h) for h in hits[:limit]],
        }

    # -- entities and speakers ------------------------------------------------------------
    def entities(self, q: str | None, label: str | None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        rows = self.store.entities(q or None, label or None, limit + 1, offset)
        return {
            "q": q, "label": label, "limit": limit, "offset": offset, "more": len(rows) > limit,
            "entities": [to_dict(e) for e in rows[:limit]],
        }

    def speakers(self, q: str | None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        rows = self.store.speakers(q or None, limit + 1, offset)
        return {
            "q": q, "limit": limit, "offset": offset, "more": len(rows) > limit,
            "speakers": [to_dict(s) for s in rows[:limit]],
        }

    def entity(self, key: str, limit: int = 100) -> dict[str, Any] | None:
        """One entity: counts, statements in time order, the articles that mention it."""
        info = self.store.get_entity(key)
        if info is None:
            return None
        data = to_dict(info)
        statements = self.store.quotes(SearchQuery(speaker_key=key, limit=limit))
        data["statements"] = sorted(
            (to_dict(s) for s in statements), key=lambda s: (s["published"] or "", s["article_id"], s["index"])
        )
        mentioned = []
        roles: Counter[str] = Counter()
        for hit in self._articles_of(key, limit):
            record = self.store.get_article(hit.id)
            if record is None:
                continue
            local = [e for e in record.entities if entity_key(e.label, e.name) == key]
            if not local:
                continue
            spans = sorted((m.start, m.end) for e in local for m in e.mentions)
            for e in local:
                roles.update(e.roles)
            mentioned.append({
                "article_id": hit.id,
                "title": hit.title or first_line(record.text),
                "published": hit.published,
                "source": hit.source,
                "mentions": len(spans),
                "names": sorted({e.name for e in local}),
                "context": context(record.text, *spans[0]) if spans else hit.snippet,
            })
        mentioned.sort(key=lambda m: (m["published"] or "", m["article_id"]))
        data["roles"] = [r for r, _ in roles.most_common(8)]
        data["mentioned_in"] = mentioned
        data["timeline"] = fill_periods([to_dict(p) for p in self.store.timeline(key, "month")], "month")
        return data

    def _articles_of(self, key: str, limit: int) -> list[SearchHit]:
        """The newest ``limit`` articles that mention the entity ``key``."""
        return self.store.search(SearchQuery(entity_key=key, limit=limit)).hits

    def local_keys(self, record: ArticleRecord) -> dict[str, str]:
        """A record's entity ids ("e1") -> their archive keys."""
        return {e.id: entity_key(e.label, e.name) for e in record.entities}

    # -- archive-wide timeline ------------------------------------------------------------
    def timeline(self, f: Filters, by: str = "month") -> dict[str, Any]:
        """Articles, quotes and amounts per period for the articles matching ``f``."""
        width = 10 if by == "day" else 7
        buckets: dict[str, Counter[str]] = defaultdict(Counter)
        total = undated = 0
        page = 1000
        offset = 0
        query = self.query(f, page, 0)  # built once: it may look entities up in the store
        while offset < TIMELINE_CAP:
            result = self.store.search(replace(query, offset=offset))
            for hit in result.hits:
                total += 1
                if not hit.published:
                    undated += 1
                    continue
                slot = buckets[hit.published[:width]]
                slot["articles"] += 1
                slot["quotes"] += hit.counts.get("quotes", 0)
                slot["amounts"] += hit.counts.get("amounts", 0)
            offset += page
            if offset >= result.total or not result.hits:
                break
        periods = fill_periods(
            [{"period": p, "articles": c["articles"], "quotes": c["quotes"], "amounts": c["amounts"]}
             for p, c in sorted(buckets.items())],
            by,
        )
        return {"filters": f.as_dict(), "by": by, "articles": total, "undated": undated, "periods": periods}
