"""The archive's public functions: ingest inputs into a store, search it, export it.

Ingest is idempotent and resumable: each article is keyed by its id and a hash of
what affects its analysis (:func:`warta.store.article_hash`); an article already
stored with the same hash is skipped *before* it is analysed, and records are
committed in batches, each batch one transaction. Killing an ingest and running it
again therefore loses nothing and duplicates nothing.

The per-article analysis is a *mapper*: a function from an iterable of
``Article`` to an iterable of ``ArticleRecord`` (or :class:`Failed` for an article
it could not analyse), in any order. :func:`local_mapper` runs the pipeline in this
process; a parallel engine (Dask) plugs in by passing its own ``mapper``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .article import Article
from .errors import InputError, ModelError
from .ingest import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    iter_jsonl,
    iter_path,
    iter_stdin,
)
from .record import ArticleRecord
from .store import SearchQuery, SearchResult, Store, article_hash, open_store


@dataclass(frozen=True)
class Failed:
    """What a mapper yields for an article it could not analyse."""

    article_id: str
    message: str


Mapper = Callable[[Iterable[Article]], Iterable["ArticleRecord | Failed"]]


@dataclass
class Failure:
    """An input that was not stored, and why."""

    source: str
    line: int | None
    message: str
    id: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


@dataclass
class IngestReport:
    """What an ingest did: counts of articles and the failures with their reasons."""

    db: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.new + self.updated + self.unchanged + len(self.failed)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "db": self.db,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": len(self.failed),
            "failures": [
                {"source": f.source, "line": f.line, "id": f.id, "message": f.message}
                for f in self.failed
            ],
            "seconds": round(self.seconds, 3),
        }

    def summary(self, max_failures: int = 20) -> str:
        rate = (self.new + self.updated) / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"{self.seen} article(s) in {self.seconds:.1f}s ({rate:.1f} analysed/s) -> {self.db}: "
            f"new {self.new}, updated {self.updated}, unchanged {self.unchanged}, "
            f"failed {len(self.failed)}"
        ]
        for failure in self.failed[:max_failures]:
            lines.append(f"  failed: {failure}")
        if len(self.failed) > max_failures:
            lines.append(f"  ... and {len(self.failed) - max_failures} more failure(s)")
        return "\n".join(lines)


# -- reading, with where each article came from -----------------------------------
Located = tuple["Article | InputError", str, "int | None"]
INPUT_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES


class _LineCounter:
    """Wraps a binary stream; ``line`` is the number of the line last read."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.line = 0

    def __iter__(self) -> Iterator[bytes]:
        for raw in self.stream:
            self.line += 1
            yield raw


def _iter_jsonl_located(stream: IO[bytes], source: str) -> Iterator[Located]:
    counter = _LineCounter(stream)
    for item in iter_jsonl(counter, source):  # type: ignore[arg-type]
        line = item.line if isinstance(item, InputError) else counter.line
        yield item, source, line


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
    return [path]


def iter_located(paths: Iterable[str | Path], stdin: IO[bytes] | None = None) -> Iterator[Located]:
    """``(Article or InputError, source, line)`` for every input in ``paths``
    (files by suffix, directories recursively, ``-`` for standard input: JSONL when
    its first character is ``{``, else one article)."""
    for raw in paths:
        if str(raw) == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read()
            if data.lstrip()[:1] == b"{":
                yield from _iter_jsonl_located(io.BytesIO(data), "<stdin>")
            else:
                for item in iter_stdin(io.BytesIO(data)):
                    yield item, "<stdin>", None
            continue
        path = Path(raw)
        if not path.exists():
            yield InputError("no such file or directory", source=str(path)), str(path), None
            continue
        for file in _files(path):
            source = str(file)
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        yield from _iter_jsonl_located(handle, source)
                except OSError as exc:
                    yield InputError(f"cannot read: {exc.strerror or exc}", source=source), source, None
            else:
                for item in iter_path(file):
                    yield item, source, None


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many articles ``paths`` hold (cheap: JSONL lines are counted, not parsed);
    None when standard input is among them."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        if not path.exists():
            total += 1
            continue
        for file in _files(path):
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


