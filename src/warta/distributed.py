"""Dask entry points: the per-article function mapped over partitions on a cluster.

``warta ingest --workers N`` starts a local cluster of N single-threaded worker
processes; ``--scheduler ADDRESS`` joins an existing ``dask.distributed`` cluster.
Each worker builds the pipeline once (``warta.load`` is cached per process) and
analyses whole partitions; the client writes the records to the store in batches,
so idempotence and crash safety are exactly those of single-process ingest.

On several machines::

    # machine A (scheduler)
    dask scheduler --host 0.0.0.0 --port 8786
    # every machine with cores to give (warta[dask] installed, same version)
    dask worker tcp://A:8786 --nworkers 2 --nthreads 1 --memory-limit 1GB
    # anywhere that can reach the scheduler and the database
    warta ingest archive/ --db postgresql://... --scheduler tcp://A:8786
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .archive import Failed, Mapper, local_mapper
from .article import Article
from .errors import WartaError
from .record import ArticleRecord


class DistributedError(WartaError):
    code = "W600"


def _require_distributed() -> Any:
    try:
        import distributed
    except ImportError:  # pragma: no cover - depends on the install
        raise DistributedError(
            'Dask is not installed: pip install "warta[dask]"'
        ) from None
    return distributed


def analyse_partition(
    articles: list[Article], config: Mapping[str, Mapping[str, Any]] | None = None
) -> list[ArticleRecord | Failed]:
    """What a worker runs: the local pipeline over one partition."""
    return list(local_mapper(config)(articles))


@contextlib.contextmanager
def client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` when given, else a local cluster
    of ``workers`` single-threaded processes (closed on exit)."""
    distributed = _require_distributed()
    if scheduler:
        try:
            c = distributed.Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise DistributedError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield c
        finally:
            c.close()
        return
    cluster = distributed.LocalCluster(
        n_workers=max(1, workers or 1),
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=40,
    )
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def dask_mapper(
    dask_client: Any,
    *,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    partition_size: int = 64,
    in_flight_per_worker: int = 2,
    retries: int = 2,
) -> Mapper:
    """A Mapper that analyses partitions on the cluster behind ``dask_client``.

    At most ``in_flight_per_worker`` partitions per worker are queued, so memory
    stays bounded however large the input. A partition lost with its worker is
    retried (``retries``) elsewhere; if it still fails, its articles come back as
    ``Failed`` (reported, not stored, picked up by the next run)."""
    distributed = _require_distributed()

    def mapper(articles: Iterable[Article]) -> Iterator[ArticleRecord | Failed]:
        n_workers = max(1, len(dask_client.scheduler_info().get("workers", {})))
        limit = n_workers * in_flight_per_worker
        futures = distributed.as_completed()
        chunks: dict[str, list[Article]] = {}
        source = iter(articles)

        def submit_next() -> bool:
            chunk: list[Article] = []
            for article in source:
                chunk.append(article)
                if len(chunk) >= partition_size:
                    break
            if not chunk:
                return False
            future = dask_client.submit(
                analyse_partition, chunk, config, pure=False, retries=retries
            )
            chunks[future.key] = chunk
            futures.add(future)
            return True

        for _ in range(limit):
            if not submit_next():
                break
        for future in futures:
            chunk = chunks.pop(future.key)
            try:
                results = future.result()
            except Exception as exc:  # a lost worker or a crash outside the pipeline
                message = f"partition failed on the cluster: {type(exc).__name__}: {exc}"
                results = [Failed(article.id, message) for article in chunk]
            future.release()
            yield from results
            submit_next()

    return mapper
