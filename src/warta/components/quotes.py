"""Component ``warta_quotes``: direct and reported speech with speaker, cue, via and channel.

Reads ``doc._.entities`` (to link a speaker to its entity; the aliases component's
``entity_at`` is used when it exists) and writes ``doc._.quotes``: a list of
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


def _mentions(doc: Doc) -> list[Mention]:
    out: list[Mention] = []
    for entity in doc._.entities or []:
        for mention in entity.mentions:
            out.append((mention.start, mention.end, entity.id, entity.name, entity.label))
    return out


def _entity_lookup(doc: Doc) -> Callable[[int, int], tuple[str, str] | None] | None:
    """The aliases component's ``entity_at(doc, start, end) -> id``, when it has one."""
    try:
        from . import aliases
    except ImportError:  # pragma: no cover
        return None
    entity_at = getattr(aliases, "entity_at", None)
    if entity_at is None:
        return None
    names = {entity.id: entity.name for entity in doc._.entities or []}

    def lookup(start: int, end: int) -> tuple[str, str] | None:
        eid = entity_at(doc, start, end)
        if eid is None:
            return None
        return str(eid), names.get(eid, "")

    return lookup


class Quotes:
    def __call__(self, doc: Doc) -> Doc:
        try:
            quotes, warnings = extract(doc.text, _mentions(doc), _entity_lookup(doc))
        except Exception as exc:  # noqa: BLE001 - a bad input must never stop the pipeline
            quotes, warnings = [], [f"quotes: skipped ({type(exc).__name__}: {exc})"]
        doc._.quotes = quotes
        for message in warnings:
            extensions.warn(doc, message)
        return doc


@Language.factory("warta_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()
