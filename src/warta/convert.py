"""Turns an analysed ``Doc`` into an ``ArticleRecord`` (the one place this happens)."""

from __future__ import annotations

from spacy.tokens import Doc

from . import __version__
from .article import Article
from .record import ArticleRecord, Sentence


def doc_to_record(doc: Doc, article: Article) -> ArticleRecord:
    sentences = (
        [Sentence(start=s.start_char, end=s.end_char) for s in doc.sents]
        if doc.has_annotation("SENT_START") and len(doc)
        else []
    )
    published = doc._.published
    warnings = list(article.warnings) + list(doc._.warnings or [])
    return ArticleRecord(
        id=article.id,
        published=published.isoformat() if published else None,
        published_source=doc._.published_source or ("metadata" if published else "none"),
        source=article.source or (doc._.dateline.outlet if doc._.dateline else None),
        title=article.title,
        url=article.url,
        text=doc.text,
        dateline=doc._.dateline,
        sentences=sentences,
        entities=list(doc._.entities or []),
        quotes=list(doc._.quotes or []),
        timexes=list(doc._.timexes or []),
        amounts=list(doc._.amounts or []),
        summary=list(doc._.summary or []),
        warnings=warnings,
        warta_version=__version__,
    )
