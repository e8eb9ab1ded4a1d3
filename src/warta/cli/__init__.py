"""``warta`` command line: one module per command, each a thin layer over a public function.

A command module exposes ``register(subparsers)``, which adds its parser and sets
``func`` (taking the parsed ``argparse.Namespace``, returning an exit code).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import WartaError
from . import analyze, eval, export, ingest, schema, search, serve

COMMANDS = (analyze, ingest, search, export, serve, eval, schema)


def make_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``warta`` parser. With ``argv``, the eval scorers (which import spaCy) are only
    loaded when the command is ``eval``, so other commands start fast."""
    parser = argparse.ArgumentParser(
        prog="warta",
        description="Structured, attributed, time-anchored knowledge from Indonesian news.",
    )
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        if module is eval:
            eval.register(sub, load_kinds=argv is None or "eval" in argv)
        else:
            module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except WartaError as exc:
        print(f"warta: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
