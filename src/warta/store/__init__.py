"""The archive: SQLite by default, PostgreSQL for shared deployments.

>>> from warta.store import open_store, SearchQuery
>>> with open_store("warta.db") as store:
...     result = store.search(SearchQuery(speaker="Kirby"))

The interface and its semantics are in :mod:`warta.store.base`.
"""

from __future__ import annotations

from .base import (
    CATEGORIES,
    CATEGORY_GROUPS,
    DEFAULT_DB,
    AmountHit,
    EntityInfo,
    QuoteHit,
    SearchHit,
    SearchQuery,
    SearchResult,
    SpeakerInfo,
    Store,
    StoreCounts,
    TimelinePoint,
    UpsertResult,
    article_hash,
    entity_key,
    expand_categories,
    normalise_name,
    open_store,
    record_hash,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_GROUPS",
    "DEFAULT_DB",
    "AmountHit",
    "EntityInfo",
    "QuoteHit",
    "SearchHit",
    "SearchQuery",
    "SearchResult",
    "SpeakerInfo",
    "Store",
    "StoreCounts",
    "TimelinePoint",
    "UpsertResult",
    "article_hash",
    "entity_key",
    "expand_categories",
    "normalise_name",
    "open_store",
    "record_hash",
]
