"""Hand-built ArticleRecords for the store, archive and export tests (own words, not
corpus text), and a check that they are valid records."""

from __future__ import annotations

from warta.record import (
    Amount,
    ArticleRecord,
    Cue,
    Dateline,
    Entity,
    Quote,
    Sentence,
    Span,
    Speaker,
    Timex,
    Via,
)


def _span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return i, i + len(part)


def gur_record() -> ArticleRecord:
    """GUR reports casualties (an amount inside its quote), Kirby speaks too."""
    text = (
        "KYIV, WartaNews - Badan intelijen GUR menyebut 120 tentara tewas di Kursk pada "
        "Senin (16/12/2024). \"Sebanyak 120 tentara tewas dan 30 luka,\" kata GUR. "
        "Juru bicara John Kirby mengatakan bantuan tiba bulan depan. "
        "Kirby juga menyebut 5 jurnalis ditangkap."
    )
    q1s, q1e = _span(text, "\"Sebanyak 120 tentara tewas dan 30 luka,\"")
    q2s, q2e = _span(text, "bantuan tiba bulan depan")
    a1s, a1e = _span(text, "120 tentara", q1s)
    a2s, a2e = _span(text, "30 luka")
    a3s, a3e = _span(text, "5 jurnalis")
    a0s, a0e = _span(text, "120 tentara")
    t1s, t1e = _span(text, "Senin (16/12/2024)")
    t2s, t2e = _span(text, "bulan depan")
    gs, ge = _span(text, "GUR")
    g2s, g2e = _span(text, "GUR", q1e)
    ks, ke = _span(text, "John Kirby")
    k2s, k2e = _span(text, "Kirby", ke)
    ls, le = _span(text, "Kursk")
    s1 = text.index("\"Sebanyak")
    s2 = text.index("Juru bicara")
    s3 = text.index("Kirby juga")
    return ArticleRecord(
        id="gur-1",
        published="2024-12-17",
        published_source="metadata",
        source="WartaNews",
        title="GUR: ratusan tentara tewas",
        url="https://example.invalid/gur-1",
        text=text,
        dateline=Dateline(place="KYIV", outlet="WartaNews", start=0, end=4),
        sentences=[Sentence(start=0, end=s1 - 1), Sentence(start=s1, end=s2 - 1),
                   Sentence(start=s2, end=s3 - 1), Sentence(start=s3, end=len(text))],
        entities=[
            Entity(id="e1", label="ORG", name="GUR",
                   mentions=[Span(start=gs, end=ge, text="GUR"), Span(start=g2s, end=g2e, text="GUR")]),
            Entity(id="e2", label="PER", name="John Kirby", aliases=["Kirby"],
                   roles=["juru bicara"],
                   mentions=[Span(start=ks, end=ke, text="John Kirby"),
                             Span(start=k2s, end=k2e, text="Kirby")]),
            Entity(id="e3", label="LOC", name="Kursk", country="RU", lat=51.7, lon=36.2,
                   mentions=[Span(start=ls, end=le, text="Kursk")]),
        ],
        quotes=[
            Quote(kind="direct", start=q1s, end=q1e, text=text[q1s:q1e],
                  speaker=Speaker(name="GUR", entity="e1", start=g2s, end=g2e),
                  cue=Cue(text="kata", start=q1e + 1, end=q1e + 5)),
            Quote(kind="indirect", start=q2s, end=q2e, text=text[q2s:q2e],
                  speaker=Speaker(name="John Kirby", entity="e2", start=ks, end=ke),
                  via=Via(name="The Guardian")),
        ],
        timexes=[
            Timex(start=t1s, end=t1e, text=text[t1s:t1e], type="DATE", value="2024-12-16"),
            Timex(start=t2s, end=t2e, text=text[t2s:t2e], type="DATE", value="2025-01"),
        ],
        amounts=[
            Amount(start=a0s, end=a0e, text="120 tentara", value=120, qualifier="exact",
                   unit="tentara", category="KILL"),
            Amount(start=a1s, end=a1e, text="120 tentara", value=120, unit="tentara",
                   category="KILL", quote=0),
            Amount(start=a2s, end=a2e, text="30 luka", value=30, category="WOUND", quote=0),
            Amount(start=a3s, end=a3e, text="5 jurnalis", value=5, category="ARREST"),
        ],
        summary=[0, 1],
        warnings=["contoh peringatan"],
        warta_version="test",
    )


