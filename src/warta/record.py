"""The data model: an ArticleRecord and its parts, as in the record contract.

Offsets are Python string indices into the analysed ``text``. Field names are a
stable contract read by tools outside the project: add fields, never rename.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Qualifier = Literal["exact", "about", "at_least", "at_most", "more_than", "less_than", "nearly"]
Category = Literal[
    "KILL", "WOUND", "KILL_OR_WOUND", "MISSING", "ARREST", "KIDNAP", "DISPLACE", "AFFECT"
]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EntityLabel = Literal["PER", "ORG", "LOC"]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Part):
    """A stretch of the analysed text."""

    start: int
    end: int
    text: str = ""


class Dateline(_Part):
    """The wire-copy opening: "JAKARTA, KOMPAS.com -" or "Liputan6.com, Kyiv -"."""

    place: str | None = None
    outlet: str | None = None
    start: int
    end: int


class Sentence(_Part):
    start: int
    end: int


class Entity(_Part):
    id: str
    label: EntityLabel
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code")
    lat: float | None = None
    lon: float | None = None


class Speaker(_Part):
    name: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None


class Cue(_Part):
    text: str
    start: int
    end: int


class Via(_Part):
    name: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None


class Quote(_Part):
    kind: QuoteKind
    start: int
    end: int
    text: str
    speaker: Speaker | None = None
    cue: Cue | None = None
    via: Via | None = None
    channel: str | None = None


class Timex(_Part):
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = Field(default=None, description="TimeML mod: APPROX, START, MID, END, ...")
    anchor: str | None = Field(default=None, description="the date a relative value used")
    quant: str | None = Field(default=None, description="TimeML quant for SET, e.g. EVERY")
    freq: str | None = Field(default=None, description="TimeML freq for SET, e.g. 2X")


class Amount(_Part):
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    object: str | None = None
    category: Category | None = None
    quote: int | None = Field(default=None, description="index into quotes when inside one")


class ArticleRecord(_Part):
    """Everything warta knows about one article."""

    id: str
    published: str | None = None
    published_source: str | None = Field(
        default=None, description="metadata | dateline | text | none: where `published` came from"
    )
    source: str | None = None
    title: str | None = None
    url: str | None = None
    text: str
    dateline: Dateline | None = None
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    summary: list[int] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    warta_version: str = ""
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ArticleRecord, generated from the model."""
    schema = ArticleRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://warta.invalid/schema/article-record.json"
    return schema
