"""Loaders for the Indonesian resources in this folder (read lazily, cached).

Files: ``*.txt`` hold one entry per line (``#`` starts a comment); ``*.json`` hold
objects or lists. A test checks every file's integrity.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """Entries of a ``.txt`` resource: stripped, comments and blank lines dropped."""
    out = []
    for raw in _read(name).splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@functools.cache
def data(name: str) -> Any:
    """A parsed ``.json`` resource (treat as read-only)."""
    return json.loads(_read(name))


def names() -> list[str]:
    """Every resource file in this folder."""
    return sorted(
        p.name
        for p in resources.files(__name__).iterdir()
        if p.name.endswith((".txt", ".json", ".tsv"))
    )