def kirby_record(id: str = "kirby-1", published: str = "2024-11-05") -> ArticleRecord:
    """Kirby (only his alias written) speaks; no amounts."""
    text = (
        "WASHINGTON, KabarDunia - Kirby menegaskan pasukan tambahan tidak dikirim ke "
        "Eropa tahun ini. Pejabat Pentagon itu berbicara di Gedung Putih."
    )
    qs, qe = _span(text, "pasukan tambahan tidak dikirim ke Eropa tahun ini")
    ks, ke = _span(text, "Kirby")
    ts, te = _span(text, "tahun ini")
    return ArticleRecord(
        id=id,
        published=published,
        published_source="metadata",
        source="KabarDunia",
        title="Kirby soal pasukan",
        text=text,
        sentences=[Sentence(start=0, end=text.index("Pejabat") - 1),
                   Sentence(start=text.index("Pejabat"), end=len(text))],
        entities=[
            Entity(id="e1", label="PER", name="Kirby",
                   mentions=[Span(start=ks, end=ke, text="Kirby")]),
            Entity(id="e2", label="LOC", name="Eropa",
                   mentions=[Span(start=text.index("Eropa"), end=text.index("Eropa") + 5,
                                  text="Eropa")]),
        ],
        quotes=[Quote(kind="indirect", start=qs, end=qe, text=text[qs:qe],
                      speaker=Speaker(name="Kirby", entity="e1", start=ks, end=ke))],
        timexes=[Timex(start=ts, end=te, text="tahun ini", type="DATE", value=published[:4])],
    )


def plain_record(n: int, published: str | None = "2023-03-01") -> ArticleRecord:
    """A record with text only (for bulk and crash tests)."""
    return ArticleRecord(
        id=f"plain-{n}",
        published=published,
        published_source="metadata" if published else "none",
        text=f"Berita nomor {n} tentang pasar ikan di kota pelabuhan yang ramai.",
    )


def test_sample_records_are_valid() -> None:
    for record in (gur_record(), kirby_record(), plain_record(1)):
        again = ArticleRecord.model_validate_json(record.to_json())
        assert again == record
        for quote in record.quotes:
            assert record.text[quote.start : quote.end] == quote.text
        for amount in record.amounts:
            assert record.text[amount.start : amount.end] == amount.text


# -- a throwaway PostgreSQL cluster for the PostgreSQL variants of the tests ----------
import atexit  # noqa: E402
import glob  # noqa: E402
import itertools  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


class PgUnavailable(Exception):
    pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_pg_cluster() -> tuple[str, Callable[[], None]]:
    """initdb + pg_ctl start on a temp dir and a free port on 127.0.0.1 (as the
    postgres user when run as root). Returns the server URL (no database) and a stopper."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise PgUnavailable("psycopg is not installed (pip install 'warta[postgres]')") from exc
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = found[-1] if found else shutil.which("initdb")
    if not initdb:
        raise PgUnavailable("no initdb found (apt-get install postgresql)")
    pg_ctl = str(Path(initdb).parent / "pg_ctl")
    prefix: list[str] = []
    tmp = tempfile.mkdtemp(prefix="warta-pg-")
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if not runuser:
            raise PgUnavailable("running as root without runuser")
        try:
            shutil.chown(tmp, user="postgres")
        except (LookupError, OSError) as exc:
            raise PgUnavailable(f"no postgres user to run the server as: {exc}") from exc
        prefix = [runuser, "-u", "postgres", "--"]
    data, log = f"{tmp}/data", f"{tmp}/log"
    port = _free_port()
    try:
        subprocess.run(
            [*prefix, initdb, "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--locale=C", "--no-sync"],
            check=True, capture_output=True, timeout=120,
        )
        options = (f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        subprocess.run(
            [*prefix, pg_ctl, "-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"],
            check=True, capture_output=True, timeout=120,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(tmp, ignore_errors=True)
        raise PgUnavailable(f"cannot start PostgreSQL: {exc} {detail.decode(errors='replace')[-300:]}") from exc

    def stop() -> None:
        subprocess.run([*prefix, pg_ctl, "-D", data, "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)

    return f"postgresql://postgres@127.0.0.1:{port}", stop


_CLUSTER: dict[str, object] = {}
_SCHEMAS = itertools.count()


def _shared_cluster() -> str:
    """One cluster per test session, whichever module asks first (stopped at exit)."""
    if "error" in _CLUSTER:
        raise PgUnavailable(str(_CLUSTER["error"]))
    if "url" not in _CLUSTER:
        try:
            url, stop = start_pg_cluster()
        except PgUnavailable as exc:
            _CLUSTER["error"] = exc
            raise
        atexit.register(stop)
        _CLUSTER["url"] = url
    return str(_CLUSTER["url"])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Callable[[], str]]:
    """A factory of fresh, empty schemas on a throwaway cluster (skips, with the
    reason, when no cluster can be started)."""
    try:
        base = _shared_cluster()
    except PgUnavailable as exc:
        print(f"\nPostgreSQL tests skipped: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    import psycopg


    def new_db() -> str:
        """A fresh schema (cheaper than a database), chosen through the URL's search_path."""
        name = f"w{os.getpid()}_{next(_SCHEMAS)}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        return f"{base}/postgres?options=-csearch_path%3D{name}"

    yield new_db
