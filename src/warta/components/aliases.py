"""Component ``warta_aliases``: mentions grouped into entities with aliases and roles."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401


class Aliases:
    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc


@Language.factory("warta_aliases", assigns=["doc._.entities"], requires=["doc.ents"])
def make_aliases(nlp: Language, name: str) -> Aliases:
    return Aliases()
