"""``warta analyze FILE|- [--input JSONL] [--published D] [--format json|jsonl|table]``."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..article import Article, parse_published
from ..errors import InputError
from ..ingest import iter_inputs, iter_jsonl, iter_stdin

if TYPE_CHECKING:
    from ..record import ArticleRecord


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "analyze",
        help="analyse articles and print their records",
        description="Analyse one article (a file or - for stdin) or a JSONL batch (--input).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="text, HTML or JSONL file; - for stdin")
    parser.add_argument("--input", "-i", action="append", default=[], metavar="JSONL",
                        help="JSONL batch: one article per line (text, id, published, title, url, source)")
    parser.add_argument("--published", "-p", metavar="YYYY-MM-DD",
                        help="publication date for inputs that carry none (anchor for relative dates)")
    parser.add_argument("--source", metavar="OUTLET", help="outlet name for inputs that carry none")
    parser.add_argument("--format", "-f", choices=("json", "jsonl", "table"), default=None,
                        help="json (default for one article), jsonl (default for batches) or table")
    parser.add_argument("--summary-size", type=int, default=3, metavar="N",
                        help="sentences in the summary (default 3)")
    parser.add_argument("--batch-size", type=int, default=32, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def _inputs(args: argparse.Namespace) -> Iterator[Article | InputError]:
    for raw in args.input:
        if raw == "-":
            yield from iter_stdin(as_jsonl=True)
            continue
        path = Path(raw)
        if not path.is_file():
            yield InputError("no such file", source=raw)
            continue
        with path.open("rb") as handle:
            yield from iter_jsonl(handle, raw)
    yield from iter_inputs(args.files)


def _analysed(
    articles: Iterator[Article], config: dict[str, dict[str, Any]], batch_size: int
) -> Iterator[ArticleRecord | str]:
    """Records in input order, or for an article the pipeline fails on, a message
    (``archive.local_mapper`` redoes a failing batch one article at a time)."""
    from ..archive import Failed, local_mapper

    for out in local_mapper(config, batch_size)(articles):
        yield f"article {out.article_id}: {out.message}" if isinstance(out, Failed) else out


def run(args: argparse.Namespace) -> int:
    from ..render import record_view

    if not args.files and not args.input:
        if sys.stdin.isatty():
            print("warta analyze: give a FILE, - for stdin, or --input FILE.jsonl", file=sys.stderr)
            return 2
        args.files = ["-"]
    published = parse_published(args.published)
    batch = bool(args.input) or len(args.files) > 1 or any(
        Path(f).suffix.lower() in {".jsonl", ".ndjson"} or Path(f).is_dir() for f in args.files if f != "-"
    )
    fmt = args.format or ("jsonl" if batch else "json")
    failures = 0

    def articles() -> Iterator[Article]:
        nonlocal failures
        for item in _inputs(args):
            if isinstance(item, InputError):
                failures += 1
                print(f"warta: error: {item}", file=sys.stderr)
                continue
            changes: dict[str, Any] = {}
            if item.published is None and published is not None:
                changes["published"] = published
            if item.source is None and args.source:
                changes["source"] = args.source
            yield dataclasses.replace(item, **changes) if changes else item

    config = {"summary": {"size": args.summary_size}}
    console = None
    if fmt == "table":
        from rich.console import Console

        console = Console()
    written = 0
    # the pipeline takes seconds to load: not worth it when every input is bad
    stream = articles()
    first = next(stream, None)
    records: Iterator[ArticleRecord | str] = iter(())
    if first is not None:
        records = _analysed(itertools.chain([first], stream), config, args.batch_size)
    for record in records:
        if isinstance(record, str):
            failures += 1
            print(f"warta: error: {record}", file=sys.stderr)
            continue
        if fmt == "jsonl":
            sys.stdout.write(record.to_json() + "\n")
        elif fmt == "json":
            sys.stdout.write(record.to_json(indent=2) + "\n")
        else:
            assert console is not None
            console.print(record_view(record))
            console.rule()
        written += 1
    sys.stdout.flush()
    if failures:
        print(f"warta: {written} analysed, {failures} failed", file=sys.stderr)
        return 1
    if not written:
        print(f"warta: error: no articles found in {', '.join(args.input + args.files)}", file=sys.stderr)
        return 1
    return 0
