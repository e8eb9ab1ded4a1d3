"""Component ``warta_quotes``: direct and reported speech with speaker, cue, via and channel.

Reads ``doc._.entities`` (to link a speaker to its entity, by the rule of the aliases
component's ``entity_at``) and writes ``doc._.quotes``: a list of
``warta.record.Quote`` in text order. Unbalanced quotation marks are reported with
``extensions.warn``. The work is done by :func:`warta.quoting.extract`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..quoting import extract
from ..quoting.extract import Mention
from .aliases import entity_at


def _mentions(doc: Doc) -> list[Mention]:
    out: list[Mention] = []
    for entity in doc._.entities or []:
        for mention in entity.mentions:
            out.append((mention.start, mention.end, entity.id, entity.name, entity.label))
    return out


def _entity_lookup(doc: Doc) -> Callable[[int, int], tuple[str, str] | None]:
    """``(start, end) -> (entity id, name)`` of the entity whose mention best covers the
    range: the aliases component's ``entity_at`` (an index built once per doc)."""
    names = {entity.id: entity.name for entity in doc._.entities or []}

    def lookup(start: int, end: int) -> tuple[str, str] | None:
        found = entity_at(doc, start, end)
        return None if found is None else (found, names.get(found, ""))

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
