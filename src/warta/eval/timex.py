"""``warta eval timex``: TIMEX3 recognition and normalisation, TempEval-3 style.

Protocol
--------
- Gold comes from TimeML files (``TIMEX3`` tags inside ``TEXT``, the document creation time
  in ``DCT``) or, with ``--kompas``, from warta's own development gold: article ids,
  character offsets, types, values and mods in ``eval/gold/timex/kompas-dev.json``, joined
  on the fly with the texts of ``../shared/data/kompas-dev/articles.jsonl`` (no article text
  is stored in the project). ``--write-timeml DIR`` writes those as TimeML files.
  ``--heldout`` uses ``eval/gold/timex/indosum-heldout.json``: 36 IndoSum articles annotated
  by reading them before warta was run on them (offsets into the tokenised text, see
  :func:`indosum_text`; the DCT is the date of the Unix time that opens each IndoSum id).
- warta reads each text with the DCT as its publication date (the ``timexes`` recogniser
  alone, as the component runs it).
- Matching as TempEval-3: *strict* = identical offsets; *relaxed* = any overlap, one-to-one
  (each gold expression pairs with the first unused system expression overlapping it).
  P = matched / system, R = matched / gold. *Type accuracy* and *value accuracy* are over
  relaxed matches; *value F1* counts a relaxed match with the identical value as correct
  (P = correct / system, R = correct / gold), as TempEval-3's value F1.
- The dateparser baseline is ``search_dates(text, languages=['id'], settings=
  {RELATIVE_BASE: DCT at midnight, PREFER_DATES_FROM: 'past', DATE_ORDER: 'DMY'})``, each
  returned substring placed at its next occurrence in the text. dateparser returns a
  datetime without granularity, so its value counts as correct when the datetime agrees with
  the gold value at the gold value's own granularity (day, month, year, clock time): a
  reading generous to dateparser. It has no durations, sets or PAST/PRESENT/FUTURE_REF.
- Speed: words (whitespace-separated) per second over all texts, best of ``--repeat`` runs,
  for warta and for dateparser in the same process; the ratio is warta / dateparser.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..paths import shared_data
from ..temporal import find_timexes
from . import articles_by_id, prf

GOLD_NAME = "kompas-dev.json"
HELDOUT_NAME = "indosum-heldout.json"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass
class GoldDoc:
    id: str
    text: str
    dct: dt.date
    timexes: list[Span] = field(default_factory=list)


# ---------------------------------------------------------------------------- reading gold
def gold_path() -> Path:
    """The packaged kompas-dev gold (ids and offsets only)."""
    return Path(str(resources.files("warta.eval").joinpath("gold", "timex", GOLD_NAME)))


def kompas_docs(gold: Path | None = None, articles: Path | None = None) -> list[GoldDoc]:
    """Gold documents: packaged offsets joined with the shared kompas-dev texts."""
    gold = gold or gold_path()
    articles = articles or shared_data() / "kompas-dev" / "articles.jsonl"
    texts = articles_by_id(articles)
    spec = json.loads(gold.read_text(encoding="utf-8"))
    docs: list[GoldDoc] = []
    for art in spec["articles"]:
        row = texts.get(art["id"])
        if row is None:
            raise KeyError(f"{gold}: article {art['id']} not in {articles}")
        y, m, d = (int(x) for x in str(art["published"]).split("-"))
        spans = [
            Span(t["start"], t["end"], t["type"], t["value"], t.get("mod")) for t in art["timexes"]
        ]
        docs.append(GoldDoc(art["id"], row["text"], dt.date(y, m, d), spans))
    return docs


def indosum_text(row: dict[str, Any]) -> str:
    """An IndoSum article as running text: tokens and sentences joined by a space,
    paragraphs by a blank line (the text the held-out gold offsets point into)."""
    return "\n\n".join(
        " ".join(" ".join(sentence) for sentence in paragraph) for paragraph in row["paragraphs"]
    )


def indosum_docs(gold: Path | None = None, folder: Path | None = None) -> list[GoldDoc]:
    """Held-out gold: offsets into IndoSum dev articles (see ``indosum-heldout.json``);
    each gold article names its file in ``folder`` (default ``../shared/data/indosum``)."""
    gold = gold or gold_path().with_name(HELDOUT_NAME)
    folder = folder or shared_data() / "indosum"
    spec = json.loads(gold.read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    for name in sorted({art.get("file", "dev.02.jsonl") for art in spec["articles"]}):
        wanted = {art["id"] for art in spec["articles"] if art.get("file", "dev.02.jsonl") == name}
        with open(folder / name, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line) if line.strip() else None
                if row and row["id"] in wanted and row["id"] not in texts:
                    texts[row["id"]] = indosum_text(row)
    docs = []
    for art in spec["articles"]:
        if art["id"] not in texts:
            raise KeyError(f"{gold}: article {art['id']} not in {folder}")
        spans = [
            Span(t["start"], t["end"], t["type"], t["value"], t.get("mod")) for t in art["timexes"]
        ]
        docs.append(
            GoldDoc(art["id"], texts[art["id"]], dt.date.fromisoformat(art["published"]), spans)
        )
    return docs


def _walk(node: ET.Element, parts: list[str], spans: list[Span], length: list[int]) -> None:
    if node.text:
        parts.append(node.text)
        length[0] += len(node.text)
    for child in node:
        start = length[0]
        _walk(child, parts, spans, length)
        if child.tag == "TIMEX3":
            spans.append(
                Span(
                    start,
                    length[0],
                    child.get("type", "DATE"),
                    child.get("value", ""),
                    child.get("mod"),
                )
            )
        if child.tail:
            parts.append(child.tail)
            length[0] += len(child.tail)


def read_timeml(path: Path) -> GoldDoc:
    """One TimeML file: the TEXT's plain text, its TIMEX3 spans and the DCT date."""
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    dct_value = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct_value = timex.get("value")
            break
    if dct_value is None:
        dct = root.find("DCT")
        dct_value = "".join(dct.itertext()).strip() if dct is not None else ""
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", dct_value or "")
    if not match:
        raise ValueError(f"{path}: no document creation time (DCT)")
    text_node = root.find("TEXT")
    if text_node is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    spans: list[Span] = []
    _walk(text_node, parts, spans, [0])
    docid = root.findtext("DOCID") or path.stem
    dct_date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return GoldDoc(docid.strip(), "".join(parts), dct_date, sorted(spans, key=lambda s: s.start))


