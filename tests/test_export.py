"""Exports: JSONL (lossless), CSV (articles / quotes / amounts), Parquet, GKG TSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from test_store_records import gur_record, kirby_record, plain_record
from warta.archive import export
from warta.export import (
    ARTICLE_COLUMNS,
    GKG_COLUMNS,
    QUOTE_COLUMNS,
    ExportError,
    export_records,
    gkg_row,
)
from warta.record import ArticleRecord
from warta.store import open_store

RECORDS = [plain_record(1), kirby_record(), gur_record()]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "e.db")
    with open_store(path) as store:
        store.upsert(RECORDS)
    return path


def test_jsonl_is_lossless(db: str) -> None:
    out = io.StringIO()
    assert export("jsonl", out, db) == 3
    back = [ArticleRecord.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert back == RECORDS  # by published date, then id


def test_csv_articles(db: str) -> None:
    out = io.StringIO()
    export("csv", out, db)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ARTICLE_COLUMNS
    gur = rows[-1]
    assert gur["id"] == "gur-1" and gur["n_quotes"] == "2" and gur["n_amounts"] == "4"
    assert gur["persons"] == "John Kirby" and gur["organisations"] == "GUR"
    assert gur["speakers"] == "GUR; John Kirby"
    assert gur["dateline_place"] == "KYIV"
    assert gur["summary"].startswith("KYIV, WartaNews")


def test_csv_quotes_and_amounts(db: str) -> None:
    out = io.StringIO()
    assert export("csv", out, db, rows="quotes") == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == QUOTE_COLUMNS
    assert [(r["article_id"], r["speaker"], r["kind"]) for r in rows] == [
        ("kirby-1", "Kirby", "indirect"), ("gur-1", "GUR", "direct"),
        ("gur-1", "John Kirby", "indirect")]
    assert rows[1]["text"].startswith('"Sebanyak')  # quotes inside a field survive
    out = io.StringIO()
    export("csv", out, db, rows="amounts")
    amounts = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(a["category"], a["speaker"]) for a in amounts] == [
        ("KILL", ""), ("KILL", "GUR"), ("WOUND", "GUR"), ("ARREST", "")]


def test_gkg(db: str, tmp_path: Path) -> None:
    path = tmp_path / "out.tsv"
    export("gkg", path, db)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GKG_COLUMNS)
    assert len(lines) == 4
    gur = dict(zip(GKG_COLUMNS, lines[-1].split("\t"), strict=True))
    assert gur["DATE"] == "20241217"
    assert gur["PERSONS"] == "John Kirby" and gur["ORGANIZATIONS"] == "GUR"
    assert gur["LOCATIONS"] == "Kursk#RU#51.7#36.2"
    assert gur["COUNTS"].split(";")[1].startswith("KILL#120#")
    quotes = gur["QUOTATIONS"].split(";")
    assert len(quotes) == 2 and quotes[0].split("#")[2:4] == ["kata", "GUR"]
    assert gur["DATES"].split(";")[0].startswith("DATE#2024-12-16#")


def test_gkg_fields_never_break_the_row() -> None:
    record = plain_record(1).model_copy(update={"source": "A\tB\nC", "id": "x;y"})
    row = gkg_row(record)
    assert len(row) == len(GKG_COLUMNS)
    assert all("\t" not in f and "\n" not in f for f in row)


def test_parquet(db: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    assert export("parquet", path, db) == 3
    table = pq.read_table(path)
    assert table.num_rows == 3
    rows = table.to_pylist()
    assert rows[2]["id"] == "gur-1"
    assert rows[2]["quotes"][0]["speaker"]["name"] == "GUR"
    assert ArticleRecord.model_validate(rows[2]) == gur_record()


def test_parquet_without_pyarrow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pyarrow"):
            raise ImportError("no pyarrow")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ExportError, match=r"warta\[parquet\]"):
        export_records(RECORDS, "parquet", tmp_path / "x.parquet")


def test_unknown_format() -> None:
    with pytest.raises(ExportError, match="unknown export format"):
        export_records(RECORDS, "xml", io.StringIO())


def test_empty_archive(tmp_path: Path) -> None:
    out = io.StringIO()
    assert export("jsonl", out, str(tmp_path / "empty.db")) == 0
    assert out.getvalue() == ""


def test_jsonl_lines_are_json(db: str) -> None:
    out = io.StringIO()
    export("jsonl", out, db)
    assert all(json.loads(line)["schema_version"] for line in out.getvalue().splitlines())
