"""Ingest: readers -> skip what is stored -> mapper -> batched commits; and the
crash-and-rerun guarantee (a SIGKILL in the middle, then a rerun: nothing lost,
nothing duplicated)."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from test_store_records import pg_server  # noqa: F401
from warta.archive import (
    Failed,
    count_inputs,
    ingest_articles,
    ingest_paths,
    iter_located,
    search,
)
from warta.article import Article
from warta.errors import ModelError
from warta.record import ArticleRecord, Entity, Span
from warta.store import SearchQuery, open_store

ROOT = Path(__file__).resolve().parents[1]


def fake_record(article: Article) -> ArticleRecord:
    """A cheap stand-in for the pipeline: the first capitalised word is a PER."""
    word = next((w for w in article.text.split() if w[:1].isupper()), None)
    entities = []
    if word:
        start = article.text.index(word)
        entities.append(Entity(id="e1", label="PER", name=word,
                               mentions=[Span(start=start, end=start + len(word), text=word)]))
    return ArticleRecord(
        id=article.id, text=article.text, title=article.title, url=article.url,
        source=article.source,
        published=article.published.isoformat() if article.published else None,
        published_source="metadata" if article.published else "none",
        entities=entities, warnings=list(article.warnings),
    )


class CountingMapper:
    def __init__(self, fail_on: str | None = None) -> None:
        self.seen: list[str] = []
        self.fail_on = fail_on

    def __call__(self, articles: Iterable[Article]) -> Iterator[ArticleRecord | Failed]:
        for article in articles:
            self.seen.append(article.id)
            if self.fail_on and self.fail_on in article.text:
                yield Failed(article.id, "analysis failed: boom")
            else:
                yield fake_record(article)


def write_jsonl(path: Path, rows: list[dict[str, object] | str]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write((row if isinstance(row, str) else json.dumps(row)) + "\n")
    return path


def article_rows(n: int, start: int = 0) -> list[dict[str, object] | str]:
    return [
        {"id": f"a{i}", "text": f"Wartawan{i} menulis laporan nomor {i} tentang banjir di desa.",
         "published": "2024-03-0" + str(1 + i % 9), "source": "Contoh"}
        for i in range(start, start + n)
    ]


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "a.db")
    new_db: Callable[[], str] = request.getfixturevalue("pg_server")
    return new_db()


def test_ingest_and_rerun_is_idempotent(db: str, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", article_rows(25))
    mapper = CountingMapper()
    first = ingest_paths([src], db, mapper=mapper, commit_every=7)
    assert (first.new, first.unchanged, len(first.failed)) == (25, 0, 0)
    mapper2 = CountingMapper()
    second = ingest_paths([src], db, mapper=mapper2)
    assert (second.new, second.updated, second.unchanged) == (0, 0, 25)
    assert mapper2.seen == []  # skipped before analysis
    with open_store(db) as store:
        assert store.counts().articles == 25
        assert store.counts().entities == 25
        assert store.get_article("a3") == fake_record(
            Article(text=str(article_rows(4)[3]["text"]),  # type: ignore[index]
                    published=__import__("datetime").date(2024, 3, 4), source="Contoh", id="a3"))


def test_changed_article_is_updated(db: str, tmp_path: Path) -> None:
    rows = article_rows(3)
    ingest_paths([write_jsonl(tmp_path / "in.jsonl", rows)], db, mapper=CountingMapper())
    rows[1] = {**rows[1], "text": "Teks yang sudah diperbaiki redaksi."}  # type: ignore[dict-item]
    mapper = CountingMapper()
    report = ingest_paths([write_jsonl(tmp_path / "in2.jsonl", rows)], db, mapper=mapper)
    assert (report.new, report.updated, report.unchanged) == (0, 1, 2)
    assert mapper.seen == ["a1"]
    with open_store(db) as store:
        assert store.get_article("a1").text.startswith("Teks yang")  # type: ignore[union-attr]


def test_bad_lines_reported_with_file_and_line(tmp_path: Path) -> None:
    rows = article_rows(2)
    rows.insert(1, "{not json")
    rows.insert(2, json.dumps({"text": "   "}))
    rows.append(json.dumps({"title": "tanpa teks"}))
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    report = ingest_paths([src, tmp_path / "missing.txt"], str(tmp_path / "x.db"),
                          mapper=CountingMapper())
    assert report.new == 2
    where = [(f.source, f.line) for f in report.failed]
    assert where == [(str(src), 2), (str(src), 3), (str(src), 5),
                     (str(tmp_path / "missing.txt"), None)]
    assert "not valid JSON" in report.failed[0].message
    assert f"{src}:2:" in str(report.failed[0])
    assert not report.ok


def test_analysis_failure_keeps_the_rest(tmp_path: Path) -> None:
    rows = article_rows(5)
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    report = ingest_paths([src], str(tmp_path / "x.db"), mapper=CountingMapper(fail_on="nomor 3 "))
    assert report.new == 4
    assert [(f.line, f.id, f.message) for f in report.failed] == [
        (4, "a3", "analysis failed: boom")]
    rerun = ingest_paths([src], str(tmp_path / "x.db"), mapper=CountingMapper())
    assert (rerun.new, rerun.unchanged) == (1, 4)


def test_duplicates_within_one_input(tmp_path: Path) -> None:
    rows = article_rows(2)
    rows.append(rows[0])
    rows.append({**rows[1], "text": "Isi lain dengan id yang sama."})  # type: ignore[dict-item]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    report = ingest_paths([src], str(tmp_path / "x.db"), mapper=CountingMapper())
    assert (report.new, report.unchanged, len(report.failed)) == (2, 1, 1)
    assert report.failed[0].line == 4 and "already used" in report.failed[0].message


def test_directory_text_html_and_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "satu.txt").write_text("Gubernur Budi meresmikan jembatan baru.", encoding="utf-8")
    (folder / "sub" / "dua.txt").write_text("Warga Cianjur membersihkan sungai.", encoding="utf-8")
    (folder / "sub" / "abaikan.csv").write_text("a,b\n", encoding="utf-8")
    (folder / "kosong.txt").write_text("  \n", encoding="utf-8")
    write_jsonl(folder / "sub" / "tiga.jsonl", article_rows(2))
    html = ("<html><head><title>Judul Berita</title></head><body><article><p>"
            + "Menteri Sari membuka pameran buku di Bandung pada pagi hari. " * 5
            + "</p></article></body></html>")
    (folder / "empat.html").write_text(html, encoding="utf-8")
    assert count_inputs([folder]) == 6
    stdin = io.BytesIO(b"Camat Dedi memimpin rapat warga.")
    report = ingest_paths([folder, "-"], str(tmp_path / "x.db"), mapper=CountingMapper(),
                          stdin=stdin)
    assert report.new == 6
    assert [f.source for f in report.failed] == [str(folder / "kosong.txt")]
    with open_store(str(tmp_path / "x.db")) as store:
        assert store.search(SearchQuery(text="pameran")).total == 1
        assert store.search(SearchQuery(text="rapat warga")).total == 1


def test_stdin_jsonl(tmp_path: Path) -> None:
    data = "\n".join(json.dumps(r) for r in article_rows(3)).encode()
    items = list(iter_located(["-"], stdin=io.BytesIO(data)))
    assert [(type(i).__name__, s, line) for i, s, line in items] == [
        ("Article", "<stdin>", 1), ("Article", "<stdin>", 2), ("Article", "<stdin>", 3)]


def test_defaults_fill_missing_metadata(tmp_path: Path) -> None:
    import datetime as dt

    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "Petani Joko panen raya."}])
    ingest_paths([src], str(tmp_path / "x.db"), mapper=CountingMapper(),
                 published=dt.date(2024, 5, 6), source="Koran Desa")
    with open_store(str(tmp_path / "x.db")) as store:
        record = store.get_article("x")
    assert record is not None and record.published == "2024-05-06"
    assert record.source == "Koran Desa"


def test_ingest_articles_accepts_plain_articles(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as store:
        report = ingest_articles([Article(text="Polisi Andi menangkap pencuri.")], store,
                                 mapper=CountingMapper())
        assert report.new == 1 and report.to_dict()["new"] == 1
        assert "new 1" in report.summary()


def test_search_function(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", article_rows(4))
    ingest_paths([src], str(tmp_path / "x.db"), mapper=CountingMapper())
    result = search(SearchQuery(text="banjir", limit=2), str(tmp_path / "x.db"))
    assert result.total == 4 and len(result.hits) == 2


def test_model_error_stops_the_ingest(tmp_path: Path) -> None:
    def broken(articles: Iterable[Article]) -> Iterator[ArticleRecord | Failed]:
        for _ in articles:
            raise ModelError("no model")
        yield from ()

    src = write_jsonl(tmp_path / "in.jsonl", article_rows(2))
    with pytest.raises(ModelError):
        ingest_paths([src], str(tmp_path / "x.db"), mapper=broken)


# -- the crash test --------------------------------------------------------------------
CHILD = """
import sys, time
from warta.archive import ingest_paths, Failed
from warta.record import ArticleRecord
delay = float(sys.argv[3])
def mapper(articles):
    for a in articles:
        time.sleep(delay)
        yield ArticleRecord(id=a.id, text=a.text, published=a.published.isoformat(),
                            published_source="metadata")
