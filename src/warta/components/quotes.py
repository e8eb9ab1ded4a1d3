"""Component ``warta_quotes``: direct and reported speech with speaker, cue, via and channel.

Reads ``doc._.entities`` (to link a speaker to its entity, by the rule of the aliases
component's ``entity_at``) and writes ``doc._.quotes``: a list of
``warta.record.Quote`` in text order. Unbalanced quotation marks are reported with
``extensions.warn``. The work is done by :func:`warta.quoting.extract`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..quoting import extract
from ..quoting.extract import Mention


def _mentions(doc: Doc) -> list[Mention]:
    out: list[Mention] = []
    for entity in doc._.entities or []:
        for mention in entity.mentions:
            out.append((mention.start, mention.end, entity.id, entity.name, entity.label))
    return out


def _entity_lookup(doc: Doc) -> Callable[[int, int], tuple[str, str] | None] | None:
    """``(start, end) -> (entity id, name)`` of the entity whose mention best covers the
    range, with the rule of the aliases component's ``entity_at`` (largest overlap, ties
    to the earlier entity), but over an index of the mentions built once per doc:
    ``entity_at`` scans every mention on every call, which made a long article quadratic
    (a 1 MB article spent minutes here)."""
    entities = list(doc._.entities or [])
    names = {entity.id: entity.name for entity in entities}
    rows = sorted(
        (m.start, m.end, rank, entity.id)
        for rank, entity in enumerate(entities)
        for m in entity.mentions
        if m.end > m.start
    )
    starts = [row[0] for row in rows]
    longest = max((row[1] - row[0] for row in rows), default=0)

    def lookup(start: int, end: int) -> tuple[str, str] | None:
        if end <= start or not rows:
            return None
        best: tuple[int, int] = (0, 0)
        found: str | None = None
        for i in range(bisect.bisect_right(starts, start - longest), bisect.bisect_left(starts, end)):
            m_start, m_end, rank, eid = rows[i]
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > 0 and (overlap, -rank) > best:
                best = (overlap, -rank)
                found = eid
        if found is None:
            return None
        return found, names.get(found, "")

    return lookup


class Quotes:
    def __call__(self, doc: Doc) -> Doc:
        try:
            quotes, warnings = extract(
                extensions.doc_text(doc), _mentions(doc), _entity_lookup(doc)
            )
        except Exception as exc:  # noqa: BLE001 - a bad input must never stop the pipeline
            quotes, warnings = [], [f"quotes: skipped ({type(exc).__name__}: {exc})"]
        doc._.quotes = quotes
        for message in warnings:
            extensions.warn(doc, message)
        return doc


@Language.factory("warta_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()
