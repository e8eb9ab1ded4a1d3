"""IndoSum reader, detokeniser and the train/test split used by the summary model.

IndoSum (Kurniawan & Louvan, 2018; CC BY-SA 4.0) ships pre-tokenised articles:
``paragraphs`` is a list of paragraphs, each a list of sentences, each a list of tokens;
``gold_labels`` marks, per sentence, whether it belongs to the extractive summary; ``summary``
is the abstractive reference, as sentences of tokens.

warta never sees those tokens: :func:`detokenise` turns an article back into natural running
text (no space before ``. , ; : ? ! ) ] %``, quotes and brackets attached to what they
enclose, paragraphs joined with a blank line), and warta's own pipeline splits that text into
sentences, as it would a user's article. The IndoSum sentence spans kept by
:class:`IndoSumArticle` only serve to carry the gold labels over onto warta's sentences.

The split: an article is in ``test`` when the MD5 of its ``id`` is 0 modulo 5 (about 20%),
otherwise in ``train``. The shipped summary model is trained on ``train`` ids only; every
reported figure is on ``test`` ids. Articles repeat across the fold files: readers keep the
first occurrence of each id.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Split = Literal["train", "test", "all"]

#: no space before these tokens
_CLOSE = frozenset({".", ",", ";", ":", "?", "!", ")", "]", "}", "%", "...", "..", "”", "’", "»"})
#: no space after these tokens
_OPEN = frozenset({"(", "[", "{", "“", "‘", "«"})
#: symmetric quote marks: the first of a pair opens, the second closes
_SYMMETRIC = frozenset({'"', "'", "`"})
#: joined to both neighbours
_INFIX = frozenset({"/"})
_DASHES = frozenset({"-"})


def split_of(article_id: str) -> Literal["train", "test"]:
    """``test`` for about one article id in five (MD5 of the id, modulo 5), else ``train``."""
    digest = hashlib.md5(article_id.encode("utf-8")).hexdigest()
    return "test" if int(digest, 16) % 5 == 0 else "train"


def _clean(tokens: Sequence[str]) -> list[str]:
    """Tokens without the whitespace-only ones IndoSum sometimes keeps (NBSP, newlines)."""
    return [t.strip() for t in tokens if t.strip()]


def _join_dash(left: str | None, right: str | None) -> bool:
    """``bentrokan - bentrokan`` -> ``bentrokan-bentrokan``, ``Covid - 19`` -> ``Covid-19``,
    but ``Jakarta - Presiden`` keeps its spaced dash."""
    if not left or not right or not left[-1].isalnum() or not right[0].isalnum():
        return False
    if left.lower() == right.lower():
        return True
    return right[0].isdigit() or (left[-1].islower() and right[0].islower())


def detokenise_sentences(sentences: Sequence[Sequence[str]]) -> tuple[str, list[tuple[int, int]]]:
    """One paragraph of tokenised sentences as running text, with each sentence's span.

    Quote parity is kept across the sentences of the paragraph (a quotation often runs over
    several sentences) and reset at each paragraph.
    """
    out: list[str] = []
    length = 0
    spans: list[tuple[int, int]] = []
    open_quote: dict[str, bool] = {q: False for q in _SYMMETRIC}
    glue_next = True  # no space before the very first token
    prev: str | None = None
    for sent in sentences:
        tokens = _clean(sent)
        start: int | None = None
        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            attach_left = False
            attach_right = False
            if tok in _SYMMETRIC:
                if open_quote[tok]:
                    attach_left = True
                    open_quote[tok] = False
                else:
                    attach_right = True
                    open_quote[tok] = True
            elif tok in _CLOSE:
                attach_left = True
            elif tok in _OPEN:
                attach_right = True
            elif tok in _INFIX:
                attach_left = attach_right = True
            elif tok in _DASHES and prev in _DASHES:
                attach_left = True  # "- -" was "--"
            elif tok in _DASHES and _join_dash(prev, nxt):
                attach_left = attach_right = True
            elif tok.startswith(("'s", "’s")):
                attach_left = True
            sep = "" if (glue_next or attach_left) else " "
            if sep:
                out.append(sep)
                length += len(sep)
            if start is None:
                start = length
            out.append(tok)
            length += len(tok)
            glue_next = attach_right
            prev = tok
        if start is not None:
            spans.append((start, length))
        else:
            spans.append((length, length))
    return "".join(out), spans


@dataclass
class IndoSumArticle:
    """One IndoSum article as running text, with its gold and reference."""

    id: str
    text: str
    #: (start, end, paragraph index, gold label) for each IndoSum sentence
    sentences: list[tuple[int, int, int, bool]] = field(default_factory=list)
    #: the abstractive reference summary, detokenised, one string per sentence
    reference: list[str] = field(default_factory=list)
    source: str = ""
    url: str = ""

    @property
    def split(self) -> Literal["train", "test"]:
        return split_of(self.id)


def detokenise(paragraphs: Sequence[Sequence[Sequence[str]]]) -> str:
    """A whole IndoSum article as running text (paragraphs joined with a blank line)."""
    return _build(paragraphs, None)[0]


def _build(
    paragraphs: Sequence[Sequence[Sequence[str]]], labels: Sequence[Sequence[bool]] | None
) -> tuple[str, list[tuple[int, int, int, bool]]]:
    parts: list[str] = []
    spans: list[tuple[int, int, int, bool]] = []
    offset = 0
    for p, paragraph in enumerate(paragraphs):
        text, sent_spans = detokenise_sentences(paragraph)
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        plabels = labels[p] if labels is not None and p < len(labels) else []
        for k, (s, e) in enumerate(sent_spans):
            if e > s:
                spans.append(
                    (offset + s, offset + e, p, bool(plabels[k]) if k < len(plabels) else False)
                )
        parts.append(text)
        offset += len(text)
    return "".join(parts), spans


def from_json(obj: dict[str, Any]) -> IndoSumArticle:
    """An :class:`IndoSumArticle` from one parsed JSONL line."""
    text, spans = _build(obj.get("paragraphs") or [], obj.get("gold_labels") or [])
    reference = [detokenise_sentences([s])[0] for s in obj.get("summary") or []]
    return IndoSumArticle(
        id=str(obj.get("id", "")),
        text=text,
        sentences=spans,
        reference=[r for r in reference if r],
        source=str(obj.get("source") or ""),
        url=str(obj.get("source_url") or ""),
    )


def read(
    paths: Iterable[str | Path], split: Split = "all", ids: Iterable[str] | None = None
) -> Iterator[IndoSumArticle]:
    """Articles from IndoSum JSONL files, each id once (the first occurrence), in file order,
    restricted to ``split`` (``train``, ``test`` or ``all``) and, when given, to ``ids``
    (the others are not detokenised)."""
    only = None if ids is None else set(ids)
    seen: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if not line:
                    continue
                obj = json.loads(line)
                article_id = str(obj.get("id", ""))
                if article_id in seen:
                    continue
                seen.add(article_id)
                if split != "all" and split_of(article_id) != split:
                    continue
                if only is not None and article_id not in only:
                    continue
                yield from_json(obj)


def default_files(root: Path | None = None) -> list[Path]:
    """The IndoSum dev files in the shared data folder (``dev.01.jsonl`` .. ``dev.04.jsonl``)."""
    from ..paths import shared_data

    folder = (root or shared_data()) / "indosum"
    return sorted(folder.glob("*.jsonl"))