report = ingest_paths([sys.argv[2]], sys.argv[1], mapper=mapper, commit_every=10,
                      commit_seconds=1e9)
print(report.new, report.unchanged, len(report.failed))
"""


def _count(db: str) -> int:
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db) as conn:
            try:
                row = conn.execute("SELECT COUNT(*) FROM articles").fetchone()
            except psycopg.errors.UndefinedTable:
                return 0  # not created yet
            return int(row[0]) if row else 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet


def test_kill_9_then_rerun_loses_and_duplicates_nothing(db: str, tmp_path: Path) -> None:
    n = 300
    src = write_jsonl(tmp_path / "in.jsonl", article_rows(n))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.Popen([sys.executable, "-c", CHILD, db, str(src), "0.02"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    committed = 0
    while time.monotonic() < deadline and child.poll() is None:
        committed = _count(db)
        if committed >= 40:
            break
        time.sleep(0.05)
    assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    after_kill = _count(db)
    assert 40 <= after_kill < n
    assert after_kill % 10 == 0  # only whole batches were committed

    rerun = subprocess.run([sys.executable, "-c", CHILD, db, str(src), "0"], env=env,
                           capture_output=True, text=True, timeout=120, check=True)
    new, unchanged, failed = map(int, rerun.stdout.split())
    print(f"\ncrash test ({'postgresql' if db.startswith('postgresql') else 'sqlite'}): SIGKILL with {after_kill}/{n} committed; "
          f"rerun: new {new}, unchanged {unchanged}, failed {failed}")
    assert (new, unchanged, failed) == (n - after_kill, after_kill, 0)
    with open_store(db) as store:
        counts = store.counts()
        ids = {r.id for r in store.iter_records()}
        assert counts.articles == n and ids == {f"a{i}" for i in range(n)}
        assert store.search(SearchQuery(text="banjir", limit=1)).total == n
    if not db.startswith("postgresql://"):
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
            dup = conn.execute("SELECT id FROM articles GROUP BY id HAVING COUNT(*) > 1").fetchall()
            assert dup == []


def test_real_pipeline_end_to_end(tmp_path: Path) -> None:
    """One ingest through warta's own pipeline (whatever its components find)."""
    from warta.archive import local_mapper

    text = ("JAKARTA, WartaNews - Menteri Keuangan Sri Mulyani mengatakan anggaran naik "
            "10 persen pada Senin (16/12/2024). \"Kami siap,\" kata Sri Mulyani.")
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "e2e", "text": text,
                                               "published": "2024-12-17"}])
    try:
        report = ingest_paths([src], str(tmp_path / "x.db"), mapper=local_mapper())
    except ModelError as exc:
        pytest.skip(f"the pipeline cannot run here: {exc}")
    assert (report.new, report.failed) == (1, []), report.summary()
    with open_store(str(tmp_path / "x.db")) as store:
        record = store.get_article("e2e")
        assert record is not None and record.text == text
        assert record.published == "2024-12-17"
        counts = store.counts()
        assert counts.quotes == len(record.quotes)
        assert counts.timexes == len(record.timexes)
        assert store.search(SearchQuery(text="anggaran")).total == 1
    again = ingest_paths([src], str(tmp_path / "x.db"), mapper=local_mapper())
    assert again.unchanged == 1


