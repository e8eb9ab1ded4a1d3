"""Inter-annotator agreement on quote gold: a second annotation scored as if it were a system.

::

    python training/quotes/agreement.py            # the committed second annotations
    python training/quotes/agreement.py A.json B.json [A2.json B2.json ...]

Each pair is (reference gold, second annotation) over the same articles. The second
annotation is scored with exactly the measure of ``warta eval quotes`` (spans overlapping,
speaker right when it is the reference's speaker or one of its aliases), in both directions:
how well annotator 2 reproduces annotator 1, and the reverse. Only offsets and names are read;
the texts are not needed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from warta.eval.quotes import prf, score_article  # noqa: E402
from warta.record import Quote, Speaker  # noqa: E402

HERE = Path(__file__).resolve().parent / "agreement"
GOLD = ROOT / "src" / "warta" / "eval" / "gold"
PAIRS = [
    (GOLD / f"quotes_indosum_blind{n}.json", HERE / f"quotes_indosum_blind{n}_second.json")
    for n in (16, 17, 18)
]


def _as_quotes(records: list[dict[str, Any]]) -> list[Quote]:
    return [
        Quote(
            kind=r["kind"],
            start=r["start"],
            end=r["end"],
            text="",
            speaker=Speaker(name=r["speaker"]) if r.get("speaker") else None,
        )
        for r in records
    ]


def tally(reference: dict[str, Any], other: dict[str, Any]) -> dict[str, int]:
    """Counts for ``other`` scored against ``reference`` (articles of the reference only),
    by ``warta eval quotes``' own :func:`~warta.eval.quotes.score_article`."""
    counts = {"gold": 0, "pred": 0, "matched": 0, "right": 0}
    for article_id, gold in reference["articles"].items():
        pred = _as_quotes(other["articles"].get(article_id, []))
        scored = score_article(article_id, "", pred, gold, {})
        counts["gold"] += scored.gold
        counts["pred"] += scored.pred
        counts["matched"] += scored.matched
        counts["right"] += scored.speaker_right
    return counts


def figures(counts: dict[str, int]) -> dict[str, float]:
    _p, _r, detection = prf(counts["matched"], counts["pred"], counts["gold"])
    p, r, attributed = prf(counts["right"], counts["pred"], counts["gold"])
    return {
        "detection_f1": detection,
        "attributed_p": p,
        "attributed_r": r,
        "attributed_f1": attributed,
        "speaker_accuracy": counts["right"] / counts["matched"] if counts["matched"] else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="pairs: REFERENCE SECOND ...")
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("give the files in pairs: REFERENCE SECOND")
    pairs = list(zip(args.files[::2], args.files[1::2], strict=True)) or PAIRS
    total = {"forward": dict.fromkeys(("gold", "pred", "matched", "right"), 0)}
    total["reverse"] = dict(total["forward"])
    for ref_path, second_path in pairs:
        ref = json.loads(ref_path.read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        if set(ref["articles"]) != set(second["articles"]):
            print(f"{second_path.name}: not the same articles as {ref_path.name}", file=sys.stderr)
            return 2
        for direction, counts in (("forward", tally(ref, second)), ("reverse", tally(second, ref))):
            for key, value in counts.items():
                total[direction][key] += value
            shown = {k: round(v, 3) for k, v in figures(counts).items()}
            print(f"{ref_path.stem} {direction}: {counts} {shown}")
    for direction, counts in total.items():
        shown = {k: round(v, 3) for k, v in figures(counts).items()}
        print(f"pooled {direction}: {counts} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
