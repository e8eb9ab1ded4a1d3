"""Component ``warta_sentences``: Indonesian sentence boundaries.

Sets ``token.is_sent_start`` on every token (``True`` for the first token of a
sentence, ``False`` elsewhere). Each distinct token string is classified once (bit flags,
cached); numpy then picks the few tokens that can end a sentence (punctuation, words
ending in a full stop, line breaks) and one pass over them, with set look-ups and a
glance at the neighbouring tokens, decides. Linear in the length of the text.

A sentence ends after

* ``.``, ``!``, ``?``, ``...`` or ``…`` (and runs of them) when the next word starts
  with a capital letter or a digit -- unless the full stop belongs to an abbreviation
  that stands before a name or a number (``Jend.``, ``Dr.``, ``No.``, ``Rp.``,
  ``a.n.``; the list is ``lang/id/abbreviations.txt``) or to a single initial
  (``S. Sudarsono``), or closes a list marker at the start of a sentence (``1.``);
* closing quotation marks and brackets right after that punctuation, which stay with
  the sentence they close (``... menang."``); an opening mark goes to the next sentence;
  a quotation or a bracket that opens and closes on the same line is not split inside
  (``"Air surut. Kami pulang," kata warga.`` is one sentence, as in the UD treebanks
  -- set ``split_quotations`` to split it as IndoSum does; ``(Foto: Dok. Humas)`` is one
  sentence either way);
* a paragraph break (two newlines or more), always;
* a single line break, unless the next line starts with a lower-case letter (a heading
  or a list item on its own line is a sentence; a hard-wrapped line is not).

Numbers and dates ("10.000", "1,5", "16/12/2024") never end a sentence: spaCy's
tokenizer keeps "10.000" whole and the rules only look at punctuation tokens.

When ``doc._.dateline`` is set (the ``dateline`` component runs first), no sentence
starts inside the dateline; the first sentence holds the dateline and the record
(``warta.convert``) starts that sentence after it, so ``doc.sents`` and the record's
sentences keep the same indices.
"""

from __future__ import annotations

import functools
import re

import numpy as np
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes)

# token classes (bit flags), computed once per distinct token string
SPACE = 1 << 0  # whitespace token
NEWLINE = 1 << 1  # whitespace with exactly one line break
PARAGRAPH = 1 << 2  # whitespace with two line breaks or more
TERM = 1 << 3  # only sentence-final punctuation: . ! ? … and runs of them
DOT = 1 << 4  # exactly "."
DOTTED = 1 << 5  # a word ending in a full stop: "dll.", "S.H.", "x."
NOFINAL = 1 << 6  # abbreviation before a name or number ("Jend.", "No.")
CLOSE = 1 << 7  # closing bracket or quotation mark
OPEN = 1 << 8  # opening bracket or quotation mark
QUOTE = 1 << 9  # straight quotation mark: opening or closing by its spacing
UPPER = 1 << 10  # starts with a capital letter or a digit
LOWER = 1 << 11  # starts with a lower-case letter
NUMBER = 1 << 13  # digits only, or a single letter (list markers "1." "a.")
PAREN = 1 << 14  # "(" or "["
INITIAL = 1 << 15  # a single capital letter, with or without its full stop
DIGIT_END = 1 << 16  # ends with a digit ("2", "ke-6"): "2 C." is not an initial
NOSTART = 1 << 17  # never starts a sentence ("Ltd", "Tbk")
PAREN_CLOSE = 1 << 18  # ")" or "]"
SINGLE = 1 << 19  # a single quotation mark: ' ‘ ’ `
COMMA = 1 << 20  # ","

_TERM_CHARS = frozenset(".!?…")
_CLOSERS = frozenset({")", "]", "}", "”", "’", "»", "›", "」", "』"})
_OPENERS = frozenset({"(", "[", "{", "“", "‘", "«", "‹", "「", "『"})
_QUOTES = frozenset({'"', "'", "`", "``", "''", "„"})
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_SINGLES = frozenset({"'", "‘", "’", "`", "‹", "›"})
_MAX_CACHE = 500_000
_MAX_QUOTE = 150  # longest quotation (in tokens) kept in one sentence
_MAX_PAREN = 40  # longest bracketed aside (in tokens) kept in one sentence


@functools.cache
def _abbreviations() -> frozenset[str]:
    from ..lang.id import lines

    out: set[str] = set()
    for entry in lines("abbreviations.txt"):
        lowered = entry.lower()
        out.add(lowered)
        out.add(lowered.rstrip("."))  # "Jend" before a separate "." token
    return frozenset(out)


@functools.cache
def _nonstarters() -> frozenset[str]:
    from ..lang.id import lines

    return frozenset(entry.lower() for entry in lines("nonstarters.txt"))


