"""The archive in PostgreSQL, for shared deployments with many concurrent writers.

Same tables and search semantics as the SQLite store; full text through
``tsvector`` columns (the ``simple`` configuration: lower-cased words, no stemming)
with GIN indexes. Writers upsert (``ON CONFLICT``) and take entity rows in a
sorted order, so concurrent ingests of overlapping inputs neither duplicate nor
deadlock. Needs ``pip install "warta[postgres]"`` (psycopg 3).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from .common import MARK_END, MARK_START, SQLStore, Term, TextQuery

#: Unicode punctuation that PostgreSQL's parser keeps inside words ("–Presiden") but
#: SQLite's unicode61 tokenizer splits on: turned into spaces before indexing
PUNCT_CHARS = "\u2013\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u2022\u00ab\u00bb\u00b7\u00a0"
_PUNCT = f"'{PUNCT_CHARS}', '{' ' * len(PUNCT_CHARS)}'"

SCHEMA_V1 = [
    """CREATE TABLE articles (
        pk BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL,
        published TEXT,
        source TEXT,
        outlet TEXT,
        title TEXT,
        url TEXT,
        text TEXT NOT NULL,
        record JSONB NOT NULL,
        n_entities INTEGER NOT NULL DEFAULT 0,
        n_quotes INTEGER NOT NULL DEFAULT 0,
        n_timexes INTEGER NOT NULL DEFAULT 0,
        n_amounts INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT,
        tsv TSVECTOR GENERATED ALWAYS AS (
            to_tsvector('simple', translate(COALESCE(title, '') || ' ' || LEFT(text, 300000),
                                            {PUNCT}))
        ) STORED
    )""",
    "CREATE INDEX articles_published ON articles (published)",
    "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
    """CREATE TABLE entities (
        pk BIGSERIAL PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        name TEXT NOT NULL,
        norm TEXT NOT NULL
    )""",
    """CREATE TABLE entity_aliases (
        entity_pk BIGINT NOT NULL REFERENCES entities (pk),
        alias TEXT NOT NULL,
        norm TEXT NOT NULL,
        PRIMARY KEY (entity_pk, norm)
    )""",
    "CREATE INDEX entity_aliases_norm ON entity_aliases (norm)",
    """CREATE TABLE article_entities (
        article_pk BIGINT NOT NULL REFERENCES articles (pk),
        idx INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        entity_pk BIGINT NOT NULL REFERENCES entities (pk),
        name TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        PRIMARY KEY (article_pk, idx)
    )""",
    "CREATE INDEX article_entities_entity ON article_entities (entity_pk)",
    """CREATE TABLE mentions (
        article_pk BIGINT NOT NULL REFERENCES articles (pk),
        entity_idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL
    )""",
    "CREATE INDEX mentions_article ON mentions (article_pk)",
    """CREATE TABLE quotes (
        pk BIGSERIAL PRIMARY KEY,
        article_pk BIGINT NOT NULL REFERENCES articles (pk),
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker_name TEXT,
        speaker_norm TEXT,
        speaker_entity_pk BIGINT REFERENCES entities (pk),
        cue TEXT,
        via TEXT,
        channel TEXT,
        tsv TSVECTOR GENERATED ALWAYS AS (
            to_tsvector('simple', translate(LEFT(text, 300000), {PUNCT}))
        ) STORED,
        UNIQUE (article_pk, idx)
    )""",
    "CREATE INDEX quotes_speaker ON quotes (speaker_entity_pk)",
    "CREATE INDEX quotes_speaker_norm ON quotes (speaker_norm)",
    "CREATE INDEX quotes_tsv ON quotes USING GIN (tsv)",
    """CREATE TABLE timexes (
        article_pk BIGINT NOT NULL REFERENCES articles (pk),
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        quote_idx INTEGER,
        PRIMARY KEY (article_pk, idx)
    )""",
    "CREATE INDEX timexes_dates ON timexes (date_start, date_end)",
    """CREATE TABLE amounts (
        article_pk BIGINT NOT NULL REFERENCES articles (pk),
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        value DOUBLE PRECISION,
        low DOUBLE PRECISION,
        high DOUBLE PRECISION,
        qualifier TEXT,
        unit TEXT,
        object TEXT,
        category TEXT,
        quote_idx INTEGER,
        PRIMARY KEY (article_pk, idx)
    )""",
    "CREATE INDEX amounts_category ON amounts (category)",
]

#: (version, name, statements): append, never edit a released one
SCHEMA_V1 = [statement.replace("{PUNCT}", _PUNCT) for statement in SCHEMA_V1]

SCHEMA_V2 = [
    "DROP INDEX article_entities_entity",
    "CREATE INDEX article_entities_entity ON article_entities (entity_pk, article_pk, n_mentions)",
    "CREATE INDEX quotes_speaker_article ON quotes (speaker_entity_pk, article_pk)",
]

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles, entities, mentions, quotes, timexes, amounts, tsvector", SCHEMA_V1),
    (2, "covering indexes for entity listings", SCHEMA_V2),
]
_MIGRATION_LOCK = 0x77617274  # "wart": one migrator at a time


def tsquery_expression(query: TextQuery) -> str:
    """A TextQuery as a ``to_tsquery('simple', ...)`` string (lexemes quoted)."""

    def term(t: Term) -> str:
        words = [f"'{w}'" for w in t.words]
        if t.prefix:
            words[-1] += ":*"
        body = " <-> ".join(words)
        return f"({body})" if len(words) > 1 else body

    groups = []
    for group in query.groups:
        parts = [term(t) for t in group]
        groups.append(parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")")
    expr = " & ".join(groups)
    for t in query.excluded:
        expr += f" & !{term(t)}"
    return expr


def _convert(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    """An archive in a PostgreSQL database (``postgresql://user@host/db``)."""

    _strip_nul = True

    def __init__(self, url: str) -> None:
        super().__init__()
        try:
            import psycopg
        except ImportError:
            raise StoreError(
                'the PostgreSQL store needs psycopg: pip install "warta[postgres]"', source=url
            ) from None
        self._psycopg = psycopg
        self._retryable = (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure)
        self.url = url
        self._local = threading.local()
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect: {exc}".strip(), source=_redact(url)) from None
        self._migrate()

    def _migrate(self) -> None:
        with self._transaction():
            self._run("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])
            self._run(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {r[0] for r in self._run("SELECT version FROM schema_migrations")}
            for version, name, statements in MIGRATIONS:
                if version in done:
                    continue
                for statement in statements:
                    self.conn.execute(statement)
                self._run(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [version, name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
                )

    def migrations(self) -> list[tuple[int, str]]:
        with self._lock:
            return [(r[0], r[1]) for r in self._run(
                "SELECT version, name FROM schema_migrations ORDER BY 1")]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            if getattr(self._local, "depth", 0):
                yield
                return
            self._local.depth = 1
            try:
                with self.conn.transaction():
                    yield
            finally:
                self._local.depth = 0

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            cur = self.conn.execute(_convert(sql), list(params))
            return list(cur.fetchall()) if cur.description is not None else []
        except self._psycopg.errors.SyntaxError as exc:
            raise StoreError(f"query failed: {exc}", source=_redact(self.url)) from None

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_convert(sql), [list(r) for r in rows])

    def _fts_article(self, query: TextQuery) -> tuple[str, list[Any]]:
        return "a.tsv @@ to_tsquery('simple', ?)", [tsquery_expression(query)]

    def _fts_quote(self, query: TextQuery) -> tuple[str, list[Any]]:
        return "q.tsv @@ to_tsquery('simple', ?)", [tsquery_expression(query)]

    def _snippet(self, article_pk: int, query: TextQuery) -> str:
        options = (
            f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=15, '
            'MaxFragments=2, FragmentDelimiter=" … "'
        )
        rows = self._run(
            "SELECT ts_headline('simple', LEFT(text, 300000), to_tsquery('simple', ?), ?)"
            " FROM articles WHERE pk = ?",
            [tsquery_expression(query), options, article_pk],
        )
        return str(rows[0][0]) if rows else ""

    def optimize(self) -> None:
        """Refresh the planner's statistics (after a large ingest)."""
        with self._lock:
            self.conn.execute("ANALYZE")

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def _redact(url: str) -> str:
    """The URL without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url
