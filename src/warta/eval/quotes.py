"""``warta eval quotes [GOLD.json] [--articles JSONL]``: quote detection, speaker accuracy and
attributed-quote F1 against hand-made gold.

Gold format (``warta-quotes-gold/1``; the committed file is ``warta/eval/gold/quotes.json``
over ``../shared/data/kompas-dev/articles.jsonl``). It holds no article text, only offsets::

    {"format": "warta-quotes-gold/1", "corpus": "kompas-dev/articles.jsonl",
     "articles": {"ARTICLE-ID": [
        {"kind": "direct|indirect|mixed", "start": 812, "end": 955,
         "speaker": "Ali Mundakir", "aliases": ["Ali"],
         "cue": "ujarnya", "via": "Kompas.com" | null, "channel": "konferensi pers" | null}
     ]}}

Twenty-four gold sets ship with warta (``warta eval quotes kompas|indosum|indosum-blind|indosum-blind2`` .. ``indosum-blind18``, ``indosum-train1`` .. ``indosum-train4``):

- ``kompas`` (``gold/quotes.json``): development gold, all 50 kompas-dev articles, 266 quotes,
  annotated by reading the texts before the quote finder existed; rules were then tuned on it.
- ``indosum`` (``gold/quotes_indosum.json``, ``"text_source": "indosum"``): 16 IndoSum
  test-split articles from other outlets (CNN Indonesia, Antara, juara.net, ...), 75 quotes,
  picked at random (seed 20261125) and annotated blind; first measured at attributed F1 0.527,
  then used for tuning too.
- ``indosum-blind`` (``gold/quotes_indosum_blind.json``): the next 10 articles of that random
  order, 41 quotes, annotated after that tuning and first measured blind at attributed F1
  0.610 (detection F1 0.976); a few general fixes followed.
- ``indosum-blind2`` / ``indosum-blind3`` (15 articles each): annotated by separate sessions
  from these guidelines alone; their ``history`` fields give what was measured when (blind3,
  never seen by anyone changing the quote finder: attributed F1 0.742 at first sight).
- ``indosum-blind4`` .. ``indosum-blind15`` (24 IndoSum test-split articles each, picked by
  script): each annotated in two halves by separate sessions from these guidelines alone and
  checked by a further session, measured once at first sight after a round of rule changes
  (attributed F1 0.764, 0.822, 0.872, 0.838, 0.871, 0.810, 0.789, 0.739, 0.699, 0.829, 0.962,
  0.804; pooled over the 288 articles 0.817), then used as a development set for the next
  round; each file's ``history`` says what was measured when. Every first-sight
  disagreement was also judged by a further session with the sides hidden
  (``training/quotes/adjudicate.py``); the histories give the counts (nearly all for the gold).
- ``indosum-blind16`` .. ``indosum-blind18`` (24, 36 and 36 test-split articles, 678 quotes):
  annotated and checked the same way, measured at first sight before and after the round
  that used ``indosum-train1`` (pooled attributed F1 0.836 before, 0.838 after), then
  development sets.
- ``indosum-train1`` (``gold/quotes_indosum_train1.json``): 120 IndoSum *train*-split articles
  (751 quotes) picked by script, annotated blind in six parts by separate sessions from these
  guidelines alone and checked by further sessions: a larger first-sight measurement of the
  finder as it stood (attributed F1 0.867), then the development set of the next round.
- ``indosum-train2`` (``gold/quotes_indosum_train2.json``): 200 more train-split articles (1,108
  quotes, 500-6,000 characters with a cue word), annotated in eight parts and checked the same
  way; first sight after round 13: attributed F1 0.833 (0.832 before it); then a development set.
- ``indosum-train3`` (``gold/quotes_indosum_train3.json``): 100 more train-split articles (501
  quotes), annotated and checked the same way, measured at first sight after rounds 12, 13 and
  14 (attributed F1 0.845, 0.852, 0.843); then a development set.
- ``indosum-train4`` (``gold/quotes_indosum_train4.json``): 100 more train-split articles (591
  quotes), annotated and checked the same way, measured at first sight after rounds 13, 14 and
  15 (attributed F1 0.872 each time; via accuracy 0.627 -> 0.725 with round 15); then a
  development set.
  The IndoSum texts are ``warta.eval.indosum``'s detokenised running text, rebuilt from the
  shared IndoSum files at evaluation time (the gold holds offsets only).

``start``/``end`` are Python string offsets into the article ``text`` of the quoted content:
inside the marks for a direct quote; the reported clause for indirect speech (running to
the end of its sentence, so it may include a postposed cue). An article listed with an empty
list was read and holds no quote; articles not listed are not scored.

Annotation guidelines (what the gold was built by, reading each article, independently of
warta's output):

1. A quote is content attributed to a source by a cue. Direct: text between quotation
   marks presented as someone's words. Indirect: a clause reported after a verb of saying,
   stating, claiming, promising, warning, admitting, estimating or judging (mengatakan,
   menyatakan, menjelaskan, menyebut(kan), menyampaikan, menegaskan, menambahkan, mengaku(i),
   mengklaim, menjanjikan, berjanji, berdalih, menilai, berpendapat, memperingatkan,
   mengumumkan, memastikan, membenarkan, bilang, memperkirakan, memprediksi,
   memproyeksikan, memperhitungkan, melaporkan/mencatat with a clause, bersumpah), after
   "menurut X" / "sepengetahuan X" / "perkiraan X", around an inserted cue ("..., kata X,
   ...", "lanjut dia"), or with a passive cue ("seperti dijelaskan X", "diakui X").
   Mixed: a reported clause that holds a quoted fragment.
2. Not quotes: verbs of wanting, hoping, believing or realising (berharap, ingin, yakin,
   menyadari, menganggap), directives (mengimbau, meminta), verbs with only a noun object
   and no proposition ("mengkritik kebijakan", "menyayangkan cadangan devisa",
   "melaporkan data"), anaphoric statements with no content of their own ("menyampaikan
   hal itu", "Hal ini disampaikan X"), reports in a subordinate clause, scare quotes and
   titles in marks, the author's own first-person statements, impersonal sources
   ("ada yang memperkirakan", "pasar memperkirakan").
3. One record per stretch between marks (a quote broken by its cue gives two records with
   one speaker); one record per reporting sentence; a sentence that continues a report
   without a cue of its own is not a record. A quote in marks with no cue takes the
   speaker the reader would give it (usually the previous speaker).
4. ``speaker`` is the fullest name the article gives the source (a person over their
   organisation when a person speaks); ``aliases`` are the other forms the article uses
   (first or last name, acronym, "pemerintah Arab Saudi"); pronouns and "-nya" are
   resolved by reading; unnamed sources keep their description ("sejumlah analis").
5. ``via`` is the outlet the article took the words from ("seperti dikutip Dow Jones
   Newswires", "kepada Kontan", "pada Bloomberg"); ``channel`` where they were said
   ("konferensi pers", "keterangan tertulis", "laporan").
6. An outlet, poll or report that is the only source named for a statement is its speaker
   (an indirect quote, ``via`` null): "Dilansir dari NME, ...", "Mengutip Ace Showbiz, ...",
   "Diberitakan Reuters, ...", "..., seperti diberitakan Billboard", "..., seperti dikutip
   dari Reuters", "Menurut survei Lembaga Cermat untuk Kanal Sembilan, ..." (the pollster, not the outlet
   that ordered it). When a person's words come through an outlet ("kata X kepada CNN",
   "X, seperti dikutip Reuters, mengatakan", "Dilansir NME, X mengatakan ...") the person
   is the speaker and the outlet is ``via``. A list announced after an outlet ("Dilansir
   dari X, berikut ...") is no quote.

Scoring: a predicted quote matches a gold quote when their content spans overlap (one-to-one,
largest overlap first). Detection P/R/F1 count matches; speaker accuracy is over matched
pairs (right when the predicted name equals the gold name or an alias, case-insensitively);
attributed-quote P/R/F1 count matches whose speaker is right. Per-kind rows give recall and
speaker accuracy by gold kind; via and channel accuracy are over matched pairs whose gold
has one (a recall); via and channel precision are over matched pairs where warta gives one, so a
via or channel warta gives to a quote whose gold has none counts against it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..paths import shared_data
from ..record import Quote
from . import articles_by_id, prf

DEFAULT_GOLD = "gold/quotes.json"
DEFAULT_ARTICLES = "kompas-dev/articles.jsonl"
#: gold sets shipped with warta, by short name
BUILTIN = {
    "kompas": DEFAULT_GOLD,
    "indosum": "gold/quotes_indosum.json",
    "indosum-blind": "gold/quotes_indosum_blind.json",
    "indosum-blind2": "gold/quotes_indosum_blind2.json",
    "indosum-blind3": "gold/quotes_indosum_blind3.json",
    "indosum-blind4": "gold/quotes_indosum_blind4.json",
    "indosum-blind5": "gold/quotes_indosum_blind5.json",
    "indosum-blind6": "gold/quotes_indosum_blind6.json",
    "indosum-blind7": "gold/quotes_indosum_blind7.json",
    "indosum-blind8": "gold/quotes_indosum_blind8.json",
    "indosum-blind9": "gold/quotes_indosum_blind9.json",
    "indosum-blind10": "gold/quotes_indosum_blind10.json",
    "indosum-blind11": "gold/quotes_indosum_blind11.json",
    "indosum-blind12": "gold/quotes_indosum_blind12.json",
    "indosum-blind13": "gold/quotes_indosum_blind13.json",
    "indosum-blind14": "gold/quotes_indosum_blind14.json",
    "indosum-blind15": "gold/quotes_indosum_blind15.json",
    "indosum-blind16": "gold/quotes_indosum_blind16.json",
    "indosum-blind17": "gold/quotes_indosum_blind17.json",
    "indosum-blind18": "gold/quotes_indosum_blind18.json",
    "indosum-train1": "gold/quotes_indosum_train1.json",
    "indosum-train2": "gold/quotes_indosum_train2.json",
    "indosum-train3": "gold/quotes_indosum_train3.json",
    "indosum-train4": "gold/quotes_indosum_train4.json",
}


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_right: int = 0
    via_gold: int = 0
    via_pred: int = 0  # matched pairs where warta gives a via
    via_right: int = 0
    via_spurious: int = 0  # ... and the gold has none
    channel_gold: int = 0
    channel_pred: int = 0
    channel_right: int = 0
    channel_spurious: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "gold",
            "pred",
            "matched",
            "speaker_right",
            "via_gold",
            "via_pred",
            "via_right",
            "via_spurious",
            "channel_gold",
            "channel_pred",
            "channel_right",
            "channel_spurious",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


def _norm(name: str | None) -> str:
    return " ".join((name or "").lower().split())


def speaker_right(pred: str | None, gold: dict[str, Any]) -> bool:
    names = {_norm(gold.get("speaker"))} | {_norm(a) for a in gold.get("aliases") or []}
    return bool(pred) and _norm(pred) in names


def _loose(pred: str | None, gold: str | None) -> bool:
    a, b = _norm(pred), _norm(gold)
    return bool(a and b) and (a in b or b in a)


def match(pred: list[Quote], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) of overlapping spans, largest overlap first."""
    cands = []
    for i, q in enumerate(pred):
        for j, g in enumerate(gold):
            overlap = min(q.end, g["end"]) - max(q.start, g["start"])
            if overlap > 0:
                cands.append((overlap, i, j))
    cands.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _overlap, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def score_article(
    article_id: str,
    text: str,
    pred: list[Quote],
    gold: list[dict[str, Any]],
    by_kind: dict[str, Tally],
) -> Tally:
    tally = Tally(gold=len(gold), pred=len(pred))
    pairs = match(pred, gold)
    matched_g = {j for _i, j in pairs}
    matched_p = {i for i, _j in pairs}
    for kind in ("direct", "indirect", "mixed"):
        by_kind.setdefault(kind, Tally())
    for g in gold:
        by_kind[g["kind"]].gold += 1
    for q in pred:
        by_kind.setdefault(q.kind, Tally()).pred += 1
    for i, j in pairs:
        q, g = pred[i], gold[j]
        tally.matched += 1
        by_kind[g["kind"]].matched += 1
        name = q.speaker.name if q.speaker else None
        if speaker_right(name, g):
            tally.speaker_right += 1
            by_kind[g["kind"]].speaker_right += 1
        else:
            tally.errors.append(
                {
                    "id": article_id,
                    "type": "speaker",
                    "start": g["start"],
                    "gold": g["speaker"],
                    "pred": name,
                    "content": text[g["start"] : g["start"] + 60],
                }
            )
        via = q.via.name if q.via is not None else None
        if via:
            tally.via_pred += 1
        if g.get("via"):
            tally.via_gold += 1
            if _loose(via, g["via"]):
                tally.via_right += 1
        elif via:
            tally.via_spurious += 1
            tally.errors.append(
                {
                    "id": article_id,
                    "type": "spurious_via",
                    "start": g["start"],
                    "pred": via,
                    "content": text[g["start"] : g["start"] + 60],
                }
            )
        if q.channel:
            tally.channel_pred += 1
        if g.get("channel"):
            tally.channel_gold += 1
            if _loose(q.channel, g["channel"]):
                tally.channel_right += 1
        elif q.channel:
            tally.channel_spurious += 1
            tally.errors.append(
                {
                    "id": article_id,
                    "type": "spurious_channel",
                    "start": g["start"],
                    "pred": q.channel,
                    "content": text[g["start"] : g["start"] + 60],
                }
            )
    for j, g in enumerate(gold):
        if j not in matched_g:
            tally.errors.append(
                {
                    "id": article_id,
                    "type": "missed",
                    "start": g["start"],
                    "gold": g["speaker"],
                    "kind": g["kind"],
                    "content": text[g["start"] : g["start"] + 60],
                }
            )
    for i, q in enumerate(pred):
        if i not in matched_p:
            tally.errors.append(
                {
                    "id": article_id,
                    "type": "spurious",
                    "start": q.start,
                    "pred": q.speaker.name if q.speaker else None,
                    "kind": q.kind,
                    "content": text[q.start : q.start + 60],
                }
            )
    return tally


