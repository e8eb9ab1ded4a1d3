"""A readable terminal view of a record (rich)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .record import ArticleRecord


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0")


def _add_row(table: Table, *cells: str) -> None:
    """A row of plain text: brackets in article text are not rich markup."""
    table.add_row(*(Text(cell) for cell in cells))


def record_view(record: ArticleRecord) -> RenderableType:
    """Header, summary, entities, quotes (who said what), timexes and amounts."""
    head = Text()
    head.append(record.title or record.id, style="bold")
    meta = [f"id {record.id}"]
    if record.published:
        meta.append(f"published {record.published} ({record.published_source})")
    if record.source:
        meta.append(f"source {record.source}")
    if record.dateline and record.dateline.place:
        meta.append(f"dateline {record.dateline.place}")
    head.append("\n" + " · ".join(meta), style="dim")
    parts: list[RenderableType] = [head]

    if record.summary:
        summary = Text()
        for index in record.summary:
            sentence = record.sentences[index]
            summary.append("• " + _clip(record.text[sentence.start : sentence.end], 300) + "\n")
        parts.append(Panel(summary, title="summary", title_align="left"))

    if record.entities:
        table = Table(title="entities", title_justify="left", expand=True)
        for column, ratio in (("id", 1), ("label", 1), ("name", 4), ("aliases / roles", 6), ("n", 1)):
            table.add_column(column, ratio=ratio)
        for entity in record.entities:
            extra = ", ".join(entity.aliases + [f"[{r}]" for r in entity.roles])
            if entity.country:
                extra = f"{extra} {{{entity.country}}}".strip()
            _add_row(table, entity.id, entity.label, entity.name, extra, str(len(entity.mentions)))
        parts.append(table)

    if record.quotes:
        table = Table(title="who said what", title_justify="left", expand=True)
        table.add_column("speaker", ratio=2)
        table.add_column("cue", ratio=1)
        table.add_column("kind", ratio=1)
        table.add_column("quote", ratio=6)
        table.add_column("via / channel", ratio=2)
        for quote in record.quotes:
            via = " / ".join(x for x in (quote.via.name if quote.via else None, quote.channel) if x)
            _add_row(
                table,
                quote.speaker.name if quote.speaker else "?",
                quote.cue.text if quote.cue else "",
                quote.kind,
                _clip(quote.text),
                via,
            )
        parts.append(table)

    if record.timexes:
        table = Table(title="time", title_justify="left", expand=True)
        for column in ("text", "type", "value", "mod"):
            table.add_column(column)
        for timex in record.timexes:
            _add_row(table, timex.text, timex.type, timex.value, timex.mod or "")
        parts.append(table)

    if record.amounts:
        table = Table(title="amounts", title_justify="left", expand=True)
        for column, ratio in (("text", 5), ("value / range", 3), ("qualifier", 2), ("unit", 2), ("category", 2), ("quote", 1)):
            table.add_column(column, ratio=ratio)
        for amount in record.amounts:
            if amount.value is not None:
                value = _number(amount.value)
            elif amount.low is not None and amount.high is not None:
                value = f"{_number(amount.low)}–{_number(amount.high)}"
            elif amount.low is not None:
                value = f"≥ {_number(amount.low)}"
            else:
                value = f"≤ {_number(amount.high)}" if amount.high is not None else ""
            _add_row(
                table,
                amount.text,
                value,
                amount.qualifier,
                amount.unit or "",
                amount.category or "",
                "" if amount.quote is None else str(amount.quote),
            )
        parts.append(table)

    if record.warnings:
        parts.append(Text("warnings:\n" + "\n".join(f"- {w}" for w in record.warnings), style="yellow"))
    return Group(*parts)