def write_timeml(doc: GoldDoc, path: Path) -> None:
    """Write a gold document as a TimeML file."""
    out = [html.escape(doc.text[0:0])]
    pos = 0
    for i, t in enumerate(sorted(doc.timexes, key=lambda s: s.start), start=1):
        out.append(html.escape(doc.text[pos : t.start], quote=False))
        mod = f' mod="{t.mod}"' if t.mod else ""
        out.append(
            f'<TIMEX3 tid="t{i}" type="{t.type}" value="{html.escape(t.value)}"{mod}>'
            f"{html.escape(doc.text[t.start : t.end], quote=False)}</TIMEX3>"
        )
        pos = t.end
    out.append(html.escape(doc.text[pos:], quote=False))
    dct = doc.dct.isoformat()
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{html.escape(doc.id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(out)}</TEXT>\n</TimeML>\n",
        encoding="utf-8",
    )


# ---------------------------------------------------------------------------- systems
def warta_spans(doc: GoldDoc) -> list[Span]:
    timexes, _ = find_timexes(doc.text, doc.dct)
    return [Span(t.start, t.end, t.type, t.value, t.mod) for t in timexes]


def dateparser_spans(doc: GoldDoc) -> list[Span]:
    from dateparser.search import search_dates

    base = dt.datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    try:
        found = search_dates(doc.text, languages=["id"], settings=settings) or []
    except Exception:  # noqa: BLE001 - a baseline that crashes scores nothing
        found = []
    out: list[Span] = []
    pos = 0
    for sub, when in found:
        start = doc.text.find(sub, pos)
        if start < 0:
            start = doc.text.find(sub)
            if start < 0:
                continue
        end = start + len(sub)
        pos = end
        clock = bool(re.search(r"\d[.:]\d\d|pukul|jam", sub, re.IGNORECASE))
        value = when.strftime("%Y-%m-%dT%H:%M") if clock else when.date().isoformat()
        out.append(Span(start, end, "TIME" if clock else "DATE", value))
    return sorted(out, key=lambda s: s.start)


