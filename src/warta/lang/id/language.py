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

from spacy.lang.id import Indonesian, IndonesianDefaults
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

_EXCEPTIONS = {orth: tokens for orth, tokens in TOKENIZER_EXCEPTIONS.items() if "-" not in orth}
_HYPHEN_WORD = re.compile(
    r"^(?!ke-)(?!.*-(?:nya|ku|mu)$)"
    r"(?:[a-z]+(?:-[a-z]+)+|([A-Za-z]+)-\1[a-z]*|[A-Z][a-z]+-[a-z]+(?:-[a-z]+)*)$"
)


class WartaIndonesianDefaults(IndonesianDefaults):
    tokenizer_exceptions = _EXCEPTIONS
    token_match = _HYPHEN_WORD.match


class WartaIndonesian(Indonesian):
    """Indonesian as warta tokenises it (``lang`` stays "id")."""

    Defaults = WartaIndonesianDefaults
