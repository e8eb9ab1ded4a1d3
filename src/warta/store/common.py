"""What the SQL backends share: record -> rows, the query language, the search SQL.

SQL here is written with ``?`` placeholders; a backend converts them if its driver
wants another style. Backends supply the full-text parts (FTS5 / tsvector).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import threading
import time
import unicodedata
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from ..record import ArticleRecord
from .base import (
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
    entity_key,
    normalise_name,
    record_hash,
)

#: snippet highlight markers used inside SQL, turned into offsets before returning
MARK_START = "\ue000"
MARK_END = "\ue001"
SNIPPET_CHARS = 240
CHILD_TABLES = ("mentions", "article_entities", "quotes", "timexes", "amounts")


# -- the query language --------------------------------------------------------
@dataclass
class Term:
    words: list[str]
    prefix: bool = False
    negated: bool = False


@dataclass
class TextQuery:
    """A parsed full-text query: ``groups`` are ANDed, terms in a group ORed."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.groups


_TOKEN = re.compile(r'-?"[^"]*"?|\S+')


def parse_text_query(text: str | None) -> TextQuery:
    """``kirby "korea utara" tentara* -rusia a OR b`` -> a TextQuery (never raises)."""
    query = TextQuery()
    if not text:
        return query
    join_next = False
    for raw in _TOKEN.findall(text):
        if raw == "OR":
            join_next = bool(query.groups)
            continue
        negated = raw.startswith("-") and len(raw) > 1
        body = raw[1:] if negated else raw
        prefix = body.rstrip('"').endswith("*")
        # case folded, accents kept: FTS5 folds them on both sides, PostgreSQL's
        # 'simple' configuration keeps them on both sides
        words = re.findall(r"\w+", unicodedata.normalize("NFC", body).casefold())
        if not words:
            continue
        term = Term(words=words, prefix=prefix, negated=negated)
        if negated:
            query.excluded.append(term)
        elif join_next and query.groups:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
    return query


def term_matches(term: Term, norm_text: str) -> bool:
    """Whether a term occurs in already-normalised text (word boundaries respected)."""
    words = normalise_name(" ".join(term.words)).split()
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in words)
    pattern += r"\w*" if term.prefix else r"\b"
    return re.search(pattern, norm_text) is not None


def text_matches(query: TextQuery, text: str) -> bool:
    norm = normalise_name(text)
    if any(term_matches(t, norm) for t in query.excluded):
        return False
    return all(any(term_matches(t, norm) for t in group) for group in query.groups)


def split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Text with MARK_START/MARK_END -> plain text and highlight offsets."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start: int | None = None
    for ch in marked:
        if ch == MARK_START:
            start = pos
        elif ch == MARK_END:
            if start is not None and pos > start:
                spans.append((start, pos))
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out).replace("\n", " "), spans


def plain_snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    flat = text[: limit * 2].replace("\n", " ")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# -- dates ---------------------------------------------------------------------
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def timex_range(type_: str, value: str) -> tuple[str, str] | None:
    """The calendar days a DATE/TIME value covers, as ISO strings (None if not a date)."""
    if type_ not in ("DATE", "TIME"):
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
        if m := _YEAR.match(value):
            return f"{m[1]}-01-01", f"{m[1]}-12-31"
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    except ValueError:
        return None
    return None


# -- record -> rows --------------------------------------------------------------
@dataclass
class Rows:
    article: dict[str, Any]
    entities: list[tuple[str, str, str, str]]  # key, label, name, norm
    aliases: list[tuple[str, str, str]]  # key, alias, norm
    article_entities: list[tuple[int, str, str, str, int]]  # idx, local id, key, name, n
    mentions: list[tuple[int, int, int, str]]  # entity idx, start, end, text
    quotes: list[tuple[Any, ...]]
    timexes: list[tuple[Any, ...]]
    amounts: list[tuple[Any, ...]]


def _quote_for_offsets(record: ArticleRecord, start: int, end: int) -> int | None:
    for i, quote in enumerate(record.quotes):
        if quote.start <= start and end <= quote.end:
            return i
    for sentence in record.sentences:
        if sentence.start <= start < sentence.end:
            for i, quote in enumerate(record.quotes):
                if sentence.start <= quote.start < sentence.end:
                    return i
            return None
    return None


