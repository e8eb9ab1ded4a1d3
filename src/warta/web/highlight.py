"""Article text as HTML with entities, quotes, timexes and amounts highlighted.

Spans come from the record's character offsets and may overlap or cross one another (an
entity inside a quote, an amount that straddles a timex). The text is cut at every span
boundary; each piece is wrapped in the spans that cover it, outermost layer first, and a span
that crosses another is closed and reopened around it, so the HTML is always well nested. A span
cut in pieces keeps its ``id`` on the first piece; the others carry ``data-ref``.

Every character of the article goes through :func:`markupsafe.escape`; attributes are escaped
too. Nothing from the article is ever written raw.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..record import ArticleRecord

# Outer layers first: a quote encloses the entity mentions and amounts inside it.
LAYER_RANK = {"quote": 0, "speaker": 1, "cue": 1, "entity": 2, "timex": 3, "amount": 3}


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch: ``kind`` is a layer name, ``attrs`` extra HTML attributes."""

    start: int
    end: int
    kind: str
    ident: str
    title: str = ""
    attrs: Mapping[str, str] = field(default_factory=dict)

    @property
    def rank(self) -> int:
        return LAYER_RANK.get(self.kind, 9)


def record_marks(record: ArticleRecord, entity_links: Mapping[str, str] | None = None) -> list[Mark]:
    """Every highlightable span of a record, with a readable tooltip.

    ``entity_links`` maps a record entity id ("e1") to the URL of its archive page.
    """
    links = entity_links or {}
    marks: list[Mark] = []
    for entity in record.entities:
        for n, mention in enumerate(entity.mentions):
            attrs = {"data-entity": entity.id, "data-label": entity.label}
            if entity.id in links:
                attrs["data-href"] = links[entity.id]
            marks.append(
                Mark(
                    mention.start,
                    mention.end,
                    "entity",
                    f"{entity.id}-m{n}",
                    f"{entity.label}: {entity.name}",
                    attrs,
                )
            )
    for i, quote in enumerate(record.quotes):
        who = quote.speaker.name if quote.speaker else "?"
        title = f"{quote.kind} quote — {who}"
        if quote.via:
            title += f" (via {quote.via.name})"
        marks.append(Mark(quote.start, quote.end, "quote", f"q{i}", title, {"data-kind": quote.kind}))
        if quote.speaker and quote.speaker.start is not None and quote.speaker.end is not None:
            marks.append(
                Mark(quote.speaker.start, quote.speaker.end, "speaker", f"q{i}-speaker", f"speaker of quote {i + 1}")
            )
        if quote.cue:
            marks.append(Mark(quote.cue.start, quote.cue.end, "cue", f"q{i}-cue", f"cue of quote {i + 1}"))
    for i, timex in enumerate(record.timexes):
        marks.append(Mark(timex.start, timex.end, "timex", f"t{i}", f"{timex.type} {timex.value}"))
    for i, amount in enumerate(record.amounts):
        marks.append(Mark(amount.start, amount.end, "amount", f"a{i}", amount_label(amount.model_dump())))
    return marks


def amount_label(amount: Mapping[str, object]) -> str:
    """"about 10000–12000 tentara [KILL]" for a tooltip or a table cell."""
    low, high, value = amount.get("low"), amount.get("high"), amount.get("value")

    def num(x: object) -> str:
        if isinstance(x, float) and x.is_integer():
            return f"{int(x):,}".replace(",", ".")
        return str(x)

    if value is not None:
        figure = num(value)
    elif low is not None and high is not None:
        figure = f"{num(low)}–{num(high)}"
    elif low is not None:
        figure = f"{num(low)}+"
    elif high is not None:
        figure = f"≤{num(high)}"
    else:
        figure = "?"
    parts = [str(amount.get("qualifier") or "exact"), figure]
    if amount.get("unit"):
        parts.append(str(amount["unit"]))
    if amount.get("category"):
        parts.append(f"[{amount['category']}]")
    return " ".join(parts)


def _clean(marks: Iterable[Mark], size: int) -> list[Mark]:
    out = []
    for mark in marks:
        start, end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
        if start < end:
            out.append(mark if (start, end) == (mark.start, mark.end) else Mark(start, end, mark.kind, mark.ident, mark.title, mark.attrs))
    return out


def _open(mark: Mark, first: bool) -> str:
    attrs: dict[str, str] = {"class": f"hl hl-{mark.kind}" + ("" if first else " hl-cont")}
    if first:
        attrs["id"] = mark.ident
    else:
        attrs["data-ref"] = mark.ident
    if mark.title:
        attrs["title"] = mark.title
    attrs.update(mark.attrs)
    rendered = " ".join(f'{escape(k)}="{escape(v)}"' for k, v in attrs.items())
    return f"<mark {rendered}>"


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as escaped HTML with ``marks`` wrapped in ``<mark>`` elements, well nested."""
    spans = _clean(marks, len(text))
    if not spans:
        return Markup(escape(text))
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    # Spans starting at each cut, so a piece finds its covering spans without a full scan.
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, spans[i].rank))
    key = {i: (spans[i].rank, spans[i].start, -spans[i].end, i) for i in range(len(spans))}
    active: list[int] = []
    next_span = 0
    opened: list[int] = []  # the stack of currently open <mark> elements
    started: set[int] = set()
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        while next_span < len(order) and spans[order[next_span]].start <= left:
            active.append(order[next_span])
            next_span += 1
        active = [i for i in active if spans[i].end > left]
        wanted = sorted(active, key=key.__getitem__)
        common = 0
        while common < len(opened) and common < len(wanted) and opened[common] == wanted[common]:
            common += 1
        out.extend("</mark>" for _ in opened[common:])
        for i in wanted[common:]:
            out.append(_open(spans[i], i not in started))
            started.add(i)
        opened = wanted
        out.append(str(escape(text[left:right])))
    out.extend("</mark>" for _ in opened)
    return Markup("".join(out))
