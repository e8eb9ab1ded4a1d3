"""Every error warta raises on purpose, each with a stable code."""

from __future__ import annotations


class WartaError(Exception):
    """Base class: ``code`` is stable, the message is for people."""

    code = "W000"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = ""
        if source is not None:
            where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(f"[{self.code}] {where}{message}")
        self.message = message


class InputError(WartaError):
    """The input cannot be read as an article (empty, binary, not decodable)."""

    code = "W100"


class EmptyInputError(InputError):
    code = "W101"


class BinaryInputError(InputError):
    code = "W102"


class JSONLError(InputError):
    """A JSONL line is not a JSON object with a string ``text``."""

    code = "W103"


class InputTooLargeError(InputError):
    code = "W104"


class DateError(WartaError):
    code = "W200"


class ModelError(WartaError):
    """A shipped model is missing or cannot be loaded."""

    code = "W300"


class StoreError(WartaError):
    code = "W400"


class EvalError(WartaError):
    code = "W500"
