"""Scorers behind ``warta eval``: one module per kind, and the helpers they share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def prf(hit: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``hit`` matches among ``system`` and ``gold`` items."""
    p = hit / system if system else 0.0
    r = hit / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def articles_by_id(path: Path) -> dict[str, dict[str, Any]]:
    """The rows of an articles JSONL file, by their ``id``."""
    out: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                out[str(row["id"])] = row
    return out
