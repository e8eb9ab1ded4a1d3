"""``warta eval summary``: ROUGE of warta's summaries against IndoSum's references.

Protocol
--------
- Each IndoSum article is detokenised into running text (:mod:`warta.eval.indosum`) and
  analysed by warta's own pipeline, as a user's article would be; warta's summary is the
  text of the sentences in ``record.summary``, joined with spaces, in text order.
- LEAD-3 is the first three of warta's sentences; ORACLE is the greedy extractive oracle over
  warta's sentences: add the sentence that raises the mean of ROUGE-1 and ROUGE-2 F1 against
  the reference the most, stop when no sentence raises it (no length cap).
- The reference is IndoSum's abstractive ``summary``, detokenised the same way.
- Articles are deduplicated by id (first occurrence kept); ``--split test`` (the default)
  keeps only the ids the shipped model never saw in training (see
  :func:`warta.eval.indosum.split_of`).

ROUGE is warta's own implementation (no ROUGE-1.5.5 stemming or stop-word removal):
text lowercased, tokens are maximal runs of letters and digits (``[^\\W_]+``); ROUGE-N F1
from clipped n-gram counts; ROUGE-L F1 from the longest common subsequence of the whole
token sequences (as ``rouge-score``'s ``rougeL``, not ``rougeLsum``). Scores are per-article
F1 averaged over articles, times 100.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article, title_from_url
from ..components.summary import WORD
from . import indosum

#: the summary component's word pattern: its features and the model's ROUGE target must
#: tokenise alike
_TOKEN = WORD
#: the pipeline components the summary needs (the rest only matter for the full record)
MINIMAL = ("dateline", "sentences", "summary")


def rouge_tokens(text: str) -> list[str]:
    """Lowercased runs of letters and digits."""
    return _TOKEN.findall(text.lower())


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(overlap: float, cand: float, ref: float) -> float:
    if overlap <= 0 or cand <= 0 or ref <= 0:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 2 * p * r / (p + r)


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    """ROUGE-N F1 of two token sequences."""
    c, r = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((c & r).values())
    return _f1(overlap, sum(c.values()), sum(r.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (O(len(a) * len(b)) time, O(len(b)) memory)."""
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> float:
    """ROUGE-L F1 (LCS over the whole token sequences)."""
    return _f1(lcs_length(candidate, reference), len(candidate), len(reference))


def rouge(candidate: str, reference: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 (0..1) of a candidate text against a reference."""
    c, r = rouge_tokens(candidate), rouge_tokens(reference)
    return {"rouge1": rouge_n(c, r, 1), "rouge2": rouge_n(c, r, 2), "rougeL": rouge_l(c, r)}


def greedy_oracle(sentences: Sequence[str], reference: str, limit: int | None = None) -> list[int]:
    """Indices (text order) chosen greedily to maximise mean ROUGE-1/ROUGE-2 F1."""
    ref = rouge_tokens(reference)
    ref1, ref2 = _ngrams(ref, 1), _ngrams(ref, 2)
    n1, n2 = sum(ref1.values()), sum(ref2.values())
    toks = [rouge_tokens(s) for s in sentences]
    grams = [(_ngrams(t, 1), _ngrams(t, 2)) for t in toks]
    chosen: list[int] = []
    cand1: Counter[tuple[str, ...]] = Counter()
    cand2: Counter[tuple[str, ...]] = Counter()
    best = 0.0
    while limit is None or len(chosen) < limit:
        pick, pick_score = -1, best
        for i, t in enumerate(toks):
            if i in chosen or not t:
                continue
            c1 = cand1 + grams[i][0]
            # bigrams do not cross sentence boundaries in the oracle's bookkeeping
            c2 = cand2 + grams[i][1]
            s = (
                _f1(sum((c1 & ref1).values()), sum(c1.values()), n1)
                + _f1(sum((c2 & ref2).values()), sum(c2.values()), n2)
            ) / 2
            if s > pick_score:
                pick, pick_score = i, s
        if pick < 0:
            break
        chosen.append(pick)
        cand1 += grams[pick][0]
        cand2 += grams[pick][1]
        best = pick_score
    return sorted(chosen)


@dataclass
class Parsed:
    """One IndoSum article after warta's pipeline."""

    id: str
    text: str
    #: warta's sentences as (start, end)
    sentences: list[tuple[int, int]]
    #: warta's summary (indices into sentences)
    summary: list[int]
    reference: str
    #: IndoSum's sentences as (start, end, paragraph, gold label)
    gold: list[tuple[int, int, int, bool]] = field(default_factory=list)
    #: the headline the summary saw (the slug of the source URL or of the id)
    title: str | None = None

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]

    def join(self, indices: Iterable[int]) -> str:
        return " ".join(self.text[self.sentences[i][0] : self.sentences[i][1]] for i in indices)


