"""Rebuild warta's summary model from IndoSum: ``python training/summary/train.py``.

1. Read the IndoSum dev files in shared/data/indosum, deduplicated by id, and keep the
   ``train`` ids (MD5 of the id not 0 modulo 5; the ``test`` ids are never used here).
2. Detokenise each article and run warta's own pipeline (dateline + sentences) on the text.
3. Targets. Default (``--kind hits``): for each warta sentence, the share of its ROUGE tokens
   found in IndoSum's reference summary. With ``--kind gbdt``/``logistic``: a sentence is
   positive when at least half of its characters lie in IndoSum sentences marked ``true`` in
   ``gold_labels``.
4. Compute the features of ``warta.components.summary`` (with ``--context``, the default:
   also the neighbouring sentences' features, the first sentence's and a dateline flag,
   :data:`CONTEXT`; with ``--titles``, the default for ``hits``, also the overlap with the
   headline, :data:`TITLE_CONTEXT`, the headline being the slug of the article's source URL
   or id as ``warta.eval.summary.parse`` gives it) and fit gradient-boosted trees
   (scikit-learn, dev dependency only): a histogram-binned regressor for ``hits``, a
   classifier for ``gbdt`` (or a logistic regression with ``--kind logistic``).
5. Tune the selection by ROUGE-1 on the train ids only, split in 4 folds by the SHA-1 of
   the id modulo 4: for ``hits``, the expected-F1 subset choice (candidates, reference
   length, repeated-word discount) over out-of-fold predictions of all four folds;
   otherwise the redundancy weight (MMR) on fold 0 (the validation quarter). Refit on all
   train ids and write ``src/warta/models/summary/model.json`` (plain numbers: the
   component scores with numpy at run time). With headlines, steps 4-5 run twice: the
   headline model, and the model without headline features that the file carries under
   ``untitled`` for articles without a headline.

Deterministic: same data and code -> same model file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from warta.components import summary as comp  # noqa: E402
from warta.eval import indosum  # noqa: E402
from warta.eval import summary as ev  # noqa: E402

OUT = ROOT / "src" / "warta" / "models" / "summary" / "model.json"

#: what the model sees besides each sentence's own features (``comp.with_context``): the
#: previous, next and second previous sentences, a dateline flag, and these features of the
#: first sentence (the outlet's house style: a question or a quotation as an opener, ...)
CONTEXT: dict[str, Any] = {
    "neighbours": [-1, 1, -2],
    "dateline": True,
    "first": [
        "log_words",
        "question",
        "has_quote",
        "quoted",
        "short",
        "digit_ratio",
        "cap_ratio",
        "centrality",
    ],
}
#: the headline model's context: the same, plus each sentence's (and its neighbours')
#: overlap with the headline (``comp.TITLE_FEATURES``) and the first sentence's
TITLE_CONTEXT: dict[str, Any] = {
    **CONTEXT,
    "title": True,
    "first": [*CONTEXT["first"], "title_recall_idf"],
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def build_idf(docs: list[ev.Parsed], min_df: int) -> tuple[dict[str, float], float]:
    df: Counter[str] = Counter()
    for p in docs:
        df.update(set(ev.rouge_tokens(p.text)))
    n = len(docs)

    def idf(k: int) -> float:
        return round(math.log((n + 1) / (k + 1)) + 1.0, 4)

    table = {w: idf(k) for w, k in sorted(df.items()) if k >= min_df}
    return table, idf(1)


def gold_labels(p: ev.Parsed, threshold: float = 0.5) -> list[int]:
    """1 for a warta sentence whose characters lie mostly in gold-positive IndoSum sentences."""
    positive = [(s, e) for s, e, _, label in p.gold if label]
    labels = []
    for s, e in p.sentences:
        chars = sum(1 for ch in p.text[s:e] if not ch.isspace()) or 1
        inside = 0
        for gs, ge in positive:
            lo, hi = max(s, gs), min(e, ge)
            if lo < hi:
                inside += sum(1 for ch in p.text[lo:hi] if not ch.isspace())
        labels.append(int(inside / chars >= threshold))
    return labels


def features(
    p: ev.Parsed,
    idf: dict[str, float],
    default_idf: float,
    context: dict[str, Any] | None = None,
) -> tuple[list[list[float]], list[Counter[str]]]:
    """The model's feature rows for each sentence of ``p`` (with ``p.title`` as the headline
    when ``context`` has ``title``), and each sentence's words."""
    texts = p.sentence_texts()
    starts = [s for s, _ in p.sentences]
    feats, counts = comp.sentence_features(texts, starts, p.text, idf, default_idf)
    matrix = comp.model_matrix(feats, counts, p.text, context, p.title, idf, default_idf)
    rows: list[list[float]] = matrix.tolist()
    return rows, counts


