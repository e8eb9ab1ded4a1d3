"""Component ``warta_summary``: the sentences that best summarise the article.

An extractive summariser learned from IndoSum (see ``training/summary/``): every sentence of
``doc.sents`` gets a vector of cheap features (position in the text and in its paragraph,
length, word overlap with the lead and with the rest of the text, TF-IDF centrality, quote,
number and capitalised-word density, ...), a small model shipped as plain JSON in
``warta/models/summary/model.json`` scores it with numpy, and the chosen ``size`` sentences go
into ``doc._.summary`` as indices into ``doc.sents``, in text order.

The shipped model (``selection.kind == "expected_f1"``) predicts, for each sentence, the share
of its words that a reference summary would contain; among the few sentences with the highest
prediction, it picks the ``size``-subset with the best expected ROUGE-1 F1 against a
reference of typical length, discounting words repeated across the chosen sentences
(:func:`select_expected_f1`: ``C(8, 3) = 56`` subsets for the shipped settings, all scored
at once with numpy over the candidates' joint vocabulary). A model without ``selection`` (a classifier of IndoSum's gold labels) picks the
best scores with a redundancy penalty (maximal marginal relevance, :func:`select`).

A model with ``context`` also sees, next to each sentence's own features, those of its
neighbours (``neighbours``: offsets such as -1, +1, -2; zeros beyond the text), a few features
of the first sentence repeated on every sentence (``first``) and whether the text opens with a
dateline (``dateline``, :func:`warta.components.dateline.find_dateline`): what the sentences
around it look like, and the house style of the outlet, change what a summary takes from a
sentence (:func:`with_context`, :func:`feature_names`).

A model whose ``context`` has ``title`` also reads the headline (``doc._.title``: the
article's title, else the slug of its URL, see ``warta._make_doc``): each sentence's word
overlap with it (:data:`TITLE_FEATURES`, :func:`title_features`), as the sentence's own and
its neighbours' columns. For an article without a headline it hands over to the model it
carries under ``untitled``, trained without headline features.

The features read only the text, the sentence boundaries and the headline, so the summary
does not shift when the entity, quote or amount components change. Nothing here needs
scikit-learn.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..sents import sentence_bounds
from .dateline import find_dateline

MODEL_RESOURCE = ("warta.models", "summary/model.json")

#: feature names, in the order :func:`sentence_features` returns them
FEATURES: tuple[str, ...] = (
    "pos0",
    "pos1",
    "pos2",
    "pos3",
    "pos4",
    "log_pos",
    "rel_pos",
    "log_n_sents",
    "para_index_log",
    "para_first",
    "para_rel_pos",
    "in_first_para",
    "log_words",
    "short",
    "long",
    "lead_overlap",
    "rest_overlap",
    "centrality",
    "has_quote",
    "starts_quote",
    "speech_cue",
    "first_person",
    "digit_ratio",
    "cap_ratio",
    "terminal",
    "has_colon",
    "question",
    "bracket",
    "url_like",
    "quoted",
    "log_words_before",
    "log_doc_words",
    "log_lead_words",
    "next_overlap",
    "prev_overlap",
    "novelty",
    "rel_length",
    "centrality_rank",
    "rest_overlap_rank",
    "length_rank",
)

#: headline features (:func:`title_features`), after :data:`FEATURES` when a model's
#: ``context`` has ``title``
TITLE_FEATURES: tuple[str, ...] = (
    "has_title",
    "title_recall",
    "title_precision",
    "title_recall_idf",
    "title_precision_idf",
    "title_recall_rank",
    "title_best",
    "title_gap",
)

_INDEX = {name: k for k, name in enumerate(FEATURES)}
#: words a headline's recall leaves out (the IDF-weighted recall weighs them down instead)
_TITLE_STOP = frozenset(
    {
        "di",
        "ke",
        "dari",
        "dan",
        "yang",
        "ini",
        "itu",
        "untuk",
        "dengan",
        "pada",
        "dalam",
        "akan",
        "oleh",
        "atau",
        "juga",
        "soal",
        "usai",
        "jadi",
        "ada",
        "bisa",
        "karena",
        "saat",
        "sebagai",
    }
)
#: a word for the features and for ROUGE (``warta.eval.summary`` tokenises with it too)
WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CAP = re.compile(r"(?<![\w.])[A-Z][\w-]*")
_QUOTES = frozenset('"“”')
_TERMINAL = frozenset(".!?\"”’')")
_SPEECH = frozenset(
    {
        "kata",
        "ujar",
        "ucap",
        "tutur",
        "ungkap",
        "jelas",
        "katanya",
        "ujarnya",
        "ucapnya",
        "tuturnya",
        "ungkapnya",
        "jelasnya",
        "imbuh",
        "imbuhnya",
        "tambah",
        "tambahnya",
        "lanjut",
        "lanjutnya",
        "menurutnya",
        "terangnya",
        "tegas",
        "tegasnya",
        "paparnya",
    }
)
_FIRST_PERSON = frozenset({"saya", "kami", "kita", "aku", "gue", "gua"})
_QUOTE_CHAR = re.compile('["“”]')
_DIGIT = re.compile(r"\d")
_QUOTE_OR_BREAK = re.compile(r'["“”]|\n[ \t\r\f\v]*\n')
_URL = re.compile(r"https?://|www\.|\.com\b|@\w", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> dict[str, Any]:
    """The shipped model (or the JSON file at ``path``)."""
    if path is not None:
        with open(path, encoding="utf-8") as handle:
            model: dict[str, Any] = json.load(handle)
            return model
    package, name = MODEL_RESOURCE
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs (text separated by a blank line)."""
    starts = [0]
    for match in re.finditer(r"\n[ \t\r\f\v]*\n\s*", text):
        starts.append(match.end())
    return starts


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; an unclosed quote ends with its paragraph."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _QUOTE_OR_BREAK.finditer(text):
        mark = match.group()
        if mark[0] == "\n":
            if open_at is not None:
                spans.append((open_at, match.start()))
                open_at = None
        elif open_at is None:
            if mark != "”":
                open_at = match.start()
        elif mark != "“":
            spans.append((open_at, match.end()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _covered(
    starts: Sequence[int], ends: Sequence[int], spans: Sequence[tuple[int, int]]
) -> list[float]:
    """For each (sorted, disjoint) sentence, the fraction of its characters inside ``spans``."""
    out: list[float] = []
    k = 0
    for s, e in zip(starts, ends, strict=True):
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        inside = 0
        j = k
        while j < len(spans) and spans[j][0] < e:
            inside += max(0, min(e, spans[j][1]) - max(s, spans[j][0]))
            j += 1
        out.append(inside / (e - s) if e > s else 0.0)
    return out


def sentence_features(
    texts: Sequence[str],
    starts: Sequence[int],
    doc_text: str,
    idf: dict[str, float] | None = None,
    default_idf: float = 1.0,
) -> tuple[list[list[float]], list[Counter[str]]]:
    """Feature vectors (in :data:`FEATURES` order) for sentences ``texts`` starting at
    character offsets ``starts`` of ``doc_text``, and each sentence's word counts."""
    idf = idf or {}
    n = len(texts)
    if n == 0:
        return [], []
    # a sentence may begin with the blank line before it: place it at its first character
    starts = [s + len(t) - len(t.lstrip()) for s, t in zip(starts, texts, strict=True)]
    para_starts = _paragraph_starts(doc_text)
    # paragraph of each sentence (both lists are sorted: one merge pass)
    para_of: list[int] = []
    p = 0
    for s in starts:
        while p + 1 < len(para_starts) and para_starts[p + 1] <= s:
            p += 1
        para_of.append(p)
    para_rank: dict[int, int] = {}
    for q in para_of:
        para_rank.setdefault(q, len(para_rank))
    words = [WORD.findall(t.lower()) for t in texts]
    counts = [Counter(w) for w in words]
    doc_counts: Counter[str] = Counter()
    for c in counts:
        doc_counts.update(c)

    # each word's IDF, looked up once per document
    weights = {w: idf.get(w, default_idf) for w in doc_counts}
    weight = weights.__getitem__

    doc_vec = {w: c * weight(w) for w, c in doc_counts.items()}
    doc_norm = math.sqrt(_norm_sq(doc_vec))
    lead = counts[0]
    quoted = _covered(
        starts, [s + len(t) for s, t in zip(starts, texts, strict=True)], _quoted_spans(doc_text)
    )
    n_words_all = [len(w) for w in words]
    doc_words = sum(n_words_all)
    mean_words = doc_words / n
    words_before = 0
    lead_weight = sum(weight(w) for w in lead) or 1.0
    log_n = math.log1p(n)
    feats: list[list[float]] = []
    position_in_para = 0
    seen: set[str] = set()
    for i, text in enumerate(texts):
        if i > 0 and para_of[i] != para_of[i - 1]:
            position_in_para = 0
        elif i > 0:
            position_in_para += 1
        c = counts[i]
        n_words = len(words[i])
        # TF-IDF cosine between the sentence and the rest of the document
        # one pass over the sentence's words: the IDF weight of all of them, of those in the
        # lead, of those found elsewhere in the text, and the TF-IDF dot products
        dot = 0.0
        s_norm = 0.0
        type_weight = 0.0
        lead_weight_in = 0.0
        rest_weight = 0.0
        for w, k in c.items():
            wt = weight(w)
            sw = k * wt
            s_norm += sw * sw
            dot += sw * (doc_vec[w] - sw)
            type_weight += wt
            if w in lead:
                lead_weight_in += wt
            if doc_counts[w] > k:
                rest_weight += wt
        # the rest vector's norm is approximated by the whole document's norm
        centrality = dot / (math.sqrt(s_norm) * doc_norm) if s_norm > 0 and doc_norm > 0 else 0.0
        type_weight = type_weight or 1.0
        lead_overlap = 1.0 if i == 0 else lead_weight_in / min(type_weight, lead_weight)
        rest_overlap = rest_weight / type_weight
        stripped = text.strip()
        chars = len(stripped) or 1
        digits = len(_DIGIT.findall(stripped))
        caps = len(_CAP.findall(stripped[1:])) if n_words else 0
        para_index = para_rank[para_of[i]]
        feats.append(
            [
                float(i == 0),
                float(i == 1),
                float(i == 2),
                float(i == 3),
                float(i == 4),
                math.log1p(i),
                i / n,
                log_n,
                math.log1p(para_index),
                float(position_in_para == 0),
                math.log1p(position_in_para),
                float(para_index == 0),
                math.log1p(n_words),
                float(n_words < 6),
                float(n_words > 40),
                lead_overlap,
                rest_overlap,
                centrality,
                float(bool(_QUOTE_CHAR.search(stripped))),
                float(stripped[:1] in _QUOTES),
                float(not _SPEECH.isdisjoint(c)),
                float(not _FIRST_PERSON.isdisjoint(c)),
                digits / chars,
                caps / (n_words or 1),
                float(stripped[-1:] in _TERMINAL),
                float(":" in stripped),
                float("?" in stripped),
                float(stripped[:1] in "([" or stripped[-1:] in ")]"),
                float(bool(_URL.search(stripped))),
                quoted[i],
                math.log1p(words_before),
                math.log1p(doc_words),
                math.log1p(n_words_all[0]),
                _shared(c, counts[i + 1]) if i + 1 < n else 0.0,
                _shared(c, counts[i - 1]) if i > 0 else 0.0,
                len(c.keys() - seen) / (len(c) or 1),
                n_words / mean_words if mean_words else 0.0,
            ]
        )
        words_before += n_words
        seen.update(c)
    # where each sentence stands in its document: 0 for the highest value, 1 for the lowest
    for column in ("centrality", "rest_overlap", "log_words"):
        j = _INDEX[column]
        order = sorted(range(n), key=lambda k: (-feats[k][j], k))
        for rank, k in enumerate(order):
            feats[k].append(rank / n)
    return feats, counts


def title_features(
    counts: Sequence[Counter[str]],
    title: str | None,
    idf: dict[str, float] | None = None,
    default_idf: float = 1.0,
) -> np.ndarray:
    """Each sentence's word overlap with the headline, in :data:`TITLE_FEATURES` order (one
    row per sentence): the share of the headline's content words in the sentence, the share
    of the sentence's words in the headline, the same two weighted by IDF (over all the
    headline's words), the sentence's rank on
    the weighted recall (0 for the best, ``k / n``), whether it is the best, and its gap to
    the best. Without a headline (or one without words), every column is 0."""
    n = len(counts)
    # sorted: sums in the same order in every process (set order follows string hashing)
    words = sorted(set(WORD.findall(title.lower()))) if title else []
    if n == 0 or not words:
        return np.zeros((n, len(TITLE_FEATURES)), dtype=np.float64)
    idf = idf or {}
    weight = {w: idf.get(w, default_idf) for w in words}
    content = set(words) - _TITLE_STOP or set(words)
    title_weight = sum(weight.values()) or 1.0
    lookup, default = idf.get, itertools.repeat(default_idf)
    rows: list[tuple[float, float, float, float]] = []
    for c in counts:
        shared = [w for w in words if w in c]
        shared_weight = sum(weight[w] for w in shared)
        rows.append(
            (
                sum(1 for w in shared if w in content) / len(content),
                len(shared) / (len(c) or 1),
                shared_weight / title_weight,
                shared_weight / (sum(map(lookup, c, default)) or 1.0),
            )
        )
    out = np.empty((n, len(TITLE_FEATURES)), dtype=np.float64)
    out[:, 0] = 1.0
    out[:, 1:5] = rows
    recall = out[:, 3]
    best = recall.max()
    # rank on the weighted recall, ties in text order (a stable sort)
    out[np.argsort(-recall, kind="stable"), 5] = np.arange(n) / n
    out[:, 6] = (recall >= best) & (best > 0)
    out[:, 7] = best - recall
    return out


def base_names(context: dict[str, Any] | None = None) -> list[str]:
    """The names of each sentence's own columns: :data:`FEATURES`, then
    :data:`TITLE_FEATURES` when ``context`` has ``title``."""
    names = list(FEATURES)
    if context and context.get("title"):
        names += TITLE_FEATURES
    return names


def feature_names(context: dict[str, Any] | None = None) -> list[str]:
    """The names of the columns :func:`with_context` returns for ``context``."""
    own = base_names(context)
    names = list(own)
    if not context:
        return names
    for offset in context.get("neighbours", ()):
        names += [f"{name}@{int(offset):+d}" for name in own]
    if context.get("dateline"):
        names.append("has_dateline")
    names += [f"first:{name}" for name in context.get("first", ())]
    return names


def model_matrix(
    feats: Any,
    counts: Sequence[Counter[str]],
    doc_text: str,
    context: dict[str, Any] | None,
    title: str | None,
    idf: dict[str, float] | None,
    default_idf: float,
) -> Any:
    """The rows a model scores: the sentence features with the context its ``context``
    asks for, headline features included when it has ``title`` (one builder for training
    and use, so the two cannot drift apart)."""
    titled = (
        title_features(counts, title, idf, default_idf)
        if context and context.get("title")
        else None
    )
    return with_context(feats, doc_text, context, titled)


def with_context(
    feats: Sequence[Sequence[float]],
    doc_text: str,
    context: dict[str, Any] | None = None,
    titled: np.ndarray | None = None,
) -> np.ndarray:
    """The feature matrix (one row per sentence) with the columns ``context`` asks for:
    the headline features ``titled`` (:func:`title_features`; zeros when not given) next to
    each sentence's own when ``context`` has ``title``, each neighbour's features
    (``neighbours``: sentence offsets, zeros past either end of the text), whether a
    dateline opens the text (``dateline``), and the first sentence's features named in
    ``first``, the same on every row. Column names: :func:`feature_names`."""
    x = np.asarray(feats, dtype=np.float64).reshape(len(feats), len(FEATURES))
    if not context or len(x) == 0:
        return x
    own = base_names(context)
    if len(own) > len(FEATURES):
        extra = titled if titled is not None else np.zeros((len(x), len(TITLE_FEATURES)))
        x = np.hstack([x, np.asarray(extra, dtype=np.float64).reshape(len(x), -1)])
    index = {name: k for k, name in enumerate(own)}
    n = len(x)
    parts = [x]
    for offset in context.get("neighbours", ()):
        k = int(offset)
        shifted = np.zeros_like(x)
        if k < 0 and n + k > 0:
            shifted[-k:] = x[: n + k]
        elif k > 0 and n - k > 0:
            shifted[: n - k] = x[k:]
        parts.append(shifted)
    row: list[float] = []
    if context.get("dateline"):
        row.append(float(find_dateline(doc_text) is not None))
    row += [float(x[0, index[name]]) for name in context.get("first", ())]
    if row:
        parts.append(np.repeat(np.asarray([row], dtype=np.float64), n, axis=0))
    return np.hstack(parts)


def _shared(a: Counter[str], b: Counter[str]) -> float:
    """Share of ``a``'s word types that also occur in ``b``."""
    return sum(1 for w in a if w in b) / (len(a) or 1)


def _norm_sq(vec: dict[str, float]) -> float:
    return sum(v * v for v in vec.values())


class _Forest:
    """A gradient-boosted forest as flat numpy arrays, evaluated for all sentences and all
    trees at once (a leaf points to itself, so every tree takes ``depth`` steps)."""

    def __init__(self, model: dict[str, Any]) -> None:
        feature: list[int] = []
        threshold: list[float] = []
        left: list[int] = []
        right: list[int] = []
        value: list[float] = []
        roots: list[int] = []
        depth = 0
        for tree in model["trees"]:
            base = len(feature)
            roots.append(base)
            n_nodes = len(tree["left"])
            for k in range(n_nodes):
                leaf = tree["left"][k] < 0
                feature.append(0 if leaf else int(tree["feature"][k]))
                threshold.append(0.0 if leaf else float(tree["threshold"][k]))
                left.append(base + k if leaf else base + int(tree["left"][k]))
                right.append(base + k if leaf else base + int(tree["right"][k]))
                value.append(float(tree["value"][k]))
            depth = max(depth, _depth(tree["left"], tree["right"]))
        self.feature = np.asarray(feature, dtype=np.intp)
        self.threshold = np.asarray(threshold, dtype=np.float64)
        self.left = np.asarray(left, dtype=np.intp)
        self.right = np.asarray(right, dtype=np.intp)
        self.value = np.asarray(value, dtype=np.float64) * float(model["learning_rate"])
        self.roots = np.asarray(roots, dtype=np.intp)
        # node k's children side by side: [right, left], indexed by 2 * k + went_left
        self.children = np.stack([self.right, self.left], axis=1).ravel()
        self.depth = depth
        self.init = float(model["init"])

    def __call__(self, x: np.ndarray) -> np.ndarray:
        n, m = x.shape
        flat = np.ascontiguousarray(x, dtype=np.float64).ravel()
        row_start = np.arange(n, dtype=np.intp) * m
        node = np.repeat(self.roots[:, None], n, axis=1)
        for _ in range(self.depth):
            go_left = flat.take(row_start + self.feature.take(node)) <= self.threshold.take(node)
            node = self.children.take(2 * node + go_left)
        result: np.ndarray = self.init + self.value.take(node).sum(axis=0)
        return result


def _depth(left: Sequence[int], right: Sequence[int]) -> int:
    best = 0
    stack = [(0, 0)]
    while stack:
        node, d = stack.pop()
        if left[node] < 0:
            best = max(best, d)
        else:
            stack.append((left[node], d + 1))
            stack.append((right[node], d + 1))
    return best


def score_all(model: dict[str, Any], feats: Sequence[Sequence[float]] | np.ndarray) -> list[float]:
    """The model's scores (logits, or predicted hit rates) for a list of feature vectors
    (rows of a matrix)."""
    if len(feats) == 0:
        return []
    x = np.asarray(feats, dtype=np.float64)
    kind = model.get("kind", "logistic")
    if kind == "logistic":
        mean = np.asarray(model["mean"], dtype=np.float64)
        scale = np.asarray(model["scale"], dtype=np.float64)
        coef = np.asarray(model["coef"], dtype=np.float64)
        out: list[float] = (((x - mean) / scale) @ coef + float(model["intercept"])).tolist()
        return out
    if kind == "gbdt":
        forest = model.get("_forest")
        if not isinstance(forest, _Forest):
            forest = model["_forest"] = _Forest(model)
        scores: list[float] = forest(x).tolist()
        return scores
    raise ValueError(f"unknown summary model kind: {kind!r}")


def score(model: dict[str, Any], x: Sequence[float]) -> float:
    """The model's score (a logit) for one feature vector."""
    return score_all(model, [x])[0]


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[w] for w, v in a.items() if w in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(_norm_sq(dict(a)) * _norm_sq(dict(b)))


def select(
    scores: Sequence[float], counts: Sequence[Counter[str]], size: int, redundancy: float = 0.0
) -> list[int]:
    """The ``size`` best sentences by score, minus ``redundancy`` times their greatest word
    cosine with a sentence already chosen (maximal marginal relevance); in text order."""
    n = len(scores)
    if size <= 0 or n == 0:
        return []
    if size >= n:
        return list(range(n))
    if redundancy <= 0:
        best = sorted(range(n), key=lambda i: (-scores[i], i))[:size]
        return sorted(best)
    chosen: list[int] = []
    penalty = [0.0] * n
    remaining = set(range(n))
    while len(chosen) < size and remaining:
        pick = min(remaining, key=lambda i: (-(scores[i] - redundancy * penalty[i]), i))
        chosen.append(pick)
        remaining.discard(pick)
        for i in remaining:
            sim = _cosine(counts[i], counts[pick])
            if sim > penalty[i]:
                penalty[i] = sim
    return sorted(chosen)


def select_expected_f1(
    hits: Sequence[float],
    counts: Sequence[Counter[str]],
    size: int,
    candidates: int = 6,
    reference_words: float = 45.0,
    duplicate: float = 0.5,
) -> list[int]:
    """The ``size`` sentences, among the ``candidates`` with the highest predicted hit rate,
    whose union has the highest expected ROUGE-1 F1 against a reference of about
    ``reference_words`` words; in text order.

    ``hits[i]`` is the predicted share of sentence ``i``'s words found in the reference; a
    subset is expected to match ``sum(hits[i] * words[i] * (1 - duplicate * repeated[i]))``
    words, ``repeated[i]`` being the share of ``i``'s words already in an earlier chosen
    sentence, so the choice weighs length (precision) against content (recall)."""
    lens = [sum(c.values()) for c in counts]
    valid = [i for i in range(len(hits)) if lens[i] > 0]
    if size <= 0:
        return []
    if len(valid) <= size:
        # fewer real sentences than asked: all of them, then word-less ones in text order
        rest = [i for i in range(len(hits)) if lens[i] == 0][: size - len(valid)]
        return sorted(valid + rest)
    top = sorted(valid, key=lambda i: (-hits[i], i))[: max(candidates, size)]
    top.sort()
    # every subset at once: word counts of the candidates over their joint vocabulary
    vocab: dict[str, int] = {}
    for i in top:
        for w in counts[i]:
            vocab.setdefault(w, len(vocab))
    matrix = np.zeros((len(top), len(vocab)), dtype=np.float64)
    for row, i in enumerate(top):
        for w, k in counts[i].items():
            matrix[row, vocab[w]] = k
    present = matrix > 0
    words_of = matrix.sum(axis=1)
    hit = np.asarray([hits[i] for i in top], dtype=np.float64)
    combos = np.asarray(list(itertools.combinations(range(len(top)), size)), dtype=np.intp)
    seen = np.zeros((len(combos), len(vocab)), dtype=bool)
    overlap = np.zeros(len(combos), dtype=np.float64)
    for t in range(size):
        rows = combos[:, t]
        repeated = (matrix[rows] * seen).sum(axis=1)
        overlap += hit[rows] * (words_of[rows] - duplicate * repeated)
        seen |= present[rows]
    f1 = 2.0 * overlap / (words_of[combos].sum(axis=1) + reference_words)
    return [top[j] for j in combos[int(np.argmax(f1))]]


def summarise(
    texts: Sequence[str],
    starts: Sequence[int],
    doc_text: str,
    size: int = 3,
    model: dict[str, Any] | None = None,
    title: str | None = None,
) -> list[int]:
    """Indices of the ``size`` sentences that best summarise the text, in text order
    (``title``: the headline, which a model trained with headline features reads)."""
    if size <= 0 or not texts:
        return []
    model = model if model is not None else load_model()
    idf, default_idf = model.get("idf"), float(model.get("default_idf", 1.0))
    feats, counts = sentence_features(texts, starts, doc_text, idf, default_idf)
    context = model.get("context")
    fallback = model.get("untitled")
    headline = bool(title and WORD.search(title))
    if context and context.get("title") and isinstance(fallback, dict) and not headline:
        # no headline: the model trained without headline features, same IDF table
        model, context = fallback, fallback.get("context")
    scores = score_all(
        model, model_matrix(feats, counts, doc_text, context, title, idf, default_idf)
    )
    choice = model.get("selection")
    if isinstance(choice, dict) and choice.get("kind") == "expected_f1":
        return select_expected_f1(
            scores,
            counts,
            size,
            int(choice.get("candidates", 6)),
            float(choice.get("reference_words", 45.0)),
            float(choice.get("duplicate", 0.5)),
        )
    # a sentence without a single word (a stray mark) is never picked before a real one
    scores = [s if counts[i] else s - 1e6 for i, s in enumerate(scores)]
    return select(scores, counts, size, float(model.get("redundancy", 0.0)))


class Summary:
    """Writes ``doc._.summary``: indices into ``doc.sents`` of the best ``size`` sentences."""

    def __init__(self, size: int = 3, model: dict[str, Any] | str | None = None) -> None:
        if size < 0:
            raise ValueError("summary size must be >= 0")
        self.size = size
        self.model = load_model(model) if isinstance(model, str) else model

    def __call__(self, doc: Doc) -> Doc:
        bounds = sentence_bounds(doc)
        text = extensions.doc_text(doc)
        texts = [text[s:e] for s, e in bounds]
        starts = [s for s, _ in bounds]
        try:
            doc._.summary = summarise(
                texts, starts, text, self.size, self.model, doc._.title or None
            )
        except Exception as exc:  # a broken model file must not lose the article
            extensions.warn(doc, f"summary: fell back to the lead sentences ({exc})")
            doc._.summary = list(range(min(self.size, len(bounds))))
        return doc


@Language.factory(
    "warta_summary",
    assigns=["doc._.summary"],
    requires=["token.is_sent_start"],
    default_config={"size": 3, "model": None},
)
def make_summary(nlp: Language, name: str, size: int, model: str | None) -> Summary:
    """``size``: sentences to pick; ``model``: path of a model JSON (default: the shipped one)."""
    return Summary(size, model)