def _strip_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_strip_nul(v) for v in value]
    if isinstance(value, dict):
        return {k: _strip_nul(v) for k, v in value.items()}
    return value


def record_rows(record: ArticleRecord, hash_: str, strip_nul: bool = False) -> Rows:
    """The rows of one record. ``strip_nul`` drops NUL characters (PostgreSQL cannot
    store them in text)."""
    if strip_nul:
        record = ArticleRecord.model_validate(_strip_nul(record.to_dict()))
    data = record.to_dict()
    data.pop("text", None)
    local_keys: dict[str, str] = {}
    entities: dict[str, tuple[str, str, str, str]] = {}
    aliases: dict[tuple[str, str], tuple[str, str, str]] = {}
    article_entities: list[tuple[int, str, str, str, int]] = []
    mentions: list[tuple[int, int, int, str]] = []
    for idx, ent in enumerate(record.entities):
        key = entity_key(ent.label, ent.name)
        local_keys[ent.id] = key
        entities.setdefault(key, (key, ent.label, ent.name, normalise_name(ent.name)))
        for alias in [ent.name, *ent.aliases]:
            norm = normalise_name(alias)
            if norm:
                aliases.setdefault((key, norm), (key, alias, norm))
        article_entities.append((idx, ent.id, key, ent.name, len(ent.mentions)))
        mentions.extend((idx, m.start, m.end, m.text) for m in ent.mentions)
    quotes = []
    for idx, q in enumerate(record.quotes):
        sp = q.speaker
        quotes.append((
            idx, q.kind, q.start, q.end, q.text,
            sp.name if sp else None,
            normalise_name(sp.name) if sp else None,
            local_keys.get(sp.entity) if sp and sp.entity else None,
            q.cue.text if q.cue else None,
            q.via.name if q.via else None,
            q.channel,
        ))
    timexes = []
    for idx, t in enumerate(record.timexes):
        rng = timex_range(t.type, t.value)
        timexes.append((
            idx, t.start, t.end, t.text, t.type, t.value,
            rng[0] if rng else None, rng[1] if rng else None,
            _quote_for_offsets(record, t.start, t.end) if record.quotes else None,
        ))
    amounts = []
    for idx, a in enumerate(record.amounts):
        quote = a.quote
        if quote is not None and not 0 <= quote < len(record.quotes):
            quote = None
        amounts.append((
            idx, a.start, a.end, a.text, a.value, a.low, a.high, a.qualifier,
            a.unit, a.object, a.category, quote,
        ))
    article = {
        "id": record.id,
        "hash": hash_,
        "published": record.published,
        "source": record.source,
        "outlet": record.dateline.outlet if record.dateline else None,
        "title": record.title,
        "url": record.url,
        "text": record.text,
        "record": json.dumps(data, ensure_ascii=False),
        "n_entities": len(record.entities),
        "n_quotes": len(record.quotes),
        "n_timexes": len(record.timexes),
        "n_amounts": len(record.amounts),
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    return Rows(
        article=article,
        entities=sorted(entities.values()),
        aliases=sorted(aliases.values()),
        article_entities=article_entities,
        mentions=mentions,
        quotes=quotes,
        timexes=timexes,
        amounts=amounts,
    )


def record_from_row(text: str, record_json: str | dict[str, Any]) -> ArticleRecord:
    data = json.loads(record_json) if isinstance(record_json, str) else dict(record_json)
    data["text"] = text
    return ArticleRecord.model_validate(data)


def _like_words(name: str) -> str | None:
    norm = normalise_name(name)
    if not norm:
        return None
    return "% " + norm.replace("\\", "").replace("%", "").replace("_", "\\_") + " %"


class _ChildRows:
    """The child rows of a batch of articles, inserted table by table at the end."""

    def __init__(self) -> None:
        self.article_entities: list[tuple[Any, ...]] = []
        self.mentions: list[tuple[Any, ...]] = []
        self.quotes: list[tuple[Any, ...]] = []
        self.timexes: list[tuple[Any, ...]] = []
        self.amounts: list[tuple[Any, ...]] = []

    def add(self, pk: int, rows: Rows, keys: dict[str, int]) -> None:
        self.article_entities += [
            (pk, idx, lid, keys[k], name, n) for idx, lid, k, name, n in rows.article_entities
        ]
        self.mentions += [(pk, *m) for m in rows.mentions]
        self.quotes += [
            (pk, *q[:7], keys.get(q[7]) if q[7] else None, *q[8:]) for q in rows.quotes
        ]
        self.timexes += [(pk, *t) for t in rows.timexes]
        self.amounts += [(pk, *a) for a in rows.amounts]

    def statements(self) -> list[tuple[str, list[tuple[Any, ...]]]]:
        return [
            ("INSERT INTO article_entities (article_pk, idx, local_id, entity_pk, name, n_mentions)"
             " VALUES (?, ?, ?, ?, ?, ?)", self.article_entities),
            ("INSERT INTO mentions (article_pk, entity_idx, start_char, end_char, text)"
             " VALUES (?, ?, ?, ?, ?)", self.mentions),
            ("INSERT INTO quotes (article_pk, idx, kind, start_char, end_char, text, speaker_name,"
             " speaker_norm, speaker_entity_pk, cue, via, channel)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.quotes),
            ("INSERT INTO timexes (article_pk, idx, start_char, end_char, text, type, value,"
             " date_start, date_end, quote_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             self.timexes),
            ("INSERT INTO amounts (article_pk, idx, start_char, end_char, text, value, low, high,"
             " qualifier, unit, object, category, quote_idx)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.amounts),
        ]


# -- the shared SQL store ----------------------------------------------------------
class SQLStore(Store):
    """Everything but connection handling and full text, in portable SQL."""

    placeholder = "?"

    def __init__(self) -> None:
        self._lock = threading.RLock()
        #: speaker filters resolved during one read call (see _reading)
        self._memo: dict[str, tuple[str, list[Any]]] | None = None

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """One read call: the lock held, speaker resolutions memoised until it ends."""
        with self._lock:
            outer = self._memo
            if outer is None:
                self._memo = {}
            try:
                yield
            finally:
                self._memo = outer

    # backend hooks -----------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Any]:
        """A context manager: one write transaction."""

    @abstractmethod
    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Execute one statement (``?`` placeholders) and return all rows (or [])."""

    @abstractmethod
    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Execute one statement for many rows."""

    @abstractmethod
    def _fts_article(self, query: TextQuery) -> tuple[str, list[Any]]:
        """SQL condition (on alias ``a``) true when the article matches the query."""

    @abstractmethod
    def _fts_quote(self, query: TextQuery) -> tuple[str, list[Any]]:
        """SQL condition (on alias ``q``) true when the quote's text matches the query."""

    @abstractmethod
    def _snippet(self, article_pk: int, query: TextQuery) -> str:
        """A marked snippet (MARK_START/MARK_END) of the article around the match."""

    # writing -------------------------------------------------------------------
    def known(self, ids: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        ids = list(dict.fromkeys(ids))
        with self._lock:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for id_, hash_ in self._run(
                    f"SELECT id, hash FROM articles WHERE id IN ({marks})", chunk
                ):
                    out[id_] = hash_
        return out

    #: whether a write transaction excludes every other writer (SQLite's BEGIN IMMEDIATE)
    _single_writer = False
    #: whether NUL characters must be dropped before writing
    _strip_nul = False
    #: exceptions after which a whole upsert transaction is retried (deadlocks)
    _retryable: tuple[type[BaseException], ...] = ()

    def upsert(
        self, records: Sequence[ArticleRecord], hashes: Sequence[str] | None = None
    ) -> UpsertResult:
        if hashes is None:
            hashes = [record_hash(r) for r in records]
        if len(hashes) != len(records):
            raise ValueError("records and hashes differ in length")
        for attempt in range(5):
            try:
                return self._upsert(records, hashes)
            except self._retryable:
                if attempt == 4:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _upsert(self, records: Sequence[ArticleRecord], hashes: Sequence[str]) -> UpsertResult:
        result = UpsertResult()
        with self._lock, self._transaction():
            stored = self.known([r.id for r in records])
            todo: dict[str, Rows] = {}
            for record, hash_ in zip(records, hashes, strict=True):
                if record.id in todo or record.id in result.unchanged:
                    continue
                if stored.get(record.id) == hash_:
                    result.unchanged.append(record.id)
                    continue
                todo[record.id] = record_rows(record, hash_, self._strip_nul)
            # rows are taken in one global order (entities, aliases, then articles by id)
            # so that concurrent writers cannot deadlock
            keys = self._upsert_entities(list(todo.values()))
            children = _ChildRows()
            for id_ in sorted(todo):
                pk = self._write_article(todo[id_], fresh=id_ not in stored)
                if pk is None:
                    result.unchanged.append(id_)  # a concurrent writer stored it first
                    continue
                children.add(pk, todo[id_], keys)
                (result.replaced if id_ in stored else result.inserted).append(id_)
            for sql, rows in children.statements():
                if rows:
                    self._run_many(sql, rows)
        return result

    def _upsert_entities(self, batch: list[Rows]) -> dict[str, int]:
        entities = sorted({e for rows in batch for e in rows.entities})
        if not entities:
            return {}
        self._run_many(
            "INSERT INTO entities (key, label, name, norm) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO NOTHING",
            entities,
        )
        keys: dict[str, int] = {}
        wanted = [e[0] for e in entities]
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            keys.update(self._run(f"SELECT key, pk FROM entities WHERE key IN ({marks})", chunk))
        aliases = sorted({(keys[k], alias, norm) for rows in batch for k, alias, norm in rows.aliases},
                         key=lambda row: (row[0], row[2]))
        self._run_many(
            "INSERT INTO entity_aliases (entity_pk, alias, norm) VALUES (?, ?, ?) "
            "ON CONFLICT (entity_pk, norm) DO NOTHING",
            aliases,
        )
        return keys

    def _write_article(self, rows: Rows, fresh: bool = False) -> int | None:
        """Upsert one article row and clear its old child rows; its pk, or None when it
        was already stored with this hash. ``fresh``: not stored when this transaction
        began (with a single writer there are then no old rows to delete)."""
        art = rows.article
        cols = list(art)
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols if c != "id")
        found = self._run(
            f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates} WHERE articles.hash <> EXCLUDED.hash"
            " RETURNING pk",
            [art[c] for c in cols],
        )
        if not found:
            return None
        pk = int(found[0][0])
        if not (fresh and self._single_writer):
            for table in CHILD_TABLES:
                self._run(f"DELETE FROM {table} WHERE article_pk = ?", [pk])
        return pk

    def delete(self, ids: Sequence[str]) -> int:
        n = 0
        with self._lock, self._transaction():
            for id_ in ids:
                found = self._run("SELECT pk FROM articles WHERE id = ?", [id_])
                if not found:
                    continue
                for table in CHILD_TABLES:
                    self._run(f"DELETE FROM {table} WHERE article_pk = ?", [found[0][0]])
                self._run("DELETE FROM articles WHERE pk = ?", [found[0][0]])
                n += 1
        return n

    # reading -------------------------------------------------------------------
    def get_article(self, id: str) -> ArticleRecord | None:
        with self._lock:
            rows = self._run("SELECT text, record FROM articles WHERE id = ?", [id])
        return record_from_row(rows[0][0], rows[0][1]) if rows else None

    def iter_records(self, batch_size: int = 500) -> Iterator[ArticleRecord]:
        last: tuple[str, str] = ("", "")
        while True:
            with self._lock:
                rows = self._run(
                    "SELECT COALESCE(published, ''), id, text, record FROM articles "
                    "WHERE (COALESCE(published, ''), id) > (?, ?) "
                    "ORDER BY COALESCE(published, ''), id LIMIT ?",
                    [last[0], last[1], batch_size],
                )
            if not rows:
                return
            for _pub, _id, text, rec in rows:
                yield record_from_row(text, rec)
            last = (rows[-1][0], rows[-1][1])

    def counts(self) -> StoreCounts:
        with self._lock:
            values = [
                self._run(f"SELECT COUNT(*) FROM {table}")[0][0]
                for table in ("articles", "entities", "mentions", "quotes", "timexes", "amounts")
            ]
        return StoreCounts(*[int(v) for v in values])

    # conditions ----------------------------------------------------------------
    def _speaker_cond(self, query: SearchQuery) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if query.speaker:
            cond, values = self._resolve_speaker(query.speaker)
            conds.append(cond)
            params += values
        if query.speaker_key:
            conds.append("q.speaker_entity_pk = (SELECT pk FROM entities WHERE key = ?)")
            params.append(query.speaker_key)
        return " AND ".join(conds), params

    def _resolve_speaker(self, speaker: str) -> tuple[str, list[Any]]:
        """A condition on ``q`` for quotes by ``speaker`` (an entity whose name or alias
        contains its words, or that written speaker name). The matching entities and
        names are looked up first (two small scans), so the condition is an index
        lookup; memoised for the duration of one read call."""
        if self._memo is not None and speaker in self._memo:
            return self._memo[speaker]
        like = _like_words(speaker)
        pks = [r[0] for r in self._run(
            "SELECT DISTINCT entity_pk FROM entity_aliases"
            " WHERE (' ' || norm || ' ') LIKE ? ESCAPE '\\'", [like])]
        norms = [r[0] for r in self._run(
            "SELECT DISTINCT speaker_norm FROM quotes WHERE speaker_norm IS NOT NULL"
            " AND (' ' || speaker_norm || ' ') LIKE ? ESCAPE '\\'", [like])]
        if len(pks) + len(norms) > 1000:  # a vague name: let the database match it
            result: tuple[str, list[Any]] = (
                "(q.speaker_entity_pk IN (SELECT entity_pk FROM entity_aliases"
                " WHERE (' ' || norm || ' ') LIKE ? ESCAPE '\\')"
                " OR (' ' || q.speaker_norm || ' ') LIKE ? ESCAPE '\\')",
                [like, like],
            )
        else:
            parts: list[str] = []
            params: list[Any] = []
            for column, values in (("q.speaker_entity_pk", pks), ("q.speaker_norm", norms)):
                if values:
                    parts.append(f"{column} IN ({','.join('?' * len(values))})")
                    params += values
            result = ("(" + " OR ".join(parts) + ")" if parts else "1 = 0", params)
        if self._memo is not None:
            self._memo[speaker] = result
        return result

    def _quote_cond(self, query: SearchQuery, with_text: bool) -> tuple[str, list[Any]]:
        """Condition on ``q`` (joined to its article ``a``) for quote-level filters."""
        cond, params = self._speaker_cond(query)
        conds = [cond] if cond else []
        if query.quote_filtered and (query.timex_since or query.timex_until):
            lo = (query.timex_since or dt.date.min).isoformat()
            hi = (query.timex_until or dt.date.max).isoformat()
            conds.append(
                "(EXISTS (SELECT 1 FROM timexes t WHERE t.article_pk = q.article_pk"
                " AND t.quote_idx = q.idx AND t.date_start <= ? AND t.date_end >= ?)"
                " OR (NOT EXISTS (SELECT 1 FROM timexes t WHERE t.article_pk = q.article_pk"
                " AND t.quote_idx = q.idx AND t.date_start IS NOT NULL)"
                " AND a.published >= ? AND a.published <= ?))"
            )
            params += [hi, lo, lo, hi]
        if with_text:
            text = parse_text_query(query.text)
            if not text.empty:
                fts, fparams = self._fts_quote(text)
                conds.append(fts)
                params += fparams
        return " AND ".join(conds) or "1=1", params

    def _article_cond(self, query: SearchQuery) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if query.since:
            conds.append("a.published >= ?")
            params.append(query.since.isoformat())
        if query.until:
            conds.append("a.published <= ?")
            params.append(query.until.isoformat())
        if query.outlet:
            conds.append("(LOWER(a.source) LIKE ? OR LOWER(a.outlet) LIKE ?)")
            pattern = "%" + query.outlet.lower() + "%"
            params += [pattern, pattern]
        if query.entity:
            conds.append(
                "a.pk IN (SELECT ae.article_pk FROM article_entities ae WHERE ae.entity_pk IN"
                " (SELECT al.entity_pk FROM entity_aliases al"
                " WHERE (' ' || al.norm || ' ') LIKE ? ESCAPE '\\'))"
            )
            params.append(_like_words(query.entity))
        if query.entity_key:
            conds.append(
                "a.pk IN (SELECT ae.article_pk FROM article_entities ae"
                " WHERE ae.entity_pk = (SELECT e.pk FROM entities e WHERE e.key = ?))"
            )
            params.append(query.entity_key)
        text = parse_text_query(query.text)
        if not text.empty:
            fts, fparams = self._fts_article(text)
            conds.append(fts)
            params += fparams
        if (query.timex_since or query.timex_until) and not query.quote_filtered:
            conds.append(
                "a.pk IN (SELECT t.article_pk FROM timexes t"
                " WHERE t.date_start <= ? AND t.date_end >= ?)"
            )
            params += [
                (query.timex_until or dt.date.max).isoformat(),
                (query.timex_since or dt.date.min).isoformat(),
            ]
        if query.quote_filtered:
            qcond, qparams = self._quote_cond(query, with_text=False)
            conds.append(
                "a.pk IN (SELECT q.article_pk FROM quotes q JOIN articles a ON a.pk = q.article_pk"
                f" WHERE {qcond})"
            )
            params += qparams
        if query.category:
            acond, aparams = self._amount_cond(query)
            conds.append(
                "a.pk IN (SELECT m.article_pk FROM amounts m JOIN articles a ON a.pk = m.article_pk"
                " LEFT JOIN quotes q ON q.article_pk = m.article_pk AND q.idx = m.quote_idx"
                f" WHERE {acond})"
            )
            params += aparams
        return " AND ".join(conds) or "1=1", params

    def _amount_cond(self, query: SearchQuery) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if query.category:
            conds.append(f"m.category IN ({','.join('?' * len(query.category))})")
            params += list(query.category)
        if query.quote_filtered:
            qcond, qparams = self._quote_cond(query, with_text=False)
            conds.append(f"q.idx IS NOT NULL AND {qcond}")
            params += qparams
        return " AND ".join(conds) or "1=1", params

    _ORDER = "COALESCE(a.published, '') DESC, a.id"

    # search --------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        with self._reading():
            return self._search(query)

    def _search(self, query: SearchQuery) -> SearchResult:
        cond, params = self._article_cond(query)
        text = parse_text_query(query.text)
        total = int(self._run(f"SELECT COUNT(*) FROM articles a WHERE {cond}", params)[0][0])
        rows = self._run(
            "SELECT a.pk, a.id, a.title, a.published, a.source, a.url, a.n_entities,"
            " a.n_quotes, a.n_timexes, a.n_amounts, SUBSTR(a.text, 1, ?)"
            f" FROM articles a WHERE {cond} ORDER BY {self._ORDER} LIMIT ? OFFSET ?",
            [SNIPPET_CHARS * 2, *params, query.limit, query.offset],
        )
        hits = []
        for pk, id_, title, pub, source, url, ne, nq, nt, na, head in rows:
            marks: list[tuple[int, int]] = []
            if text.empty:
                snippet = plain_snippet(head)
            else:
                snippet, marks = split_snippet(self._snippet(pk, text))
            hit = SearchHit(
                id=id_, title=title, published=pub, source=source, url=url,
                snippet=snippet, highlights=marks,
                counts={"entities": ne, "quotes": nq, "timexes": nt, "amounts": na},
            )
            if query.quote_filtered or not text.empty:
                hit.quotes = self._hit_quotes(pk, query)
            if query.category:
                hit.amounts = self._select_amounts(query, article_pk=pk)
            hits.append(hit)
        return SearchResult(total=total, hits=hits, query=query)

    def _hit_quotes(self, article_pk: int, query: SearchQuery) -> list[QuoteHit]:
        found = self._select_quotes(query, article_pk=article_pk, with_text=True)
        if not found and query.quote_filtered and query.text:
            found = self._select_quotes(query, article_pk=article_pk, with_text=False)
        return found

    _QUOTE_COLS = (
        "a.id, q.idx, q.kind, q.text, q.start_char, q.end_char,"
        " COALESCE(e.name, q.speaker_name), e.key, a.published, a.title, a.source, q.cue, q.via,"
        " q.article_pk"
    )

    def _select_quotes(
        self, query: SearchQuery, article_pk: int | None = None, with_text: bool = True
    ) -> list[QuoteHit]:
        qcond, qparams = self._quote_cond(query, with_text=with_text)
        conds = [qcond]
        params = list(qparams)
        if article_pk is not None:
            conds.append("q.article_pk = ?")
            params.append(article_pk)
            order = "q.idx"
            limit = ""
        else:
            acond, aparams = self._article_cond(
                SearchQuery(**{**query.__dict__, "speaker": None, "speaker_key": None,
                               "timex_since": None if query.quote_filtered else query.timex_since,
                               "timex_until": None if query.quote_filtered else query.timex_until,
                               "text": None})
            )
            conds.append(acond)
            params += aparams
            order = f"{self._ORDER}, q.idx"
            limit = " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        rows = self._run(
            f"SELECT {self._QUOTE_COLS} FROM quotes q JOIN articles a ON a.pk = q.article_pk"
            " LEFT JOIN entities e ON e.pk = q.speaker_entity_pk"
            f" WHERE {' AND '.join(conds)} ORDER BY {order}{limit}",
            params,
        )
        hits = [
            QuoteHit(
                article_id=r[0], index=r[1], kind=r[2], text=r[3], start=r[4], end=r[5],
                speaker=r[6], speaker_key=r[7], published=r[8], title=r[9], source=r[10],
                cue=r[11], via=r[12],
            )
            for r in rows
        ]
        if hits:
            pks = sorted({r[13] for r in rows})
            marks = ",".join("?" * len(pks))
            dates: dict[tuple[str, int], list[str]] = {}
            for aid, qidx, value in self._run(
                "SELECT a.id, t.quote_idx, t.value FROM timexes t JOIN articles a"
                f" ON a.pk = t.article_pk WHERE t.article_pk IN ({marks})"
                " AND t.quote_idx IS NOT NULL AND t.date_start IS NOT NULL ORDER BY t.idx",
                pks,
            ):
                dates.setdefault((aid, qidx), []).append(value)
            for hit in hits:
                hit.dates = dates.get((hit.article_id, hit.index), [])
        return hits

    def _select_amounts(
        self, query: SearchQuery, article_pk: int | None = None
    ) -> list[AmountHit]:
        mcond, params = self._amount_cond(query)
        conds = [mcond]
        if article_pk is not None:
            conds.append("m.article_pk = ?")
            params.append(article_pk)
            order, limit = "m.idx", ""
        else:
            acond, aparams = self._article_cond(
                SearchQuery(**{**query.__dict__, "speaker": None, "speaker_key": None,
                               "category": ()})
            )
            conds.append(acond)
            params += aparams
            order = f"{self._ORDER}, m.idx"
            limit = " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        rows = self._run(
            "SELECT a.id, m.idx, m.text, m.start_char, m.end_char, m.value, m.low, m.high,"
            " m.qualifier, m.unit, m.object, m.category, m.quote_idx,"
            " COALESCE(e.name, q.speaker_name), e.key, a.published"
            " FROM amounts m JOIN articles a ON a.pk = m.article_pk"
            " LEFT JOIN quotes q ON q.article_pk = m.article_pk AND q.idx = m.quote_idx"
            " LEFT JOIN entities e ON e.pk = q.speaker_entity_pk"
            f" WHERE {' AND '.join(conds)} ORDER BY {order}{limit}",
            params,
        )
        return [AmountHit(*r) for r in rows]

    def quotes(self, query: SearchQuery) -> list[QuoteHit]:
        with self._reading():
            return self._select_quotes(query, with_text=True)

    def amounts(self, query: SearchQuery) -> list[AmountHit]:
        with self._reading():
            return self._select_amounts(query)

    # entities ------------------------------------------------------------------
    def _entity_page(
        self, inner: str, params: list[Any], limit: int | None = None, offset: int = 0
    ) -> list[EntityInfo]:
        """Entities with article counts (``inner``: a condition on ``ae``), then the
        quote counts, dates and aliases of just that page."""
        sql = (
            "SELECT e.pk, e.key, e.label, e.name, x.n_articles, x.n_mentions FROM entities e"
            " JOIN (SELECT ae.entity_pk, COUNT(DISTINCT ae.article_pk) AS n_articles,"
            " SUM(ae.n_mentions) AS n_mentions FROM article_entities ae"
            f" WHERE {inner} GROUP BY ae.entity_pk) x ON x.entity_pk = e.pk"
            " ORDER BY x.n_articles DESC, e.key"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        rows = self._run(sql, params)
        if not rows:
            return []
        pks = [r[0] for r in rows]
        marks = ",".join("?" * len(pks))
        quotes = dict(self._run(
            "SELECT speaker_entity_pk, COUNT(*) FROM quotes"
            f" WHERE speaker_entity_pk IN ({marks}) GROUP BY speaker_entity_pk", pks))
        seen = {r[0]: (r[1], r[2]) for r in self._run(
            "SELECT ae.entity_pk, MIN(a.published), MAX(a.published) FROM article_entities ae"
            f" JOIN articles a ON a.pk = ae.article_pk WHERE ae.entity_pk IN ({marks})"
            " GROUP BY ae.entity_pk", pks)}
        aliases: dict[int, list[str]] = {}
        for pk, alias in self._run(
            f"SELECT entity_pk, alias FROM entity_aliases WHERE entity_pk IN ({marks})"
            " ORDER BY entity_pk, alias",
            pks,
        ):
            aliases.setdefault(pk, []).append(alias)
        return [
            EntityInfo(
                key=r[1], label=r[2], name=r[3],
                aliases=[a for a in aliases.get(r[0], []) if a != r[3]],
                articles=int(r[4]), mentions=int(r[5]), quotes=int(quotes.get(r[0], 0)),
                first_seen=seen.get(r[0], (None, None))[0],
                last_seen=seen.get(r[0], (None, None))[1],
            )
            for r in rows
        ]

    def entities(
        self, q: str | None = None, label: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[EntityInfo]:
        inner: list[str] = []
        params: list[Any] = []
        if q:
            inner.append(
                "ae.entity_pk IN (SELECT al.entity_pk FROM entity_aliases al"
                " WHERE (' ' || al.norm || ' ') LIKE ? ESCAPE '\\')"
            )
            params.append(_like_words(q))
        if label:
            inner.append("ae.entity_pk IN (SELECT pk FROM entities WHERE label = ?)")
            params.append(label.upper())
        with self._lock:
            return self._entity_page(" AND ".join(inner) or "1=1", params, limit, offset)

    def get_entity(self, key: str) -> EntityInfo | None:
        with self._lock:
            found = self._entity_page(
                "ae.entity_pk = (SELECT pk FROM entities WHERE key = ?)", [key])
        return found[0] if found else None

    def speakers(self, q: str | None = None, limit: int = 50, offset: int = 0) -> list[SpeakerInfo]:
        conds = ["(q.speaker_entity_pk IS NOT NULL OR q.speaker_name IS NOT NULL)"]
        params: list[Any] = []
        if q:
            sub = SearchQuery(speaker=q)
            cond, params = self._speaker_cond(sub)
            conds.append(cond)
        sql = (
            "SELECT COALESCE(e.name, q.speaker_name), e.key, e.label, COUNT(*),"
            " COUNT(DISTINCT q.article_pk), MAX(a.published)"
            " FROM quotes q JOIN articles a ON a.pk = q.article_pk"
            " LEFT JOIN entities e ON e.pk = q.speaker_entity_pk"
            f" WHERE {' AND '.join(conds)}"
            " GROUP BY COALESCE(e.name, q.speaker_name), e.key, e.label,"
            " CASE WHEN e.key IS NULL THEN q.speaker_norm ELSE '' END"
            " ORDER BY 4 DESC, 1 LIMIT ? OFFSET ?"
        )
        with self._lock:
            rows = self._run(sql, [*params, limit, offset])
        return [SpeakerInfo(r[0], r[1], r[2], int(r[3]), int(r[4]), r[5]) for r in rows]

    def timeline(
        self, key: str, granularity: Literal["day", "month"] = "day"
    ) -> list[TimelinePoint]:
        width = 10 if granularity == "day" else 7
        sql = f"""
        SELECT period, COUNT(DISTINCT article_pk), SUM(m), SUM(qn), SUM(an) FROM (
            SELECT SUBSTR(a.published, 1, {width}) AS period, ae.article_pk AS article_pk,
                   ae.n_mentions AS m, 0 AS qn, 0 AS an
            FROM article_entities ae JOIN articles a ON a.pk = ae.article_pk
            WHERE ae.entity_pk = ? AND a.published IS NOT NULL
            UNION ALL
            SELECT SUBSTR(a.published, 1, {width}), q.article_pk, 0, 1,
                   (SELECT COUNT(*) FROM amounts m WHERE m.article_pk = q.article_pk
                    AND m.quote_idx = q.idx)
            FROM quotes q JOIN articles a ON a.pk = q.article_pk
            WHERE q.speaker_entity_pk = ? AND a.published IS NOT NULL
        ) x GROUP BY period ORDER BY period
        """
        with self._lock:
            found = self._run("SELECT pk FROM entities WHERE key = ?", [key])
            if not found:
                return []
            pk = found[0][0]
            rows = self._run(sql, [pk, pk])
        return [TimelinePoint(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows]
