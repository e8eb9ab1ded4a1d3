"""Component ``warta_dateline``: the outlet and place that open wire copy.

Recognised shapes (the separator is ``-``, ``--``, ``–`` or ``—``)::

    Liputan6.com, Kyiv -         outlet, place
    JAKARTA, KOMPAS.com -        place, outlet
    Jakarta, CNN Indonesia --    place, outlet
    KOMPAS.com -                 outlet
    Jakarta (ANTARA) -           place (outlet)
    Jakarta, 17/12 (ANTARA) -    place, date (outlet)
    JAKARTA -                    place alone, only when written in capitals

An outlet is a name in ``lang/id/outlets.txt`` (reported in that spelling) or a name
that looks like a web address ("Sindonews.com", "KOMPAS. com"). A place written in
capitals is reported in title case ("JAKARTA" -> "Jakarta"); ``start``/``end`` cover the
whole dateline in the text, separator included. Only the first ``MAX_LINES`` lines of
the first ``HEAD_TOKENS`` tokens (at most ``HEAD`` characters) are read, so the cost does
not grow with the text.

The dateline stays inside the first sentence of ``doc.sents`` (the ``sentences``
component starts no sentence inside it); the record's first sentence starts after it
(``warta.convert``), so sentence indices (``summary``) are the same in both.

Sets ``doc._.dateline`` to a ``warta.record.Dateline`` or ``None``.
"""

from __future__ import annotations

import functools
import re

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._ attributes)
from ..record import Dateline as DatelineRecord

#: characters read at the start of the text
HEAD = 600
#: tokens read by the component (a title line and the dateline after it)
HEAD_TOKENS = 80
#: lines (from the start) where a dateline may open the text
MAX_LINES = 3

_TLD = r"(?:com|co|id|net|org|tv|news)"
_WORD = r"[A-Za-z][\w’'&-]*(?:\.(?:\s(?=" + _TLD + r"\b))?[A-Za-z]\w*)*"
_CAP_WORD = r"[A-Z][\w’'&-]*(?:\.[A-Za-z]\w*)*\.?"
_NAME = _WORD + r"(?:[ \t]+" + _CAP_WORD + r"){0,3}"
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?"
_PATTERN = re.compile(
    r"[ \t]*(?P<a>" + _NAME + r")"
    r"(?:[ \t]*,[ \t]*(?P<b>" + _NAME + r"))?"
    r"(?:[ \t]*,[ \t]*(?:" + _DATE + r"))?"
    r"(?:[ \t]*\([ \t]*(?P<paren>" + _NAME + r")[ \t]*\))?"
    r"[ \t]*(?:-{1,3}|[–—―])(?=\s+\S)"  # text follows
)
_ADDRESS = re.compile(r"[A-Za-z][\w-]*(?:\.[A-Za-z]{2,}){1,3}")
_PLACE_WORD = re.compile(r"[A-Z][A-Za-z’'.-]*")


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name).lower()


@functools.cache
def _outlets() -> dict[str, str]:
    from ..lang.id import lines

    return {_key(name): name for name in lines("outlets.txt")}


def outlet_name(name: str) -> str | None:
    """The outlet's name if ``name`` is one (canonical spelling when known)."""
    known = _outlets().get(_key(name))
    if known:
        return known
    compact = re.sub(r"\.\s+", ".", name.strip())
    if _ADDRESS.fullmatch(compact):
        return compact
    return None


def place_name(name: str, *, capitals_only: bool = False) -> str | None:
    """``name`` as a place (title case when written in capitals), or ``None``."""
    words = name.split()
    if not words or len(name) > 40 or not all(_PLACE_WORD.fullmatch(w) for w in words):
        return None
    if name.isupper():
        letters = sum(ch.isalpha() for ch in name)
        return name.title() if letters >= 3 else None
    return None if capitals_only else name


def find_dateline(text: str) -> DatelineRecord | None:
    """The dateline opening ``text`` (or one of its first lines), or ``None``."""
    head = text[:HEAD]
    offset = 0
    for _ in range(MAX_LINES):
        while offset < len(head) and head[offset].isspace():
            offset += 1
        if offset >= len(head):
            return None
        found = _match(head, offset)
        if found is not None:
            return found
        newline = head.find("\n", offset)
        if newline < 0:
            return None
        offset = newline + 1
    return None


def _match(head: str, offset: int) -> DatelineRecord | None:
    m = _PATTERN.match(head, offset)
    if m is None:
        return None
    a, b, paren = m.group("a"), m.group("b"), m.group("paren")
    place: str | None
    outlet: str | None
    if paren is not None:
        outlet = outlet_name(paren)
        place = place_name(a)
        if b is not None:  # "Jakarta, Kompas (ANTARA) -" is not a shape we know
            return None
        if outlet is None or place is None:
            return None
    elif b is not None:
        first, second = outlet_name(a), outlet_name(b)
        if second is not None:
            outlet, place = second, place_name(a)
        elif first is not None:
            outlet, place = first, place_name(b)
        else:
            return None
        if place is None:
            return None
    else:
        outlet = outlet_name(a)
        place = None
        if outlet is None:
            place = place_name(a, capitals_only=True)
            if place is None:
                return None
    return DatelineRecord(place=place, outlet=outlet, start=m.start("a"), end=m.end())


def head_text(doc: Doc, tokens: int = HEAD_TOKENS) -> str:
    """The text of the first ``tokens`` tokens (built from the vocabulary's strings,
    without making Token objects)."""
    arr = doc.to_array([ORTH, SPACY])[:tokens].tolist()
    strings = doc.vocab.strings
    return "".join(strings[orth] + (" " if space else "") for orth, space in arr)


class Dateline:
    """Finds the dateline; see the module docstring."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dateline = find_dateline(head_text(doc))
        return doc


@Language.factory("warta_dateline", assigns=["doc._.dateline"])
def make_dateline(nlp: Language, name: str) -> Dateline:
    return Dateline()
