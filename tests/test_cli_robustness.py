"""Bad input on the command line: a clear one-line message naming the file (and line),
a non-zero exit, clean machine-readable stdout, never a Python traceback, and nothing
already stored is lost.

Commands that analyse load the pipeline (seconds on a busy machine), so most inputs go
through one ``warta analyze`` process together; the per-input matrix runs the same
command in-process (``warta.cli.main``), where the pipeline is loaded once.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from warta.cli import main
from warta.record import json_schema

WARTA = [sys.executable, "-m", "warta"]
TIMEOUT = 240
VALIDATOR = jsonschema.Draft202012Validator(json_schema())

GOOD = (
    "SURABAYA, KOMPAS.com - Wali Kota Surabaya Dewi Lestari mengatakan sekitar 300 warga "
    "mengungsi pada Senin (16/12/2024). \u201cKami siapkan dapur umum,\u201d kata Dewi.\n"
)
GOOD_LINE = {"id": "baik-1", "text": "Budi Santoso pergi ke Bandung pada Selasa (17/12).",
             "published": "2024-12-17"}
GOOD_LINE_2 = {"id": "baik-2", "text": "Polisi menangkap 4 orang di Medan, ujar Kapolda.",
               "published": "2024-12-18"}


def jsonl(*items: object) -> str:
    return "".join((item if isinstance(item, str) else json.dumps(item)) + "\n" for item in items)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder holding every kind of bad (and a few good) inputs."""
    root = tmp_path_factory.mktemp("inputs")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\t\n")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64)
    (root / "latin1.txt").write_bytes("Kafe di Jakarta ramai, kata pemilik caf\u00e9 itu.\n".encode("latin-1"))
    (root / "unclosed.txt").write_text(
        "\u201cKami tidak akan mundur dari kota ini, kata Budi.\n\n\"Ia lalu pergi.", encoding="utf-8")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "bad.jsonl").write_text(
        jsonl(GOOD_LINE, "{not json", {"text": 5}, [1, 2], {"judul": "tanpa teks"},
              {"text": "   "}, {"text": "Tanggal salah.", "published": "2024-13-45"},
              {"text": "Id aneh.", "id": {"a": 1}}, '{"text": "terpotong'),
        encoding="utf-8")
    (root / "badbytes.jsonl").write_bytes(
        b'{"text": "Caf\xe9 di Bogor ramai, kata pemilik."}\n\xff\xfe\x00garbage\n')
    mixed = root / "mixed"
    (mixed / "sub").mkdir(parents=True)
    (mixed / "a.txt").write_text("Pemerintah Kota Bogor menutup 3 jalan, kata Wali Kota.", encoding="utf-8")
    (mixed / "b.bin").write_bytes(b"\x00\x01\x02")  # not an input suffix: skipped
    (mixed / "sub" / "c.txt").write_bytes(b"\x00\x00binary\x00")
    (mixed / "sub" / "d.jsonl").write_text(jsonl(GOOD_LINE_2, "[]"), encoding="utf-8")
    (mixed / "e.html").write_text("<html><body></body></html>", encoding="utf-8")
    return root


