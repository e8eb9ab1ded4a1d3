"""Component ``warta_dateline``: the outlet and place that open wire copy."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes)


class Dateline:
    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline = None
        return doc


@Language.factory("warta_dateline", assigns=["doc._.dateline"])
def make_dateline(nlp: Language, name: str) -> Dateline:
    return Dateline()
