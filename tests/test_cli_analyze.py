"""``warta analyze``: wiring, formats and exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from warta.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_file_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Hujan deras turun di Bogor. Jalan utama tergenang.", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path), "--published", "2024-03-01")
    assert code == 0
    record = json.loads(out)
    assert record["published"] == "2024-03-01"
    assert record["text"].startswith("Hujan")


def test_analyze_jsonl_batch_with_bad_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(
        '{"id": "satu", "text": "Pasar dibuka pagi ini."}\n'
        "not json\n"
        '{"id": "dua", "text": "Kereta tiba tepat waktu.", "published": "2024-05-05"}\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "analyze", "--input", str(path))
    assert code == 1
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["satu", "dua"]
    assert f"{path}:2" in err


def test_analyze_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Gubernur meresmikan jembatan baru. Warga menyambut gembira."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(capsys, "analyze", "-", "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["text"].startswith("Gubernur")


def test_analyze_table(capsys: pytest.CaptureFixture[str], example_text: str, tmp_path: Path) -> None:
    path = tmp_path / "kyiv.txt"
    path.write_text(example_text, encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path), "--published", "2024-12-17", "--format", "table")
    assert code == 0
    assert "summary" in out


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "analyze", "/nonexistent/file.txt")
    assert code == 1
    assert "/nonexistent/file.txt" in err and out == ""


def test_bad_published(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Teks.", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path), "--published", "17/12/2024")
    assert code == 1
    assert "YYYY-MM-DD" in err


def test_binary_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\xff\x00\xfe" * 100)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 1
    assert "binary" in err


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schema")
    assert code == 0
    assert json.loads(out)["title"] == "ArticleRecord"
