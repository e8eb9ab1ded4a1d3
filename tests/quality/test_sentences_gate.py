"""Accuracy gate: warta's sentence-boundary F1 on UD Indonesian stays at its floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval.sentences import TREEBANKS, Score, evaluate

FLOORS = json.loads((Path(__file__).with_name("sentences_floors.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores(shared: Path) -> dict[str, Score]:
    root = shared / "ud"
    missing = [f for files in TREEBANKS.values() for f in files if not (root / f).is_file()]
    if missing:
        pytest.skip(f"UD files missing in {root}: {', '.join(missing)}")
    return {s.treebank: s for s in evaluate(root, systems=("warta",))}


@pytest.mark.parametrize("treebank", sorted(FLOORS["f1"]))
def test_f1_floor(scores: dict[str, Score], treebank: str) -> None:
    floor = FLOORS["f1"][treebank]
    got = scores[treebank].f1
    assert got >= floor - FLOORS["tolerance"], f"{treebank}: F1 {got:.4f} below floor {floor:.4f}"


def test_every_treebank_has_a_floor() -> None:
    assert set(FLOORS["f1"]) == set(TREEBANKS)