def hit_rates(p: ev.Parsed) -> list[float]:
    """For each warta sentence, the share of its ROUGE tokens that occur in the reference
    (the regression target of the ``hits`` model: what the sentence adds to ROUGE-1)."""
    ref = set(ev.rouge_tokens(p.reference))
    out = []
    for text in p.sentence_texts():
        toks = ev.rouge_tokens(text)
        out.append(sum(1 for w in toks if w in ref) / len(toks) if toks else 0.0)
    return out


def export_gbdt(clf: Any) -> dict[str, Any]:
    """A fitted GradientBoostingClassifier (binary) or GradientBoostingRegressor as plain
    lists."""
    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        trees.append(
            {
                "left": [int(v) for v in t.children_left],
                "right": [int(v) for v in t.children_right],
                "feature": [int(v) if v >= 0 else 0 for v in t.feature],
                "threshold": [round(float(v), 6) for v in t.threshold],
                "value": [round(float(v), 6) for v in t.value[:, 0, 0]],
            }
        )
    if hasattr(clf.init_, "class_prior_"):
        prior = clf.init_.class_prior_[1]
        init = float(math.log(prior / (1 - prior)))
    else:
        init = float(np.ravel(clf.init_.constant_)[0])
    return {
        "kind": "gbdt",
        "init": init,
        "learning_rate": float(clf.learning_rate),
        "trees": trees,
    }


def export_hgb(reg: Any) -> dict[str, Any]:
    """A fitted HistGradientBoostingRegressor as plain lists, in the ``gbdt`` layout (leaf
    values already carry the learning rate; a sample goes left when its value is at most
    the threshold, as in scikit-learn's predictor; the features have no missing values)."""
    trees = []
    for (predictor,) in reg._predictors:
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        trees.append(
            {
                "left": [-1 if lf else int(v) for lf, v in zip(leaf, nodes["left"], strict=True)],
                "right": [-1 if lf else int(v) for lf, v in zip(leaf, nodes["right"], strict=True)],
                "feature": [
                    0 if lf else int(v) for lf, v in zip(leaf, nodes["feature_idx"], strict=True)
                ],
                "threshold": [
                    0.0 if lf else float(v)
                    for lf, v in zip(leaf, nodes["num_threshold"], strict=True)
                ],
                "value": [
                    round(float(v), 7) if lf else 0.0
                    for lf, v in zip(leaf, nodes["value"], strict=True)
                ],
            }
        )
    return {
        "kind": "gbdt",
        "init": float(np.ravel(reg._baseline_prediction)[0]),
        "learning_rate": 1.0,
        "trees": trees,
    }


def export_logistic(clf: Any, mean: np.ndarray, scale: np.ndarray) -> dict[str, Any]:
    return {
        "kind": "logistic",
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 6),
    }


def fit(kind: str, x: np.ndarray, y: np.ndarray, seed: int) -> dict[str, Any]:
    if kind == "hits":
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
        exported = export_hgb(reg)
        check = comp.score_all(exported, x[:2000])
        if not np.allclose(check, reg.predict(x[:2000]), atol=1e-4):
            raise RuntimeError("exported trees disagree with scikit-learn")
        exported.pop("_forest", None)  # the numpy arrays score_all cached
        return exported
    if kind == "gbdt":
        from sklearn.ensemble import GradientBoostingClassifier

        clf = GradientBoostingClassifier(
            n_estimators=200,
            max_depth=4,
            learning_rate=0.08,
            subsample=0.8,
            min_samples_leaf=40,
            random_state=seed,
        )
        clf.fit(x, y)
        return export_gbdt(clf)
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=1.0, max_iter=2000)
    clf.fit((x - mean) / scale, y)
    return export_logistic(clf, mean, scale)