def _generous_value(gold: str, system: str) -> bool:
    """dateparser's datetime agrees with the gold value at the gold's granularity."""
    if gold == system:
        return True
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}:\d{2}))?", gold)
    if not m or gold.startswith(("P", "X")) or "W" in gold or "Q" in gold or "H" in gold[5:6]:
        return False
    want = m.group(1)
    if m.group(2):
        want += "-" + m.group(2)
    if m.group(3):
        want += "-" + m.group(3)
    if m.group(4):
        want += "T" + m.group(4)
    return system.startswith(want)


# ---------------------------------------------------------------------------- scoring
@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def match(
    gold: Sequence[Span],
    system: Sequence[Span],
    same_value: Callable[[str, str], bool] = str.__eq__,
) -> tuple[Counts, list[tuple[Span | None, Span | None]]]:
    """TempEval-3 counts for one document, and the aligned pairs (for error listings)."""
    counts = Counts(gold=len(gold), system=len(system))
    used: set[int] = set()
    pairs: list[tuple[Span | None, Span | None]] = []
    for g in gold:
        partner = None
        for j, s in enumerate(system):
            if j in used or s.end <= g.start or s.start >= g.end:
                continue
            partner = j
            break
        if partner is None:
            pairs.append((g, None))
            continue
        used.add(partner)
        s = system[partner]
        pairs.append((g, s))
        counts.relaxed += 1
        counts.strict += (s.start, s.end) == (g.start, g.end)
        counts.type_ok += s.type == g.type
        counts.value_ok += same_value(g.value, s.value)
    pairs.extend((None, s) for j, s in enumerate(system) if j not in used)
    return counts, pairs


def figures(c: Counts) -> dict[str, float]:
    sp, sr, sf = prf(c.strict, c.system, c.gold)
    rp, rr, rf = prf(c.relaxed, c.system, c.gold)
    vp, vr, vf = prf(c.value_ok, c.system, c.gold)
    return {
        "gold": c.gold,
        "system": c.system,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rf,
        "type_accuracy": c.type_ok / c.relaxed if c.relaxed else 0.0,
        "value_accuracy": c.value_ok / c.relaxed if c.relaxed else 0.0,
        "type_f1": rf * (c.type_ok / c.relaxed if c.relaxed else 0.0),
        "value_p": vp,
        "value_r": vr,
        "value_f1": vf,
    }


def score(
    docs: Sequence[GoldDoc],
    system: Callable[[GoldDoc], list[Span]],
    same_value: Callable[[str, str], bool] = str.__eq__,
    errors: list[str] | None = None,
) -> dict[str, float]:
    total = Counts()
    for doc in docs:
        counts, pairs = match(doc.timexes, system(doc), same_value)
        total.add(counts)
        if errors is not None:
            for g, s in pairs:
                if (
                    g is not None
                    and s is not None
                    and same_value(g.value, s.value)
                    and (g.start, g.end) == (s.start, s.end)
                ):
                    continue
                gtxt = f"{doc.text[g.start : g.end]!r} {g.type} {g.value}" if g else "-"
                stxt = f"{doc.text[s.start : s.end]!r} {s.type} {s.value}" if s else "-"
                errors.append(f"{doc.id}\tgold: {gtxt}\tsystem: {stxt}")
    return figures(total)


def words_per_second(
    docs: Sequence[GoldDoc], system: Callable[[GoldDoc], Any], repeat: int
) -> float:
    words = sum(len(d.text.split()) for d in docs)
    best = float("inf")
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for doc in docs:
            system(doc)
        best = min(best, time.perf_counter() - t0)
    return words / best if best > 0 else float("inf")


