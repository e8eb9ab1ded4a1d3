"""Accuracy gate for amounts: the eval figures must not fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval.amounts import default_gold, evaluate, nerugm_recall

FLOORS = json.loads((Path(__file__).parent / "amounts_floors.json").read_text(encoding="utf-8"))
TOL = float(FLOORS["tolerance"])


def test_gold_figures_hold(shared: Path) -> None:
    paths = default_gold()
    # the blind sets are not in the eval's default selection: scored here by name
    gold_dir = paths[0].parent
    paths += [gold_dir / name for name in FLOORS if name.endswith(".json")]
    paths = list(dict.fromkeys(paths))
    assert all(p.is_file() for p in paths)
    _, per = evaluate(paths, shared)
    for name, floors in FLOORS.items():
        if not name.endswith(".json"):
            continue
        figures = per[name].figures()
        for key, floor in floors.items():
            assert figures[key] >= floor - TOL, f"{name} {key}: {figures[key]:.4f} < floor {floor}"


def test_nerugm_quantity_recall_holds(shared: Path) -> None:
    if not (shared / "ner" / "nerugm" / "nerugm.txt").is_file():
        pytest.skip("NER UGM not in the shared data")
    figures = nerugm_recall(shared)
    for key, floor in FLOORS["nerugm"].items():
        assert figures[key] >= floor - TOL, f"NER UGM {key}: {figures[key]:.4f} < floor {floor}"
