"""Component ``warta_timexes``: TIMEX3 expressions anchored on ``doc._.published``.

Writes ``doc._.timexes`` (``record.Timex``, TimeML type/value/mod, ``anchor`` = the date a
relative value was resolved against) and ``doc.spans["timexes"]`` (labelled by type).
When the article came without a publication date, it is inferred from the dateline or
the text, stored on ``doc._.published`` with ``doc._.published_source``, and a warning
says so.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions
from ..temporal import find_timexes, infer_published


class Timexes:
    """Finds and normalises every temporal expression of a Doc."""

    def __call__(self, doc: Doc) -> Doc:
        text = extensions.doc_text(doc)
        if doc._.published is None and text:
            dateline = doc._.dateline
            got = infer_published(text, dateline.end if dateline is not None else None)
            if got is not None:
                day, source = got
                doc._.published = day
                doc._.published_source = source
                extensions.warn(
                    doc,
                    f"no publication date given: using {day.isoformat()} from the {source}"
                    " as the anchor for relative dates",
                )
            else:
                extensions.warn(
                    doc, "no publication date given or found: relative dates left unresolved"
                )
        timexes, warnings = find_timexes(text, doc._.published)
        for message in warnings:
            extensions.warn(doc, message)
        doc._.timexes = timexes
        spans: list[Span] = []
        for t in timexes:
            span = doc.char_span(t.start, t.end, label=t.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["timexes"] = spans
        return doc


@Language.factory("warta_timexes", assigns=["doc._.timexes", "doc.spans"])
def make_timexes(nlp: Language, name: str) -> Timexes:
    return Timexes()
