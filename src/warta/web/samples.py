"""A tiny hand-written archive for demos and tests (``warta serve --demo``).

Three short made-up articles, written for warta, with their records built by hand (offsets
found with ``str.find``), so the pages can be shown without running the pipeline or opening a
database. The third one carries a script-injection payload on purpose: every page must show it
as text.
"""

from __future__ import annotations

from typing import Any

from ..record import Amount, ArticleRecord, Cue, Entity, Quote, Sentence, Span, Speaker, Timex

XSS_TITLE = 'Uji <script>window.__pwned = 1; alert("judul")</script> keamanan'
XSS_BODY = '<img src=x onerror="window.__pwned=2;alert(2)">'
XSS_SCRIPT = "<script>window.__pwned = 3; alert(3)</script>"


def _span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.find(piece, after)
    if start < 0:
        raise ValueError(f"{piece!r} not in the sample text")
    return start, start + len(piece)


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] in " \n") and not text[start : i + 1].rstrip().endswith(('"', "”")):
            out.append(Sentence(start=start, end=i + 1))
            start = i + 2
    if start < len(text):
        out.append(Sentence(start=start, end=len(text)))
    return out


def _entity(text: str, eid: str, label: str, name: str, pieces: list[str], **extra: Any) -> Entity:
    mentions, at = [], 0
    for piece in pieces:
        start, end = _span(text, piece, at)
        mentions.append(Span(start=start, end=end, text=piece))
        at = end
    return Entity(id=eid, label=label, name=name, mentions=mentions, **extra)  # type: ignore[arg-type]


def _quote(text: str, piece: str, kind: str, speaker: tuple[str, str | None, str | None], cue: str | None,
           **extra: Any) -> Quote:
    start, end = _span(text, piece)
    name, entity, where = speaker
    spk = Speaker(name=name, entity=entity)
    if where:
        s, e = _span(text, where, max(0, start - 200))
        spk = Speaker(name=name, entity=entity, start=s, end=e)
    cue_part = None
    if cue:
        s, e = _span(text, cue, max(0, start - 60))
        cue_part = Cue(text=cue, start=s, end=e)
    return Quote(kind=kind, start=start, end=end, text=piece, speaker=spk, cue=cue_part, **extra)  # type: ignore[arg-type]


def _timex(text: str, piece: str, type_: str, value: str) -> Timex:
    s, e = _span(text, piece)
    return Timex(start=s, end=e, text=piece, type=type_, value=value)  # type: ignore[arg-type]


def _amount(text: str, piece: str, **fields: Any) -> Amount:
    s, e = _span(text, piece)
    return Amount(start=s, end=e, text=piece, **fields)


def flood_record() -> ArticleRecord:
    text = (
        "SEMARANG, Warta Contoh - Banjir merendam 1.200 rumah di tiga kecamatan pada Senin (3/3/2025). "
        'Kepala BPBD Jawa Tengah Sri Lestari mengatakan, "Sebanyak 2 warga meninggal dan ratusan orang mengungsi." '
        "Menurut Sri, hujan deras turun selama dua hari.\n\n"
        'Gubernur Ahmad Fauzi berjanji membangun tanggul baru. "Kami mulai bulan depan," ujar Fauzi.'
    )
    entities = [
        _entity(text, "e1", "LOC", "Semarang", ["SEMARANG"]),
        _entity(text, "e2", "ORG", "BPBD Jawa Tengah", ["BPBD Jawa Tengah"]),
        _entity(text, "e3", "PER", "Sri Lestari", ["Sri Lestari", "Sri"], aliases=["Sri"],
                roles=["Kepala BPBD Jawa Tengah"]),
        _entity(text, "e4", "PER", "Ahmad Fauzi", ["Ahmad Fauzi", "Fauzi"], aliases=["Fauzi"], roles=["Gubernur"]),
        _entity(text, "e5", "LOC", "Jawa Tengah", ["Jawa Tengah"]),
    ]
    quotes = [
        _quote(text, '"Sebanyak 2 warga meninggal dan ratusan orang mengungsi."', "direct",
               ("Sri Lestari", "e3", "Sri Lestari"), "mengatakan"),
        _quote(text, "hujan deras turun selama dua hari", "indirect", ("Sri Lestari", "e3", None), "Menurut"),
        _quote(text, '"Kami mulai bulan depan,"', "direct", ("Ahmad Fauzi", "e4", "Fauzi"), "ujar"),
    ]
    return ArticleRecord(
        id="banjir-semarang", published="2025-03-04", published_source="metadata", source="Warta Contoh",
        title="Banjir rendam 1.200 rumah di Semarang", text=text, sentences=_sentences(text),
        entities=entities, quotes=quotes,
        timexes=[_timex(text, "Senin (3/3/2025)", "DATE", "2025-03-03"),
                 _timex(text, "selama dua hari", "DURATION", "P2D"),
                 _timex(text, "bulan depan", "DATE", "2025-04")],
        amounts=[_amount(text, "1.200 rumah", value=1200, unit="rumah", category="AFFECT"),
                 _amount(text, "2 warga meninggal", value=2, unit="warga", category="KILL", quote=0),
                 _amount(text, "ratusan orang", low=200, qualifier="about", unit="orang", category="DISPLACE",
                         quote=0)],
        summary=[0, 1],
    )


