"""Sentence boundaries read from Doc arrays (cheaper than building ``doc.sents`` Spans)."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence of ``doc.sents``, index for index.
    A doc without sentence boundaries is one sentence."""
    n = len(doc)
    if n == 0:
        return []
    starts_flag = doc.to_array("SENT_START")
    idx = doc.to_array("IDX")
    length = doc.to_array("LENGTH")
    first = np.flatnonzero(starts_flag == 1)
    if first.size == 0 or first[0] != 0:
        first = np.concatenate([np.zeros(1, dtype=first.dtype), first])
    last = np.concatenate([first[1:], np.asarray([n], dtype=first.dtype)]) - 1
    begin = idx[first].tolist()
    end = (idx[last] + length[last]).tolist()
    return list(zip(begin, end, strict=True))
