"""Throughput of NER in warta's pipeline: words/s with and without ``entities``+``aliases``.

    python bench/bench_ner.py [--repeat 3] [--articles 50]

Text: the kompas-dev articles from the shared data. One process, one thread; times are the
process's CPU time (best of --repeat), so the figures are per core even on a busy machine. Reports words/s (whitespace-separated words of the input) for the spaCy
tokenizer alone (the reference), the warta pipeline without entities/aliases, the full
pipeline (one text at a time, and batched through ``nlp.pipe``), and the NER component
alone on ready-made Docs (one by one and batched), with the share NER adds.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

import spacy  # noqa: E402

from warta import pipeline  # noqa: E402
from warta.paths import shared_data  # noqa: E402


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    path = shared_data() / "kompas-dev" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    texts = texts[: args.articles]
    words = sum(len(t.split()) for t in texts)

    blank = spacy.blank("id")
    full = pipeline.build()
    without = pipeline.build(disable=["entities", "aliases"])
    ner = full.get_pipe("entities")
    ready = [without(t) for t in texts]

    def run_ner() -> None:
        for doc in ready:
            ner(doc)

    timings = {
        "tokenizer": best_of(args.repeat, lambda: [blank.make_doc(t) for t in texts]),
        "pipeline_without_ner": best_of(args.repeat, lambda: [without(t) for t in texts]),
        "pipeline_with_ner": best_of(args.repeat, lambda: [full(t) for t in texts]),
        "pipeline_with_ner_pipe": best_of(args.repeat, lambda: list(full.pipe(texts))),
        "ner_component_alone": best_of(args.repeat, run_ner),
        "ner_component_pipe": best_of(args.repeat, lambda: list(ner.pipe(ready))),
    }
    rates = {k: round(words / v) for k, v in timings.items()}
    added = timings["pipeline_with_ner"] / timings["pipeline_without_ner"] - 1
    result = {
        "articles": len(texts),
        "words": words,
        "words_per_s": rates,
        "ner_adds_percent": round(100 * added, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{len(texts)} articles, {words} words, best of {args.repeat}, one thread, CPU time")
        for k, v in rates.items():
            print(f"  {k:<24} {v:>10,} words/s")
        print(f"  NER (entities+aliases) adds {result['ner_adds_percent']}% to pipeline time")
        print(f"  peak RSS {result['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
