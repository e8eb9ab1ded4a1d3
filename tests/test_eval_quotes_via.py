"""Via and channel scoring in ``warta eval quotes``: a via or channel warta gives to a quote
whose gold has none must count against it (precision), not go unseen."""

from __future__ import annotations

from typing import Any

from warta.eval.quotes import Report, Tally, score_article
from warta.record import Quote, Speaker, Via

TEXT = '"Kami siap bekerja," kata Budi. "Harga naik," ujar Sari kepada Warta Pagi.'


def _gold(
    start: int, end: int, speaker: str, via: str | None, channel: str | None
) -> dict[str, Any]:
    return {
        "kind": "direct",
        "start": start,
        "end": end,
        "speaker": speaker,
        "aliases": [],
        "cue": "kata",
        "via": via,
        "channel": channel,
    }


def _quote(start: int, end: int, speaker: str, via: str | None, channel: str | None) -> Quote:
    return Quote(
        kind="direct",
        start=start,
        end=end,
        text=TEXT[start:end],
        speaker=Speaker(name=speaker),
        via=Via(name=via) if via else None,
        channel=channel,
    )


def _figures(pred: list[Quote], gold: list[dict[str, Any]]) -> dict[str, Any]:
    by_kind: dict[str, Tally] = {}
    tally = score_article("a1", TEXT, pred, gold, by_kind)
    return Report(tally, by_kind, 1).figures()


def test_spurious_via_and_channel_lower_precision_not_accuracy() -> None:
    gold = [_gold(1, 18, "Budi", None, None), _gold(33, 43, "Sari", "Warta Pagi", None)]
    pred = [
        _quote(1, 18, "Budi", "Kabar Kota", "konferensi pers"),
        _quote(33, 43, "Sari", "Warta Pagi", None),
    ]
    f = _figures(pred, gold)
    assert f["via_accuracy"] == 1.0  # the one gold via is found
    assert f["via_precision"] == 0.5  # ... but a via was also given where the gold has none
    assert f["via_counts"] == {"gold": 1, "predicted": 2, "right": 1, "spurious": 1}
    assert f["channel_accuracy"] is None  # no gold channel
    assert f["channel_precision"] == 0.0
    assert f["channel_counts"] == {"gold": 0, "predicted": 1, "right": 0, "spurious": 1}


def test_wrong_via_counts_against_both_and_no_prediction_leaves_precision_undefined() -> None:
    gold = [_gold(1, 18, "Budi", "Warta Pagi", "keterangan tertulis")]
    f = _figures([_quote(1, 18, "Budi", "Kabar Kota", "keterangan tertulis")], gold)
    assert f["via_accuracy"] == 0.0 and f["via_precision"] == 0.0
    assert f["via_counts"]["spurious"] == 0  # wrong, not spurious: the gold has a via
    assert f["channel_accuracy"] == 1.0 and f["channel_precision"] == 1.0
    f = _figures([_quote(1, 18, "Budi", None, None)], gold)
    assert f["via_accuracy"] == 0.0 and f["via_precision"] is None