WRITER = """
import sys
from warta.archive import ingest_paths
from warta.record import ArticleRecord, Entity, Span
def mapper(articles):
    for a in articles:
        ents = [Entity(id="e1", label="LOC", name="Jakarta", mentions=[Span(start=0, end=1)]),
                Entity(id="e2", label="PER", name="Tokoh " + a.id[-1], mentions=[])]
        yield ArticleRecord(id=a.id, text=a.text, published=a.published.isoformat(),
                            published_source="metadata", entities=ents)
report = ingest_paths([sys.argv[2]], sys.argv[1], mapper=mapper, commit_every=5)
print(report.new, report.updated, report.unchanged, len(report.failed))
"""


def test_concurrent_writers_neither_duplicate_nor_lose(db: str, tmp_path: Path) -> None:
    n = 120
    rows = article_rows(n)
    forward = write_jsonl(tmp_path / "f.jsonl", rows)
    backward = write_jsonl(tmp_path / "b.jsonl", rows[::-1])
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with open_store(db):
        pass  # schema created once, before the race
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db, str(path)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for path in (forward, backward)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-2000:] for o in outs]
    stats = [list(map(int, o[0].split())) for o in outs]
    assert sum(s[0] for s in stats) + sum(s[1] for s in stats) >= n
    assert all(s[3] == 0 for s in stats)
    with open_store(db) as store:
        counts = store.counts()
        assert counts.articles == n
        assert counts.entities == 11  # Jakarta + "Tokoh 0".."Tokoh 9"
        assert store.entities(q="jakarta")[0].articles == n


def test_unstorable_record_fails_alone(tmp_path: Path) -> None:
    from warta.store.sqlite import SQLiteStore

    class Picky(SQLiteStore):
        def upsert(self, records, hashes=None):  # type: ignore[no-untyped-def]
            if any(r.id == "a2" for r in records):
                raise RuntimeError("disk says no")
            return super().upsert(records, hashes)

    src = write_jsonl(tmp_path / "in.jsonl", article_rows(5))
    with Picky(tmp_path / "x.db") as store:
        report = ingest_paths([src], store, mapper=CountingMapper())
        assert report.new == 4
        assert [(f.line, f.id) for f in report.failed] == [(3, "a2")]
        assert "cannot store: RuntimeError: disk says no" in report.failed[0].message
        assert store.counts().articles == 4


def test_nul_characters_are_stored(db: str, tmp_path: Path) -> None:
    row = {"id": "nul", "text": "Kepala desa Udin berbicara.", "title": "Judul\u0000aneh"}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(row), encoding="utf-8")
    report = ingest_paths([src], db, mapper=CountingMapper())
    assert report.new == 1, report.summary()
    with open_store(db) as store:
        record = store.get_article("nul")
        assert record is not None and record.title in ("Judul\x00aneh", "Judulaneh")
