"""Train warta's Indonesian NER model with spaCy's training system.

One command rebuilds the shipped model from the shared data::

    python training/ner/train.py                  # ship: train, evaluate, install
    python training/ner/train.py --task nerui --fold 3 --no-install   # one IndoLEM fold

Steps: convert the corpora (``convert.py``, leakage-filtered) into ``training/corpus/<run>``,
run ``spacy train`` with ``training/ner/config.cfg`` into ``training/output/<run>``, score
``model-best`` on the run's test set (exact-match entity F1), and for ``ship`` copy the
model into ``src/warta/models/ner`` (only the parts needed to load it, no optimizer state).
Prints one JSON line with the figures on stdout.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import convert  # noqa: E402

CONFIG = HERE / "config.cfg"
SHIPPED = ROOT / "src" / "warta" / "models" / "ner"
#: the shipped model trains longer than a protocol fold (config.cfg's max_steps)
SHIP_STEPS = 4000


def evaluate(model: Path | Any, test: Path) -> dict[str, Any]:
    """Exact-match entity precision/recall/F1 (spaCy's scorer) of a model on a .spacy file."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model) if isinstance(model, Path) else model
    gold = list(DocBin().from_disk(test).get_docs(nlp.vocab))
    examples = []
    started = time.perf_counter()
    words = 0
    for pred, ref in zip(nlp.pipe(_plain(g) for g in gold), gold, strict=True):
        examples.append(Example(pred, ref))
        words += len(ref)
    elapsed = time.perf_counter() - started
    scores = _score(examples)
    scores["words_per_s"] = round(words / elapsed) if elapsed else None
    return scores


def _plain(doc: Any) -> Any:
    """The words of a gold Doc, without its annotation."""
    from spacy.tokens import Doc

    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def _score(examples: list[Any]) -> dict[str, Any]:
    from spacy.scorer import get_ner_prf

    prf = get_ner_prf(examples)
    return {
        "p": round(prf["ents_p"] * 100, 2),
        "r": round(prf["ents_r"] * 100, 2),
        "f1": round(prf["ents_f"] * 100, 2),
        "per_type": {
            k: round(v["f"] * 100, 2) for k, v in sorted((prf["ents_per_type"] or {}).items())
        },
    }


def install(model: Path, target: Path = SHIPPED, figures: dict[str, Any] | None = None) -> int:
    """Copy a trained pipeline into the package; returns its size in bytes."""
    import spacy

    nlp = spacy.load(model)
    nlp.meta["name"] = "warta_ner"
    nlp.meta["description"] = "warta's Indonesian NER (PER/ORG/LOC); see README.md"
    nlp.meta["sources"] = [
        {"name": "NER UI (IndoLEM)", "license": "CC BY 4.0"},
        {"name": "NER UGM (IndoLEM)", "license": "CC BY 4.0"},
        {"name": "idner-news-2k", "license": "MIT"},
        {"name": "NERGrit (IndoNLU)", "license": "IndoNLU licence"},
    ]
    if figures:
        nlp.meta["warta"] = figures
    tmp = target.with_name(target.name + ".new")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    shutil.copy(HERE / "MODEL_README.md", tmp / "README.md")
    if target.exists():
        shutil.rmtree(target)
    tmp.rename(target)
    return sum(p.stat().st_size for p in target.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train warta's NER model")
    parser.add_argument("--task", choices=["ship", "nerui", "nerugm"], default="ship")
    parser.add_argument("--fold", type=int)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--max-steps", type=int, help="override training.max_steps")
    parser.add_argument("--run", help="name of the run (default: task[-fold])")
    parser.add_argument("--no-install", action="store_true", help="do not copy into the package")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=JSON",
        help="extra config override, e.g. components.ner.model.hidden_width=48",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        choices=["nerui", "nerugm", "idner", "nergrit"],
        help="leave an extra corpus out of training (experiments)",
    )
    parser.add_argument(
        "--upweight",
        type=int,
        default=1,
        help="repeat the fold's own train split N times (nerui/nerugm)",
    )
    args = parser.parse_args(argv)

    from spacy.cli.train import train
    from spacy.tokens import DocBin

    run = args.run or (args.task if args.fold is None else f"{args.task}-{args.fold}")
    corpus = ROOT / "training" / "corpus" / run
    output = ROOT / "training" / "output" / run
    corpus.mkdir(parents=True, exist_ok=True)
    tr, dev, test = convert.plan(args.task, args.fold, tuple(args.exclude), args.upweight)
    import spacy

    blank = spacy.blank("id")
    for name, sents in (("train", tr), ("dev", dev), ("test", test)):
        convert.to_docbin(sents, blank).to_disk(corpus / f"{name}.spacy")
    overrides: dict[str, Any] = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
    }
    max_steps = args.max_steps or (SHIP_STEPS if args.task == "ship" else None)
    if max_steps:
        overrides["training.max_steps"] = max_steps
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)
    started = time.perf_counter()
    train(args.config, output, overrides=overrides)
    seconds = time.perf_counter() - started
    best = output / "model-best"
    result: dict[str, Any] = {
        "run": run,
        "train_sentences": len(tr),
        "test_sentences": len(DocBin().from_disk(corpus / "test.spacy")),
        "train_seconds": round(seconds),
        "upweight": args.upweight,
        "overrides": {k: v for k, v in overrides.items() if not k.startswith("paths.")},
    }
    result.update(evaluate(best, corpus / "test.spacy"))
    if args.task == "ship" and not args.no_install:
        result["model_bytes"] = install(best, figures=dict(result))
    print(json.dumps(result))
    (output / "result.json").write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