def classify(text: str) -> int:
    """The class bits of one token string (see the constants above)."""
    if not text:
        return 0
    if text.isspace():
        breaks = text.count("\n")
        return SPACE | (PARAGRAPH if breaks >= 2 else NEWLINE if breaks == 1 else 0)
    kind = 0
    first = text[0]
    if first.isupper() or first.isdigit():
        kind |= UPPER
    elif first.islower():
        kind |= LOWER
    if text == ",":
        return kind | COMMA
    if set(text) <= _TERM_CHARS:
        kind |= TERM
        if text == ".":
            kind |= DOT
        return kind
    if text in _SINGLES:
        kind |= SINGLE
    if text in _CLOSERS:
        return kind | CLOSE | (PAREN_CLOSE if text in ")]}" else 0)
    if text in _OPENERS:
        return kind | OPEN | (PAREN if text in "([{" else 0)
    if text in _QUOTES:
        return kind | QUOTE
    if text.isdigit() or (len(text) == 1 and text.isalpha()):
        kind |= NUMBER
    if text[-1].isdigit():
        kind |= DIGIT_END
    lowered = text.lower()
    stem = text
    if text.endswith(".") and len(text) > 1:
        kind |= DOTTED
        stem = text[:-1]
        if (len(stem) == 1 and stem.isalpha()) or stem.isdigit():
            kind |= NUMBER
    if (
        len(stem) == 1 and stem.isalpha() and stem.isupper() and stem != "I"
    ) or _INITIALS.fullmatch(text):
        kind |= INITIAL  # "S. Sudarsono", "D.W. Sasongko" (not "I": "kuartal I.")
    if lowered in _abbreviations():
        kind |= NOFINAL
    if stem.lower() in _nonstarters():
        kind |= NOSTART
    return kind


def _quoted(
    kinds_arr: np.ndarray, kinds: list[int], spaced: list[int], quotations: bool = True
) -> np.ndarray | None:
    """Tokens strictly inside a double quotation or a bracket that opens and closes
    within one line (and within ``_MAX_QUOTE`` / ``_MAX_PAREN`` tokens): a full stop
    there does not end the sentence ("(Foto: Dok. Humas)").
    Single quotation marks are left out: they mark terms ('volatil') and double as
    apostrophes. ``quotations=False`` leaves quotations out (brackets only). ``None``
    when the text has no such span."""
    n = len(kinds)
    marks = kinds_arr & (QUOTE | OPEN | CLOSE | NEWLINE | PARAGRAPH)
    marks[(kinds_arr & SINGLE) != 0] = 0
    if not quotations:
        marks[(kinds_arr & (PAREN | PAREN_CLOSE | NEWLINE | PARAGRAPH)) == 0] = 0
    spans: list[tuple[int, int]] = []
    opened = -1
    parens: list[int] = []
    for i in np.flatnonzero(marks).tolist():
        k = kinds[i]
        if k & (NEWLINE | PARAGRAPH):
            opened = -1
            parens.clear()
            continue
        if k & PAREN:
            parens.append(i)
            continue
        if k & PAREN_CLOSE:
            if parens:
                start = parens.pop()
                if i - start <= _MAX_PAREN:
                    spans.append((start, i))
            continue
        if k & OPEN:
            opened = i
            continue
        if k & CLOSE:
            closing, opening = True, False
        else:  # a straight quote: opening after a space, closing when attached before
            before = i == 0 or bool(spaced[i - 1]) or bool(kinds[i - 1] & (SPACE | OPEN))
            after = i + 1 < n and not spaced[i] and not kinds[i + 1] & SPACE
            closing, opening = not before, before and after
            if (
                opening
                and opened >= 0
                and i
                and kinds[i - 1] & (COMMA | TERM)
                and kinds[i + 1] & LOWER
            ):
                closing, opening = True, False  # a stray space: 'pulang, "katanya'
        if closing and opened >= 0:
            if i - opened <= _MAX_QUOTE:
                spans.append((opened, i))
            opened = -1
        elif opening:
            opened = i
    if not spans:
        return None
    inside = np.zeros(n, dtype=bool)
    for start, end in spans:
        inside[start + 1 : end - 1] = True
    return inside


