"""The ``Doc._`` attributes that warta's components read and write.

Each component stores record parts (``warta.record`` models) on the Doc; the
record is built from them once, in ``warta.convert``.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: name -> what it holds
DOC_EXTENSIONS: dict[str, str] = {
    "published": "datetime.date | None: the anchor for relative dates",
    "published_source": "str | None: metadata | dateline | text | none",
    "warnings": "list[str]: what a component could not decide",
    "dateline": "record.Dateline | None",
    "entities": "list[record.Entity]: mentions grouped into entities (aliases)",
    "timexes": "list[record.Timex]",
    "quotes": "list[record.Quote]",
    "amounts": "list[record.Amount]",
    "summary": "list[int]: indices into doc.sents, in text order",
    "title": "str | None: the headline (Article.title, else warta.article.title_from_url(url))",
}


def register_extensions() -> None:
    """Register every ``Doc._`` attribute (idempotent)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_TEXT_KEY = "warta.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from every token on each access,
    and several components read it. The cached copy is checked against the Doc's length."""
    text = doc.user_data.get(_TEXT_KEY)
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != size:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from (spaCy's tokenizer preserves it exactly)."""
    doc.user_data[_TEXT_KEY] = text


def warn(doc: Doc, message: str) -> None:
    """Record something a component could not decide on the Doc."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


register_extensions()
