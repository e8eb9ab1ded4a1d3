"""``warta eval ner``: entity-level exact-match F1 (PER/ORG/LOC).

Two modes:

- quick (default): tag CoNLL/TSV files (token ... BIO per line, blank line between
  sentences; NER UI/UGM, idner-news-2k and NERGrit labels are mapped to PER/ORG/LOC) with
  the shipped model through warta's ``entities`` component, and score them. Without files it
  scores idner-news-2k dev from the shared data.
- ``--protocol``: the IndoLEM protocol. For NER UI and NER UGM, for each of the 5 folds,
  train a model with ``training/ner/train.py`` on that fold's train split (counted three
  times, ``--upweight``) plus the other corpora (sentences of the fold's dev/test removed), pick the
  best checkpoint on the fold's dev split and score it on the fold's test split; report each
  fold and the mean. Needs a source checkout (``training/``) and the shared data.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..paths import shared_data

Sentence = tuple[tuple[str, ...], tuple[str, ...]]

#: corpus label -> warta label (anything else, e.g. TIME or QUANTITY, becomes O)
LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
}
ROOT = Path(__file__).resolve().parents[3]
TRAIN_SCRIPT = ROOT / "training" / "ner" / "train.py"


# -- reading gold ----------------------------------------------------------------------


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a token-per-line file: first column the token, last the BIO tag."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            if words:
                out.append((tuple(words), tuple(fix_bio(tags))))
            words, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) < 2 or not parts[0]:
            continue
        words.append(parts[0])
        tags.append(map_tag(parts[-1]))
    if words:
        out.append((tuple(words), tuple(fix_bio(tags))))
    return out


def map_tag(tag: str) -> str:
    """A corpus tag in warta's labels: "B-PERSON" -> "B-PER", "I-TIME" -> "O"."""
    prefix, _, label = tag.partition("-")
    mapped = LABELS.get(label.upper())
    if mapped is None or prefix not in {"B", "I"}:
        return "O"
    return f"{prefix}-{mapped}"


def fix_bio(tags: Sequence[str]) -> list[str]:
    """An I- that does not continue an entity of its label starts one."""
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) of each entity in a BIO sequence."""
    out = set()
    start = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == label):
            out.add((start, i, label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return out


# -- scoring ---------------------------------------------------------------------------


def prf(
    gold: Iterable[set[tuple[int, int, str]]], pred: Iterable[set[tuple[int, int, str]]]
) -> dict[str, Any]:
    """Micro precision/recall/F1 (percent) of exact-match entities, overall and per label."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def f(t: int, p_: int, n: int) -> tuple[float, float, float]:
        precision = t / (t + p_) if t + p_ else 0.0
        recall = t / (t + n) if t + n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return round(100 * precision, 2), round(100 * recall, 2), round(100 * f1, 2)

    p_all, r_all, f_all = f(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    labels = sorted(set(tp) | set(fp) | set(fn))
    return {
        "p": p_all,
        "r": r_all,
        "f1": f_all,
        "per_type": {label: f(tp[label], fp[label], fn[label])[2] for label in labels},
        "entities": sum(tp.values()) + sum(fn.values()),
    }


def evaluate_file(path: Path, model: str | None = None, rules: bool = True) -> dict[str, Any]:
    """Score the shipped model on one gold file: through the ``entities`` component (with
    its document rules), or with ``rules=False`` the statistical model alone."""
    from collections.abc import Callable

    import spacy
    from spacy.tokens import Doc

    from ..components.entities import load_model

    sentences = read_conll(path)
    nlp = spacy.blank("id")
    component: Callable[[Doc], Doc]
    if rules:
        component = nlp.add_pipe("warta_entities", config={"model": model})
    else:
        procs = [proc for _, proc in load_model(model).pipeline]

        def component(doc: Doc) -> Doc:
            for proc in procs:
                doc = proc(doc)
            return doc

    gold, pred = [], []
    words = 0
    started = time.perf_counter()
    for toks, tags in sentences:
        doc = component(Doc(nlp.vocab, words=list(toks)))
        gold.append(spans(tags))
        pred.append({(e.start, e.end, e.label_) for e in doc.ents})
        words += len(toks)
    elapsed = time.perf_counter() - started
    result = prf(gold, pred)
    result.update(
        file=str(path),
        sentences=len(sentences),
        words_per_s=round(words / elapsed) if elapsed else None,
    )
    return result


def default_files() -> list[Path]:
    return [shared_data() / "ner" / "idner-news-2k" / "dev.txt"]


# -- the IndoLEM protocol --------------------------------------------------------------


def run_fold(
    task: str, fold: int, max_steps: int | None, reuse: bool, upweight: int = 3
) -> dict[str, Any]:
    """Train and score one fold with the training script (or reuse its earlier result)."""
    result_file = ROOT / "training" / "output" / f"{task}-{fold}" / "result.json"
    if reuse and result_file.exists():
        data: dict[str, Any] = json.loads(result_file.read_text())
        return data
    if not TRAIN_SCRIPT.exists():
        from ..errors import EvalError

        raise EvalError(f"the protocol needs a source checkout: {TRAIN_SCRIPT} not found")
    cmd = [sys.executable, str(TRAIN_SCRIPT), "--task", task, "--fold", str(fold), "--no-install"]
    cmd += ["--upweight", str(upweight)]
    if max_steps:
        cmd += ["--max-steps", str(max_steps)]
    # its own session: parallel folds are scheduled as separate jobs
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, start_new_session=True)
    if proc.returncode != 0:
        return {"run": f"{task}-{fold}", "error": proc.stderr.strip().splitlines()[-1:]}
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def protocol(
    tasks: Sequence[str],
    folds: Sequence[int],
    jobs: int,
    max_steps: int | None,
    reuse: bool,
    upweight: int = 3,
) -> dict[str, Any]:
    todo = [(task, fold) for fold in folds for task in tasks]  # both corpora early
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(
            pool.map(lambda tf: run_fold(tf[0], tf[1], max_steps, reuse, upweight), todo)
        )
    out: dict[str, Any] = {}
    for (task, fold), result in zip(todo, results, strict=True):
        out.setdefault(task, {"folds": {}})["folds"][fold] = result
    for data in out.values():
        scores = [r["f1"] for r in data["folds"].values() if "f1" in r]
        data["mean_f1"] = round(sum(scores) / len(scores), 2) if scores else None
        data["folds_done"] = len(scores)
    return out


