"""Quote finding for Indonesian news: direct, reported and mixed speech with speakers.

The spaCy component ``warta_quotes`` (``warta.components.quotes``) is a thin layer over
:func:`extract`, which a user can call on plain text.
"""

from __future__ import annotations

from .extract import extract

__all__ = ["extract"]
