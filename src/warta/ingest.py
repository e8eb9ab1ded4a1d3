"""Readers: text, JSONL, HTML (trafilatura) and directories, into ``Article``s.

Every reader turns bad input into a ``warta.errors.InputError`` naming the file
(and line); iterators yield such errors in place of articles so that a caller
can report them and go on with the rest.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .article import Article, content_hash, parse_published
from .errors import (
    BinaryInputError,
    DateError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    JSONLError,
)

#: one article above this size is refused (linear-time analysis is still kept below it)
MAX_ARTICLE_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}
_SURROGATE = re.compile("[\ud800-\udfff]")

ReadResult = Article | InputError


def decode(data: bytes, source: str = "<input>") -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM dropped), else cp1252 with a warning.

    Raises ``EmptyInputError`` for nothing but whitespace and ``BinaryInputError``
    for data that is not text (NUL bytes or many control characters).
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputTooLargeError(
            f"{len(data):,} bytes is more than the {MAX_ARTICLE_BYTES:,} allowed for one article",
            source=source,
        )
    sample = data[:65536]
    if b"\x00" in sample or (sample and sum(b in _CONTROL for b in sample) / len(sample) > 0.05):
        raise BinaryInputError("binary data, not text", source=source)
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        warnings.append(
            f"input is not valid UTF-8 (byte {exc.start}); decoded as cp1252 (Windows-1252)"
        )
    text = normalise_text(text)
    if not text.strip():
        raise EmptyInputError("empty input: no text to analyse", source=source)
    return text, warnings


def normalise_text(text: str) -> str:
    """Unify line ends, drop NUL characters and replace unpaired surrogates (JSON's
    ``"\\ud800"``: no UTF-8 for them) with U+FFFD; everything else is kept as written."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return text.replace("\x00", "")


def article_from_mapping(obj: Any, source: str, line: int | None = None) -> Article:
    """One JSONL object (``text`` plus optional ``id``, ``published``, ``title``,
    ``url``, ``source``) as an Article."""
    if not isinstance(obj, dict):
        raise JSONLError("expected a JSON object", source=source, line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise JSONLError('missing string field "text"', source=source, line=line)
    text = normalise_text(text)
    if not text.strip():
        raise EmptyInputError('"text" is empty', source=source, line=line)
    if len(text) > MAX_ARTICLE_BYTES:
        raise InputTooLargeError("article text too large", source=source, line=line)
    try:
        published = parse_published(obj.get("published"))
    except DateError as exc:
        raise JSONLError(exc.message, source=source, line=line) from None
    fields: dict[str, str | None] = {}
    for key in ("id", "title", "url", "source"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str | int):
            raise JSONLError(f'field "{key}" must be a string', source=source, line=line)
        fields[key] = _SURROGATE.sub("\ufffd", str(value)) if value is not None else None
    return Article(
        text=text,
        published=published,
        id=fields["id"] or content_hash(text),
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
    )


def iter_jsonl(stream: IO[bytes] | IO[str], source: str) -> Iterator[ReadResult]:
    """Articles from JSONL, one per line; a bad line yields a ``JSONLError``."""
    for number, raw in enumerate(stream, start=1):
        note = None
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", errors="replace")
                note = f"line {number} is not valid UTF-8; decoded as cp1252 (Windows-1252)"
        else:
            line = str(raw)
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield JSONLError(f"not valid JSON ({exc.msg}, column {exc.colno})", source=source, line=number)
            continue
        try:
            article = article_from_mapping(obj, source, number)
        except InputError as exc:
            yield exc
            continue
        yield dataclasses.replace(article, warnings=(note,)) if note else article


def read_text(data: bytes, source: str, **meta: Any) -> Article:
    """One plain-text article from bytes."""
    text, warnings = decode(data, source)
    published = parse_published(meta.pop("published", None))
    return Article(text=text, published=published, warnings=tuple(warnings), **meta)


def read_html(data: bytes, source: str, url: str | None = None) -> Article:
    """One HTML page: trafilatura extracts the body text, title, date and site name."""
    import trafilatura

    html, warnings = decode(data, source)
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    doc: dict[str, Any] = {}
    if extracted is not None:
        doc = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = normalise_text(doc.get("text") or "")
    if not text.strip():
        raise EmptyInputError("no article text found in the HTML", source=source)
    try:
        published = parse_published(doc.get("date"))
    except DateError:
        published = None
    return Article(
        text=text,
        published=published,
        title=doc.get("title"),
        url=doc.get("url") or url,
        source=doc.get("sitename") or doc.get("hostname"),
        warnings=tuple(warnings),
    )


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


def iter_path(path: Path) -> Iterator[ReadResult]:
    """Articles from a file (by suffix) or a directory (recursive, sorted)."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            suffix = child.suffix.lower()
            if suffix in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES:
                yield from iter_path(child)
        return
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from iter_jsonl(handle, source)
            return
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(data)):
            yield read_html(data, source, url=None)
        else:
            yield read_text(data, source)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=source)


def iter_stdin(stream: IO[bytes] | None = None, as_jsonl: bool = False) -> Iterator[ReadResult]:
    """Articles from standard input: one text, or JSONL lines when ``as_jsonl``."""
    stream = stream or sys.stdin.buffer
    if as_jsonl:
        yield from iter_jsonl(stream, "<stdin>")
        return
    data = stream.read()
    try:
        if _looks_like_html(data):
            yield read_html(data, "<stdin>")
        else:
            yield read_text(data, "<stdin>")
    except InputError as exc:
        yield exc


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[ReadResult]:
    """Articles from several paths; ``-`` is standard input."""
    for raw in paths:
        if str(raw) == "-":
            yield from iter_stdin()
            continue
        path = Path(raw)
        if not path.exists():
            yield InputError("no such file or directory", source=str(path))
            continue
        yield from iter_path(path)
