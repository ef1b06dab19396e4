"""Run the same per-document map on Dask (``pip install 'caseboard[dask]'``).

The driver lists the files, Dask workers run ``stages.map_documents`` over
partitions of them (reading, cleaning, annotating: no store access), and the
driver writes each finished partition to the store in per-document
transactions, then runs the cross-document stages as the in-process runner
does. Pass ``scheduler`` (``"processes"``, ``"threads"``, ``"synchronous"``) or
a ``dask.distributed.Client`` address/object through ``client``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from caseboard.config import Config
from caseboard.errors import ConfigError
from caseboard.ingest import read_sources
from caseboard.ingest.discover import discover
from caseboard.pipeline.build import BuildReport, Progress, Recorder
from caseboard.pipeline.collector import collector_for_builds
from caseboard.pipeline.stages import RETAG, UNCHANGED, cache_decision, map_documents, pipeline_key
from caseboard.records import AnnotatedDocument, RawDocument, Skipped
from caseboard.store import Store


@dataclass(slots=True)
class Retag:
    """A document a worker found stored with only the dates stage out of date: the driver
    re-tags it from the store, in-process (seconds for a corpus; no spaCy on any worker)."""

    path: str
    doc_id: str
    key: str


@dataclass(slots=True)
class Unchanged:
    """A document a worker read and found already stored with the same key."""

    path: str
    doc_id: str


Item = AnnotatedDocument | Skipped | Unchanged | Retag


def process_partition(paths: list[str], cfg: Config, known: dict[str, str]) -> list[Item]:
    """The worker side: read, skip what is stored unchanged, leave re-tags to the driver, map
    the rest."""
    out: list[Item] = []

    def new_raws() -> Iterator[RawDocument]:
        for item in read_sources(paths, cfg.ingest):
            if isinstance(item, Skipped):
                out.append(item)
                continue
            key = pipeline_key(item, cfg)
            decision = cache_decision(known.get(item.doc_id), item, cfg, key=key)
            if decision == UNCHANGED:
                out.append(Unchanged(item.path, item.doc_id))
            elif decision == RETAG:
                out.append(Retag(item.path, item.doc_id, key))
            else:
                yield item

    out.extend(map_documents(new_raws(), cfg))
    return out


def build_with_dask(
    paths: Iterable[str],
    cfg: Config,
    store: Store,
    *,
    partition_size: int = 50,
    scheduler: str | None = "processes",
    client: Any = None,
    prune: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    try:
        import dask
        import dask.bag as db
    except ImportError:
        raise ConfigError("the Dask runner needs Dask: pip install 'caseboard[dask]'") from None
    started = time.perf_counter()
    paths = list(paths)
    with collector_for_builds():
        recorder = Recorder(store, cfg, progress)
        files = _list_files(paths, cfg, recorder)
        known = dict(store.query("SELECT id, pipeline_key FROM documents"))
        if files:
            bag = db.from_sequence(files, partition_size=partition_size)
            parts = bag.map_partitions(process_partition, cfg, known).to_delayed()
            window = max(1, _workers(client))
            for i in range(0, len(parts), window):  # a few partitions in flight, streamed to the store
                kwargs = {"scheduler": client or scheduler}
                for results in dask.compute(*parts[i : i + window], **kwargs):
                    for item in results:
                        _record(recorder, item)
        return recorder.finish(paths, prune, started)


def _list_files(paths: list[str], cfg: Config, recorder: Recorder) -> list[str]:
    files = []
    for item in discover(paths, cfg.ingest.extensions):
        if isinstance(item, Skipped):
            recorder.skip(item)
        else:
            files.append(item.path)
    return files


def _record(recorder: Recorder, item: Item) -> None:
    """The driver side, as the in-process runner does it (``Recorder.is_new``): each document read
    admitted first (duplicates reported, a path skipped before and readable now forgotten as
    skipped), then queued for a re-tag, its path kept current, or written."""
    if isinstance(item, Skipped):
        recorder.skip(item)
        return
    path = item.clean.raw.path if isinstance(item, AnnotatedDocument) else item.path
    if not recorder.admit(item.doc_id, path):
        return
    if isinstance(item, Retag):
        recorder.queue_retag(item.doc_id, path, item.key)
    elif isinstance(item, Unchanged):
        recorder.unchanged(item.doc_id, path)
    else:
        recorder.record(item)


def _workers(client: Any) -> int:
    if client is not None and hasattr(client, "nthreads"):
        return sum(client.nthreads().values())
    import os

    return os.cpu_count() or 1
