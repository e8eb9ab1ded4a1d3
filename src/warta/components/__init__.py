"""warta's spaCy components, one per module, registered as factories on import.

Order in the pipeline (see ``warta.pipeline.PIPELINE``):
dateline -> sentences -> entities -> aliases -> timexes -> quotes -> amounts -> summary
"""

from __future__ import annotations

from . import aliases, amounts, dateline, entities, quotes, sentences, summary, timexes

__all__ = [
    "aliases",
    "amounts",
    "dateline",
    "entities",
    "quotes",
    "sentences",
    "summary",
    "timexes",
]