# -- command line ----------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="*", type=Path, help="CoNLL/TSV gold files (default: idner-news-2k dev)"
    )
    parser.add_argument("--model", help="model directory (default: the shipped model)")
    parser.add_argument(
        "--raw", action="store_true", help="score the model alone, without the document-level rules"
    )
    parser.add_argument(
        "--protocol",
        action="store_true",
        help="IndoLEM 5-fold protocol on NER UI and NER UGM (trains 10 models)",
    )
    parser.add_argument(
        "--corpus",
        action="append",
        choices=["nerui", "nerugm"],
        help="with --protocol: only this corpus (repeatable)",
    )
    parser.add_argument("--folds", default="1,2,3,4,5", help="with --protocol: e.g. 1,2")
    parser.add_argument("--jobs", type=int, default=1, help="with --protocol: parallel trainings")
    parser.add_argument("--max-steps", type=int, help="with --protocol: training steps per fold")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --protocol: reuse training/output/<corpus>-<fold>/result.json",
    )
    parser.add_argument(
        "--upweight",
        type=int,
        default=3,
        help="with --protocol: repeat the fold's own train split N times (default 3)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    report: dict[str, Any] = {}
    if args.protocol:
        folds = [int(f) for f in str(args.folds).split(",") if f.strip()]
        report["protocol"] = protocol(
            args.corpus or ["nerui", "nerugm"],
            folds,
            args.jobs,
            args.max_steps,
            args.reuse,
            args.upweight,
        )
    files = list(args.files) or ([] if args.protocol else default_files())
    if not args.files and args.protocol:
        dev = default_files()[0]
        files = [dev] if dev.exists() else []
    missing = [f for f in files if not f.exists()]
    if missing:
        print(f"warta eval ner: {missing[0]}: no such file", file=sys.stderr)
        return 2
    report["files"] = [evaluate_file(f, args.model, rules=not args.raw) for f in files]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    if "protocol" in report:
        print("IndoLEM protocol (exact-match entity F1, test fold)")
        print(f"{'corpus':<8} {'fold':>4} {'P':>6} {'R':>6} {'F1':>6} {'train s':>8}")
        for task, data in report["protocol"].items():
            for fold, r in sorted(data["folds"].items()):
                if "f1" in r:
                    print(
                        f"{task:<8} {fold:>4} {r['p']:>6.2f} {r['r']:>6.2f} {r['f1']:>6.2f} "
                        f"{r.get('train_seconds', 0):>8}"
                    )
                else:
                    print(f"{task:<8} {fold:>4} failed: {r.get('error')}")
            mean = data["mean_f1"]
            print(
                f"{task:<8} {'mean':>4} {'':>6} {'':>6} {mean if mean is not None else '-':>6}"
                f"  ({data['folds_done']} folds)"
            )
    if report["files"]:
        print("Shipped model" + (" (model only)" if args.raw else " (with document rules)"))
        print(f"{'file':<48} {'sents':>6} {'P':>6} {'R':>6} {'F1':>6}  PER / ORG / LOC")
        for r in report["files"]:
            per = r["per_type"]
            name = r["file"][-48:]
            print(
                f"{name:<48} {r['sentences']:>6} {r['p']:>6.2f} {r['r']:>6.2f} {r['f1']:>6.2f}  "
                f"{per.get('PER', 0):.1f} / {per.get('ORG', 0):.1f} / {per.get('LOC', 0):.1f}"
            )
    return 0
