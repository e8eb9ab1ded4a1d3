"""Turns an analysed ``Doc`` into an ``ArticleRecord`` (the one place this happens)."""

from __future__ import annotations

from spacy.tokens import Doc

from . import __version__
from .article import Article
from .extensions import doc_text
from .record import ArticleRecord, Sentence
from .sents import sentence_bounds


def _sentences_and_index(doc: Doc) -> tuple[list[Sentence], dict[int, int]]:
    """``doc.sents`` as records, index for index: whitespace around each sentence left
    out, and the first sentence started after the dateline (``doc._.dateline``) so the
    dateline is not part of its content. A sentence wholly inside the dateline is
    dropped (warta's splitter never makes one). Also returns the map from an index of
    ``doc.sents`` to its index in the list, for the indices components wrote
    (``doc._.summary``)."""
    index: dict[int, int] = {}
    text = doc_text(doc)
    if not (doc.has_annotation("SENT_START") and len(doc)) or text.isspace():
        return [], index
    dateline = doc._.dateline
    out: list[Sentence] = []
    for number, (start, end) in enumerate(sentence_bounds(doc)):
        while end > start and text[end - 1].isspace():
            end -= 1
        if dateline is not None and start <= dateline.start < end:
            if end <= dateline.end:
                continue
            start = dateline.end
        while start < end and text[start].isspace():
            start += 1
        index[number] = len(out)
        out.append(Sentence(start=start, end=end))
    return out, index


def doc_to_record(doc: Doc, article: Article) -> ArticleRecord:
    sentences, index = _sentences_and_index(doc)
    # summary indices point into doc.sents: keep those whose sentence is in the record
    summary = sorted({index[i] for i in (doc._.summary or []) if i in index})
    published = doc._.published
    warnings = list(article.warnings) + list(doc._.warnings or [])
    return ArticleRecord(
        id=article.id,
        published=published.isoformat() if published else None,
        published_source=doc._.published_source or ("metadata" if published else "none"),
        source=article.source or (doc._.dateline.outlet if doc._.dateline else None),
        title=article.title,
        url=article.url,
        text=doc_text(doc),
        dateline=doc._.dateline,
        sentences=sentences,
        entities=list(doc._.entities or []),
        quotes=list(doc._.quotes or []),
        timexes=list(doc._.timexes or []),
        amounts=list(doc._.amounts or []),
        summary=summary,
        warnings=warnings,
        warta_version=__version__,
    )