class Sentences:
    """Rule-based Indonesian sentence splitter (see the module docstring)."""

    def __init__(self, split_quotations: bool = False) -> None:
        #: split inside a quotation too ("Air surut." | "Kami pulang," kata warga.)
        self.split_quotations = split_quotations
        self._kinds: dict[int, int] = {}

    def _classes(self, doc: Doc, orths: np.ndarray) -> np.ndarray:
        """The class bits of each token (one ``classify`` per distinct string, cached)."""
        cache = self._kinds
        if len(cache) > _MAX_CACHE:
            cache.clear()
        strings = doc.vocab.strings
        distinct, inverse = np.unique(orths, return_inverse=True)
        table = []
        for orth in distinct.tolist():
            kind = cache.get(orth)
            if kind is None:
                kind = cache[orth] = classify(strings[orth])
            table.append(kind)
        return np.asarray(table, dtype=np.int64)[inverse.reshape(-1)]

    def sentence_starts(self, doc: Doc) -> list[int]:
        """Indices of the tokens that start a sentence, in order (token 0 first).

        One pass over the few tokens that can end a sentence (terminal punctuation,
        words ending in a full stop, line breaks), found with numpy."""
        n = len(doc)
        if n == 0:
            return []
        arr = doc.to_array([ORTH, SPACY])
        kinds_arr = self._classes(doc, arr[:, 0])
        candidates = np.flatnonzero(kinds_arr & (TERM | DOTTED | NEWLINE | PARAGRAPH)).tolist()
        starts = [0]
        if not candidates:
            return starts
        kinds: list[int] = kinds_arr.tolist()
        spaced: list[int] = arr[:, 1].tolist()  # 1 when a space follows the token
        quoted = _quoted(kinds_arr, kinds, spaced, quotations=not self.split_quotations)
        sent_start = 0
        resume = 0  # tokens before this one were taken as closing punctuation
        for i in candidates:
            if i < resume:
                continue
            k = kinds[i]
            if k & SPACE:  # a line break
                nxt = i + 1
                if nxt < n and nxt > sent_start and (k & PARAGRAPH or not kinds[nxt] & LOWER):
                    back = i - 1
                    while back >= sent_start and kinds[back] & SPACE:
                        back -= 1
                    if back >= sent_start:  # leading whitespace stays with the next sentence
                        starts.append(nxt)
                        sent_start = nxt
                continue
            # a possible sentence end at token i
            if k & DOTTED:
                if k & NOFINAL or (
                    k & INITIAL
                    and (i == 0 or spaced[i - 1])
                    and not (i and kinds[i - 1] & DIGIT_END)
                ):
                    continue  # "Dr." "S. Sudarsono" (but "2 C." ends a sentence)
            elif k & DOT and i:
                prev = kinds[i - 1]
                if prev & NOFINAL or (
                    prev & INITIAL
                    and (i < 2 or spaced[i - 2])
                    and not (i > 1 and kinds[i - 2] & DIGIT_END)
                ):
                    continue  # "Jend" "." "Andika" (also "No . 5")
            if (k & DOT and i - 1 == sent_start and kinds[i - 1] & NUMBER) or (
                k & DOTTED and k & NUMBER and i == sent_start
            ):
                continue  # a list marker: "1. Pertama", "a. Kedua"
            if quoted is not None and quoted[i]:
                continue  # inside a quotation that closes later on the line
            j = i + 1
            while j < n:
                kj = kinds[j]
                if kj & (TERM | CLOSE) or (kj & QUOTE and not spaced[j - 1]):
                    j += 1
                else:
                    break
            resume = j  # j: the first token after the closing punctuation
            m = j
            while m < n and kinds[m] & SPACE:
                m += 1
            if m >= n:
                break
            w = m
            while w < n and kinds[w] & (OPEN | QUOTE):
                w += 1
            # "(" opens a sentence only after "!", "?", "…" or a lower-case word and its
            # full stop: "Maju Tbk. (BCA)" and "Co. Ltd. (Jiangsu)" go on
            paren_goes_on = kinds[m] & PAREN and (
                k & DOTTED or (k & DOT and not (i and kinds[i - 1] & LOWER))
            )
            if (
                w < n
                and kinds[w] & UPPER
                and not kinds[w] & NOSTART
                and not paren_goes_on
                and m > sent_start
            ):
                starts.append(m)
                sent_start = m
        return starts

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts = self.sentence_starts(doc)
        dateline = doc._.dateline
        if dateline is not None:
            starts = _outside_dateline(doc, starts, dateline.start, dateline.end)
        values = np.full(n, -1, dtype=np.int64)
        values[starts] = 1
        # spaCy stores SENT_START as uint64: -1 ("not a start") wraps around
        doc.from_array([SENT_START], values.astype(np.uint64).reshape(n, 1))  # type: ignore[arg-type]
        return doc


def _outside_dateline(doc: Doc, starts: list[int], start: int, end: int) -> list[int]:
    """``starts`` without those inside the dateline ``[start, end)`` or on the first
    word after it (even after a line break): the dateline opens the first sentence."""
    out = []
    for n, i in enumerate(starts):
        idx = doc[i].idx
        if start < idx < end:
            continue
        if idx >= end:  # the first start after the dateline; the rest stay as they are
            if not _blank_between(doc, end, i):
                out.append(i)
            out.extend(starts[n + 1 :])
            break
        out.append(i)
    return out


def _blank_between(doc: Doc, end: int, i: int) -> bool:
    """Whether only whitespace lies between character ``end`` and token ``i``."""
    j = i - 1
    while j >= 0 and doc[j].idx >= end:
        if not doc[j].is_space:
            return False
        j -= 1
    return True


@Language.factory(
    "warta_sentences",
    assigns=["token.is_sent_start"],
    default_config={"split_quotations": False},
)
def make_sentences(nlp: Language, name: str, split_quotations: bool) -> Sentences:
    """``split_quotations``: also end sentences inside a quotation (IndoSum's
    convention); by default a quotation stays in one sentence (UD's), which keeps a
    quote and its "kata X" together."""
    return Sentences(split_quotations=split_quotations)