def run(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200")
    env.pop("WARTA_DB", None)
    proc = subprocess.run(
        [*WARTA, *args], cwd=cwd, input=stdin.decode("utf-8", "surrogateescape") if stdin else None,
        capture_output=True, text=True, timeout=TIMEOUT, env=env,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout
    return proc


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "error" in line.lower() or "failed:" in line]


def records(stdout: str) -> list[dict[str, object]]:
    """stdout as JSONL records, each valid against the schema (nothing else on stdout)."""
    out = []
    for line in stdout.splitlines():
        obj = json.loads(line)
        errors = list(VALIDATOR.iter_errors(obj))
        assert not errors, errors[0].message
        out.append(obj)
    return out


# -- warta analyze, one process for the lot -----------------------------------------
def test_analyze_many_bad_inputs_in_one_run(inputs: Path) -> None:
    files = ["empty.txt", "binary.txt", "latin1.txt", "bad.jsonl", "unclosed.txt",
             "nope.txt", "mixed", "good.txt"]
    proc = run(["analyze", *files, "--format", "jsonl"], inputs)
    assert proc.returncode == 1
    got = records(proc.stdout)
    texts = [str(r["text"]) for r in got]
    # good ones all came through, in input order
    assert texts[0].startswith("Kafe di Jakarta")
    assert GOOD_LINE["text"] in texts and GOOD_LINE_2["text"] in texts
    assert texts[-1] == GOOD
    assert len(got) == 6  # latin1, bad.jsonl:1, unclosed, mixed/a.txt, mixed/sub/d.jsonl:1, good
    err = proc.stderr
    for expected in ("empty.txt: ", "binary.txt: ", "bad.jsonl:2: ", "bad.jsonl:3: ", "bad.jsonl:4: ",
                     "bad.jsonl:5: ", "bad.jsonl:6: ", "bad.jsonl:7: ", "bad.jsonl:8: ", "bad.jsonl:9: ",
                     "nope.txt: ", os.path.join("mixed", "sub", "c.txt") + ": ",
                     os.path.join("mixed", "sub", "d.jsonl") + ":2: "):
        assert any(expected in line for line in error_lines(err)), f"no error naming {expected!r}:\n{err}"
    assert "b.bin" not in err


# -- the same inputs one at a time, in-process ---------------------------------------
def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


ONE_FILE_ERRORS = [
    ("empty.txt", "[W101] {d}/empty.txt: empty input"),
    ("blank.txt", "[W101] {d}/blank.txt: empty input"),
    ("binary.txt", "[W102] {d}/binary.txt: binary data"),
    ("image.txt", "[W102] {d}/image.txt: binary data"),
    ("nope.txt", "[W100] {d}/nope.txt: no such file"),
]


@pytest.mark.parametrize(("name", "message"), ONE_FILE_ERRORS)
def test_analyze_bad_file(inputs: Path, name: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(["analyze", str(inputs / name)], capsys)
    assert code == 1
    assert out == ""
    assert message.format(d=inputs) in err.splitlines()[0]
    assert len(err.splitlines()) == 2  # the error, then the count


def test_analyze_non_utf8_is_decoded_with_a_warning(inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(["analyze", str(inputs / "latin1.txt")], capsys)
    assert code == 0
    record = json.loads(out)
    assert "caf\u00e9" in record["text"]
    assert any("UTF-8" in w for w in record["warnings"])


def test_analyze_unclosed_quotes(inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(["analyze", str(inputs / "unclosed.txt")], capsys)
    assert code == 0
    record = json.loads(out)
    assert record["sentences"]
    text = record["text"]
    for quote in record["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (2, "not valid JSON"),
        (3, 'missing string field "text"'),
        (4, "expected a JSON object"),
        (5, 'missing string field "text"'),
        (6, '"text" is empty'),
        (7, "is not YYYY-MM-DD"),
        (8, 'field "id" must be a string'),
        (9, "not valid JSON"),
    ],
)
def test_analyze_jsonl_bad_line(inputs: Path, line: int, message: str) -> None:
    # the message for each line, from the reader itself (no pipeline needed)
    from warta.errors import InputError
    from warta.ingest import iter_path

    items = list(iter_path(inputs / "bad.jsonl"))
    assert len(items) == 9
    item = items[line - 1]
    assert isinstance(item, InputError)
    assert f"bad.jsonl:{line}: " in str(item) and message in str(item)


def test_analyze_jsonl_with_bad_bytes(inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(["analyze", "--input", str(inputs / "badbytes.jsonl")], capsys)
    assert code == 1
    got = records(out)
    assert len(got) == 1 and str(got[0]["text"]).startswith("Caf\u00e9 di Bogor")
    assert any("not valid UTF-8" in str(w) for w in got[0]["warnings"])  # type: ignore[attr-defined]
    assert "badbytes.jsonl:2: not valid JSON" in err


def test_analyze_stdin_binary_and_empty() -> None:
    for data in (b"", b"\x00\x01\x02\x03"):
        proc = subprocess.run([*WARTA, "analyze", "-"], input=data, capture_output=True, timeout=TIMEOUT)
        stderr = proc.stderr.decode("utf-8", "replace")
        assert "Traceback" not in stderr
        assert proc.returncode == 1 and proc.stdout == b""
        assert "<stdin>" in stderr.splitlines()[0]


def test_analyze_bad_published_option(inputs: Path) -> None:
    proc = run(["analyze", "good.txt", "--published", "17-12-2024"], inputs)
    assert proc.returncode != 0 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "17-12-2024" in proc.stderr


# -- warta ingest: a failing ingest loses nothing --------------------------------------
@pytest.fixture(scope="module")
def archive(inputs: Path) -> Iterator[Path]:
    """An archive holding good.txt and the good line of bad.jsonl."""
    db = inputs / "archive.db"
    proc = run(["ingest", "good.txt", "bad.jsonl", "--db", str(db), "--no-progress", "--json"], inputs)
    assert proc.returncode == 1  # bad.jsonl's bad lines
    report = json.loads(proc.stdout)
    assert report["new"] == 2 and report["failed"] == 8
    yield db


def stored_ids(db: Path) -> set[str]:
    proc = run(["export", "--format", "jsonl", "--db", str(db)], db.parent)
    assert proc.returncode == 0
    return {str(r["id"]) for r in records(proc.stdout)}


def test_ingest_failures_keep_what_is_stored(inputs: Path, archive: Path) -> None:
    before = stored_ids(archive)
    assert len(before) == 2 and "baik-1" in before
    proc = run(["ingest", "empty.txt", "binary.txt", "nope.txt", "bad.jsonl", "--db", str(archive),
                "--no-progress", "--json"], inputs)
    assert proc.returncode == 1
    report = json.loads(proc.stdout)  # stdout: the JSON report only
    assert report["new"] == 0 and report["updated"] == 0 and report["unchanged"] == 1
    sources = {(Path(f["source"]).name, f["line"]) for f in report["failures"]}
    assert {("empty.txt", None), ("binary.txt", None), ("nope.txt", None), ("bad.jsonl", 2),
            ("bad.jsonl", 9)} <= sources
    assert "bad.jsonl:3: " in proc.stderr and "failed: " in proc.stderr
    assert stored_ids(archive) == before


def test_ingest_into_a_file_that_is_not_an_archive(inputs: Path) -> None:
    bogus = inputs / "notes.db"
    content = b"catatan rapat, bukan basis data " * 20
    bogus.write_bytes(content)
    proc = run(["ingest", "good.txt", "--db", str(bogus), "--no-progress"], inputs)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "notes.db" in lines[0]
    assert bogus.read_bytes() == content  # untouched


def test_ingest_directory_with_mixed_files(inputs: Path, archive: Path) -> None:
    before = stored_ids(archive)
    proc = run(["ingest", "mixed", "--db", str(archive), "--no-progress", "--json"], inputs)
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["new"] == 2  # a.txt and d.jsonl:1
    failed = {(Path(f["source"]).name, f["line"]) for f in report["failures"]}
    assert ("c.txt", None) in failed and ("d.jsonl", 2) in failed and ("e.html", None) in failed
    assert all("b.bin" not in f["source"] for f in report["failures"])
    after = stored_ids(archive)
    assert before <= after and "baik-2" in after and len(after) == len(before) + 2
    with sqlite3.connect(archive) as con:  # nothing duplicated
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        assert tables


# -- warta search / export on bad archives and odd queries -----------------------------
@pytest.mark.parametrize("command", [["search", "Budi"], ["export", "--format", "jsonl"]])
def test_missing_or_bogus_archive(inputs: Path, command: list[str]) -> None:
    for db, needle in (("nope.db", "nope.db"), ("binary.txt", "binary.txt")):
        proc = run([*command, "--db", db], inputs)
        assert proc.returncode == 1 and proc.stdout == ""
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("warta: error:")


@pytest.mark.parametrize(
    "query",
    ['"tidak tertutup', "(", ")", "-", "*", "AND", "OR OR", "NEAR(", "a:b", "'", "\u201c", "%_", "^",
     "\U0001f600", "Budi*", "-Budi", "\\"],
)
def test_search_odd_queries(archive: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(["search", query, "--db", str(archive), "--format", "json"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert isinstance(result["hits"], list) and result["total"] >= 0


@pytest.mark.parametrize(
    "args",
    [["--since", "2024-13-45"], ["--until", "kemarin"], ["--category", "BUKAN"], ["--limit", "x"]],
)
def test_search_bad_options(archive: Path, args: list[str]) -> None:
    proc = run(["search", "--db", str(archive), *args], archive.parent)
    assert proc.returncode != 0 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) >= 1


def test_export_formats_are_clean(archive: Path) -> None:
    proc = run(["export", "--format", "csv", "--db", str(archive)], archive.parent)
    assert proc.returncode == 0
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == len(stored_ids(archive))
    proc = run(["export", "--format", "gkg", "--db", str(archive)], archive.parent)
    assert proc.returncode == 0
    assert all("\t" in line for line in proc.stdout.splitlines())
    out = archive.parent / "out.parquet"
    proc = run(["export", "--format", "parquet", "--db", str(archive), "--output", str(out)], archive.parent)
    assert proc.returncode == 0 and proc.stdout == "" and out.stat().st_size > 0


# -- huge input -------------------------------------------------------------------------
@pytest.mark.slow
def test_analyze_five_megabyte_article(tmp_path: Path) -> None:
    para = ("MEDAN, KOMPAS.com - Gubernur Sumatera Utara Rahmat Hidayat mengatakan sekitar 1.500 "
            "warga mengungsi sejak Senin (16/12/2024). \u201cKami terus membantu,\u201d kata Rahmat. "
            "Sedikitnya 7 orang tewas dan puluhan rumah rusak.\n\n")
    big = tmp_path / "besar.txt"
    big.write_text((para * (5_000_000 // len(para) + 1))[:5_000_000], encoding="utf-8")
    proc = run(["analyze", str(big), "--format", "jsonl", "--published", "2024-12-17"], tmp_path)
    assert proc.returncode == 0
    (record,) = records(proc.stdout)
    assert len(str(record["text"])) == 5_000_000 and record["sentences"]