def rouge1_of(model: dict[str, Any], docs: list[ev.Parsed], size: int) -> tuple[float, float]:
    """Mean ROUGE-1 F1 (x100) of the model and of LEAD-``size`` on ``docs``."""
    total = lead = 0.0
    for p in docs:
        texts = p.sentence_texts()
        picks = comp.summarise(texts, [s for s, _ in p.sentences], p.text, size, model)
        total += ev.rouge(p.join(picks), p.reference)["rouge1"]
        lead += ev.rouge(p.join(range(min(size, len(texts)))), p.reference)["rouge1"]
    return 100 * total / len(docs), 100 * lead / len(docs)


def tune_selection(
    args: argparse.Namespace,
    docs: list[ev.Parsed],
    rows: list[tuple[int, list[list[float]], list[float] | list[int]]],
    words: list[list[Counter[str]]],
    folds: list[int],
) -> dict[str, Any]:
    """The expected-F1 settings with the best mean ROUGE-1 over the train ids, each article
    scored by a model fitted on the other three folds (4-fold cross-validation)."""
    predicted: list[list[float]] = [[] for _ in docs]
    for f in range(4):
        keep = [k for k in range(len(docs)) if folds[k] != f]
        x = np.asarray([r for k in keep for r in rows[k][1]], dtype=float)
        y = np.asarray([t for k in keep for t in rows[k][2]], dtype=float)
        log(f"fold {f}: fit on {len(keep)} articles ({len(y)} sentences)")
        model = fit(args.kind, x, y, args.seed)
        for k in range(len(docs)):
            if folds[k] == f:
                predicted[k] = comp.score_all(model, np.asarray(rows[k][1], dtype=float))
    refs = [ev.rouge_tokens(p.reference) for p in docs]
    toks = [[ev.rouge_tokens(t) for t in p.sentence_texts()] for p in docs]

    def rouge1(k: int, picks: list[int]) -> float:
        return ev.rouge_n([w for i in picks for w in toks[k][i]], refs[k], 1)

    quarter = [k for k in range(len(docs)) if folds[k] == 0]
    lead = [rouge1(k, list(range(min(3, len(toks[k]))))) for k in range(len(docs))]
    log(
        f"LEAD-3 ROUGE-1: {100 * np.mean(lead):.2f} on all {len(docs)}, "
        f"{100 * np.mean([lead[k] for k in quarter]):.2f} on the validation quarter"
    )
    best: dict[str, Any] = {}
    best_score = -1.0
    for ref_words in (30.0, 35.0, 40.0, 45.0, 50.0, 60.0):
        for dup in (0.0, 0.25, 0.5, 0.75, 1.0):
            for cand in (6, 8):
                scores = [
                    rouge1(
                        k, comp.select_expected_f1(predicted[k], words[k], 3, cand, ref_words, dup)
                    )
                    for k in range(len(docs))
                ]
                score = 100 * float(np.mean(scores))
                part = 100 * float(np.mean([scores[k] for k in quarter]))
                selection = {
                    "kind": "expected_f1",
                    "candidates": cand,
                    "reference_words": ref_words,
                    "duplicate": dup,
                }
                log(f"  {selection}: ROUGE-1 {score:.2f} (validation quarter {part:.2f})")
                if score > best_score:
                    best_score, best = score, selection
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", help="IndoSum JSONL (default: shared/data/indosum)")
    parser.add_argument(
        "--kind",
        choices=("hits", "gbdt", "logistic"),
        default="hits",
        help="hits: regress each sentence's share of reference words and pick the subset "
        "with the best expected ROUGE-1 F1 (default); gbdt/logistic: classify IndoSum's "
        "gold labels and pick by score with a redundancy penalty",
    )
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--min-df", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--context",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also give the model the neighbouring and first sentences' features and a "
        "dateline flag (default: on)",
    )
    parser.add_argument(
        "--titles",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="hits with context: a headline model (TITLE_CONTEXT), carrying the model without "
        "headline features (CONTEXT) as its fallback for articles without a headline "
        "(default: on)",
    )
    args = parser.parse_args(argv)
    context = CONTEXT if args.context else None
    titled = bool(args.titles and args.context and args.kind == "hits")

    files = [Path(f) for f in args.files] or indosum.default_files()
    log(f"reading {', '.join(str(f) for f in files)}")
    articles = list(indosum.read(files, "train"))
    log(f"{len(articles)} train articles; running warta's sentence pipeline")
    docs = [
        p for p in ev.parse(articles, minimal=True, summarise=False) if p.sentences and p.reference
    ]
    log(
        f"{len(docs)} parsed, {sum(len(p.sentences) for p in docs)} sentences, "
        f"{sum(1 for p in docs if p.title)} with a headline"
    )
    idf, default_idf = build_idf(docs, args.min_df)
    # folds of the train ids for tuning (a second hash, independent of the split);
    # fold 0 is the validation quarter
    folds = [int(hashlib.sha1(p.id.encode("utf-8")).hexdigest(), 16) % 4 for p in docs]

    def build(ctx: dict[str, Any] | None) -> tuple[dict[str, Any], int]:
        """Features with ``ctx``, the tuned selection (hits) or redundancy weight, and the
        final fit on all train ids; the model's entries and its sentence count."""
        rows: list[tuple[int, list[list[float]], list[float] | list[int]]] = []
        words: list[list[Counter[str]]] = []
        for k, p in enumerate(docs):
            target = hit_rates(p) if args.kind == "hits" else gold_labels(p)
            feats, counts = features(p, idf, default_idf, ctx)
            rows.append((k, feats, target))
            words.append(counts)

        def stack(keep: list[int]) -> tuple[np.ndarray, np.ndarray]:
            xs = [f for k in keep for f in rows[k][1]]
            ys = [y for k in keep for y in rows[k][2]]
            return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)

        best_lambda, best_score = 0.0, -1.0
        best_selection: dict[str, Any] | None = None
        if args.kind == "hits":
            best_selection = tune_selection(args, docs, rows, words, folds)
        else:
            tune = [k for k in range(len(docs)) if folds[k] == 0]
            fit_ids = [k for k in range(len(docs)) if folds[k] != 0]
            x, y = stack(fit_ids)
            log(
                f"tuning: fit on {len(fit_ids)} articles ({len(y)} sentences, "
                f"{y.mean():.3f} positive)"
            )
            model = fit(args.kind, x, y, args.seed)
            model.update({"idf": idf, "default_idf": default_idf})
            if ctx:
                model["context"] = ctx
            tune_docs = [docs[k] for k in tune]
            for lam in (0.0, 0.5, 1.0, 2.0, 3.0):
                model["redundancy"] = lam
                score, lead = rouge1_of(model, tune_docs, 3)
                log(
                    f"  redundancy {lam}: ROUGE-1 {score:.2f} (LEAD-3 {lead:.2f}) "
                    f"on {len(tune_docs)} held-out"
                )
                if score > best_score + 0.05:
                    best_lambda, best_score = lam, score

        x, y = stack(list(range(len(docs))))
        log(f"final fit on {len(docs)} articles ({len(y)} sentences)")
        final = fit(args.kind, x, y, args.seed)
        log(f"redundancy {best_lambda}, selection {best_selection}")
        part: dict[str, Any] = {
            "features": comp.feature_names(ctx),
            **({"context": ctx} if ctx else {}),
            **final,
            "redundancy": best_lambda,
            **({"selection": best_selection} if best_selection else {}),
        }
        return part, int(len(y))

    if titled:
        log("headline model (TITLE_CONTEXT)")
    main_part, n_sentences = build(TITLE_CONTEXT if titled else context)
    fallback: dict[str, Any] = {}
    if titled:
        log("model for articles without a headline (CONTEXT)")
        fallback = {"untitled": build(context)[0]}
    out: dict[str, Any] = {
        "about": "warta summary scorer, trained by training/summary/train.py on IndoSum "
        "(Kurniawan & Louvan 2018, CC BY-SA 4.0) train ids",
        **main_part,
        **fallback,
        "default_idf": default_idf,
        "idf": idf,
        "trained_on": {"articles": len(docs), "sentences": n_sentences, "split": "train"},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(
        json.dumps(out, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8"
    )
    log(f"wrote {args.out} ({Path(args.out).stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
