"""Exports of an archive: JSONL, CSV, Parquet and a GKG-style TSV.

- ``jsonl``: one full ArticleRecord per line (lossless; ``warta ingest`` of an
  export re-creates the same articles' inputs, and ``ArticleRecord`` reads it back).
- ``csv``: one row per article (``rows="articles"``, default) with its metadata,
  counts and the names of its people/organisations/places; or one row per quote
  (``rows="quotes"``) with the speaker, kind, text and offsets; or one row per amount
  (``rows="amounts"``) with value, range, category and the speaker of its quote.
- ``parquet``: one row per article, every record field as a typed (nested) column
  (needs ``pip install "warta[parquet]"``).
- ``gkg``: a tab-separated file in the spirit of GDELT's Global Knowledge Graph: one
  row per article with ``;``-separated lists whose items are ``#``-separated fields
  (see :data:`GKG_COLUMNS`).
"""

from __future__ import annotations

import csv
import json
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .errors import WartaError
from .record import ArticleRecord
from .store import Store

FORMATS = ("jsonl", "csv", "parquet", "gkg")
CSV_ROWS = ("articles", "quotes", "amounts")


class ExportError(WartaError):
    code = "W410"


ARTICLE_COLUMNS = (
    "id", "published", "published_source", "source", "title", "url", "dateline_place",
    "n_chars", "n_sentences", "n_entities", "n_persons", "n_organisations", "n_locations",
    "n_quotes", "n_timexes", "n_amounts", "persons", "organisations", "locations", "speakers",
    "summary",
)
QUOTE_COLUMNS = (
    "article_id", "published", "source", "quote_index", "kind", "speaker", "speaker_entity",
    "speaker_label", "cue", "via", "channel", "start", "end", "text",
)
AMOUNT_COLUMNS = (
    "article_id", "published", "source", "amount_index", "text", "value", "low", "high",
    "qualifier", "unit", "object", "category", "quote_index", "speaker", "start", "end",
)

#: GKG-style columns. COUNTS items: category#value#low#high#qualifier#object#offset;
#: PERSONS/ORGANIZATIONS: name; LOCATIONS: name#country#lat#lon;
#: QUOTATIONS: offset#length#cue#speaker#text; AMOUNTS: value#low#high#unit#object#offset;
#: DATES: type#value#offset.
GKG_COLUMNS = (
    "GKGRECORDID", "DATE", "SOURCECOMMONNAME", "DOCUMENTIDENTIFIER", "COUNTS", "PERSONS",
    "ORGANIZATIONS", "LOCATIONS", "QUOTATIONS", "AMOUNTS", "DATES",
)


