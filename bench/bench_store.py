"""Archive benchmark: ingest of N articles (default 10,000) and search latency at that size.

    python bench/bench_store.py                       # SQLite in a temp dir, writes bench/RESULTS_store.md
    python bench/bench_store.py --n 2000 --analyse 200 --output -
    python bench/bench_store.py --db postgresql://user@host/db   # an empty PostgreSQL database

Corpus: kompas-dev plus IndoSum dev folds (unique ids; tokens joined with spaces,
paragraphs with blank lines), from ../shared/data, repeated with new ids up to N.

Two phases, reported apart because the pipeline, not the store, dominates:
1. *analysis*: ``--analyse`` unique articles through warta's full pipeline (articles/s);
2. *ingest*: ``warta.archive.ingest_paths`` of N articles from a JSONL file into an empty
   archive, with a mapper that returns the records of phase 1 under the new ids (so the
   store receives realistic entities, quotes, timexes and amounts): reading, hashing,
   skip-check, batched transactions, FTS indexing. Then a re-ingest of the same file
   (everything "unchanged"), the database size, and search latency p50/p95 over a mix
   of queries (full text, speaker, entity, category, date ranges), each run ``--repeat`` times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warta.archive import Failed, ingest_paths, local_mapper  # noqa: E402
from warta.article import Article  # noqa: E402
from warta.paths import shared_data  # noqa: E402
from warta.record import ArticleRecord  # noqa: E402
from warta.store import SearchQuery, open_store  # noqa: E402


def corpus() -> list[dict[str, Any]]:
    """Unique articles from kompas-dev and IndoSum dev (text, published, title, source)."""
    data = shared_data()
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    with (data / "kompas-dev" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            seen.add(obj["id"])
            out.append({"text": obj["text"], "published": obj.get("published"),
                        "title": obj.get("title"), "source": "Kompas.com"})
    for path in sorted((data / "indosum").glob("dev.*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                obj = json.loads(line)
                if obj["id"] in seen:
                    continue
                seen.add(obj["id"])
                text = "\n\n".join(
                    " ".join(" ".join(sentence) for sentence in paragraph)
                    for paragraph in obj["paragraphs"]
                )
                out.append({"text": text, "published": None, "title": None,
                            "source": obj.get("source")})
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def db_size(url: str) -> int:
    if url.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
            return int(row[0]) if row else 0
    return sum(os.path.getsize(p) for p in (url, url + "-wal", url + "-shm") if os.path.exists(p))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to ingest")
    parser.add_argument("--analyse", type=int, default=300,
                        help="unique articles run through the full pipeline (phase 1)")
    parser.add_argument("--db", default=None, help="archive URL (default: a temp SQLite file)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each search query")
    parser.add_argument("--records-from", default=None, metavar="URL",
                        help="take --analyse records from this archive instead of analysing")
    parser.add_argument("--output", default=str(ROOT / "bench" / "RESULTS_store.md"),
                        help="results file (- for stdout only)")
    args = parser.parse_args()

    analyse_line = ""
    if args.records_from:
        # records analysed earlier (e.g. the SQLite run's archive): no pipeline phase
        with open_store(args.records_from) as source_store:
            texts: dict[str, ArticleRecord] = {}
            for record in source_store.iter_records():
                texts.setdefault(record.text, record)
                if len(texts) >= args.analyse:
                    break
            pool = list(texts.values())
        unique = [{"text": r.text, "title": r.title, "source": r.source} for r in pool]
        analyse_line = (f"| full pipeline | not run: {len(pool)} records taken from an "
                        "earlier archive (--records-from) |")
    else:
        articles = corpus()
        unique = articles[: max(1, min(args.analyse, len(articles)))]
        print(f"corpus: {len(articles)} unique articles; analysing {len(unique)}",
              file=sys.stderr)
        # phase 1: the full pipeline on unique articles (loading it is not timed)
        import warta

        warta.load()
        t0 = time.perf_counter()
        inputs = [Article(text=a["text"], published=None, title=a["title"],
                          source=a["source"], id=f"u{i}") for i, a in enumerate(unique)]
        analysed: dict[str, ArticleRecord] = {}
        failed = 0
        for item in local_mapper()(inputs):
            if isinstance(item, ArticleRecord):
                analysed[item.id] = item
            else:
                failed += 1
        analyse_s = time.perf_counter() - t0
        words = sum(len(a.text.split()) for a in inputs)
        pool = [analysed[a.id] for a in inputs if a.id in analysed]
        analyse_line = (
            f"| full pipeline, {len(inputs)} unique articles ({words:,} words; {failed} failed) | "
            f"{len(inputs) / analyse_s:.1f} articles/s, {words / analyse_s:,.0f} words/s |")
    if not pool:
        print("no analysed records to ingest (the pipeline failed on every article)",
              file=sys.stderr)
        return 1
    by_text = {r.text: r for r in pool}
    usable = [a for a in unique if a["text"] in by_text]

    tmp = tempfile.mkdtemp(prefix="warta-bench-")
    url = args.db or str(Path(tmp) / "bench.db")
    src = Path(tmp) / "input.jsonl"
    with src.open("w", encoding="utf-8") as handle:
        for i in range(args.n):
            a = usable[i % len(usable)]
            row = {"id": f"bench-{i}", "text": a["text"], "title": a["title"],
                   "source": a["source"],
                   "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    def cached(items: Iterable[Article]) -> Iterator[ArticleRecord | Failed]:
        for article in items:
            record = by_text[article.text]
            yield record.model_copy(update={
                "id": article.id, "title": article.title, "source": article.source,
                "published": article.published.isoformat() if article.published else None,
                "published_source": "metadata"})

    # phase 2: ingest, re-ingest
    t0 = time.perf_counter()
    report = ingest_paths([src], url, mapper=cached, commit_every=200)
    ingest_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = ingest_paths([src], url, mapper=cached)
    reingest_s = time.perf_counter() - t0
    size = db_size(url)

    # phase 3: search latency
    queries = [
        SearchQuery(text="presiden"),
        SearchQuery(text="harga minyak"),
        SearchQuery(text='"pemerintah daerah"'),
        SearchQuery(text="korupsi -jakarta"),
        SearchQuery(text="bank*"),
        SearchQuery(speaker="Jokowi"),
        SearchQuery(entity="Jakarta"),
        SearchQuery(category=("CASUALTY",)),
        SearchQuery(text="polisi", since=dt.date(2024, 3, 1), until=dt.date(2024, 3, 31)),
        SearchQuery(),
    ]
    latencies: list[float] = []
    per_query: list[tuple[str, int, float]] = []
    with open_store(url) as store:
        counts = store.counts()
        for query in queries:
            times = []
            total = 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                total = store.search(query).total
                times.append(time.perf_counter() - t0)
            latencies += times
            label = ", ".join(
                f"{k}={v.isoformat() if isinstance(v, dt.date) else v!r}"
                for k, v in query.__dict__.items() if v not in (None, (), 20, 0))
            per_query.append((label or "(everything)", total, statistics.median(times)))
        t0 = time.perf_counter()
        store.entities(limit=50)
        entities_ms = (time.perf_counter() - t0) * 1000

    backend = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    lines = [
        "# Archive benchmark (bench/bench_store.py)",
        "",
        f"Command: `python bench/bench_store.py --n {args.n} --analyse {args.analyse}"
        + (" --db postgresql://..." if args.db else "")
        + (f" --records-from {args.records_from}" if args.records_from else "") + "`",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs (shared), Python "
        f"{platform.python_version()}, backend {backend}.",
        "",
        "| phase | figure |",
        "| --- | --- |",
        analyse_line,
        f"| ingest of {report.new:,} articles (records from phase 1, new ids) | "
        f"{report.new / ingest_s:,.0f} articles/s ({ingest_s:.1f} s) |",
        f"| re-ingest of the same file ({again.unchanged:,} unchanged, {again.new} new) | "
        f"{again.unchanged / reingest_s:,.0f} articles/s ({reingest_s:.1f} s) |",
        f"| database size | {size / 1e6:.1f} MB ({size / max(1, report.new) / 1e3:.1f} kB/article) |",
        f"| rows | {counts.articles:,} articles, {counts.entities:,} entities, "
        f"{counts.mentions:,} mentions, {counts.quotes:,} quotes, {counts.timexes:,} timexes, "
        f"{counts.amounts:,} amounts |",
        f"| search latency, {len(queries)} queries x {args.repeat} | "
        f"p50 {percentile(latencies, 0.5) * 1000:.1f} ms, p95 {percentile(latencies, 0.95) * 1000:.1f} ms |",
        f"| entity list (top 50) | {entities_ms:.0f} ms |",
        "",
        "End-to-end ingest with the pipeline is bounded by phase 1 (the store adds "
        f"{1000 / max(1e-9, report.new / ingest_s):.2f} ms per article).",
        "",
        "| query | hits | median ms |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {label} | {total:,} | {ms * 1000:.1f} |" for label, total, ms in per_query]
    if not args.db:
        lines += ["", f"(archive kept at {url}: reusable with --records-from)"]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output != "-":
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
