"""``warta schema``: print the JSON Schema of the record."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: Any) -> None:
    parser = sub.add_parser("schema", help="print the JSON Schema of ArticleRecord")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..record import json_schema

    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