def load_gold(path: Path | None) -> dict[str, Any]:
    """A gold file; ``None`` or ``kompas`` is the committed Kompas development gold,
    ``indosum`` / ``indosum-blind`` the committed held-out IndoSum golds."""
    if path is None or str(path) in BUILTIN:
        name = BUILTIN[str(path or "kompas")]
        raw = resources.files("warta.eval").joinpath(name).read_text(encoding="utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    gold: dict[str, Any] = json.loads(raw)
    if "articles" not in gold:
        raise ValueError("quote gold needs an 'articles' object (see warta.eval.quotes)")
    return gold


def load_indosum(ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """IndoSum articles as warta reads them (``warta.eval.indosum``'s running text)."""
    from . import indosum

    return {
        a.id: {"id": a.id, "text": a.text, "published": None}
        for a in indosum.read(indosum.default_files(), ids=ids)
    }


def load_articles(path: Path) -> dict[str, dict[str, Any]]:
    """Articles JSONL rows by id (kept for callers of this module)."""
    return articles_by_id(path)


Extractor = Callable[[str, str | None], list[Quote]]


def standalone_extractor() -> Extractor:
    """The quote finder alone (no entity linking): fast and independent of other components."""
    from ..quoting import extract

    def run(text: str, published: str | None) -> list[Quote]:
        return extract(text)[0]

    return run


def pipeline_extractor() -> Extractor:
    """The whole warta pipeline, as ``warta analyze`` runs it."""
    from .. import pipeline
    from ..article import parse_published

    nlp = pipeline.load(disable=("summary",))

    def run(text: str, published: str | None) -> list[Quote]:
        doc = nlp.make_doc(text)
        try:
            doc._.published = parse_published(published) if published else None
        except Exception:  # noqa: BLE001 - a bad date is not this scorer's business
            doc._.published = None
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        return list(doc._.quotes or [])

    return run


@dataclass
class Report:
    total: Tally
    by_kind: dict[str, Tally]
    articles: int

    def figures(self) -> dict[str, Any]:
        t = self.total
        p, r, f = prf(t.matched, t.pred, t.gold)
        ap, ar, af = prf(t.speaker_right, t.pred, t.gold)
        out: dict[str, Any] = {
            "articles": self.articles,
            "gold": t.gold,
            "predicted": t.pred,
            "matched": t.matched,
            "detection": {"p": p, "r": r, "f1": f},
            "speaker_accuracy": t.speaker_right / t.matched if t.matched else 0.0,
            "attributed": {"p": ap, "r": ar, "f1": af},
            # recall over matched pairs whose gold has one; precision over matched pairs where
            # warta gives one (a via on a quote whose gold has none is wrong there)
            "via_accuracy": t.via_right / t.via_gold if t.via_gold else None,
            "via_precision": t.via_right / t.via_pred if t.via_pred else None,
            "channel_accuracy": t.channel_right / t.channel_gold if t.channel_gold else None,
            "channel_precision": t.channel_right / t.channel_pred if t.channel_pred else None,
            "via_counts": {
                "gold": t.via_gold,
                "predicted": t.via_pred,
                "right": t.via_right,
                "spurious": t.via_spurious,
            },
            "channel_counts": {
                "gold": t.channel_gold,
                "predicted": t.channel_pred,
                "right": t.channel_right,
                "spurious": t.channel_spurious,
            },
            "by_kind": {},
        }
        for kind, k in self.by_kind.items():
            out["by_kind"][kind] = {
                "gold": k.gold,
                "predicted": k.pred,
                "matched": k.matched,
                "recall": k.matched / k.gold if k.gold else None,
                "speaker_accuracy": k.speaker_right / k.matched if k.matched else None,
            }
        return out


def evaluate(
    gold: dict[str, Any],
    articles: dict[str, dict[str, Any]],
    extractor: Extractor,
    ids: Iterable[str] | None = None,
) -> Report:
    total = Tally()
    by_kind: dict[str, Tally] = {}
    wanted = list(ids) if ids is not None else list(gold["articles"])
    n = 0
    for article_id in wanted:
        if article_id not in articles:
            raise KeyError(f"gold article {article_id!r} is not in the articles file")
        row = articles[article_id]
        pred = extractor(row["text"], row.get("published"))
        total.add(
            score_article(article_id, row["text"], pred, gold["articles"][article_id], by_kind)
        )
        n += 1
    return Report(total, by_kind, n)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold",
        nargs="?",
        type=Path,
        default=None,
        help="gold JSON, or 'kompas' (default: the committed Kompas development "
        "gold), 'indosum', 'indosum-blind', 'indosum-blind2' .. 'indosum-blind18', 'indosum-train1' .. 'indosum-train4' (the committed IndoSum golds)",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=None,
        help=f"articles JSONL with id and text (default: shared data {DEFAULT_ARTICLES})",
    )
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="run the whole warta pipeline (entity linking) instead of the quote finder alone",
    )
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def run(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
    if gold.get("text_source") == "indosum" and args.articles is None:
        articles = load_indosum(gold["articles"])
        if not articles:
            print("warta eval quotes: IndoSum files not found in the shared data", file=sys.stderr)
            return 2
    else:
        articles_path = args.articles or shared_data() / DEFAULT_ARTICLES
        if not articles_path.is_file():
            print(f"warta eval quotes: articles file not found: {articles_path}", file=sys.stderr)
            return 2
        articles = load_articles(articles_path)
    extractor = pipeline_extractor() if args.pipeline else standalone_extractor()
    report = evaluate(gold, articles, extractor)
    figures = report.figures()
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _print(figures, "pipeline" if args.pipeline else "quote finder alone")
    if args.errors:
        for err in report.total.errors:
            print(json.dumps(err, ensure_ascii=False))
    return 0


def _print(f: dict[str, Any], mode: str) -> None:
    d, a = f["detection"], f["attributed"]
    print(
        f"quotes ({mode}): {f['articles']} articles, {f['gold']} gold, {f['predicted']} predicted, "
        f"{f['matched']} matched"
    )
    print(f"{'':24}{'P':>7}{'R':>7}{'F1':>7}")
    print(f"{'detection (overlap)':24}{d['p']:7.3f}{d['r']:7.3f}{d['f1']:7.3f}")
    print(f"{'attributed quote':24}{a['p']:7.3f}{a['r']:7.3f}{a['f1']:7.3f}")
    print(f"speaker accuracy (matched): {f['speaker_accuracy']:.3f}")
    for what in ("via", "channel"):
        n = f[f"{what}_counts"]
        if f[f"{what}_accuracy"] is not None:
            print(
                f"{what} accuracy (matched, gold has {what}): {f[f'{what}_accuracy']:.3f} "
                f"({n['right']}/{n['gold']})"
            )
        if f[f"{what}_precision"] is not None:
            print(
                f"{what} precision (matched, warta gives {what}): "
                f"{f[f'{what}_precision']:.3f} ({n['right']}/{n['predicted']}; "
                f"{n['spurious']} where the gold has none)"
            )
    print(f"{'kind':10}{'gold':>6}{'pred':>6}{'match':>7}{'recall':>8}{'speaker':>9}")
    for kind, k in f["by_kind"].items():
        rec = "-" if k["recall"] is None else f"{k['recall']:.3f}"
        spk = "-" if k["speaker_accuracy"] is None else f"{k['speaker_accuracy']:.3f}"
        print(f"{kind:10}{k['gold']:6}{k['predicted']:6}{k['matched']:7}{rec:>8}{spk:>9}")
