"""Ingest on a local Dask cluster: same records as in-process, and a killed worker loses nothing."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from warta.archive import ingest_articles
from warta.article import Article
from warta.distributed import client, dask_mapper
from warta.store import open_store

TOWNS = ["Bogor", "Depok", "Medan", "Padang", "Kupang", "Ambon", "Palu", "Sorong"]


def articles(n: int) -> list[Article]:
    out = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        text = (
            f"{town.upper()}, KOMPAS.com - Banjir merendam {i + 3} rumah di {town} pada Senin "
            f"(16/12/2024). \"Air naik cepat sekali,\" kata warga bernama Sari {i}. "
            f"Petugas mengevakuasi sekitar {10 * (i + 1)} orang ke tempat aman."
        )
        out.append(Article(text=text, id=f"art-{i:03d}", source="Kompas.com"))
    return out


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with client(workers=2) as c:
        yield c


def stored_ids(db: Path) -> list[str]:
    store = open_store(str(db))
    try:
        return sorted(r.id for r in store.iter_records())
    finally:
        store.close()


def test_dask_ingest_matches_local(cluster: object, tmp_path: Path) -> None:
    batch = articles(24)
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    with open_store(str(local_db)) as store:
        local = ingest_articles(batch, store)
    with open_store(str(dask_db)) as store:
        report = ingest_articles(batch, store, mapper=dask_mapper(cluster, partition_size=4))
    assert (report.new, len(report.failed)) == (24, 0) == (local.new, len(local.failed))
    with open_store(str(local_db)) as a, open_store(str(dask_db)) as b:
        assert [r.to_dict() for r in a.iter_records()] == [r.to_dict() for r in b.iter_records()]
    with open_store(str(dask_db)) as store:
        again = ingest_articles(batch, store, mapper=dask_mapper(cluster, partition_size=4))
    assert (again.new, again.unchanged) == (0, 24)


def test_killed_worker_loses_no_article(cluster: object, tmp_path: Path) -> None:
    batch = articles(40)
    pids = list(cluster.run(os.getpid).values())  # type: ignore[attr-defined]
    killed = False

    def killing_iter() -> Iterator[Article]:
        nonlocal killed
        for i, article in enumerate(batch):
            if i == 12 and not killed:
                os.kill(pids[0], signal.SIGKILL)
                killed = True
            yield article

    db = tmp_path / "killed.db"
    with open_store(str(db)) as store:
        report = ingest_articles(killing_iter(), store, mapper=dask_mapper(cluster, partition_size=4))
    assert killed
    # every article is either stored or reported as failed; a rerun completes the rest
    assert report.new + len(report.failed) == 40
    with open_store(str(db)) as store:
        rerun = ingest_articles(batch, store, mapper=dask_mapper(cluster, partition_size=4))
    assert rerun.failed == []
    assert stored_ids(db) == sorted(a.id for a in batch)
