"""Accuracy gate: the summariser keeps its ROUGE-1 lead over LEAD-3 on IndoSum test ids.

A fixed subset (the first ``articles`` test-split ids, in file order, deduplicated) is
analysed with the components the summary needs (dateline, sentences, summary); the figures
are pinned in ``summary_floors.json`` (``warta eval summary --limit 150 --minimal --json``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.eval import indosum
from warta.eval.summary import evaluate

FLOORS = json.loads(Path(__file__).with_name("summary_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result(shared: Path) -> dict[str, Any]:
    files = indosum.default_files(shared)
    if not files:
        pytest.skip(f"no IndoSum files in {shared / 'indosum'}")
    return evaluate(files, split="test", limit=FLOORS["articles"], minimal=True, oracle=False)


def test_subset_size(result: dict[str, Any]) -> None:
    assert result["articles"] == FLOORS["articles"]


def test_rouge1_floor(result: dict[str, Any]) -> None:
    got = result["scores"]["warta"]["rouge1"]
    floor = FLOORS["rouge1"]
    assert got >= floor - FLOORS["tolerance_rouge1"], f"ROUGE-1 {got:.2f} below floor {floor:.2f}"


def test_margin_over_lead3_floor(result: dict[str, Any]) -> None:
    got = result["margin_rouge1"]
    floor = FLOORS["margin_rouge1"]
    assert got >= floor - FLOORS["tolerance_margin"], (
        f"ROUGE-1 margin over LEAD-3 {got:+.2f} below floor {floor:+.2f}"
    )
