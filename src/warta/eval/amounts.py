"""``warta eval amounts``: amount detection, value accuracy and category F1.

Gold format
-----------
A JSON object (``src/warta/eval/gold/amounts*.json``)::

    {"corpus": "kompas-dev",
     "articles_file": "kompas-dev/articles.jsonl",   # relative to the shared data folder
     "text_field": "text",                           # or "text_format": "indosum-spaced"
     "articles": [
       {"id": "20131018-0725521",
        "amounts": [{"start": 120, "end": 128, "value": 266.0, "low": null, "high": null,
                     "qualifier": "exact", "unit": "spbu", "category": null}, ...]}]}

Offsets are Python string indices into the article's text (the ``text`` field of the JSONL
line with that ``id``; for ``"text_format": "indosum-spaced"``, IndoSum's tokens joined with
one space, sentences with one space and paragraphs with a blank line). No article text is
stored in the gold. ``value`` holds a single number; a range has ``low`` and ``high`` and a
null ``value``; a vague count ("puluhan") has only ``low``. ``unit`` is an ISO 4217 code for
money, ``%`` for percent, else the counted head noun in lower case. A gold file lists every
article it covers, including those with no amount (an empty list).
``"text_format": "conll-sentences"`` takes single sentences from the NER corpora instead:
an id ``ner/nergrit/test_preprocess.txt#12`` is sentence 12 (from 0) of that file, its
tokens joined by one space. ``"scope": "categories"`` marks a file where only amounts that carry a category were
annotated: it counts for category P/R/F1 only, not for detection.

Annotation guidelines (fixed before the system was tuned)
---------------------------------------------------------
- An amount is a number (digits or words) or a vague count word (belasan, puluhan,
  ratusan, ribuan) that quantifies something: counts, money, percentages, measures, index
  levels, fractions used as quantities ("sepertiga dari", "separuh"), multipliers
  ("empat kali lipat"), and zero ("sama dengan nol").
- The span runs from a qualifier (sekitar, lebih dari, di bawah, hampir, maksimal,
  mencapai, hingga/sampai as "up to", ...) through currency, number, scale word and the
  unit's head noun. Only overlap is scored, so span edges are advisory.
- Not amounts: dates, years, decades ("1990-an"), clock times, durations and ages
  ("tiga bulan", "lima tahun terakhir", "Budi (45)"), ordinals and ``ke-`` forms ("ke-12",
  "kedua", "kuartal ketiga"), identifiers and product codes ("RON 92", "SPBU 34-10401",
  "QZ8501"), phone and contact numbers, list numbering ("1."), addresses and labels
  ("Jl ... No. 38", "KM 4-5", "RT 11", "Pasal 5", "Kav. 31"), "salah satu", "satu-satunya",
  "satu sama lain", compounds such as "roda empat", indefinite "seorang"/"sebuah", and
  "per"-forms like "sebarel" (per barrel).
- Ranges ("100-150", "65 hingga 75", "antara 100 dan 200") are one amount with low/high.
  "Rp 8.000-an" / "60-an dollar" are a single value with qualifier ``about``.
- Qualifiers: sekitar/kisaran/kurang lebih -> about; setidaknya/sedikitnya/minimal ->
  at_least; mencapai -> at_least (a figure that has reached this level); lebih dari/di atas
  -> more_than; kurang dari/di bawah -> less_than; hampir -> nearly; hingga/sampai/maksimal
  before a lone number -> at_most; "rata-rata" is not a qualifier. Vague counts are
  at_least with ``low`` only.
- "minus Rp 1.896" has value -1896; "(-0,08 persen)" has value -0.08.
- Category only for counts of people, from the words of the sentence that say what
  happened to those counted (tewas -> KILL, luka -> WOUND, ...; "korban" alone -> AFFECT).

Figures
-------
Detection P/R/F1 matches system and gold amounts one to one by overlap; value accuracy is
the share of matched pairs whose value (or low/high) agrees within 0.1%; amount F1 counts a
match only when its value is right; category P/R/F1 counts a system category as right when
its amount matches a gold amount with that category. NER UGM: the share of the corpus's
QUANTITY spans (tokens joined with spaces) that overlap an amount found in the sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..numbers import extract
from ..paths import shared_data
from ..record import Amount
from . import prf

GOLD_FILES = ("amounts.json", "amounts_indosum.json")
CATEGORIES = ("KILL", "WOUND", "KILL_OR_WOUND", "MISSING", "ARREST", "KIDNAP", "DISPLACE", "AFFECT")


@dataclass
class Counts:
    """Raw counts from which every figure is derived."""

    gold: int = 0
    system: int = 0
    matched: int = 0
    value_right: int = 0
    qualifier_right: int = 0
    unit_right: int = 0
    cat_gold: int = 0
    cat_system: int = 0
    cat_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in (
            "gold",
            "system",
            "matched",
            "value_right",
            "qualifier_right",
            "unit_right",
            "cat_gold",
            "cat_system",
            "cat_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def figures(self) -> dict[str, float | int]:
        dp, dr, df = prf(self.matched, self.system, self.gold)
        vp, vr, vf = prf(self.value_right, self.system, self.gold)
        cp, cr, cf = prf(self.cat_right, self.cat_system, self.cat_gold)
        m = self.matched or 1
        return {
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched,
            "detection_p": dp,
            "detection_r": dr,
            "detection_f1": df,
            "value_accuracy": self.value_right / m,
            "amount_p": vp,
            "amount_r": vr,
            "amount_f1": vf,
            "qualifier_accuracy": self.qualifier_right / m,
            "unit_accuracy": self.unit_right / m,
            "category_gold": self.cat_gold,
            "category_system": self.cat_system,
            "category_p": cp,
            "category_r": cr,
            "category_f1": cf,
        }


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(1e-9, 1e-3 * max(abs(a), abs(b)))


def value_agrees(sys_a: Amount, gold: dict[str, Any]) -> bool:
    """Same value, or same low and high."""
    return (
        _close(sys_a.value, gold.get("value"))
        and _close(sys_a.low, gold.get("low"))
        and _close(sys_a.high, gold.get("high"))
    )


def _unit_agrees(sys_unit: str | None, gold_unit: str | None) -> bool:
    if gold_unit is None or sys_unit is None:
        return gold_unit is None and sys_unit is None
    return sys_unit.lower() == gold_unit.lower() or (
        sys_unit.lower().rstrip("nya") == gold_unit.lower().rstrip("nya")
    )


def match(system: Sequence[Amount], gold: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (system index, gold index) pairs by overlap, largest overlap first."""
    pairs: list[tuple[int, int, int]] = []
    j0 = 0
    for i, a in enumerate(system):
        while j0 < len(gold) and gold[j0]["end"] <= a.start:
            j0 += 1
        j = j0
        while j < len(gold) and gold[j]["start"] < a.end:
            overlap = min(a.end, gold[j]["end"]) - max(a.start, gold[j]["start"])
            if overlap > 0:
                pairs.append((-overlap, i, j))
            j += 1
    pairs.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        out.append((i, j))
    return sorted(out)