# -- analysis ----------------------------------------------------------------------
def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def local_mapper(
    config: Mapping[str, Mapping[str, Any]] | None = None, batch_size: int = 32
) -> Mapper:
    """The pipeline in this process (``nlp.pipe`` in batches). A batch that raises is
    redone one article at a time, so that one bad article fails alone."""

    def mapper(articles: Iterable[Article]) -> Iterator[ArticleRecord | Failed]:
        from . import analyze_article, analyze_many

        for chunk in _chunks(articles, batch_size):
            try:
                records = list(analyze_many(chunk, config=config, batch_size=batch_size))
            except ModelError:
                raise  # the pipeline cannot run at all: stop rather than fail every article
            except Exception:
                records = []
            if len(records) == len(chunk):
                yield from records
                continue
            for article in chunk:
                try:
                    yield analyze_article(article, config=config)
                except ModelError:
                    raise
                except Exception as exc:  # reported, never fatal for the others
                    yield Failed(article.id, f"analysis failed ({type(exc).__name__}: {exc})")

    return mapper


# -- ingest --------------------------------------------------------------------------
class _Progress:
    """A tqdm bar on stderr (articles/s and ETA), or nothing."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total, unit="art", file=sys.stderr, dynamic_ncols=True, desc="ingest",
                smoothing=0.1,
            )

    def update(self, n: int, report: IngestReport) -> None:
        if self.bar is not None and n:
            self.bar.update(n)
            self.bar.set_postfix(
                new=report.new + report.updated, same=report.unchanged, failed=len(report.failed),
                refresh=False,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def ingest_articles(
    items: Iterable[Located | Article],
    store: Store,
    *,
    mapper: Mapper | None = None,
    commit_every: int = 64,
    commit_seconds: float = 10.0,
    progress: bool = False,
    total: int | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    check_every: int = 256,
) -> IngestReport:
    """The ingest core: skip what is stored, analyse the rest with ``mapper``, commit
    in batches (at least every ``commit_every`` records or ``commit_seconds``).

    ``items`` are Articles or ``(Article | InputError, source, line)`` triples;
    ``published``/``source`` fill in inputs that carry none.
    """
    mapper = mapper or local_mapper()
    report = IngestReport(db=store.url)
    started = time.monotonic()
    bar = _Progress(progress, total)
    pending: dict[str, tuple[str, bool, str, int | None]] = {}
    seen: dict[str, str] = {}

    def located() -> Iterator[Located]:
        for item in items:
            if isinstance(item, Article):
                yield item, "<input>", None
            else:
                yield item

    def fill(article: Article) -> Article:
        changes: dict[str, Any] = {}
        if published is not None and article.published is None:
            changes["published"] = published
        if source is not None and not article.source:
            changes["source"] = source
        return dataclasses.replace(article, **changes) if changes else article

    def to_analyse() -> Iterator[Article]:
        chunk: list[tuple[Article, str, int | None]] = []

        def release() -> Iterator[Article]:
            stored = store.known([a.id for a, _, _ in chunk])
            skipped = 0
            for article, src, line in chunk:
                hash_ = seen[article.id]
                if stored.get(article.id) == hash_:
                    report.unchanged += 1
                    skipped += 1
                    continue
                pending[article.id] = (hash_, article.id in stored, src, line)
                yield article
            bar.update(skipped, report)
            chunk.clear()

        for item, src, line in located():
            if isinstance(item, InputError):
                report.failed.append(Failure(item.source or src, item.line or line, item.message))
                bar.update(1, report)
                continue
            article = fill(item)
            hash_ = article_hash(article.text, article.published)
            if article.id in seen:
                if seen[article.id] == hash_:
                    report.unchanged += 1  # the same article twice in the input
                else:
                    report.failed.append(Failure(
                        src, line, f"id {article.id!r} already used for another text in this "
                        "input (kept the first)", article.id,
                    ))
                bar.update(1, report)
                continue
            seen[article.id] = hash_
            chunk.append((article, src, line))
            if len(chunk) >= check_every:
                yield from release()
        if chunk:
            yield from release()

    buffer: list[ArticleRecord] = []
    hashes: list[str] = []
    located_at: dict[str, tuple[str, int | None]] = {}
    last_commit = time.monotonic()

    def flush() -> None:
        nonlocal last_commit
        if buffer:
            try:
                results = [store.upsert(buffer, hashes)]
            except Exception:
                # one bad record must not sink the batch: store them one by one
                results = []
                for record, hash_ in zip(buffer, hashes, strict=True):
                    try:
                        results.append(store.upsert([record], [hash_]))
                    except Exception as exc:
                        src, line = located_at.get(record.id, ("<input>", None))
                        report.failed.append(Failure(
                            src, line, f"cannot store: {type(exc).__name__}: {exc}", record.id))
            for result in results:
                report.new += len(result.inserted)
                report.updated += len(result.replaced)
                report.unchanged += len(result.unchanged)
            bar.update(len(buffer), report)
            buffer.clear()
            hashes.clear()
            located_at.clear()
        last_commit = time.monotonic()

    try:
        for out in mapper(to_analyse()):
            if isinstance(out, Failed):
                info = pending.pop(out.article_id, None)
                src, line = (info[2], info[3]) if info else ("<input>", None)
                report.failed.append(Failure(src, line, out.message, out.article_id))
                bar.update(1, report)
                continue
            info = pending.pop(out.id, None)
            if info is None:
                report.failed.append(
                    Failure("<mapper>", None, f"record {out.id!r} matches no input article", out.id)
                )
                continue
            buffer.append(out)
            hashes.append(info[0])
            located_at[out.id] = (info[2], info[3])
            if len(buffer) >= commit_every or time.monotonic() - last_commit >= commit_seconds:
                flush()
        flush()
    except KeyboardInterrupt:
        flush()  # what is analysed is complete: keep it
        raise
    finally:
        bar.close()
        report.seconds = time.monotonic() - started
    if report.new + report.updated >= 1000:
        store.optimize()
    for article_id, (_, _, src, line) in pending.items():
        report.failed.append(Failure(src, line, "the analysis returned no record", article_id))
    return report


def ingest_paths(
    paths: Sequence[str | Path],
    db: str | Store | None = None,
    *,
    mapper: Mapper | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    batch_size: int = 32,
    commit_every: int = 64,
    commit_seconds: float = 10.0,
    progress: bool = False,
    published: dt.date | None = None,
    source: str | None = None,
    stdin: IO[bytes] | None = None,
) -> IngestReport:
    """Read ``paths`` (files, directories, ``-``) and store their records in ``db``
    (a URL/path or an open Store; default ``./warta.db``). See :func:`ingest_articles`."""
    store = db if isinstance(db, Store) else open_store(db)
    try:
        total = count_inputs(paths) if progress else None
        return ingest_articles(
            iter_located(paths, stdin=stdin),
            store,
            mapper=mapper or local_mapper(config, batch_size),
            commit_every=commit_every,
            commit_seconds=commit_seconds,
            progress=progress,
            total=total,
            published=published,
            source=source,
        )
    finally:
        if not isinstance(db, Store):
            store.close()


def search(query: SearchQuery, db: str | Store | None = None) -> SearchResult:
    """Search the archive (see :mod:`warta.store.base` for what a hit is)."""
    store = db if isinstance(db, Store) else open_store(db)
    try:
        return store.search(query)
    finally:
        if not isinstance(db, Store):
            store.close()


def export(
    fmt: str,
    output: IO[str] | IO[bytes] | str | Path,
    db: str | Store | None = None,
    **options: Any,
) -> int:
    """Write the archive in ``fmt`` (jsonl, csv, parquet, gkg); returns the rows written."""
    from .export import export_store

    store = db if isinstance(db, Store) else open_store(db)
    try:
        return export_store(store, fmt, output, **options)
    finally:
        if not isinstance(db, Store):
            store.close()
