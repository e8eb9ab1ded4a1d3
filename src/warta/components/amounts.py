"""Component ``warta_amounts``: numbers with range, qualifier, unit, object and category.

Reads ``doc._.timexes`` (numbers inside a date, time or duration are not amounts) and
``doc._.quotes`` (an amount inside a quote links to it); writes ``doc._.amounts``, a list of
``warta.record.Amount`` in text order. The work is done by :func:`warta.numbers.extract`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..numbers import extract
from ..sents import sentence_bounds


class Amounts:
    def __call__(self, doc: Doc) -> Doc:
        text = extensions.doc_text(doc)
        try:
            sentences: list[tuple[int, int]] | None = None
            if doc.has_annotation("SENT_START"):
                sentences = sentence_bounds(doc)
            timexes = doc._.timexes or []
            quotes = doc._.quotes or []
            doc._.amounts = extract(
                text,
                sentences=sentences,
                blocked=[(t.start, t.end) for t in timexes if t.start < t.end],
                quotes=[(q.start, q.end) for q in quotes],
            )
        except Exception as exc:  # a bad input must never stop the pipeline
            doc._.amounts = []
            extensions.warn(doc, f"amounts: failed ({type(exc).__name__}: {exc})")
        return doc


@Language.factory(
    "warta_amounts", assigns=["doc._.amounts"], requires=["doc._.timexes", "doc._.quotes"]
)
def make_amounts(nlp: Language, name: str) -> Amounts:
    return Amounts()