def score_article(
    text: str,
    system: Sequence[Amount],
    gold: Sequence[dict[str, Any]],
    article_id: str = "",
    categories_only: bool = False,
) -> Counts:
    """Counts for one article."""
    gold = sorted(gold, key=lambda g: (g["start"], g["end"]))
    c = Counts()
    pairs = match(system, gold)
    paired_s = dict(pairs)
    paired_g = {j for _, j in pairs}
    if not categories_only:
        c.gold, c.system, c.matched = len(gold), len(system), len(pairs)
        for i, j in pairs:
            ok = value_agrees(system[i], gold[j])
            c.value_right += ok
            c.qualifier_right += system[i].qualifier == gold[j].get("qualifier", "exact")
            c.unit_right += _unit_agrees(system[i].unit, gold[j].get("unit"))
            if not ok:
                c.errors.append(_err("value", article_id, text, system[i], gold[j]))
        for i, a in enumerate(system):
            if i not in paired_s:
                c.errors.append(_err("spurious", article_id, text, a, None))
        for j, g in enumerate(gold):
            if j not in paired_g:
                c.errors.append(_err("missed", article_id, text, None, g))
    c.cat_gold = sum(1 for g in gold if g.get("category"))
    c.cat_system = sum(1 for a in system if a.category)
    for i, a in enumerate(system):
        jj = paired_s.get(i)
        gcat = gold[jj].get("category") if jj is not None else None
        if a.category and a.category == gcat:
            c.cat_right += 1
        elif (a.category or gcat) and (a.category or jj is not None):
            c.errors.append(
                _err("category", article_id, text, a, gold[jj] if jj is not None else None)
            )
    for j, g in enumerate(gold):
        if g.get("category") and j not in paired_g:
            c.errors.append(_err("category", article_id, text, None, g))
    return c


