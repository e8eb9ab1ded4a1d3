"""Cross-validated experiment: word-embedding evidence for the summary model (issue 7).

Not part of the shipped training. Reads the train ids only (as ``train.py``), builds the
shipped headline model's 202 columns plus sentence-embedding features from skip-gram word
vectors (``training/ner/vectors.py`` writes ``training/output/vectors.txt``), and reports
the 4-fold cross-validated ROUGE-1 (folds of ``train.py``) of each variant, with the paired
per-article difference against the shipped columns and its standard error, per fold::

    nice -n 10 .venv/bin/python training/summary/experiment_vectors.py

Variants (``--variants``, ``base`` first: the others are compared with it): ``own``,
``ctx``, ``first``, ``few`` (similarity features, :data:`EMB_NAMES`, with neighbours / the
first sentence's), ``topic``, ``sem``, ``sentonly``, ``semctx``, ``semown`` (the article's
and sentences' vectors on ``--dims`` principal axes, :func:`semantic`), ``pos``
(:func:`position_terms`) and ``pair`` (:func:`pairwise_oof`). ``--train-vectors FILE``
trains vectors on the train articles only. The parsed articles and base columns are cached
in ``/tmp/warta-summary-exp``. Results: ``training/summary/README.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train  # noqa: E402

from warta.components import summary as comp  # noqa: E402
from warta.eval import indosum  # noqa: E402
from warta.eval import summary as ev  # noqa: E402

CACHE = Path("/tmp/warta-summary-exp")
VECTORS = ROOT / "training" / "output" / "vectors.txt"

EMB_NAMES = (
    "emb_doc",
    "emb_rest",
    "emb_first",
    "emb_lead3",
    "emb_title",
    "emb_central",
    "emb_doc_rank",
    "emb_max_prev",
    "emb_max_other",
    "emb_cover",
    "emb_title_gap",
    "emb_title_rank",
)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_base() -> dict[str, Any]:
    path = CACHE / "base.pkl"
    if path.exists():
        with path.open("rb") as f:
            data: dict[str, Any] = pickle.load(f)
            return data
    CACHE.mkdir(parents=True, exist_ok=True)
    articles = list(indosum.read(indosum.default_files(), "train"))
    log(f"{len(articles)} train articles; parsing")
    docs = [
        p for p in ev.parse(articles, minimal=True, summarise=False) if p.sentences and p.reference
    ]
    idf, default_idf = train.build_idf(docs, 5)
    folds = [int(hashlib.sha1(p.id.encode("utf-8")).hexdigest(), 16) % 4 for p in docs]
    rows, counts, targets = [], [], []
    for p in docs:
        feats, c = train.features(p, idf, default_idf, train.TITLE_CONTEXT)
        rows.append(np.asarray(feats, dtype=float))
        counts.append(c)
        targets.append(np.asarray(train.hit_rates(p), dtype=float))
    refs = [ev.rouge_tokens(p.reference) for p in docs]
    toks = [[ev.rouge_tokens(t) for t in p.sentence_texts()] for p in docs]
    data = {
        "ids": [p.id for p in docs],
        "titles": [p.title for p in docs],
        "idf": idf,
        "default_idf": default_idf,
        "folds": folds,
        "rows": rows,
        "counts": counts,
        "targets": targets,
        "refs": refs,
        "toks": toks,
    }
    with path.open("wb") as f:
        pickle.dump(data, f)
    log("cached")
    return data


def train_vectors(data: dict[str, Any], out: Path, dim: int, seed: int) -> None:
    """Skip-gram vectors (gensim, one worker, CRC32 word hashing: the same bytes in every
    process) from the train articles' sentences only."""
    import zlib

    from gensim.models import Word2Vec

    corpus = [t for doc in data["toks"] for t in doc if t]

    def crc(word: str) -> int:
        return zlib.crc32(word.encode("utf-8"))

    model = Word2Vec(
        corpus,
        vector_size=dim,
        window=5,
        min_count=3,
        sg=1,
        negative=5,
        epochs=5,
        workers=1,
        seed=seed,
        max_final_vocab=30000,
        hashfxn=crc,
    )
    with out.open("w", encoding="utf-8") as f:
        f.write(f"{len(model.wv)} {dim}\n")
        for w in model.wv.index_to_key:
            f.write(w + " " + " ".join(f"{x:.5f}" for x in model.wv[w]) + "\n")
    log(f"wrote {out}: {len(model.wv)} vectors from {len(corpus)} sentences")


def load_vectors(path: Path) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    with path.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split(" ")
            out[parts[0]] = np.asarray(parts[1:], dtype=np.float32)
    return out


