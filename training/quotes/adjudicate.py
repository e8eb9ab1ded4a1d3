"""Blind adjudication of the disagreements between a quote gold and the quote finder.

::

    python training/quotes/adjudicate.py make GOLD.json TEXTS_DIR OUT_DIR [--key KEY.json]
    python training/quotes/adjudicate.py apply GOLD.json DECISIONS.json KEY.json OUT.json

``make`` runs the finder over the gold's IndoSum articles and writes ``OUT_DIR/items.json``
for an adjudicator and the private key (``--key``, by default ``OUT_DIR/key.json``; keep it
away from the adjudicator). Items never say which side proposed what: a speaker difference
lists the two names in random order, and a missed gold record and a spurious finder record
are both asked as "is this a quote record, with this speaker?". The adjudicator answers
``A``/``B``/``SAME``/``OTHER: name`` or ``YES``/``YES-OTHER: name``/``NO`` per item in
``DECISIONS.json`` (``[{"item": N, "answer": "..."}]``). ``apply`` writes the adjudicated
gold and prints how many decisions went to each side. The texts are rebuilt from the shared
IndoSum files (``warta.eval.quotes.load_indosum``); nothing here stores article text.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from warta.eval.quotes import load_indosum, match, speaker_right  # noqa: E402
from warta.quoting import extract  # noqa: E402

SEED = 20261126


def disagreements(gold: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Speaker differences on matched records, missed gold records, spurious finds."""
    texts = {k: v["text"] for k, v in load_indosum(gold["articles"]).items()}
    out: list[dict[str, Any]] = []
    for aid, golds in gold["articles"].items():
        pred = extract(texts[aid])[0]
        pairs = match(pred, golds)
        for i, j in pairs:
            speaker = pred[i].speaker
            name = speaker.name if speaker is not None else None
            if not speaker_right(name, golds[j]):
                g = golds[j]
                out.append(
                    {
                        "type": "speaker",
                        "id": aid,
                        "gold_index": j,
                        "gold": g["speaker"],
                        "pred": name,
                        "start": g["start"],
                        "end": g["end"],
                    }
                )
        matched_g = {j for _i, j in pairs}
        matched_p = {i for i, _j in pairs}
        for j, g in enumerate(golds):
            if j not in matched_g:
                out.append(
                    {
                        "type": "missed",
                        "id": aid,
                        "gold_index": j,
                        "speaker": g["speaker"],
                        "kind": g["kind"],
                        "start": g["start"],
                        "end": g["end"],
                    }
                )
        for i, q in enumerate(pred):
            if i not in matched_p:
                out.append(
                    {
                        "type": "spurious",
                        "id": aid,
                        "speaker": q.speaker.name if q.speaker else None,
                        "kind": str(q.kind),
                        "start": q.start,
                        "end": q.end,
                        "cue": q.cue.text if q.cue else None,
                    }
                )
    return out, texts


def make(gold_path: Path, texts_dir: str, out_dir: Path, key_path: Path | None) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    found, texts = disagreements(gold)
    rng = random.Random(SEED)
    rng.shuffle(found)
    items: list[dict[str, Any]] = []
    key: list[dict[str, Any]] = []
    for n, d in enumerate(found, 1):
        text = texts[d["id"]]
        item: dict[str, Any] = {
            "item": n,
            "article": d["id"],
            "file": f"{texts_dir}/{d['id']}.txt",
            "span": [d["start"], d["end"]],
            "quote": text[d["start"] : d["end"]],
        }
        if d["type"] == "speaker":
            names = [d["gold"], d["pred"] or "(no speaker)"]
            rng.shuffle(names)
            item.update(
                {
                    "question": "speaker",
                    "A": names[0],
                    "B": names[1],
                    "answer_with": "A | B | SAME | OTHER: <fullest name>",
                }
            )
            key.append({**d, "A": names[0], "B": names[1]})
        else:
            item.update(
                {
                    "question": "record",
                    "proposed_kind": d["kind"],
                    "proposed_speaker": d["speaker"],
                    "answer_with": "YES | YES-OTHER: <fullest name> | NO",
                }
            )
            key.append(d)
        item["context"] = (
            text[max(0, d["start"] - 400) : d["start"]]
            + " <<< "
            + text[d["start"] : d["end"]]
            + " >>> "
            + text[d["end"] : d["end"] + 200]
        )
        items.append(item)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "items.json").write_text(
        json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (key_path or out_dir / "key.json").write_text(
        json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(len(items), "items")


def side(k: dict[str, Any], answer: str) -> str:
    """Which side a decision favours: gold, finder or neither."""
    up = answer.strip().upper()
    if k["type"] == "speaker":
        if up[:1] in ("A", "B") and not up.startswith("ANSWER"):
            pick = k["A"] if up[:1] == "A" else k["B"]
            return "gold" if pick == k["gold"] else "finder"
        return "neither"
    if up == "YES":
        return "gold" if k["type"] == "missed" else "finder"
    if up.startswith("NO"):
        return "finder" if k["type"] == "missed" else "gold"
    return "neither"


def apply(gold_path: Path, decisions_path: Path, key_path: Path, out_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    key = json.loads(key_path.read_text(encoding="utf-8"))
    decided = {
        int(d["item"]): str(d["answer"]).strip()
        for d in json.loads(decisions_path.read_text(encoding="utf-8"))
    }
    arts: dict[str, list[dict[str, Any]]] = gold["articles"]
    removed: set[tuple[str, int]] = set()
    sides = {"gold": 0, "finder": 0, "neither": 0}
    for n, k in enumerate(key, 1):
        answer = decided[n]
        up = answer.upper()
        sides[side(k, answer)] += 1
        named = answer.split(":", 1)[1].strip() if ":" in answer else None
        if k["type"] == "speaker":
            g = arts[k["id"]][k["gold_index"]]
            if up.startswith("SAME") and k["pred"]:
                g["aliases"] = [*(g.get("aliases") or []), k["pred"]]
            elif up[:1] in ("A", "B") and (pick := k[up[:1]]) != g["speaker"]:
                g["speaker"], g["aliases"] = pick, []
            elif up.startswith("OTHER") and named:
                g["speaker"], g["aliases"] = named, []
        elif k["type"] == "missed":
            if up.startswith("NO"):
                removed.add((k["id"], k["gold_index"]))
            elif up.startswith("YES-OTHER") and named:
                g = arts[k["id"]][k["gold_index"]]
                g["speaker"], g["aliases"] = named, []
        elif up.startswith("YES"):
            speaker = named if up.startswith("YES-OTHER") and named else k["speaker"]
            arts[k["id"]].append(
                {
                    "kind": k["kind"],
                    "start": k["start"],
                    "end": k["end"],
                    "speaker": speaker,
                    "aliases": [],
                    "cue": k.get("cue"),
                    "via": None,
                    "channel": None,
                }
            )
    for aid in arts:
        kept = [g for j, g in enumerate(arts[aid]) if (aid, j) not in removed]
        arts[aid] = sorted(kept, key=lambda g: g["start"])
    out_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(sides))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Blind adjudication of quote disagreements")
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make")
    m.add_argument("gold", type=Path)
    m.add_argument("texts_dir")
    m.add_argument("out_dir", type=Path)
    m.add_argument("--key", type=Path, default=None)
    a = sub.add_parser("apply")
    a.add_argument("gold", type=Path)
    a.add_argument("decisions", type=Path)
    a.add_argument("key", type=Path)
    a.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "make":
        make(args.gold, args.texts_dir, args.out_dir, args.key)
    else:
        apply(args.gold, args.decisions, args.key, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
