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


def test_analyze_loads_no_pipeline_when_every_input_is_bad(inputs: Path) -> None:
    """Regression: `warta analyze empty.txt` used to load the whole pipeline (seconds)
    before saying the file is empty."""
    code = (
        "import sys; from warta.cli import main; "
        f"rc = main(['analyze', {str(inputs / 'empty.txt')!r}, {str(inputs / 'binary.txt')!r}]); "
        "print(rc, 'warta.pipeline' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT)
    assert "Traceback" not in proc.stderr
    assert proc.stdout.split() == ["1", "False"]
    assert "empty.txt" in proc.stderr and "binary.txt" in proc.stderr


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


def stored_ids(db: Path, capsys: pytest.CaptureFixture[str] | None = None) -> set[str]:
    """The ids in the archive, read by `warta export` (in-process when given capsys)."""
    if capsys is None:
        proc = run(["export", "--format", "jsonl", "--db", str(db)], db.parent)
        assert proc.returncode == 0
        out = proc.stdout
    else:
        code, out, _ = _main(["export", "--format", "jsonl", "--db", str(db)], capsys)
        assert code == 0
    ids = [str(r["id"]) for r in records(out)]
    assert len(ids) == len(set(ids)), f"duplicated records: {ids}"
    return set(ids)


def test_ingest_failures_keep_what_is_stored(
    inputs: Path, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = stored_ids(archive, capsys)
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
    assert stored_ids(archive) == before  # read back by a separate process


def test_ingest_into_a_file_that_is_not_an_archive(inputs: Path) -> None:
    bogus = inputs / "notes.db"
    content = b"catatan rapat, bukan basis data " * 20
    bogus.write_bytes(content)
    proc = run(["ingest", "good.txt", "--db", str(bogus), "--no-progress"], inputs)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "notes.db" in lines[0]
    assert bogus.read_bytes() == content  # untouched


def test_ingest_directory_with_mixed_files(
    inputs: Path, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = stored_ids(archive, capsys)
    code, out, err = _main(["ingest", str(inputs / "mixed"), "--db", str(archive), "--no-progress", "--json"],
                           capsys)
    assert code == 1
    report = json.loads(out)
    assert report["new"] == 2  # a.txt and d.jsonl:1
    failed = {(Path(f["source"]).name, f["line"]) for f in report["failures"]}
    assert ("c.txt", None) in failed and ("d.jsonl", 2) in failed and ("e.html", None) in failed
    assert all("b.bin" not in f["source"] for f in report["failures"])
    after = stored_ids(archive, capsys)
    assert before <= after and "baik-2" in after and len(after) == len(before) + 2
    # again: all unchanged, nothing duplicated
    code, out, err = _main(["ingest", str(inputs / "mixed"), "--db", str(archive), "--no-progress", "--json"],
                           capsys)
    report = json.loads(out)
    assert report["new"] == 0 and report["unchanged"] == 2
    assert stored_ids(archive, capsys) == after


# -- warta search / export on bad archives and odd queries -----------------------------
@pytest.mark.parametrize("command", [["search", "Budi"], ["export", "--format", "jsonl"]])
def test_missing_archive(inputs: Path, command: list[str]) -> None:
    proc = run([*command, "--db", "nope.db"], inputs)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.db" in lines[0] and lines[0].startswith("warta: error:")
    assert not (inputs / "nope.db").exists()


@pytest.mark.parametrize("command", [["search", "Budi"], ["export", "--format", "csv"], ["search"]])
@pytest.mark.parametrize("db", ["binary.txt", "good.txt", "mixed"])
def test_bogus_archive(inputs: Path, command: list[str], db: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = (inputs / db).read_bytes() if (inputs / db).is_file() else None
    code, out, err = _main([*command, "--db", str(inputs / db)], capsys)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and db in lines[0] and lines[0].startswith("warta: error:")
    if before is not None:
        assert (inputs / db).read_bytes() == before


@pytest.mark.parametrize(
    "query",
    ['"tidak tertutup', "(", ")", "-", "*", "AND", "OR OR", "NEAR(", "a:b", "'", "\u201c", "%_", "^",
     "\U0001f600", "Budi*", "-Budi", "\\"],
)
def test_search_odd_queries(archive: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(["search", "--db", str(archive), "--format", "json", "--", query], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert isinstance(result["hits"], list) and result["total"] >= 0


def test_search_bad_date(archive: Path) -> None:
    proc = run(["search", "--db", str(archive), "--since", "2024-13-45"], archive.parent)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "2024-13-45" in lines[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [(["--until", "kemarin"], "kemarin"), (["--category", "BUKAN"], "BUKAN"), (["--limit", "x"], "'x'")],
)
def test_search_bad_options(
    archive: Path, args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(["search", "--db", str(archive), *args])
        message = ""
    except SystemExit as exc:  # argparse and option checks exit with a message
        code = exc.code if isinstance(exc.code, int) else 2
        message = exc.code if isinstance(exc.code, str) else ""
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert needle in (err + message) and "Traceback" not in err


def test_export_formats_are_clean(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    n = len(stored_ids(archive, capsys))
    code, out, err = _main(["export", "--format", "csv", "--db", str(archive)], capsys)
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) == n
    code, out, err = _main(["export", "--format", "gkg", "--db", str(archive)], capsys)
    assert code == 0 and all("\t" in line for line in out.splitlines())
    target = archive.parent / "out.parquet"
    code, out, err = _main(["export", "--format", "parquet", "--db", str(archive), "--output", str(target)],
                           capsys)
    assert code == 0 and out == "" and target.stat().st_size > 0


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


# -- regressions found by these tests ------------------------------------------------------
def test_analyze_jsonl_unpaired_surrogate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: JSON's "\\ud800" reached spaCy, which cannot hash it: a traceback."""
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"id": "s\\ud800", "text": "Budi \\ud800 pergi ke Bandung, kata dia.", "title": "\\udfff"}\n',
                    encoding="ascii")
    code, out, err = _main(["analyze", "--input", str(path)], capsys)
    assert code == 0, err
    (record,) = records(out)
    assert record["text"] == "Budi \ufffd pergi ke Bandung, kata dia."
    assert record["id"] == "s\ufffd" and record["title"] == "\ufffd"


def test_analyze_jsonl_with_byte_order_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: a BOM before the first line made it "not valid JSON"."""
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD_LINE).encode() + b"\n" + json.dumps(GOOD_LINE_2).encode())
    code, out, err = _main(["analyze", str(path)], capsys)
    assert code == 0, err
    assert [r["id"] for r in records(out)] == ["baik-1", "baik-2"]


def test_analyze_table_with_brackets_in_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: article text went to rich as markup: "[/]" raised MarkupError, and
    "[bold]" or a role in brackets silently vanished from the table."""
    path = tmp_path / "kurung.txt"
    path.write_text("Ani [/] tiba di Solo [bold] pagi. \u201cKami [/red] senang,\u201d kata Ani [x].\n",
                    encoding="utf-8")
    code, out, err = _main(["analyze", str(path), "--format", "table"], capsys)
    assert code == 0, err
    assert "[/]" in out and "[bold]" in out and "[/red]" in out


def test_analyze_directory_without_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: exit 1 with nothing at all on stderr."""
    (tmp_path / "kosong").mkdir()
    (tmp_path / "kosong" / "gambar.png").write_bytes(b"\x89PNG")
    code, out, err = _main(["analyze", str(tmp_path / "kosong")], capsys)
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"warta: error: no articles found in {tmp_path / 'kosong'}"]


def test_analyze_one_failing_article_does_not_stop_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: an exception inside the pipeline ended `warta analyze` with a
    traceback, losing the rest of the batch; now that article alone fails, by id."""
    import warta

    real_many, real_one = warta.analyze_many, warta.analyze_article

    def boom(article: warta.Article) -> None:
        if "MELEDAK" in article.text:
            raise RuntimeError("komponen rusak")

    def many(articles: list[warta.Article], **kwargs: object) -> object:
        for article in articles:
            boom(article)
        return real_many(articles, **kwargs)  # type: ignore[arg-type]

    def one(article: warta.Article, **kwargs: object) -> object:
        boom(article)
        return real_one(article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(warta, "analyze_many", many)
    monkeypatch.setattr(warta, "analyze_article", one)
    path = tmp_path / "batch.jsonl"
    path.write_text(jsonl(GOOD_LINE, {"id": "rusak", "text": "Teks ini MELEDAK."}, GOOD_LINE_2), encoding="utf-8")
    code, out, err = _main(["analyze", str(path)], capsys)
    assert code == 1
    assert [r["id"] for r in records(out)] == ["baik-1", "baik-2"]
    assert "warta: error: article rusak: analysis failed (RuntimeError: komponen rusak)" in err.splitlines()



def test_search_table_with_brackets_in_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "kurung.txt"
    src.write_text("Teks [/] dengan [bold] kurung, kata Budi Santoso.\n", encoding="utf-8")
    db = tmp_path / "k.db"
    code, _, err = _main(["ingest", str(src), "--db", str(db), "--no-progress"], capsys)
    assert code == 0, err
    code, out, err = _main(["search", "kurung", "--db", str(db)], capsys)
    assert code == 0 and "[/]" in out and "[bold]" in out



def test_ingest_directory_without_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "kosong").mkdir()
    code, out, err = _main(["ingest", str(tmp_path / "kosong"), "--db", str(tmp_path / "k.db"), "--no-progress"],
                           capsys)
    assert code == 1 and "kosong" in err
