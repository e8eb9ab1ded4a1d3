"""Throughput benchmark: words/s per component and in total, against references, in one run.

    python bench/throughput.py                # writes bench/RESULTS.md
    python bench/throughput.py --limit 300 --no-dask --output -

Corpus: IndoSum (unique articles, detokenised into running text) plus kompas-dev, from
../shared/data. A "word" is a whitespace-separated token of the article text. References
measured in the same run on the same texts: spaCy's blank "id" tokenizer alone (the
practical limit for a spaCy pipeline) and dateparser's ``search_dates`` (languages=['id'],
RELATIVE_BASE = publication date) on a sample. Dask scaling: the same articles through
the Dask mapper with 1 and then 2 single-threaded worker processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import warta  # noqa: E402
from warta.article import Article, parse_published  # noqa: E402
from warta.convert import doc_to_record  # noqa: E402
from warta.paths import shared_data  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_corpus(limit: int | None) -> list[Article]:
    from warta.eval import indosum

    data = shared_data()
    articles: list[Article] = []
    with (data / "kompas-dev" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            articles.append(
                Article(text=obj["text"], published=parse_published(obj["published"]), id=obj["id"])
            )
    for item in indosum.read(indosum.default_files(data)):
        articles.append(Article(text=item.text, id=f"indosum-{item.id}"))
        if limit and len(articles) >= limit:
            break
    return articles[:limit] if limit else articles


def words(text: str) -> int:
    return len(text.split())


def time_components(articles: list[Article]) -> dict[str, float]:
    """Seconds spent in the tokenizer, in each component and in building the record."""
    nlp = warta.load()
    spent: dict[str, float] = defaultdict(float)
    for article in articles:
        t0 = time.perf_counter()
        doc = nlp.make_doc(article.text)
        spent["tokenizer"] += time.perf_counter() - t0
        doc._.published = article.published
        doc._.published_source = "metadata" if article.published else None
        doc._.warnings = []
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        doc_to_record(doc, article).to_json()
        spent["record+json"] += time.perf_counter() - t0
    return dict(spent)


def time_pipe(articles: list[Article]) -> float:
    t0 = time.perf_counter()
    for record in warta.analyze_many(articles):
        record.to_json()
    return time.perf_counter() - t0


def time_tokenizer(articles: list[Article]) -> float:
    import spacy

    nlp = spacy.blank("id")
    t0 = time.perf_counter()
    for article in articles:
        nlp.make_doc(article.text)
    return time.perf_counter() - t0


def time_dateparser(articles: list[Article]) -> float:
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    for article in articles:
        base = article.published or dt.date(2014, 1, 1)
        settings = {
            "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
            "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY",
        }
        search_dates(article.text, languages=["id"], settings=settings)
    return time.perf_counter() - t0


def time_dask(articles: list[Article], workers: int) -> tuple[float, float]:
    """Seconds to analyse ``articles`` on a local cluster of ``workers``, and the
    workers' peak RSS (MB, the largest)."""
    from warta.distributed import client, dask_mapper

    with client(workers=workers) as c:
        c.run(warta.load)  # models loaded once per worker, before the clock starts
        mapper = dask_mapper(c, partition_size=16)
        t0 = time.perf_counter()
        n = sum(1 for _ in mapper(articles))
        seconds = time.perf_counter() - t0
        rss = c.run(peak_rss_mb)
    assert n == len(articles)
    return seconds, max(rss.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="articles (default: all)")
    parser.add_argument("--dateparser-sample", type=int, default=200, help="articles for dateparser")
    parser.add_argument("--dask-sample", type=int, default=1200, help="articles for the scaling run")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--output", default=str(ROOT / "bench" / "RESULTS.md"), help="file or -")
    args = parser.parse_args(argv)

    if not shared_data().is_dir():
        print(f"shared data not found at {shared_data()}", file=sys.stderr)
        return 2
    articles = load_corpus(args.limit)
    total_words = sum(words(a.text) for a in articles)
    t_load = time.perf_counter()
    warta.load()
    load_seconds = time.perf_counter() - t_load
    list(warta.analyze_many(articles[:5]))

    spent = time_components(articles)
    pipe_seconds = time_pipe(articles)
    tok_seconds = time_tokenizer(articles)
    sample = articles[: args.dateparser_sample]
    sample_words = sum(words(a.text) for a in sample)
    dp_seconds = time_dateparser(sample)
    timex_sample = time_components(sample)["timexes"]
    rss = peak_rss_mb()

    rows: list[tuple[str, float]] = [(name, seconds) for name, seconds in spent.items()]
    component_total = sum(spent.values())
    wps = total_words / pipe_seconds
    dp_wps = sample_words / dp_seconds
    lines = [
        "# warta throughput",
        "",
        f"Measured {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} on {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, one process, one core, "
        f"by `python bench/throughput.py{' --limit ' + str(args.limit) if args.limit else ''}`.",
        "",
        f"Corpus: {len(articles)} articles (kompas-dev + IndoSum detokenised), {total_words:,} words "
        f"(whitespace tokens), {total_words / len(articles):.0f} words/article.",
        "",
        "| stage | seconds | words/s | share |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, seconds in rows:
        lines.append(
            f"| {name} | {seconds:.2f} | {total_words / seconds:,.0f} | {seconds / component_total:.1%} |"
        )
    lines += [
        f"| **sum of stages** | {component_total:.2f} | {total_words / component_total:,.0f} | 100% |",
        "",
        "| whole pipeline (`analyze_many` + JSON) | value |",
        "| --- | ---: |",
        f"| seconds | {pipe_seconds:.2f} |",
        f"| words/s | {wps:,.0f} |",
        f"| articles/s | {len(articles) / pipe_seconds:,.1f} |",
        f"| pipeline load (s) | {load_seconds:.2f} |",
        f"| peak RSS, this process (MB) | {rss:,.0f} |",
        f"| spaCy tokenizer alone, words/s | {total_words / tok_seconds:,.0f} |",
        f"| ratio pipeline / tokenizer | {wps / (total_words / tok_seconds):.3f} |",
        f"| dateparser `search_dates`, words/s ({len(sample)} articles) | {dp_wps:,.0f} |",
        f"| warta timexes component on the same sample, words/s | {sample_words / timex_sample:,.0f} |",
        f"| ratio timexes / dateparser | {(sample_words / timex_sample) / dp_wps:.1f}x |",
        f"| ratio whole pipeline / dateparser | {wps / dp_wps:.2f}x |",
        f"| projected hours for 1,000,000 articles, 1 core | "
        f"{1_000_000 * (pipe_seconds / len(articles)) / 3600:.1f} |",
    ]
    if not args.no_dask:
        dask_articles = articles[: args.dask_sample]
        t1, rss1 = time_dask(dask_articles, 1)
        t2, rss2 = time_dask(dask_articles, 2)
        efficiency = t1 / (2 * t2)
        lines += [
            "",
            f"Dask scaling ({len(dask_articles)} articles, local cluster, single-threaded worker "
            "processes, models loaded before timing):",
            "",
            "| workers | seconds | articles/s | peak RSS per worker (MB) |",
            "| ---: | ---: | ---: | ---: |",
            f"| 1 | {t1:.2f} | {len(dask_articles) / t1:.1f} | {rss1:,.0f} |",
            f"| 2 | {t2:.2f} | {len(dask_articles) / t2:.1f} | {rss2:,.0f} |",
            "",
            f"2-worker efficiency: {efficiency:.2f} (t1 / (2 x t2)). Projected hours for 1,000,000 "
            f"articles on 2 workers: {1_000_000 * (t2 / len(dask_articles)) / 3600:.1f}.",
        ]
    lines += ["", "Targets (issue 9): >= 20,000 words/s per core, peak RSS <= 600 MB per worker, "
              "2-worker efficiency >= 0.85."]
    text = "\n".join(lines) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
