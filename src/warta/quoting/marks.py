"""Quotation marks: pair them into direct-quote spans, best effort, in one pass.

Straight marks and Kompas's habit of writing ``”`` on both sides are ambiguous; a mark
opens when it stands after a space and before a word, closes when it stands after a
word, and otherwise does what the state calls for (outside: open; inside: close). An
opening mark met while a quote is still open leaves the earlier one unterminated: it
is kept only under the multi-paragraph convention (the next paragraph reopens the
quote), otherwise dropped with a warning.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u00bb"  # »
AMBIGUOUS = '"\u201d'  # " ”
MARKS = OPENERS + CLOSERS + AMBIGUOUS
#: two single marks written for one double mark ("’’ Jadi, ... ’’ katanya")
DOUBLED = ("\u2019\u2019", "\u2018\u2018", "''", "``")
_MARK_RE = re.compile("|".join(map(re.escape, DOUBLED)) + "|[" + re.escape(MARKS) + "]")
_LEFT_CONTEXT = " \t\n\r([{\u2014\u2013-"
_RIGHT_CONTEXT = " \t\n\r.,;:!?)]}\u2014\u2013-"
#: a quote may run over at most this many line breaks (about three paragraphs)
MAX_BREAKS = 6


@dataclass(frozen=True)
class Pair:
    """A direct quote between marks: ``open`` and ``close`` are the marks' offsets
    (``close`` is the paragraph end when the closing mark is missing)."""

    open: int
    close: int
    closed: bool = True
    #: characters in the opening and closing marks (2 for '’’' written as a double mark)
    open_width: int = 1
    close_width: int = 1


def paragraphs(text: str) -> list[int]:
    """Start offsets of the paragraphs (lines) of ``text``."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _shape(text: str, pos: int, width: int = 1) -> str:
    ch = text[pos]
    if ch in OPENERS or text[pos : pos + 2] in ("\u2018\u2018", "``"):
        return "open"
    if ch in CLOSERS:
        return "close"
    left = pos == 0 or text[pos - 1] in _LEFT_CONTEXT
    right = pos + width >= len(text) or text[pos + width] in _RIGHT_CONTEXT
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def pair(
    text: str,
    para_starts: list[int] | None = None,
    closes_before: frozenset[str] = frozenset(),
) -> tuple[list[Pair], list[str]]:
    """Pair the quotation marks of ``text``; returns the pairs and warnings.

    ``closes_before``: lower-case words (speech cues) before which a mark always closes
    an open quote, however it is spaced (``..., "kata dia``)."""
    starts = para_starts if para_starts is not None else paragraphs(text)
    warnings: list[str] = []
    pairs: list[Pair] = []
    widths = {m.start(): m.end() - m.start() for m in _MARK_RE.finditer(text)}
    positions = list(widths)
    opened: int | None = None

    def para_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    def para_end(index: int) -> int:
        if index + 1 < len(starts):
            return starts[index + 1] - 1
        return len(text)

    def unterminated(start: int, next_mark: int | None, last: bool = False) -> None:
        index = para_of(start)
        end = para_end(index)
        body = text[start + widths[start] : end].strip()
        reopened = (
            next_mark is not None
            and index + 1 < len(starts)
            and _next_paragraph_opens(text, starts, index, next_mark)
        )
        # the last mark of the text opens a paragraph whose closing mark was left out
        left_open = (
            last and not text[starts[index] : start].strip() and body[-1:] in (".", "!", "?")
        )
        if (reopened or left_open) and len(body.split()) >= 3:
            pairs.append(Pair(start, end, closed=False, open_width=widths[start], close_width=0))
            return
        warnings.append(f"quotes: unbalanced quotation mark at {start}")

    for pos in positions:
        shape = _shape(text, pos, widths[pos])
        if opened is None:
            if shape == "close":
                warnings.append(f"quotes: closing quotation mark without an opening one at {pos}")
                continue
            opened = pos
            continue
        if shape == "open" and closes_before and _next_word(text, pos) in closes_before:
            shape = "close"
        if shape == "open":
            unterminated(opened, pos)
            opened = pos
            continue
        if para_of(pos) - para_of(opened) > MAX_BREAKS:
            unterminated(opened, None)
            opened = pos if shape == "either" else None
            continue
        if not text[opened + widths[opened] : pos].strip():
            # two marks side by side ("" or " "): a stray mark, keep the later one open
            warnings.append(f"quotes: empty quotation at {opened}")
            opened = pos if shape == "either" and para_of(pos) == para_of(opened) else None
            continue
        pairs.append(Pair(opened, pos, open_width=widths[opened], close_width=widths[pos]))
        opened = None
    if opened is not None:
        unterminated(opened, None, last=True)
    return pairs, warnings


def _next_word(text: str, pos: int) -> str:
    end = pos + 1
    while end < len(text) and end - pos < 20 and text[end].isalpha():
        end += 1
    word = text[pos + 1 : end].lower()
    return word[:-3] if word.endswith("nya") else word


def _next_paragraph_opens(text: str, starts: list[int], index: int, next_mark: int) -> bool:
    """Whether the paragraph after ``index`` (skipping blank lines) starts with ``next_mark``."""
    for later in range(index + 1, len(starts)):
        start = starts[later]
        end = starts[later + 1] - 1 if later + 1 < len(starts) else len(text)
        line = text[start:end]
        if not line.strip():
            continue
        lead = start + (len(line) - len(line.lstrip()))
        return lead == next_mark
    return False
