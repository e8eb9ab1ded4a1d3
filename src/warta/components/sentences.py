"""Component ``warta_sentences``: Indonesian sentence boundaries."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class Sentences:
    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or doc[i - 1].text in {".", "!", "?"}
        return doc


@Language.factory("warta_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences()
