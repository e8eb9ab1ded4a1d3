"""Accuracy gate: the shipped NER model must not drop below its pinned floor."""

from __future__ import annotations

import json
from pathlib import Path

from warta.eval.ner import evaluate_file

FLOORS = json.loads((Path(__file__).parent / "ner_floors.json").read_text())


def test_idner_dev_f1(shared: Path) -> None:
    gold = shared / "ner" / "idner-news-2k" / "dev.txt"
    result = evaluate_file(gold)
    floor = FLOORS["idner_dev_f1"] - FLOORS["tolerance"]
    assert result["f1"] >= floor, f"idner-news-2k dev F1 {result['f1']} < floor {floor}"
