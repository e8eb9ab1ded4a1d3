"""Component ``warta_timexes``: TIMEX3 expressions anchored on ``doc._.published``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401


class Timexes:
    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc


@Language.factory("warta_timexes", assigns=["doc._.timexes"])
def make_timexes(nlp: Language, name: str) -> Timexes:
    return Timexes()
