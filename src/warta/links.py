"""Lines that link to other articles ("Baca juga: ...", "[Lihat juga: ...]"): headlines of
other stories, not part of the article's own content. The quote finder and the entities
component leave them out."""

from __future__ import annotations

import bisect
import re

_LINK = re.compile(
    r"^[ \t\[(]*(?:baca|lihat|simak|tonton|klik|saksikan)(?:[ \t]+(?:juga|pula|selengkapnya))?"
    r"[ \t]*:[ \t]*(.*)$",
    re.I | re.M,
)
_TITLE_LINE = re.compile(r"[^\n]*[^\s.!?\"\u201d\n][ \t]*(?:\n|$)")


def link_lines(text: str) -> list[tuple[int, int]]:
    """Spans of "Baca juga: ..." lines (links to other articles), with the title lines that
    follow a bare "Baca juga:" (lines that do not end a sentence), in text order and never
    overlapping."""
    out: list[tuple[int, int]] = []
    for m in _LINK.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # a "Baca juga:" line among the titles of the one before: already covered
        end = m.end()
        if not m.group(1).strip():
            for _ in range(5):
                nxt = end + 1
                while nxt < len(text) and text[nxt] == "\n":
                    nxt += 1
                t = _TITLE_LINE.match(text, nxt)
                if t is None or nxt >= len(text) or len(t.group().split()) > 16:
                    break
                end = t.end() - (1 if t.group().endswith("\n") else 0)
        out.append((m.start(), end))
    return out


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, non-overlapping)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
