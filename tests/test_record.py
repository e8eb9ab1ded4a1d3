"""The record contract: real output validates against the generated JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import warta
from warta.record import ArticleRecord, json_schema

ROOT = Path(__file__).resolve().parents[1]
CONTRACT_FIELDS = {
    "id", "published", "source", "dateline", "sentences", "entities", "quotes", "timexes",
    "amounts", "summary",
}


@pytest.fixture(scope="module")
def example_record(example_text: str) -> dict:
    return warta.analyze(example_text, published="2024-12-17", source="Liputan6.com").to_dict()


def test_example_validates_against_schema(example_record: dict) -> None:
    jsonschema.validate(example_record, json_schema())


def test_contract_fields_present(example_record: dict) -> None:
    assert set(example_record) >= CONTRACT_FIELDS
    assert example_record["published"] == "2024-12-17"


def test_offsets_inside_text(example_record: dict) -> None:
    n = len(example_record["text"])
    spans = list(example_record["sentences"])
    for key in ("quotes", "timexes", "amounts"):
        spans += example_record[key]
    for entity in example_record["entities"]:
        spans += entity["mentions"]
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= n


def test_summary_indexes_sentences_in_order(example_record: dict) -> None:
    summary = example_record["summary"]
    assert summary == sorted(summary)
    assert all(0 <= i < len(example_record["sentences"]) for i in summary)


def test_round_trip(example_record: dict) -> None:
    again = ArticleRecord.model_validate(example_record)
    assert again.to_dict() == example_record


def test_committed_schema_is_current() -> None:
    committed = json.loads((ROOT / "schema" / "article-record.schema.json").read_text())
    assert committed == json_schema(), "run: warta schema > schema/article-record.schema.json"


def test_schema_rejects_bad_qualifier(example_record: dict) -> None:
    bad = json.loads(json.dumps(example_record))
    bad["amounts"] = [{"start": 0, "end": 1, "text": "x", "qualifier": "roughly"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())
