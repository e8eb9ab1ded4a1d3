"""``warta eval KIND ...``: scorers on gold data; each kind lives in ``warta.eval.<kind>``.

An eval module exposes ``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

KINDS = {
    "sentences": "sentence boundary F1 on UD Indonesian, with spaCy's sentencizer as reference",
    "timex": "TIMEX3 recognition and normalisation on TimeML files",
    "ner": "entity F1: IndoLEM 5-fold protocol on NER UI / NER UGM, idner-news-2k dev",
    "quotes": "quote detection, speaker accuracy and attributed-quote F1",
    "amounts": "amount detection, value accuracy and category F1",
    "summary": "ROUGE-1/2/L against IndoSum references, with LEAD-3 and ORACLE",
}


def register(sub: Any, load_kinds: bool = True) -> None:
    """Add ``warta eval``; ``load_kinds=False`` skips importing the scorers (another command
    is running, and they import spaCy)."""
    parser = sub.add_parser("eval", help="measure warta on gold data")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND")
    for kind, help_text in KINDS.items():
        kind_parser = kinds.add_parser(kind, help=help_text, description=help_text)
        if not load_kinds:
            continue
        try:
            module = importlib.import_module(f"warta.eval.{kind}")
        except ModuleNotFoundError:
            kind_parser.set_defaults(func=_missing(kind))
            continue
        module.add_arguments(kind_parser)
        kind_parser.set_defaults(func=module.run)
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def _missing(kind: str) -> Any:
    def run(args: argparse.Namespace) -> int:
        import sys

        print(f"warta eval {kind}: not available in this build", file=sys.stderr)
        return 2

    return run
