"""Convert the shared NER corpora into spaCy ``.spacy`` files, labels mapped to PER/ORG/LOC.

Corpora (under ``$WARTA_SHARED_DATA/ner`` or ``../shared/data/ner``):

- ``nerui``: NER UI (IndoLEM), 5 folds ``{train,dev,test}.0N.tsv`` + full ``nergithub.txt``
- ``nerugm``: NER UGM (IndoLEM), 5 folds + full ``nerugm.txt``; TIME/QUANTITY dropped
- ``idner``: idner-news-2k ``train.txt`` / ``dev.txt`` ("token upos BIO")
- ``nergrit``: NERGrit ``{train,valid,test}_preprocess.txt``

Leakage: the full files overlap the folds, and idner-news-2k is a re-annotation of many NER
UGM sentences. Every training set is therefore filtered: any sentence whose token sequence
appears in a held-out (test or dev) set is dropped from training.

Usage::

    python training/ner/convert.py ship  --out training/corpus/ship
    python training/ner/convert.py nerui 3 --out training/corpus/nerui-3
    python training/ner/convert.py nerugm 1 --out training/corpus/nerugm-1

Each writes ``train.spacy``, ``dev.spacy`` and ``test.spacy`` (``ship``: test = idner dev).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from warta.eval.ner import read_conll  # noqa: E402
from warta.paths import shared_data  # noqa: E402

Sentence = tuple[tuple[str, ...], tuple[str, ...]]  # (words, BIO tags over PER/ORG/LOC)


def corpus(name: str, split: str, data: Path | None = None) -> list[Sentence]:
    """One split of one corpus; ``split`` is a file stem such as ``train.01`` or ``full``."""
    base = (data or shared_data()) / "ner"
    files = {
        ("nerui", "full"): base / "nerui" / "nergithub.txt",
        ("nerugm", "full"): base / "nerugm" / "nerugm.txt",
        ("idner", "train"): base / "idner-news-2k" / "train.txt",
        ("idner", "dev"): base / "idner-news-2k" / "dev.txt",
        ("nergrit", "train"): base / "nergrit" / "train_preprocess.txt",
        ("nergrit", "valid"): base / "nergrit" / "valid_preprocess.txt",
        ("nergrit", "test"): base / "nergrit" / "test_preprocess.txt",
    }
    path = files.get((name, split))
    if path is None:
        path = base / name / f"{split}.tsv"
    if not path.exists():
        raise FileNotFoundError(path)
    return read_conll(path)


def plan(
    task: str, fold: int | None, exclude: tuple[str, ...] = (), upweight: int = 1
) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(train, dev, test) for a task, training filtered against dev and test sentences.

    ``exclude`` leaves whole extra corpora out of training (e.g. ``("idner",)``);
    ``upweight`` repeats the fold's own train split that many times (nerui/nerugm only).
    """

    def extra(name: str, split: str) -> list[Sentence]:
        return [] if name in exclude else corpus(name, split)

    own: list[Sentence] = []
    if task == "ship":
        test = corpus("idner", "dev")
        dev = corpus("nergrit", "valid")
        pool = (
            corpus("nerui", "full")
            + extra("nerugm", "full")
            + extra("idner", "train")
            + extra("nergrit", "train")
            + extra("nergrit", "test")
        )
    elif task in {"nerui", "nerugm"}:
        if fold is None or not 1 <= fold <= 5:
            raise SystemExit("a fold (1-5) is needed for nerui/nerugm")
        other = "nerugm" if task == "nerui" else "nerui"
        test = corpus(task, f"test.0{fold}")
        dev = corpus(task, f"dev.0{fold}")
        own = corpus(task, f"train.0{fold}")
        pool = (
            own
            + extra(other, "full")
            + extra("idner", "train")
            + extra("idner", "dev")
            + extra("nergrit", "train")
            + extra("nergrit", "valid")
            + extra("nergrit", "test")
        )
    else:
        raise SystemExit(f"unknown task {task!r}")
    held = {words for words, _ in test} | {words for words, _ in dev}
    seen: set[Sentence] = set()
    train: list[Sentence] = []
    for sent in pool:
        if sent[0] in held or sent in seen:
            continue
        seen.add(sent)
        train.append(sent)
    if upweight > 1 and task != "ship":
        mine = set(own)
        train += [sent for sent in train if sent in mine] * (upweight - 1)
    return train, dev, test


def to_docbin(sentences: Iterable[Sentence], nlp: spacy.language.Language) -> DocBin:
    db = DocBin(store_user_data=False)
    for words, tags in sentences:
        doc = Doc(nlp.vocab, words=list(words))
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(list(tags)))
        db.add(doc)
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("task", choices=["ship", "nerui", "nerugm"])
    parser.add_argument("fold", nargs="?", type=int)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    train, dev, test = plan(args.task, args.fold)
    nlp = spacy.blank("id")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, sents in (("train", train), ("dev", dev), ("test", test)):
        to_docbin(sents, nlp).to_disk(args.out / f"{name}.spacy")
        print(f"{args.out / name}.spacy: {len(sents)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
