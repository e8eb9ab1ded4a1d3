"""warta: who said what, about whom, where, when and how many, in Indonesian news.

>>> import warta
>>> record = warta.analyze("JAKARTA, KOMPAS.com - ...", published="2024-12-17")
"""

from __future__ import annotations

__version__ = "0.1.0"

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .article import Article, parse_published, title_from_url
from .record import ArticleRecord

__all__ = ["Article", "ArticleRecord", "__version__", "analyze", "analyze_article", "analyze_many", "load"]


def load(config: Mapping[str, Mapping[str, Any]] | None = None, disable: Iterable[str] = ()) -> Any:
    """The spaCy ``Language`` warta uses (built once per process and settings)."""
    from .pipeline import load as _load

    return _load(config, disable)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _make_doc(nlp: Any, article: Article) -> Any:
    text, warnings = article.text, []
    if _SURROGATE.search(text):
        # lone surrogates cannot be encoded; U+FFFD keeps every offset where it was
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append("the text held unpaired surrogate code points; replaced by U+FFFD")
    doc = nlp.make_doc(text)
    doc._.published = article.published
    doc._.published_source = "metadata" if article.published else None
    doc._.warnings = warnings
    # the summary reads the headline; a URL's slug stands in for a missing one
    title = (article.title or "").strip()
    doc._.title = title or title_from_url(article.url)
    return doc


def analyze_article(article: Article, *, config: Mapping[str, Mapping[str, Any]] | None = None) -> ArticleRecord:
    """Analyse one ``Article``: a pure function of its text, date and the settings."""
    from .convert import doc_to_record

    nlp = load(config)
    doc = nlp(_make_doc(nlp, article))
    return doc_to_record(doc, article)


def analyze(
    text: str,
    published: str | dt.date | None = None,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str = "",
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> ArticleRecord:
    """Analyse one article given as text (``published`` as YYYY-MM-DD or a date)."""
    article = Article(
        text=text, published=parse_published(published), source=source, url=url, title=title, id=id
    )
    return analyze_article(article, config=config)


def analyze_many(
    articles: Iterable[Article],
    *,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    batch_size: int = 32,
) -> Iterator[ArticleRecord]:
    """Analyse a stream of articles with ``nlp.pipe``; records come out in input order."""
    from .convert import doc_to_record

    nlp = load(config)
    pending: list[Article] = []

    def docs() -> Iterator[Any]:
        for article in articles:
            pending.append(article)
            yield _make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield doc_to_record(doc, pending.pop(0))
