"""Builds warta's spaCy ``Language``: a blank Indonesian pipeline with warta's components."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .lang.id.language import WartaIndonesian

#: (component name, factory) in the order they run
PIPELINE: tuple[tuple[str, str], ...] = (
    ("dateline", "warta_dateline"),
    ("sentences", "warta_sentences"),
    ("entities", "warta_entities"),
    ("aliases", "warta_aliases"),
    ("timexes", "warta_timexes"),
    ("quotes", "warta_quotes"),
    ("amounts", "warta_amounts"),
    ("summary", "warta_summary"),
)
COMPONENTS: tuple[str, ...] = tuple(name for name, _ in PIPELINE)


def build(
    config: Mapping[str, Mapping[str, Any]] | None = None,
    disable: Iterable[str] = (),
) -> Language:
    """A fresh pipeline. ``config`` maps a component name to its factory settings,
    e.g. ``{"summary": {"size": 5}}``; ``disable`` leaves components out."""
    config = config or {}
    unknown = set(config) - set(COMPONENTS)
    if unknown:
        raise ValueError(f"unknown component(s): {', '.join(sorted(unknown))}")
    skip = set(disable)
    nlp = WartaIndonesian()
    nlp.max_length = 50_000_000
    for name, factory in PIPELINE:
        if name in skip:
            continue
        nlp.add_pipe(factory, name=name, config=dict(config.get(name, {})))
    return nlp


@functools.lru_cache(maxsize=8)
def _cached(key: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...], disable: tuple[str, ...]) -> Language:
    return build({name: dict(items) for name, items in key}, disable)


def load(
    config: Mapping[str, Mapping[str, Any]] | None = None, disable: Iterable[str] = ()
) -> Language:
    """The shared pipeline for these settings, built once per process and then reused."""
    key = tuple(sorted((name, tuple(sorted(cfg.items()))) for name, cfg in (config or {}).items()))
    return _cached(key, tuple(sorted(disable)))
