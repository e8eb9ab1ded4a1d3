"""Component ``warta_summary``: the sentences that best summarise the article."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401


class Summary:
    def __init__(self, size: int = 3) -> None:
        self.size = size

    def __call__(self, doc: Doc) -> Doc:
        n = sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 0
        doc._.summary = list(range(min(self.size, n)))
        return doc


@Language.factory("warta_summary", assigns=["doc._.summary"], default_config={"size": 3})
def make_summary(nlp: Language, name: str, size: int) -> Summary:
    return Summary(size)