def evaluate(
    docs: Sequence[GoldDoc],
    *,
    baseline: bool = True,
    repeat: int = 3,
    errors: list[str] | None = None,
) -> dict[str, Any]:
    """Figures for warta (and dateparser) on gold documents."""
    result: dict[str, Any] = {
        "documents": len(docs),
        "words": sum(len(d.text.split()) for d in docs),
        "warta": score(docs, warta_spans, errors=errors),
    }
    result["warta"]["words_per_s"] = words_per_second(docs, warta_spans, repeat)
    if baseline:
        result["dateparser"] = score(docs, dateparser_spans, _generous_value)
        result["dateparser"]["words_per_s"] = words_per_second(docs, dateparser_spans, 1)
        result["speed_ratio"] = result["warta"]["words_per_s"] / result["dateparser"]["words_per_s"]
    return result


# ---------------------------------------------------------------------------- command
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path, help="TimeML files or folders of *.tml/*.xml"
    )
    parser.add_argument(
        "--kompas",
        action="store_true",
        help="use warta's kompas-dev gold joined with ../shared/data/kompas-dev",
    )
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="use the held-out gold on 36 IndoSum articles (../shared/data/indosum)",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        help="gold offsets JSON (default: the packaged kompas-dev); "
        "a file whose articles name an IndoSum ``file`` is read as IndoSum gold",
    )
    parser.add_argument("--articles", type=Path, help="articles.jsonl the gold offsets point into")
    parser.add_argument(
        "--write-timeml", type=Path, metavar="DIR", help="write the gold as TimeML files into DIR"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs for warta (best of)")
    parser.add_argument("--errors", action="store_true", help="list warta's mismatches on stderr")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def _collect(paths: Iterable[Path]) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for path in paths:
        files = (
            sorted(p for p in path.rglob("*") if p.suffix in (".tml", ".xml"))
            if path.is_dir()
            else [path]
        )
        docs.extend(read_timeml(f) for f in files)
    return docs


def _is_indosum_gold(path: Path) -> bool:
    """True for a gold file over IndoSum articles (each article names its IndoSum ``file``)."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    return any("file" in art for art in spec.get("articles", []))


def run(args: argparse.Namespace) -> int:
    try:
        docs = _collect(args.paths)
        if args.heldout:
            docs.extend(indosum_docs())
        if args.gold and _is_indosum_gold(args.gold):
            docs.extend(indosum_docs(args.gold))
        elif args.kompas or args.gold or not (args.paths or args.heldout):
            docs.extend(kompas_docs(args.gold, args.articles))
    except (OSError, ValueError, KeyError, ET.ParseError) as exc:
        print(f"warta eval timex: {exc}", file=sys.stderr)
        return 2
    if args.write_timeml:
        args.write_timeml.mkdir(parents=True, exist_ok=True)
        for doc in docs:
            write_timeml(doc, args.write_timeml / f"{doc.id}.tml")
        print(f"wrote {len(docs)} TimeML files to {args.write_timeml}", file=sys.stderr)
    errors: list[str] | None = [] if args.errors else None
    result = evaluate(docs, baseline=not args.no_baseline, repeat=args.repeat, errors=errors)
    if errors:
        print("\n".join(errors), file=sys.stderr)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    systems = [name for name in ("warta", "dateparser") if name in result]
    print(
        f"TIMEX3 on {result['documents']} documents, {result['words']} words, "
        f"{result['warta']['gold']} gold expressions"
    )
    rows = [
        ("strict P / R / F1", "strict_p", "strict_r", "strict_f1"),
        ("relaxed P / R / F1", "relaxed_p", "relaxed_r", "relaxed_f1"),
        ("value P / R / F1", "value_p", "value_r", "value_f1"),
    ]
    print(f"{'':24}" + "".join(f"{name:>24}" for name in systems))
    for label, p, r, f in rows:
        cells = "".join(
            f"{result[s][p]:>8.3f}{result[s][r]:>8.3f}{result[s][f]:>8.3f}" for s in systems
        )
        print(f"{label:24}{cells}")
    for label, key in (("type accuracy", "type_accuracy"), ("value accuracy", "value_accuracy")):
        print(f"{label:24}" + "".join(f"{result[s][key]:>24.3f}" for s in systems))
    print(f"{'words/s':24}" + "".join(f"{result[s]['words_per_s']:>24,.0f}" for s in systems))
    if "speed_ratio" in result:
        print(f"warta is {result['speed_ratio']:.1f}x dateparser's speed")
    return 0
