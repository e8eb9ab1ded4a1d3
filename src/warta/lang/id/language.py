"""warta's Indonesian ``Language``: spaCy's "id" defaults with a cheaper exception list.

spaCy's Indonesian tokenizer keeps ~3,900 hyphenated words whole through ~16,000
special cases (every case variant), which take seconds to build at every start.
Here one ``token_match`` rule does the same job for every lowercase compound and
reduplication ("hati-hati", "kantor-kantor", "Bangsa-Bangsa"); the clitics "-nya",
"-ku", "-mu" and the prefix "ke-" still split as before, and the non-hyphen
exceptions (abbreviations such as "Jan.") are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from spacy.lang.id import Indonesian, IndonesianDefaults
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.tokens import Doc

from ...extensions import remember_text

_EXCEPTIONS = {orth: tokens for orth, tokens in TOKENIZER_EXCEPTIONS.items() if "-" not in orth}
_HYPHEN_WORD = re.compile(
    r"^(?!ke-)(?!.*-(?:nya|ku|mu)$)"
    r"(?:[a-z]+(?:-[a-z]+)+|([A-Za-z]+)-\1[a-z]*|[A-Z][a-z]+-[a-z]+(?:-[a-z]+)*)$"
)


class WartaIndonesianDefaults(IndonesianDefaults):
    tokenizer_exceptions = _EXCEPTIONS
    token_match = _HYPHEN_WORD.match


def _first_chars(ops: Any) -> set[str] | None:
    """Characters a parsed regex (``re._parser``) can start a match with, or None when it
    cannot be told (classes by category, negations, optional starts...)."""
    for op, av in ops:
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item decides
        if op is sre.LITERAL:
            return {chr(av)}
        if op is sre.IN:
            chars: set[str] = set()
            for item, value in av:
                if item is sre.LITERAL:
                    chars.add(chr(value))
                elif item is sre.RANGE:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return chars
        if op is sre.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                got = _first_chars(branch)
                if got is None:
                    return None
                out |= got
            return out
        if op is sre.SUBPATTERN:
            return _first_chars(av[-1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            return _first_chars(av[2])
        return None
    return None


class FastPrefixSearch:
    """spaCy's ``prefix_search`` with a shortcut: text that starts with a letter or digit
    no prefix pattern can start with (most words) gets no match without running the long
    alternation, which spaCy calls for every new chunk. Results are the same."""

    def __init__(self, search: Callable[[str], Any]) -> None:
        regex = search.__self__  # type: ignore[attr-defined]
        self.__self__ = regex  # spaCy serialises the tokenizer through this
        self._search = search
        starts = _first_chars(sre_parse.parse(regex.pattern))
        self._skip_ok = starts is not None
        self._alnum_starts = frozenset(c for c in starts or () if c.isalnum())

    def __call__(self, text: str) -> Any:
        first = text[:1]
        if self._skip_ok and first.isalnum() and first not in self._alnum_starts:
            return None
        return self._search(text)


#: a run of one repeated punctuation mark long enough to make spaCy's affix loop quadratic
_PUNCT_RUN = re.compile(r"([^\w\s])\1{63,}")


class WartaIndonesian(Indonesian):
    """Indonesian as warta tokenises it (``lang`` stays "id")."""

    Defaults = WartaIndonesianDefaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tokenizer: Any = self.tokenizer
        search = getattr(tokenizer, "prefix_search", None)
        if search is not None and hasattr(search, "__self__"):
            tokenizer.prefix_search = FastPrefixSearch(search)

    def make_doc(self, text: str) -> Doc:
        """As spaCy's, but a long run of one punctuation mark (which spaCy strips one
        character at a time, in quadratic time) becomes one token per mark directly.
        The text is kept on the Doc for :func:`warta.extensions.doc_text`."""
        doc = self._make_doc(text)
        remember_text(doc, text)
        return doc

    def _make_doc(self, text: str) -> Doc:
        if len(text) < 64 or _PUNCT_RUN.search(text) is None:
            return super().make_doc(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in _PUNCT_RUN.finditer(text):
            self._add_tokens(text[position : match.start()], words, spaces)
            words.extend(match.group(0))
            spaces.extend([False] * len(match.group(0)))
            position = match.end()
        self._add_tokens(text[position:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        return doc if doc.text == text else super().make_doc(text)

    def _add_tokens(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if not part:
            return
        if words and part[0] == " " and not spaces[-1]:
            spaces[-1] = True  # the space after a run belongs to its last mark
            part = part[1:]
            if not part:
                return
        for token in self.tokenizer(part):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
