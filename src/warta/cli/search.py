"""``warta search [QUERY] [filters]``: a thin layer over :meth:`warta.store.Store.search`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..article import parse_published
from ..store import SearchQuery, SearchResult, expand_categories
from .ingest import add_db_argument, existing_db


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "search",
        help="search the archive: full text plus speaker, entity, date and category filters",
        description=(
            "Find articles (with their matching quotes and amounts). Examples: "
            "warta search --speaker GUR --category CASUALTY (every casualty count attributed "
            "to GUR); warta search --speaker Kirby --since 2024-12-01 --until 2024-12-31."
        ),
    )
    parser.add_argument("query", nargs="*", metavar="QUERY",
                        help='words (ANDed), "a phrase", prefix*, -exclude, a OR b')
    add_db_argument(parser)
    parser.add_argument("--speaker", help="quotes by this speaker (name or alias, whole words)")
    parser.add_argument("--entity", help="articles that mention this entity (name or alias)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="published on or after")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="published on or before")
    parser.add_argument("--timex-since", metavar="YYYY-MM-DD",
                        help="mentions a date on or after (with --speaker: in the quote)")
    parser.add_argument("--timex-until", metavar="YYYY-MM-DD",
                        help="mentions a date on or before (with --speaker: in the quote)")
    parser.add_argument("--category", action="append", default=[], metavar="CAT",
                        help="amount category: KILL, WOUND, ..., or CASUALTY (repeatable, or a,b)")
    parser.add_argument("--outlet", help="source outlet contains this")
    parser.add_argument("--format", "-f", choices=("table", "json"), default="table")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="articles (default 20)")
    parser.add_argument("--offset", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def build_query(args: argparse.Namespace) -> SearchQuery:
    try:
        category = expand_categories(args.category)
    except ValueError as exc:
        raise SystemExit(f"warta search: {exc}") from None
    return SearchQuery(
        text=" ".join(args.query) or None,
        speaker=args.speaker,
        entity=args.entity,
        since=parse_published(args.since),
        until=parse_published(args.until),
        timex_since=parse_published(args.timex_since),
        timex_until=parse_published(args.timex_until),
        category=category,
        outlet=args.outlet,
        limit=args.limit,
        offset=args.offset,
    )


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def print_table(result: SearchResult) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(soft_wrap=False)
    shown = len(result.hits)
    console.print(f"{result.total} article(s); showing {shown}", style="bold", highlight=False)
    for hit in result.hits:
        head = Text()
        head.append(f"{hit.published or '????-??-??'}  ", style="cyan")
        head.append(hit.title or hit.id, style="bold")
        head.append(f"  [{hit.id}]" + (f"  {hit.source}" if hit.source else ""), style="dim")
        console.print(head)
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        console.print(Text("  ") + snippet)
        if hit.quotes:
            table = Table(show_header=True, header_style="dim", box=None, padding=(0, 1))
            table.add_column("speaker", no_wrap=True)
            table.add_column("kind", no_wrap=True)
            table.add_column("quote")
            table.add_column("dates", no_wrap=True)
            for q in hit.quotes:
                table.add_row(*(Text(x) for x in (q.speaker or "?", q.kind, q.text, ", ".join(q.dates))))
            console.print(table)
        if hit.amounts:
            table = Table(show_header=True, header_style="dim", box=None, padding=(0, 1))
            for col in ("category", "value", "text", "speaker"):
                table.add_column(col)
            for a in hit.amounts:
                value = _num(a.value) or f"{_num(a.low)}-{_num(a.high)}"
                table.add_row(*(Text(x) for x in (a.category or "", value, a.text, a.speaker or "")))
            console.print(table)
        console.print()


def run(args: argparse.Namespace) -> int:
    from ..archive import search

    query = build_query(args)
    result = search(query, existing_db(args))
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print_table(result)
    return 0
