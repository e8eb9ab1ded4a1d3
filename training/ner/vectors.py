"""Train small static word vectors for the NER model on raw Indonesian news text.

Text: IndoSum (all dev folds, articles deduplicated by id) and kompas-dev, from the shared
data; nothing from the NER corpora, so no fold's test text leaks into any model. Words are
lower-cased (the model reads case from its SHAPE feature); skip-gram word2vec (gensim),
one worker and a fixed seed, so the same data gives the same vectors::

    pip install gensim && python training/ner/vectors.py

Writes ``training/output/vectors`` (a spaCy pipeline holding only the vectors, keyed on
LOWER) for ``[initialize] vectors`` in the NER config.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from warta.paths import shared_data  # noqa: E402


def sentences() -> Iterator[list[str]]:
    """Lower-cased token lists from IndoSum and kompas-dev."""
    import spacy

    data = shared_data()
    seen: set[str] = set()
    for path in sorted((data / "indosum").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            if article["id"] in seen:
                continue
            seen.add(article["id"])
            for paragraph in article["paragraphs"]:
                for sentence in paragraph:
                    yield [w.lower() for w in sentence]
    nlp = spacy.blank("id")
    for line in (data / "kompas-dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for para in text.split("\n"):
            if para.strip():
                yield [t.lower_ for t in nlp(para) if not t.is_space]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train static vectors for the NER model")
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--max-words", type=int, default=30000)
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "output" / "vectors")
    args = parser.parse_args(argv)

    from gensim.models import Word2Vec

    corpus = list(sentences())
    print(f"{len(corpus)} sentences, {sum(map(len, corpus))} tokens", file=sys.stderr)
    model = Word2Vec(
        corpus,
        vector_size=args.dim,
        window=5,
        min_count=args.min_count,
        sg=1,
        negative=5,
        epochs=5,
        workers=1,
        seed=0,
        max_final_vocab=args.max_words,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = args.out.with_suffix(".txt")
    words = [w for w in model.wv.index_to_key if w and not any(c.isspace() for c in w)]
    with text.open("w", encoding="utf-8") as f:
        f.write(f"{len(words)} {args.dim}\n")
        for w in words:
            f.write(w + " " + " ".join(f"{x:.5f}" for x in model.wv[w]) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "id",
            str(text),
            str(args.out),
            "--attr",
            "LOWER",
        ],
        check=True,
    )
    print(f"{args.out}: {len(model.wv)} vectors of {args.dim}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