def _err(
    kind: str, article_id: str, text: str, a: Amount | None, g: dict[str, Any] | None
) -> dict[str, Any]:
    start = a.start if a is not None else g["start"] if g is not None else 0
    out: dict[str, Any] = {"kind": kind, "id": article_id, "start": start}
    if a is not None:
        out["system"] = {
            "text": a.text,
            "value": a.value,
            "low": a.low,
            "high": a.high,
            "qualifier": a.qualifier,
            "unit": a.unit,
            "category": a.category,
        }
    if g is not None:
        out["gold"] = {
            k: g.get(k) for k in ("value", "low", "high", "qualifier", "unit", "category")
        }
        out["gold"]["text"] = text[g["start"] : g["end"]]
    return out


# ---------------------------------------------------------------------------- corpora


def indosum_text(article: dict[str, Any]) -> str:
    """IndoSum tokens joined with spaces; paragraphs separated by a blank line."""
    return "\n\n".join(
        " ".join(" ".join(t for t in sent if t.strip()) for sent in para)
        for para in article["paragraphs"]
    )


def conll_texts(data: Path, wanted: Iterable[str]) -> dict[str, str]:
    """Texts of ``FILE#N`` ids: sentence N (from 0) of a token-per-line NER file under the
    shared data folder, its tokens joined by one space."""
    from .ner import read_conll

    by_file: dict[str, set[int]] = {}
    for aid in wanted:
        name, _, number = aid.rpartition("#")
        by_file.setdefault(name, set()).add(int(number))
    texts: dict[str, str] = {}
    for name, indices in by_file.items():
        sentences = read_conll(data / name)
        for index in indices:
            if index < len(sentences):
                texts[f"{name}#{index}"] = " ".join(sentences[index][0])
    return texts


