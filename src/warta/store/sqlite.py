"""The default archive: one SQLite file (WAL, FTS5), readable by any SQLite tool.

Migrations are registered in :data:`MIGRATIONS` and recorded in the
``schema_migrations`` table; opening a store applies the missing ones.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .common import MARK_END, MARK_START, SQLStore, Term, TextQuery

SCHEMA_V1 = """
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    published TEXT,
    source TEXT,
    outlet TEXT,
    title TEXT,
    url TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    n_entities INTEGER NOT NULL DEFAULT 0,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_timexes INTEGER NOT NULL DEFAULT 0,
    n_amounts INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT
);
CREATE INDEX articles_published ON articles (published);
CREATE TABLE entities (
    pk INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    norm TEXT NOT NULL
);
CREATE TABLE entity_aliases (
    entity_pk INTEGER NOT NULL REFERENCES entities (pk),
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (entity_pk, norm)
);
CREATE INDEX entity_aliases_norm ON entity_aliases (norm);
CREATE TABLE article_entities (
    article_pk INTEGER NOT NULL REFERENCES articles (pk),
    idx INTEGER NOT NULL,
    local_id TEXT NOT NULL,
    entity_pk INTEGER NOT NULL REFERENCES entities (pk),
    name TEXT NOT NULL,
    n_mentions INTEGER NOT NULL,
    PRIMARY KEY (article_pk, idx)
);
CREATE INDEX article_entities_entity ON article_entities (entity_pk);
CREATE TABLE mentions (
    article_pk INTEGER NOT NULL REFERENCES articles (pk),
    entity_idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_pk);
CREATE TABLE quotes (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles (pk),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_name TEXT,
    speaker_norm TEXT,
    speaker_entity_pk INTEGER REFERENCES entities (pk),
    cue TEXT,
    via TEXT,
    channel TEXT,
    UNIQUE (article_pk, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_pk);
CREATE INDEX quotes_speaker_norm ON quotes (speaker_norm);
CREATE TABLE timexes (
    article_pk INTEGER NOT NULL REFERENCES articles (pk),
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
);
CREATE INDEX timexes_dates ON timexes (date_start, date_end);
CREATE TABLE amounts (
    article_pk INTEGER NOT NULL REFERENCES articles (pk),
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    qualifier TEXT,
    unit TEXT,
    object TEXT,
    category TEXT,
    quote_idx INTEGER,
    PRIMARY KEY (article_pk, idx)
);
CREATE INDEX amounts_category ON amounts (category);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content='quotes', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;
CREATE VIRTUAL TABLE entities_fts USING fts5 (
    alias, content='entity_aliases', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER entity_aliases_ai AFTER INSERT ON entity_aliases BEGIN
    INSERT INTO entities_fts (rowid, alias) VALUES (new.rowid, new.alias);
END;
"""

#: entity listings aggregate from the index alone
SCHEMA_V2 = """
DROP INDEX article_entities_entity;
CREATE INDEX article_entities_entity ON article_entities (entity_pk, article_pk, n_mentions);
CREATE INDEX quotes_speaker_article ON quotes (speaker_entity_pk, article_pk);
"""

#: (version, name, SQL script): append, never edit a released one
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, entities, mentions, quotes, timexes, amounts, FTS5", SCHEMA_V1),
    (2, "covering indexes for entity listings", SCHEMA_V2),
]


def fts5_expression(query: TextQuery) -> str:
    """A TextQuery in FTS5 syntax (every term quoted, so user input cannot inject syntax)."""

    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

    groups = []
    for group in query.groups:
        parts = [term(t) for t in group]
        groups.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    expr = " AND ".join(groups)
    if query.excluded and len(groups) > 1:
        expr = f"({expr})"
    for t in query.excluded:
        expr += f" NOT {term(t)}"
    return expr


class SQLiteStore(SQLStore):
    """An archive in one SQLite file. One writer at a time (SQLite's rule); readers
    run alongside writers thanks to WAL."""

    _single_writer = True

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.url = str(path)
        if str(path) != ":memory:" and self.path.parent and not self.path.parent.exists():
            raise StoreError(f"directory {self.path.parent} does not exist", source=str(path))
        try:
            self.conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=60
            )
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 60000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the archive: {exc}", source=str(path)) from None

    def _migrate(self) -> None:
        with self._transaction():
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {row[0] for row in self.conn.execute("SELECT version FROM schema_migrations")}
            for version, name, script in MIGRATIONS:
                if version in done:
                    continue
                for statement in _split_script(script):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    (version, name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                )

    def migrations(self) -> list[tuple[int, str]]:
        """The applied migrations (version, name)."""
        with self._lock:
            return [
                (r[0], r[1])
                for r in self.conn.execute("SELECT version, name FROM schema_migrations ORDER BY 1")
            ]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            if self.conn.in_transaction:
                yield
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, list(params)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"query failed: {exc}", source=self.url) from None

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def _fts_article(self, query: TextQuery) -> tuple[str, list[Any]]:
        return "a.pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [
            fts5_expression(query)
        ]

    def _fts_quote(self, query: TextQuery) -> tuple[str, list[Any]]:
        return "q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", [
            fts5_expression(query)
        ]

    def _snippet(self, article_pk: int, query: TextQuery) -> str:
        rows = self._run(
            "SELECT snippet(articles_fts, -1, ?, ?, '…', 24) FROM articles_fts"
            " WHERE articles_fts MATCH ? AND rowid = ?",
            [MARK_START, MARK_END, fts5_expression(query), article_pk],
        )
        return str(rows[0][0]) if rows else ""

    def optimize(self) -> None:
        """Refresh the query planner's statistics (after a large ingest)."""
        with self._lock:
            self.conn.execute("PRAGMA optimize")

    def close(self) -> None:
        with self._lock:
            with suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()


def _split_script(script: str) -> list[str]:
    """Statements of a script; CREATE TRIGGER bodies kept whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
