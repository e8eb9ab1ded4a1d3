"""The quote gold is reproducible: a second, independent annotation of indosum-blind16..18
(``training/quotes/agreement/``) agrees with the committed gold, scored by the measure of
``warta eval quotes``. Guards the gold against careless edits; needs no shared data."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _agreement() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "quote_agreement", ROOT / "training" / "quotes" / "agreement.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_second_annotation_covers_the_same_articles() -> None:
    agreement = _agreement()
    for reference, second in agreement.PAIRS:
        ref = json.loads(reference.read_text(encoding="utf-8"))
        other = json.loads(second.read_text(encoding="utf-8"))
        assert set(ref["articles"]) == set(other["articles"]), second.name


def test_annotators_agree_in_both_directions() -> None:
    agreement = _agreement()
    forward = dict.fromkeys(("gold", "pred", "matched", "right"), 0)
    reverse = dict(forward)
    for reference, second in agreement.PAIRS:
        ref = json.loads(reference.read_text(encoding="utf-8"))
        other = json.loads(second.read_text(encoding="utf-8"))
        for total, counts in (
            (forward, agreement.tally(ref, other)),
            (reverse, agreement.tally(other, ref)),
        ):
            for key, value in counts.items():
                total[key] += value
    assert forward["gold"] == reverse["pred"] == 678
    for counts in (forward, reverse):
        figures = agreement.figures(counts)
        assert figures["attributed_f1"] >= 0.98, figures
        assert figures["speaker_accuracy"] >= 0.99, figures


def test_tally_counts_a_wrong_speaker_and_a_missed_record() -> None:
    agreement = _agreement()
    reference = {
        "articles": {
            "x": [
                {
                    "kind": "direct",
                    "start": 0,
                    "end": 10,
                    "speaker": "Ana Wibowo",
                    "aliases": ["Ana"],
                },
                {"kind": "indirect", "start": 20, "end": 40, "speaker": "Budi", "aliases": []},
            ]
        }
    }
    other = {
        "articles": {
            "x": [
                {"kind": "direct", "start": 2, "end": 9, "speaker": "Ana", "aliases": []},
                {"kind": "indirect", "start": 50, "end": 60, "speaker": "Budi", "aliases": []},
            ]
        }
    }
    assert agreement.tally(reference, other) == {"gold": 2, "pred": 2, "matched": 1, "right": 1}