def _clean(value: Any, seps: str = "") -> str:
    """A field for a delimited list: no tabs or newlines, separators replaced."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    for ch in "\t\r\n" + seps:
        text = text.replace(ch, " ")
    return text


def _names(record: ArticleRecord, label: str) -> list[str]:
    return list(dict.fromkeys(e.name for e in record.entities if e.label == label))


def article_row(record: ArticleRecord) -> dict[str, Any]:
    entity = {e.id: e for e in record.entities}
    speakers = []
    for q in record.quotes:
        if q.speaker:
            ent = entity.get(q.speaker.entity or "")
            speakers.append(ent.name if ent else q.speaker.name)
    return {
        "id": record.id,
        "published": record.published,
        "published_source": record.published_source,
        "source": record.source,
        "title": record.title,
        "url": record.url,
        "dateline_place": record.dateline.place if record.dateline else None,
        "n_chars": len(record.text),
        "n_sentences": len(record.sentences),
        "n_entities": len(record.entities),
        "n_persons": len(_names(record, "PER")),
        "n_organisations": len(_names(record, "ORG")),
        "n_locations": len(_names(record, "LOC")),
        "n_quotes": len(record.quotes),
        "n_timexes": len(record.timexes),
        "n_amounts": len(record.amounts),
        "persons": "; ".join(_names(record, "PER")),
        "organisations": "; ".join(_names(record, "ORG")),
        "locations": "; ".join(_names(record, "LOC")),
        "speakers": "; ".join(dict.fromkeys(speakers)),
        "summary": " ".join(
            record.text[record.sentences[i].start : record.sentences[i].end]
            for i in record.summary
            if 0 <= i < len(record.sentences)
        ),
    }


def quote_rows(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    entity = {e.id: e for e in record.entities}
    for i, q in enumerate(record.quotes):
        ent = entity.get(q.speaker.entity or "") if q.speaker else None
        yield {
            "article_id": record.id,
            "published": record.published,
            "source": record.source,
            "quote_index": i,
            "kind": q.kind,
            "speaker": (ent.name if ent else q.speaker.name) if q.speaker else None,
            "speaker_entity": q.speaker.entity if q.speaker else None,
            "speaker_label": ent.label if ent else None,
            "cue": q.cue.text if q.cue else None,
            "via": q.via.name if q.via else None,
            "channel": q.channel,
            "start": q.start,
            "end": q.end,
            "text": q.text,
        }


def amount_rows(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    entity = {e.id: e for e in record.entities}
    for i, a in enumerate(record.amounts):
        speaker = None
        if a.quote is not None and 0 <= a.quote < len(record.quotes):
            sp = record.quotes[a.quote].speaker
            if sp:
                ent = entity.get(sp.entity or "")
                speaker = ent.name if ent else sp.name
        yield {
            "article_id": record.id, "published": record.published, "source": record.source,
            "amount_index": i, "text": a.text, "value": a.value, "low": a.low, "high": a.high,
            "qualifier": a.qualifier, "unit": a.unit, "object": a.object, "category": a.category,
            "quote_index": a.quote, "speaker": speaker, "start": a.start, "end": a.end,
        }


def gkg_row(record: ArticleRecord) -> list[str]:
    entity = {e.id: e for e in record.entities}
    counts = [
        "#".join(_clean(v, "#;") for v in (
            a.category, a.value, a.low, a.high, a.qualifier, a.object or a.unit, a.start))
        for a in record.amounts if a.category
    ]
    locations = [
        "#".join(_clean(v, "#;") for v in (e.name, e.country, e.lat, e.lon))
        for e in record.entities if e.label == "LOC"
    ]
    quotations = []
    for q in record.quotes:
        speaker = None
        if q.speaker:
            ent = entity.get(q.speaker.entity or "")
            speaker = ent.name if ent else q.speaker.name
        quotations.append("#".join(_clean(v, "#;") for v in (
            q.start, q.end - q.start, q.cue.text if q.cue else "", speaker, q.text)))
    amounts = [
        "#".join(_clean(v, "#;") for v in (a.value, a.low, a.high, a.unit, a.object, a.start))
        for a in record.amounts
    ]
    dates = ["#".join(_clean(v, "#;") for v in (t.type, t.value, t.start)) for t in record.timexes]
    return [
        _clean(record.id),
        (record.published or "").replace("-", ""),
        _clean(record.source),
        _clean(record.url or record.id),
        ";".join(counts),
        ";".join(_clean(n, ";") for n in _names(record, "PER")),
        ";".join(_clean(n, ";") for n in _names(record, "ORG")),
        ";".join(locations),
        ";".join(quotations),
        ";".join(amounts),
        ";".join(dates),
    ]


# -- Parquet -----------------------------------------------------------------------
def _arrow_type(annotation: Any) -> Any:
    import pyarrow as pa

    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _arrow_type(args[0])
    if origin is Literal:
        return pa.string()
    if origin in (list, typing.List):  # noqa: UP006
        return pa.list_(_arrow_type(get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(
            [pa.field(name, _arrow_type(f.annotation)) for name, f in annotation.model_fields.items()]
        )
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if annotation in simple:
        return simple[annotation]
    return pa.string()


def arrow_schema() -> Any:
    """The Arrow schema of an ArticleRecord (nested structs and lists)."""
    import pyarrow as pa

    return pa.schema(
        [pa.field(n, _arrow_type(f.annotation)) for n, f in ArticleRecord.model_fields.items()]
    )


def _write_parquet(records: Iterable[ArticleRecord], output: Any, batch: int = 1000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError(
            'Parquet export needs pyarrow: pip install "warta[parquet]"'
        ) from None
    schema = arrow_schema()
    n = 0
    with pq.ParquetWriter(output, schema, compression="zstd") as writer:
        rows: list[dict[str, Any]] = []
        for record in records:
            rows.append(record.to_dict())
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


# -- entry point ---------------------------------------------------------------------
def export_records(
    records: Iterable[ArticleRecord],
    fmt: str,
    output: IO[str] | IO[bytes] | str | Path,
    *,
    rows: str = "articles",
) -> int:
    """Write ``records`` in ``fmt`` to ``output`` (a path or an open stream: text for
    jsonl/csv/gkg, binary for parquet); returns the number of rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if rows not in CSV_ROWS:
        raise ExportError(f"unknown CSV rows {rows!r}; use one of {', '.join(CSV_ROWS)}")
    if fmt == "parquet":
        if isinstance(output, str | Path):
            return _write_parquet(records, str(output))
        return _write_parquet(records, output)
    if isinstance(output, str | Path):
        with open(output, "w", encoding="utf-8", newline="") as handle:
            return export_records(records, fmt, handle, rows=rows)
    stream = typing.cast(IO[str], output)
    n = 0
    if fmt == "jsonl":
        for record in records:
            stream.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "gkg":
        stream.write("\t".join(GKG_COLUMNS) + "\n")
        for record in records:
            stream.write("\t".join(gkg_row(record)) + "\n")
            n += 1
        return n
    columns = {"articles": ARTICLE_COLUMNS, "quotes": QUOTE_COLUMNS, "amounts": AMOUNT_COLUMNS}[rows]
    dict_writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    dict_writer.writeheader()
    for record in records:
        if rows == "articles":
            items: Iterable[dict[str, Any]] = [article_row(record)]
        elif rows == "quotes":
            items = quote_rows(record)
        else:
            items = amount_rows(record)
        for item in items:
            dict_writer.writerow(item)
            n += 1
    return n


def export_store(
    store: Store, fmt: str, output: IO[str] | IO[bytes] | str | Path, *, rows: str = "articles"
) -> int:
    """Export every record of ``store`` (by published date, then id)."""
    return export_records(store.iter_records(), fmt, output, rows=rows)