def _unit(m: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(m, axis=-1, keepdims=True)
    return np.divide(m, norm, out=np.zeros_like(m), where=norm > 0)


def emb_features(
    counts: list[Counter[str]],
    title: str | None,
    vec: dict[str, np.ndarray],
    dim: int,
    idf: dict[str, float],
    default_idf: float,
) -> np.ndarray:
    """One row of :data:`EMB_NAMES` per sentence."""
    n = len(counts)
    vocab: dict[str, int] = {}
    for c in counts:
        for w in c:
            vocab.setdefault(w, len(vocab))
    words = list(vocab)
    e = np.zeros((len(words), dim))
    has = np.zeros(len(words))
    for k, w in enumerate(words):
        v = vec.get(w)
        if v is not None:
            e[k] = v
            has[k] = 1.0
    wt = np.asarray([idf.get(w, default_idf) for w in words])
    m = np.zeros((n, len(words)))
    for i, c in enumerate(counts):
        for w, k in c.items():
            m[i, vocab[w]] = k
    mw = m * wt
    s = mw @ e
    su = _unit(s)
    doc = s.sum(axis=0)
    du = _unit(doc)
    out = np.zeros((n, len(EMB_NAMES)))
    out[:, 0] = su @ du
    out[:, 1] = (su * _unit(doc[None, :] - s)).sum(axis=1)
    out[:, 2] = su @ su[0]
    out[:, 3] = su @ _unit(s[:3].sum(axis=0))
    if title:
        tw = [w for w in set(comp.WORD.findall(title.lower())) if w in vec]
        if tw:
            t = sum(vec[w] * idf.get(w, default_idf) for w in sorted(tw))
            out[:, 4] = su @ _unit(np.asarray(t, dtype=float))
    sim = su @ su.T
    if n > 1:
        out[:, 5] = (sim.sum(axis=1) - np.diag(sim)) / (n - 1)
    out[np.argsort(-out[:, 0], kind="stable"), 6] = np.arange(n) / n
    low = np.tril(sim, -1)
    low[np.triu_indices(n)] = -1.0
    out[1:, 7] = low[1:].max(axis=1)
    off = sim.copy()
    np.fill_diagonal(off, -1.0)
    out[:, 8] = off.max(axis=1) if n > 1 else 0.0
    tot = mw.sum(axis=1)
    out[:, 9] = np.divide(mw @ has, tot, out=np.zeros(n), where=tot > 0)
    out[:, 10] = out[:, 4].max() - out[:, 4]
    out[np.argsort(-out[:, 4], kind="stable"), 11] = np.arange(n) / n
    return out


def semantic(
    data: dict[str, Any], vec: dict[str, np.ndarray], dims: int = 8
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Each article's unit mean vector and each sentence's, projected on the first ``dims``
    principal axes of the articles' vectors (unsupervised: no target)."""
    idf, default_idf = data["idf"], data["default_idf"]
    dim = len(next(iter(vec.values())))
    docs, sents = [], []
    for counts in data["counts"]:
        s = np.zeros((len(counts), dim))
        for i, c in enumerate(counts):
            for w, k in c.items():
                v = vec.get(w)
                if v is not None:
                    s[i] += k * idf.get(w, default_idf) * v
        docs.append(_unit(s.sum(axis=0)))
        sents.append(_unit(s))
    d = np.asarray(docs)
    mean = d.mean(axis=0)
    _, _, vt = np.linalg.svd(d - mean, full_matrices=False)
    axes = vt[:dims].T
    return (d - mean) @ axes, [(s - mean) @ axes for s in sents]


def position_terms(r: np.ndarray) -> np.ndarray:
    """Position-by-length interactions from the shipped columns: sentences after this one,
    position over the square root of the sentence count, relative word position, words
    after, the paragraph index over the sentence count."""
    names = comp.FEATURES
    i = np.expm1(r[:, names.index("log_pos")])
    n = np.expm1(r[:, names.index("log_n_sents")])
    before = np.expm1(r[:, names.index("log_words_before")])
    total = np.expm1(r[:, names.index("log_doc_words")])
    para = np.expm1(r[:, names.index("para_index_log")])
    return np.stack(
        [
            np.log1p(np.maximum(n - 1 - i, 0)),
            i / np.sqrt(np.maximum(n, 1)),
            before / np.maximum(total, 1),
            np.log1p(np.maximum(total - before, 0)),
            para / np.maximum(n, 1),
        ],
        axis=1,
    )


def shift(x: np.ndarray, k: int) -> np.ndarray:
    n = len(x)
    out = np.zeros_like(x)
    if k < 0 and n + k > 0:
        out[-k:] = x[: n + k]
    elif k > 0 and n - k > 0:
        out[: n - k] = x[k:]
    return out


def oof(data: dict[str, Any], xs: list[np.ndarray], seed: int = 0) -> list[np.ndarray]:
    folds = data["folds"]
    pred: list[np.ndarray] = [np.zeros(0)] * len(xs)
    for f in range(4):
        keep = [k for k in range(len(xs)) if folds[k] != f]
        x = np.vstack([xs[k] for k in keep])
        y = np.concatenate([data["targets"][k] for k in keep])
        from sklearn.ensemble import HistGradientBoostingRegressor

        reg = HistGradientBoostingRegressor(
            max_iter=300,
            learning_rate=0.05,
            max_depth=4,
            max_leaf_nodes=16,
            min_samples_leaf=40,
            early_stopping=False,
            random_state=seed,
        )
        reg.fit(x, y)
        for k in range(len(xs)):
            if folds[k] == f:
                pred[k] = reg.predict(xs[k])
    return pred


def pairwise_oof(data: dict[str, Any], per_article: int = 60) -> list[np.ndarray]:
    """Out-of-fold Borda scores of a pairwise model: gradient-boosted trees classify which of
    two sentences of an article has the higher hit rate from the difference of their
    columns; a sentence's score is its mean probability of beating the others."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    folds = data["folds"]
    rng = np.random.default_rng(0)
    pairs: list[tuple[np.ndarray, np.ndarray]] = []
    for r, y in zip(data["rows"], data["targets"], strict=True):
        n = len(y)
        ii, jj = np.nonzero(np.abs(y[:, None] - y[None, :]) >= 0.1)
        if len(ii) > per_article:
            pick = rng.choice(len(ii), per_article, replace=False)
            ii, jj = ii[pick], jj[pick]
        pairs.append((r[ii] - r[jj], (y[ii] > y[jj]).astype(int)))
        del n
    out: list[np.ndarray] = [np.zeros(0)] * len(pairs)
    for f in range(4):
        keep = [k for k in range(len(pairs)) if folds[k] != f]
        x = np.vstack([pairs[k][0] for k in keep])
        t = np.concatenate([pairs[k][1] for k in keep])
        log(f"pairwise fold {f}: {len(t)} pairs")
        clf = HistGradientBoostingClassifier(
            max_iter=300,
            learning_rate=0.05,
            max_depth=4,
            max_leaf_nodes=16,
            min_samples_leaf=40,
            early_stopping=False,
            random_state=0,
        )
        clf.fit(x, t)
        for k in range(len(pairs)):
            if folds[k] != f:
                continue
            r = data["rows"][k]
            n = len(r)
            if n < 2:
                out[k] = np.full(n, 0.5)
                continue
            ii, jj = np.nonzero(~np.eye(n, dtype=bool))
            prob = clf.predict_proba(r[ii] - r[jj])[:, 1]
            wins = np.zeros(n)
            np.add.at(wins, ii, prob)
            out[k] = wins / (n - 1)
    return out


def rouge_scores(
    data: dict[str, Any], pred: list[np.ndarray], ref_words: float, dup: float, cand: int = 8
) -> np.ndarray:
    out = np.empty(len(pred))
    for k, hits in enumerate(pred):
        picks = comp.select_expected_f1(list(hits), data["counts"][k], 3, cand, ref_words, dup)
        cand_toks = [w for i in picks for w in data["toks"][k][i]]
        out[k] = ev.rouge_n(cand_toks, data["refs"][k], 1)
    return 100 * out


def report(
    name: str, data: dict[str, Any], pred: list[np.ndarray], base: np.ndarray | None
) -> np.ndarray:
    folds = np.asarray(data["folds"])
    shipped = rouge_scores(data, pred, 35.0, 0.5)
    grid = {
        (r, d): float(rouge_scores(data, pred, r, d).mean())
        for r in (30.0, 35.0, 40.0, 45.0)
        for d in (0.25, 0.5)
    }
    best = max(grid, key=lambda k: grid[k])
    line = f"{name}: ROUGE-1 {shipped.mean():.2f} at 8/35/0.5; best {grid[best]:.2f} at 8/{best[0]:g}/{best[1]:g}"
    if base is not None:
        diff = shipped - base
        se = diff.std(ddof=1) / np.sqrt(len(diff))
        per = [diff[folds == f].mean() for f in range(4)]
        line += f"; paired {diff.mean():+.2f} ± {se:.2f}; folds " + " / ".join(
            f"{v:+.2f}" for v in per
        )
    log(line)
    return shipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variants", default="base,own,ctx,first")
    parser.add_argument("--vectors", type=Path, default=VECTORS)
    parser.add_argument("--dims", type=int, default=8)
    parser.add_argument(
        "--train-vectors",
        type=Path,
        help="train skip-gram vectors on the train articles' sentences (warta's sentences "
        "and ROUGE tokens; parameters of training/ner/vectors.py) into this text file and "
        "stop",
    )
    parser.add_argument("--vector-seed", type=int, default=0)
    args = parser.parse_args(argv)
    data = load_base()
    if args.train_vectors:
        train_vectors(data, args.train_vectors, 64, args.vector_seed)
        return 0
    n_docs = len(data["rows"])
    log(f"{n_docs} articles, {sum(len(r) for r in data['rows'])} sentences")
    emb_path = CACHE / f"emb-{args.vectors.stem}.pkl"
    if emb_path.exists():
        with emb_path.open("rb") as f:
            embs = pickle.load(f)
    else:
        vec = load_vectors(args.vectors)
        dim = len(next(iter(vec.values())))
        log(f"{len(vec)} vectors of {dim} dims")
        t0 = time.perf_counter()
        embs = [
            emb_features(c, t, vec, dim, data["idf"], data["default_idf"])
            for c, t in zip(data["counts"], data["titles"], strict=True)
        ]
        log(f"embedding features: {1000 * (time.perf_counter() - t0) / n_docs:.2f} ms an article")
        with emb_path.open("wb") as f:
            pickle.dump(embs, f)
    pca_path = CACHE / f"pca-{args.vectors.stem}-{args.dims}.pkl"
    if pca_path.exists():
        with pca_path.open("rb") as f:
            docv, sentv = pickle.load(f)
    else:
        vec = load_vectors(args.vectors)
        docv, sentv = semantic(data, vec, args.dims)
        with pca_path.open("wb") as f:
            pickle.dump((docv, sentv), f)
    allf = np.vstack(embs)
    y = np.concatenate(data["targets"])
    for j, name in enumerate(EMB_NAMES):
        log(f"  corr(hit, {name}) = {np.corrcoef(allf[:, j], y)[0, 1]:+.3f}")
    base_pred_path = CACHE / "pred-base.pkl"
    base_scores = None
    for variant in args.variants.split(","):
        if variant == "base":
            if base_pred_path.exists():
                with base_pred_path.open("rb") as f:
                    pred = pickle.load(f)
            else:
                pred = oof(data, data["rows"])
                with base_pred_path.open("wb") as f:
                    pickle.dump(pred, f)
            base_scores = report("base (shipped columns)", data, pred, None)
            continue
        if variant == "pair":
            with base_pred_path.open("rb") as f:
                hits = pickle.load(f)
            borda = pairwise_oof(data)
            for w in (0.05, 0.1, 0.2, 0.4, 0.8):
                mixed = [h + w * (b - 0.5) for h, b in zip(hits, borda, strict=True)]
                report(f"pair w={w}", data, mixed, base_scores)
            continue
        xs: list[np.ndarray] = []
        for r, e in zip(data["rows"], embs, strict=True):
            if variant == "own":
                parts = [r, e]
            elif variant == "ctx":
                parts = [r, e, shift(e, -1), shift(e, 1), shift(e, -2)]
            elif variant == "first":
                parts = [r, e, shift(e, -1), shift(e, 1), shift(e, -2), np.repeat(e[:1], len(e), 0)]
            elif variant == "topic":
                k = len(xs)
                parts = [r, np.repeat(docv[k : k + 1], len(e), 0)]
            elif variant == "sem":
                k = len(xs)
                parts = [r, np.repeat(docv[k : k + 1], len(e), 0), sentv[k]]
            elif variant == "sentonly":
                k = len(xs)
                parts = [r, sentv[k]]
            elif variant == "semctx":
                k = len(xs)
                sv = sentv[k]
                parts = [r, np.repeat(docv[k : k + 1], len(e), 0), sv, shift(sv, -1), shift(sv, 1)]
            elif variant == "semown":
                k = len(xs)
                parts = [r, np.repeat(docv[k : k + 1], len(e), 0), sentv[k], e]
            elif variant == "ctxtopic":
                k = len(xs)
                parts = [
                    r,
                    e,
                    shift(e, -1),
                    shift(e, 1),
                    shift(e, -2),
                    np.repeat(docv[k : k + 1], len(e), 0),
                ]
            elif variant == "pos":
                parts = [r, position_terms(r)]
            elif variant == "few":
                sel = e[:, [0, 1, 4, 7, 8]]
                parts = [r, sel, shift(sel, -1), shift(sel, 1)]
            else:
                raise SystemExit(f"unknown variant {variant}")
            xs.append(np.hstack(parts))
        pred = oof(data, xs)
        report(variant, data, pred, base_scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
