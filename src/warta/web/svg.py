"""A small server-side SVG bar chart for timelines (no JavaScript, no external library)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

SERIES_CLASS = {"articles": "s-articles", "quotes": "s-quotes", "amounts": "s-amounts", "mentions": "s-mentions"}


def _nice_step(peak: float) -> int:
    """The smallest whole step of 1, 2, (2.5) or 5 times a power of ten with 4 steps >= ``peak``."""
    power = 1
    while True:
        for mult in (1, 2, 2.5, 5) if power >= 10 else (1, 2, 5):
            if 4 * mult * power >= peak:
                return int(mult * power)
        power *= 10


def bar_chart(
    rows: Sequence[Mapping[str, Any]],
    series: Sequence[str] = ("articles", "quotes"),
    *,
    width: int = 760,
    height: int = 240,
    title: str = "timeline",
) -> Markup:
    """Grouped bars, one group per ``row["period"]``, one bar per series."""
    if not rows:
        return Markup('<p class="empty">No dated articles to chart.</p>')
    left, right, top, bottom = 40, 10, 24, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    step = _nice_step(max(float(r.get(s, 0) or 0) for r in rows for s in series))
    peak = 4 * step
    group = plot_w / len(rows)
    bar = max(1.0, min(28.0, (group * 0.8) / len(series)))
    out = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in range(5):
        value = step * tick
        y = top + plot_h - plot_h * tick / 4
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>')
    widest = max(len(str(r["period"])) for r in rows)
    label_every = max(1, math.ceil(len(rows) / max(1, plot_w // (widest * 7 + 14))))
    for i, row in enumerate(rows):
        x0 = left + i * group + (group - bar * len(series)) / 2
        for j, name in enumerate(series):
            amount = float(row.get(name, 0) or 0)
            h = plot_h * amount / peak
            out.append(
                f'<rect class="bar {SERIES_CLASS.get(name, "s-other")}" x="{x0 + j * bar:.1f}" '
                f'y="{top + plot_h - h:.1f}" width="{bar * 0.92:.1f}" height="{h:.1f}">'
                f"<title>{escape(str(row['period']))}: {amount:g} {escape(name)}</title></rect>"
            )
        if i % label_every == 0:
            cx = left + i * group + group / 2
            out.append(
                f'<text class="tick" x="{cx:.1f}" y="{top + plot_h + 16}" text-anchor="middle">'
                f"{escape(str(row['period']))}</text>"
            )
    lx = left
    for name in series:
        out.append(
            f'<rect class="bar {SERIES_CLASS.get(name, "s-other")}" x="{lx}" y="{height - 16}" width="10" height="10"/>'
            f'<text class="legend" x="{lx + 14}" y="{height - 7}">{escape(name)}</text>'
        )
        lx += 90
    out.append("</svg>")
    return Markup("".join(out))
