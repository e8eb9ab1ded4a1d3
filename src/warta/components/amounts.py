"""Component ``warta_amounts``: numbers with range, qualifier, unit and category."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401


class Amounts:
    def __call__(self, doc: Doc) -> Doc:
        doc._.amounts = []
        return doc


@Language.factory(
    "warta_amounts", assigns=["doc._.amounts"], requires=["doc._.timexes", "doc._.quotes"]
)
def make_amounts(nlp: Language, name: str) -> Amounts:
    return Amounts()