def parse(
    articles: Iterable[indosum.IndoSumArticle],
    *,
    size: int = 3,
    model: str | None = None,
    minimal: bool = False,
    summarise: bool = True,
    batch_size: int = 32,
    titles: bool = True,
) -> Iterator[Parsed]:
    """Run warta's pipeline over IndoSum articles. ``minimal`` runs only the components the
    summary needs (:data:`MINIMAL`); the sentences and summary are the same either way
    unless a later component changes the sentence boundaries. ``summarise=False`` leaves the
    summary component out (for training, before a model exists). ``titles=False`` gives
    the articles no headline."""
    import warta
    from warta.pipeline import COMPONENTS

    config: dict[str, dict[str, Any]] = {"summary": {"size": size}}
    if model:
        config["summary"]["model"] = str(model)
    disable = [c for c in COMPONENTS if c not in MINIMAL] if minimal else []
    if not summarise:
        disable.append("summary")
        config = {}
    nlp = warta.load(config, disable)
    pending: list[indosum.IndoSumArticle] = []

    def docs() -> Iterator[Any]:
        for art in articles:
            pending.append(art)
            # the headline as a user's article gets it (warta._make_doc: from the URL's
            # slug); IndoSum has no title field, so the id's slug stands in for a URL
            # without one
            doc = warta._make_doc(nlp, Article(text=art.text, url=art.url or None, id=art.id))
            if not titles:
                doc._.title = None
            elif doc._.title is None:
                doc._.title = title_from_url(art.id)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        art = pending.pop(0)
        sents = (
            [(s.start_char, s.end_char) for s in doc.sents]
            if doc.has_annotation("SENT_START") and len(doc)
            else []
        )
        yield Parsed(
            id=art.id,
            text=doc.text,
            sentences=sents,
            summary=list(doc._.summary or []),
            reference=" ".join(art.reference),
            gold=art.sentences,
            title=doc._.title,
        )


def evaluate(
    files: Sequence[str | Path],
    *,
    split: indosum.Split = "test",
    limit: int | None = None,
    size: int = 3,
    model: str | None = None,
    minimal: bool = False,
    oracle: bool = True,
    titles: bool = True,
) -> dict[str, Any]:
    """ROUGE F1 (x100) of warta, LEAD-``size`` and ORACLE on the same articles
    (``oracle=False`` skips the oracle, the slowest part, and reports it as 0;
    ``titles=False`` withholds the headlines from the summariser)."""
    articles: Iterable[indosum.IndoSumArticle] = indosum.read(files, split)
    if limit is not None:
        articles = (a for i, a in zip(range(limit), articles, strict=False))
    systems = ("warta", "lead", "oracle")
    totals = {s: Counter[str]() for s in systems}
    n = 0
    words = 0
    summary_sents = 0
    oracle_sents = 0
    started = time.perf_counter()
    for p in parse(articles, size=size, model=model, minimal=minimal, titles=titles):
        if not p.reference:
            continue
        texts = p.sentence_texts()
        picks = {
            "warta": p.summary,
            "lead": list(range(min(size, len(texts)))),
            "oracle": greedy_oracle(texts, p.reference) if oracle else [],
        }
        for system, idx in picks.items():
            totals[system].update(rouge(p.join(idx), p.reference))
        n += 1
        words += len(p.text.split())
        summary_sents += len(p.summary)
        oracle_sents += len(picks["oracle"])
    elapsed = time.perf_counter() - started
    scores = {
        s: {
            k: round(100 * totals[s][k] / n, 2) if n else 0.0
            for k in ("rouge1", "rouge2", "rougeL")
        }
        for s in systems
    }
    return {
        "articles": n,
        "split": split,
        "size": size,
        "titles": titles,
        "words": words,
        "seconds": round(elapsed, 2),
        "mean_summary_sentences": round(summary_sents / n, 2) if n else 0.0,
        "mean_oracle_sentences": round(oracle_sents / n, 2) if n else 0.0,
        "scores": {
            "warta": scores["warta"],
            f"LEAD-{size}": scores["lead"],
            "ORACLE": scores["oracle"],
        },
        "margin_rouge1": round(scores["warta"]["rouge1"] - scores["lead"]["rouge1"], 2),
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE.jsonl",
        help="IndoSum JSONL files (default: shared/data/indosum/*.jsonl)",
    )
    parser.add_argument(
        "--split",
        choices=("test", "train", "all"),
        default="test",
        help="article ids to score: test = never seen by the shipped model (default)",
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument(
        "--size", type=int, default=3, help="summary length in sentences (default 3)"
    )
    parser.add_argument(
        "--model", default=None, help="a summary model JSON instead of the shipped one"
    )
    parser.add_argument(
        "--minimal",
        action="store_true",
        help="run only dateline, sentences and summary (faster; same sentences)",
    )
    parser.add_argument(
        "--titles",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="give the summariser each article's headline (the slug of its source URL, else "
        "of its id), as a user's article with a URL gets it (default: on)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def format_table(result: dict[str, Any]) -> str:
    lines = [
        f"IndoSum {result['split']} split: {result['articles']} articles "
        f"({result['words']} words, {result['seconds']} s), summary size {result['size']}"
        + ("" if result.get("titles", True) else ", no headlines"),
        "ROUGE F1 x100 (lowercased alphanumeric tokens, no stemming)",
        f"{'system':<10}{'ROUGE-1':>10}{'ROUGE-2':>10}{'ROUGE-L':>10}",
    ]
    for system, s in result["scores"].items():
        lines.append(f"{system:<10}{s['rouge1']:>10.2f}{s['rouge2']:>10.2f}{s['rougeL']:>10.2f}")
    lines.append(f"warta - LEAD ROUGE-1: {result['margin_rouge1']:+.2f}")
    lines.append(f"mean ORACLE sentences: {result['mean_oracle_sentences']}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files] or indosum.default_files()
    if not files:
        print("warta eval summary: no IndoSum files given or found", file=sys.stderr)
        return 2
    for f in files:
        if not f.is_file():
            print(f"warta eval summary: {f}: no such file", file=sys.stderr)
            return 2
    result = evaluate(
        files,
        split=args.split,
        limit=args.limit,
        size=args.size,
        model=args.model,
        minimal=args.minimal,
        titles=args.titles,
    )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_table(result))
    return 0
