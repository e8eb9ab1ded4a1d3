"""``warta eval sentences``: sentence-boundary F1 on the UD Indonesian treebanks.

Protocol
--------
Each CoNLL-U file is turned back into running text: its sentences (the ``# text =``
lines) in file order, joined with a single space; a ``# newpar`` or ``# newdoc`` line
joins with a blank line ("\\n\\n") instead (the Indonesian treebanks have none today).
Files of one treebank are separate texts whose counts are pooled:

* GSD: ``id_gsd-ud-dev`` + ``id_gsd-ud-test``
* PUD: ``id_pud-ud-test``
* CSUI: ``id_csui-ud-train`` + ``id_csui-ud-test``

A *boundary* is the character offset where a sentence ends, trailing whitespace
excluded (``"Ia datang. Lalu pergi."`` has one boundary, at offset 10, just after
the first full stop). The end of each text is not a boundary (every system gets it
for free). A system's boundaries come from ``doc.sents`` the same way (each span's
end with trailing whitespace dropped). Precision, recall and F1 compare the two sets
of offsets per text, summed over a treebank's texts. ``words/s`` (tokenizer included,
after a warm-up) is indicative only: use ``bench/`` for speed claims.

Systems, run on the same texts in the same call:

* ``warta``: warta's pipeline (blank Indonesian) with its ``dateline`` and
  ``sentences`` components only;
* ``sentencizer``: the same tokenizer + spaCy's rule-based ``Sentencizer`` (defaults).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from .. import components  # noqa: F401  (registers the factories)
from ..paths import shared_data

#: treebank -> its files under ``ud/``
TREEBANKS: dict[str, tuple[str, ...]] = {
    "GSD": ("id_gsd-ud-dev.conllu", "id_gsd-ud-test.conllu"),
    "PUD": ("id_pud-ud-test.conllu",),
    "CSUI": ("id_csui-ud-train.conllu", "id_csui-ud-test.conllu"),
}
SYSTEMS: tuple[str, ...] = ("warta", "sentencizer")


@dataclass(frozen=True)
class GoldText:
    """One file joined into running text, with its gold sentence-end offsets."""

    name: str
    text: str
    boundaries: frozenset[int]


@dataclass
class Score:
    treebank: str
    system: str
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    words_per_s: float = 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = asdict(self)
        out.update(precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4))
        out["words_per_s"] = round(self.words_per_s)
        return out


def read_conllu(path: Path) -> GoldText:
    """The sentences of a CoNLL-U file as running text with gold boundaries."""
    parts: list[str] = []
    ends: list[int] = []
    pending_break = False
    offset = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newpar") or line.startswith("# newdoc"):
                pending_break = True
            elif line.startswith("# text ="):
                sentence = line[len("# text =") :].strip()
                if not sentence:
                    continue
                if parts:
                    sep = "\n\n" if pending_break else " "
                    parts.append(sep)
                    offset += len(sep)
                parts.append(sentence)
                offset += len(sentence)
                ends.append(offset)
                pending_break = False
    text = "".join(parts)
    return GoldText(path.name, text, frozenset(ends[:-1]))


def predicted_boundaries(sents: Iterable[tuple[int, int]], text: str) -> frozenset[int]:
    """Sentence ends (trailing whitespace dropped), the end of the text excluded."""
    final = len(text.rstrip())
    out = set()
    for start, end in sents:
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end < final:
            out.add(end)
    return frozenset(out)


#: the components warta's system runs (the rest of the pipeline is left out)
WARTA_COMPONENTS: tuple[str, ...] = ("dateline", "sentences")


def make_system(name: str) -> Callable[[str], Doc]:
    """Text -> Doc with sentence boundaries, for the named system. Both share the
    tokenizer of warta's (cached) pipeline."""
    from ..pipeline import COMPONENTS, load

    nlp = load(disable=tuple(c for c in COMPONENTS if c not in WARTA_COMPONENTS))
    if name == "warta":
        return nlp
    if name == "sentencizer":
        sentencizer = Sentencizer()
        return lambda text: sentencizer(nlp.make_doc(text))
    raise ValueError(f"unknown system {name!r}")


def score_texts(
    treebank: str, system: str, nlp: Callable[[str], Doc], texts: Sequence[GoldText],
    errors: Callable[[GoldText, frozenset[int]], None] | None = None,
) -> Score:
    score = Score(treebank, system)
    words = 0
    elapsed = 0.0
    for gold in texts:
        began = time.perf_counter()
        doc = nlp(gold.text)
        elapsed += time.perf_counter() - began
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        found = predicted_boundaries(((s.start_char, s.end_char) for s in doc.sents), gold.text)
        score.gold += len(gold.boundaries)
        score.predicted += len(found)
        score.correct += len(found & gold.boundaries)
        if errors is not None:
            errors(gold, found)
    score.words_per_s = words / elapsed if elapsed else 0.0
    return score


def load_treebanks(root: Path | None = None, names: Iterable[str] = TREEBANKS) -> dict[str, list[GoldText]]:
    """The gold texts of each treebank (``root`` defaults to ``shared/data/ud``)."""
    root = root or shared_data() / "ud"
    return {name: [read_conllu(root / f) for f in TREEBANKS[name]] for name in names}


def evaluate(
    root: Path | None = None, systems: Iterable[str] = SYSTEMS, treebanks: Iterable[str] = TREEBANKS,
    errors: Callable[[GoldText, frozenset[int]], None] | None = None,
) -> list[Score]:
    """Scores of each system on each treebank (see the module docstring)."""
    data = load_treebanks(root, treebanks)
    out = []
    for system in systems:
        nlp = make_system(system)
        for texts in data.values():  # warm up (lazy resources, caches) before timing
            for gold in texts:
                nlp(gold.text[:5000])
        for name, texts in data.items():
            out.append(score_texts(name, system, nlp, texts, errors if system == "warta" else None))
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ud", type=Path, default=None, metavar="DIR",
                        help="folder with the UD Indonesian CoNLL-U files (default: shared/data/ud)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also print up to N of warta's errors per treebank (to stderr)")


def _error_printer(limit: int) -> Callable[[GoldText, frozenset[int]], None]:
    shown: dict[str, int] = {}

    def show(gold: GoldText, found: frozenset[int]) -> None:
        for kind, offsets in (("missed", gold.boundaries - found), ("spurious", found - gold.boundaries)):
            for off in sorted(offsets):
                if shown.get(gold.name, 0) >= limit:
                    return
                shown[gold.name] = shown.get(gold.name, 0) + 1
                left = gold.text[max(0, off - 50) : off].replace("\n", "⏎")
                right = gold.text[off : off + 40].replace("\n", "⏎")
                print(f"{gold.name}\t{kind}\t{left}|{right}", file=sys.stderr)

    return show


def run(args: argparse.Namespace) -> int:
    root = args.ud or shared_data() / "ud"
    missing = [f for files in TREEBANKS.values() for f in files if not (root / f).is_file()]
    if missing:
        print(f"warta eval sentences: missing UD files in {root}: {', '.join(missing)}", file=sys.stderr)
        return 2
    scores = evaluate(root, errors=_error_printer(args.errors) if args.errors else None)
    if args.json:
        print(json.dumps([s.as_dict() for s in scores], indent=2))
        return 0
    print(f"{'treebank':<9}{'system':<13}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'words/s':>10}")
    for s in scores:
        print(f"{s.treebank:<9}{s.system:<13}{s.gold:>6}{s.predicted:>6}"
              f"{s.precision:>8.4f}{s.recall:>8.4f}{s.f1:>8.4f}{s.words_per_s:>10,.0f}")
    return 0