def bridge_record() -> ArticleRecord:
    text = (
        "JAKARTA, Kabar Uji - Gubernur Ahmad Fauzi meresmikan jembatan baru di Demak, Selasa (15/4/2025). "
        '"Jembatan ini memangkas waktu tempuh warga hingga 30 menit," kata Ahmad Fauzi. '
        "Proyek itu menelan biaya Rp 45 miliar."
    )
    entities = [
        _entity(text, "e1", "LOC", "Jakarta", ["JAKARTA"]),
        _entity(text, "e2", "PER", "Ahmad Fauzi", ["Ahmad Fauzi", "Ahmad Fauzi"], roles=["Gubernur"]),
        _entity(text, "e3", "LOC", "Demak", ["Demak"]),
    ]
    last = text.rfind("Ahmad Fauzi")
    quote = _quote(text, '"Jembatan ini memangkas waktu tempuh warga hingga 30 menit,"', "direct",
                   ("Ahmad Fauzi", "e2", None), "kata")
    quote = quote.model_copy(update={"speaker": Speaker(name="Ahmad Fauzi", entity="e2", start=last, end=last + 11)})
    return ArticleRecord(
        id="jembatan-demak", published="2025-04-15", published_source="metadata", source="Kabar Uji",
        title="Jembatan baru di Demak diresmikan", text=text, sentences=_sentences(text),
        entities=entities, quotes=[quote],
        timexes=[_timex(text, "Selasa (15/4/2025)", "DATE", "2025-04-15"),
                 _timex(text, "30 menit", "DURATION", "PT30M")],
        amounts=[_amount(text, "30 menit", value=30, unit="menit", quote=0),
                 _amount(text, "Rp 45 miliar", value=45e9, unit="Rp")],
        summary=[0],
    )


def injection_record() -> ArticleRecord:
    """An article whose text, title, entity and quote carry HTML/script payloads."""
    text = (
        f"BANDUNG, Situs Uji - Warga menulis {XSS_SCRIPT} di papan pengumuman. "
        f'Ketua RT Budi Santoso berkata, "Jangan klik {XSS_BODY} itu." '
        "Polisi memeriksa 3 komputer pada Rabu (7/5/2025)."
    )
    budi = _entity(text, "e1", "PER", "Budi Santoso", ["Budi Santoso"], roles=['Ketua RT <b onmouseover="x">'])
    odd = _entity(text, "e2", "ORG", '<svg onload="window.__pwned=4">', [XSS_SCRIPT])
    return ArticleRecord(
        id="uji-keamanan", published="2025-05-07", published_source="metadata",
        source='Situs "Uji" <i>', title=XSS_TITLE, url="javascript:window.__pwned=5", text=text,
        sentences=_sentences(text), entities=[budi, odd],
        quotes=[_quote(text, f'"Jangan klik {XSS_BODY} itu."', "direct", ("Budi Santoso", "e1", "Budi Santoso"),
                       "berkata")],
        timexes=[_timex(text, "Rabu (7/5/2025)", "DATE", "2025-05-07")],
        amounts=[_amount(text, "3 komputer", value=3, unit="komputer")],
        warnings=[XSS_SCRIPT],
    )


def sample_records() -> list[ArticleRecord]:
    return [flood_record(), bridge_record(), injection_record()]
