"""Accuracy gate: warta's TIMEX3 figures on the kompas-dev gold must stay at their floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval import timex as ev

FLOORS = json.loads((Path(__file__).parent / "timex_floors.json").read_text(encoding="utf-8"))
METRICS = [k for k in FLOORS if not k.startswith("_") and k != "tolerance"]


@pytest.fixture(scope="module")
def figures(shared: Path) -> dict[str, float]:
    docs = ev.kompas_docs(articles=shared / "kompas-dev" / "articles.jsonl")
    assert len(docs) >= 20
    return ev.score(docs, ev.warta_spans)


@pytest.mark.parametrize("metric", METRICS)
def test_timex_floor(figures: dict[str, float], metric: str) -> None:
    floor = FLOORS[metric] - FLOORS["tolerance"]
    assert figures[metric] >= floor, f"{metric} {figures[metric]:.4f} < floor {floor:.4f}"
