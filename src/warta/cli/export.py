"""``warta export --format jsonl|csv|parquet|gkg``: a thin layer over
:func:`warta.archive.export`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..export import CSV_ROWS, FORMATS, ExportError
from .ingest import add_db_argument, existing_db


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "export",
        help="export the archive as JSONL, CSV, Parquet or a GKG-style TSV",
        description=(
            "jsonl: full records; csv: one row per article (--rows quotes: per quote, "
            "--rows amounts: per amount); parquet: full records as typed columns (needs "
            "warta[parquet]); gkg: GDELT GKG-style TSV."
        ),
    )
    parser.add_argument("--format", "-f", choices=FORMATS, required=True)
    add_db_argument(parser)
    parser.add_argument("--output", "-o", metavar="FILE", default="-",
                        help="where to write (default stdout; parquet needs a FILE)")
    parser.add_argument("--rows", choices=CSV_ROWS, default="articles",
                        help="CSV: one row per article (default), quote or amount")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..archive import export

    if args.output == "-":
        if args.format == "parquet":
            if sys.stdout.isatty():
                raise ExportError("parquet is binary: give --output FILE")
            n = export(args.format, sys.stdout.buffer, existing_db(args), rows=args.rows)
        else:
            n = export(args.format, sys.stdout, existing_db(args), rows=args.rows)
    else:
        n = export(args.format, args.output, existing_db(args), rows=args.rows)
    print(f"warta export: {n} row(s) written", file=sys.stderr)
    return 0
