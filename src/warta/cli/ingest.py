"""``warta ingest PATH... [--db warta.db|postgresql://...]``: a thin layer over
:func:`warta.archive.ingest_paths`."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..article import parse_published


def default_db() -> str:
    """``$WARTA_DB`` or ``warta.db`` in the current directory."""
    return os.environ.get("WARTA_DB") or "warta.db"


def existing_db(args: argparse.Namespace) -> str:
    """The archive to read: like :func:`default_db`, but a SQLite file must exist."""
    from ..errors import StoreError

    url = str(args.db or default_db())
    if not url.startswith(("postgresql://", "postgres://")):
        path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
        if path != ":memory:" and not Path(path).is_file():
            raise StoreError("no archive here; create one with `warta ingest PATH --db ...`",
                             source=path)
    return url


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=None, metavar="URL",
        help="archive: a SQLite file or postgresql://... (default $WARTA_DB or ./warta.db)",
    )


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "ingest",
        help="analyse inputs and store their records in the archive (idempotent, resumable)",
        description=(
            "Analyse .txt, .jsonl, .html files, directories (recursive) or - (stdin) and store "
            "the records. Articles already stored with the same text and date are skipped "
            "before analysis; records are committed in batches, so an interrupted ingest can "
            "simply be run again."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    add_db_argument(parser)
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date for inputs that carry none")
    parser.add_argument("--source", metavar="OUTLET", help="outlet for inputs that carry none")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N",
                        help="articles per nlp.pipe batch (default 32)")
    parser.add_argument("--commit-every", type=int, default=64, metavar="N",
                        help="records per transaction (default 64)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="analyse on N local Dask worker processes (needs warta[dask])")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="analyse on an existing Dask cluster, e.g. tcp://host:8786")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--json", action="store_true",
                        help="print the report as JSON on stdout")
    parser.set_defaults(func=run)


def make_mapper(args: argparse.Namespace, stack: contextlib.ExitStack) -> Any:
    """The per-article analysis for these arguments: None (the local pipeline) or, with
    ``--workers``/``--scheduler``, :func:`warta.distributed.dask_mapper` over a client
    that ``stack`` closes at the end of the ingest."""
    workers = getattr(args, "workers", None)
    scheduler = getattr(args, "scheduler", None)
    if not workers and not scheduler:
        return None
    from .. import distributed

    dask_client = stack.enter_context(distributed.client(workers=workers, scheduler=scheduler))
    return distributed.dask_mapper(dask_client)


def run(args: argparse.Namespace) -> int:
    from ..archive import ingest_paths

    published = parse_published(args.published)
    progress = not args.no_progress and sys.stderr.isatty()
    with contextlib.ExitStack() as stack:
        report = ingest_paths(
            args.paths,
            args.db or default_db(),
            mapper=make_mapper(args, stack),
            batch_size=args.batch_size,
            commit_every=args.commit_every,
            progress=progress,
            published=published,
            source=args.source,
        )
    print(report.summary(), file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    if report.seen == 0:
        print(f"warta ingest: no articles found in {', '.join(args.paths)} "
              "(looked for .txt, .jsonl, .html files)", file=sys.stderr)
        return 1
    return 0 if report.ok else 1
