"""Accuracy gate: warta's TIMEX3 figures on its gold sets must stay at their floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval import timex as ev

FLOORS = json.loads((Path(__file__).parent / "timex_floors.json").read_text(encoding="utf-8"))
GOLDS = ("kompas", "heldout", "blind2", "blind3", "blind4", "blind5")
BLIND_SIZES = {"blind2": 15, "blind3": 15, "blind4": 24, "blind5": 24}
CASES = [(gold, metric) for gold in GOLDS for metric in FLOORS[gold]]
GOLD_DIR = Path(ev.__file__).parent / "gold" / "timex"


@pytest.fixture(scope="module")
def figures(shared: Path) -> dict[str, dict[str, float]]:
    kompas = ev.kompas_docs(articles=shared / "kompas-dev" / "articles.jsonl")
    heldout = ev.indosum_docs(folder=shared / "indosum")
    assert len(kompas) >= 20 and len(heldout) >= 20
    out = {"kompas": ev.score(kompas, ev.warta_spans), "heldout": ev.score(heldout, ev.warta_spans)}
    for name, size in BLIND_SIZES.items():
        docs = ev.indosum_docs(GOLD_DIR / f"indosum-{name}.json", folder=shared / "indosum")
        assert len(docs) == size
        out[name] = ev.score(docs, ev.warta_spans)
    return out


@pytest.mark.parametrize(("gold", "metric"), CASES)
def test_timex_floor(figures: dict[str, dict[str, float]], gold: str, metric: str) -> None:
    floor = FLOORS[gold][metric] - FLOORS["tolerance"]
    got = figures[gold][metric]
    assert got >= floor, f"{gold} {metric} {got:.4f} < floor {floor:.4f}"