def load_gold(path: Path, data: Path) -> Iterator[tuple[str, str, list[dict[str, Any]], bool]]:
    """(article id, text, gold amounts, categories only) for every article of a gold file."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    files = gold.get("articles_file")
    names = [files] if isinstance(files, str) else list(files or [])
    wanted = {a["id"]: a for a in gold["articles"]}
    texts: dict[str, str] = {}
    if gold.get("text_format") == "conll-sentences":
        names = []
        texts = conll_texts(data, wanted)
    for name in names:
        with (data / name).open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                aid = str(row.get("id"))
                if aid not in wanted or aid in texts:
                    continue
                if gold.get("text_format") == "indosum-spaced":
                    texts[aid] = indosum_text(row)
                else:
                    texts[aid] = row[gold.get("text_field", "text")]
    cat_only = gold.get("scope") == "categories"
    for a in gold["articles"]:
        if a["id"] not in texts:
            raise ValueError(f"{path}: article {a['id']} not found in {names}")
        text = texts[a["id"]]
        for g in a["amounts"]:
            if not 0 <= g["start"] < g["end"] <= len(text):
                raise ValueError(f"{path}: {a['id']}: offsets {g['start']}-{g['end']} outside text")
        yield a["id"], text, a["amounts"], cat_only


def _analyser(mode: str) -> Callable[[str], list[Amount]]:
    if mode == "alone":
        return lambda text: extract(text)
    from ..pipeline import load

    nlp = load()

    def run(text: str) -> list[Amount]:
        doc = nlp(text)
        return list(doc._.amounts or [])

    return run


def evaluate(
    gold_paths: Sequence[Path], data: Path, mode: str = "alone"
) -> tuple[Counts, dict[str, Counts]]:
    """Total counts and counts per gold file."""
    analyse = _analyser(mode)
    total = Counts()
    per: dict[str, Counts] = {}
    for path in gold_paths:
        c = Counts()
        for aid, text, gold, cat_only in load_gold(path, data):
            c.add(score_article(text, analyse(text), gold, aid, cat_only))
        per[path.name] = c
        total.add(c)
    return total, per


def nerugm_recall(data: Path, mode: str = "alone") -> dict[str, float | int]:
    """Share of NER UGM QUANTITY spans that overlap a detected amount."""
    path = data / "ner" / "nerugm" / "nerugm.txt"
    analyse = _analyser(mode)
    from ..lang import id as lang

    time_words = set(lang.data("amount_exclusions.json")["time_units"])
    spans_total = hit = detected = outside = 0
    timeless_total = timeless_hit = 0
    for tokens, tags in _conll(path):
        text, offsets = "", []
        for tok in tokens:
            if text:
                text += " "
            offsets.append((len(text), len(text) + len(tok)))
            text += tok
        spans: list[tuple[int, int]] = []
        for k, tag in enumerate(tags):
            if tag == "B-QUANTITY" or (
                tag == "I-QUANTITY" and (k == 0 or tags[k - 1][2:] != "QUANTITY")
            ):
                spans.append(offsets[k])
            elif tag == "I-QUANTITY":
                spans[-1] = (spans[-1][0], offsets[k][1])
        amounts = analyse(text)
        detected += len(amounts)
        for s, e in spans:
            spans_total += 1
            found = any(a.start < e and a.end > s for a in amounts)
            hit += found
            words = text[s:e].lower().split()
            if not (set(words) & time_words or words[0] == "("):
                timeless_total += 1
                timeless_hit += found
        outside += sum(1 for a in amounts if not any(a.start < e and a.end > s for s, e in spans))
    return {
        "quantity_spans": spans_total,
        "recall": hit / spans_total if spans_total else 0.0,
        "spans_without_durations_ages": timeless_total,
        "recall_without_durations_ages": timeless_hit / timeless_total if timeless_total else 0.0,
        "detected": detected,
        "detected_outside_quantity": outside,
    }


def _conll(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            tokens.append(parts[0])
            tags.append(parts[-1])
    if tokens:
        yield tokens, tags


def default_gold() -> list[Path]:
    base = resources.files("warta.eval").joinpath("gold")
    return [Path(str(base.joinpath(n))) for n in GOLD_FILES if base.joinpath(n).is_file()]


# ---------------------------------------------------------------------------- command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold",
        nargs="*",
        type=Path,
        help="gold JSON files (default: the committed kompas-dev and IndoSum gold)",
    )
    parser.add_argument("--data", type=Path, default=None, help="shared data folder")
    parser.add_argument(
        "--mode",
        choices=("alone", "pipeline"),
        default="alone",
        help="alone: the amounts extractor on raw text; pipeline: the whole warta pipeline",
    )
    parser.add_argument("--no-nerugm", action="store_true", help="skip NER UGM recall")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")


def run(args: argparse.Namespace) -> int:
    data = args.data or shared_data()
    if not data.is_dir():
        print(f"warta eval amounts: shared data not found at {data}", file=sys.stderr)
        return 2
    paths = list(args.gold) or default_gold()
    t0 = time.perf_counter()
    total, per = evaluate(paths, data, args.mode)
    out: dict[str, Any] = {"mode": args.mode, "total": total.figures()}
    out["files"] = {name: c.figures() for name, c in per.items()}
    if not args.no_nerugm and (data / "ner" / "nerugm" / "nerugm.txt").is_file():
        out["nerugm"] = nerugm_recall(data, args.mode)
    out["seconds"] = round(time.perf_counter() - t0, 2)
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        _table(out)
    if args.errors:
        for e in total.errors[: args.errors]:
            print(json.dumps(e, ensure_ascii=False))
    return 0


def _table(out: dict[str, Any]) -> None:
    rows = [("total", out["total"])] + list(out["files"].items())
    print(f"warta eval amounts (mode={out['mode']})")
    head = f"{'gold':<24}{'gold#':>6}{'sys#':>6}{'det P':>7}{'det R':>7}{'det F1':>7}"
    head += f"{'val acc':>8}{'amt F1':>7}{'qual':>6}{'unit':>6}{'cat#':>5}{'cat P':>7}{'cat R':>7}{'cat F1':>7}"
    print(head)
    for name, f in rows:
        cats = (
            f"{f['category_p']:>7.3f}{f['category_r']:>7.3f}{f['category_f1']:>7.3f}"
            if f["category_gold"] or f["category_system"]
            else f"{'n/a':>7}{'n/a':>7}{'n/a':>7}"
        )
        print(
            f"{name:<24}{f['gold']:>6}{f['system']:>6}{f['detection_p']:>7.3f}{f['detection_r']:>7.3f}"
            f"{f['detection_f1']:>7.3f}{f['value_accuracy']:>8.3f}{f['amount_f1']:>7.3f}"
            f"{f['qualifier_accuracy']:>6.2f}{f['unit_accuracy']:>6.2f}{f['category_gold']:>5}"
            + cats
        )
    if "nerugm" in out:
        n = out["nerugm"]
        print(
            f"NER UGM QUANTITY recall: {n['recall']:.3f} of {n['quantity_spans']} spans "
            f"({n['detected']} amounts found, {n['detected_outside_quantity']} outside QUANTITY)"
        )
        print(
            f"  without durations and ages (not amounts for warta): "
            f"{n['recall_without_durations_ages']:.3f} of {n['spans_without_durations_ages']} spans"
        )
    print(f"{out['seconds']} s")
