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
}


def register_extensions() -> None:
    """Register every ``Doc._`` attribute (idempotent)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def warn(doc: Doc, message: str) -> None:
    """Record something a component could not decide on the Doc."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


register_extensions()
