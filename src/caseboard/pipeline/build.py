"""The in-process runner: a streaming map over documents, then cross-document reduces.

Per-document work (``stages.map_documents``) is a pure map; each result is
written in its own transaction, so an interrupted build leaves every stored
document whole and a rerun processes only what is missing or changed.
Cross-document stages then run over the stored tables (``reduce``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from caseboard.config import Config
from caseboard.errors import InputError
from caseboard.ingest import read_sources
from caseboard.pipeline.collector import collector_for_builds
from caseboard.pipeline.reduce import run_reduce_stages
from caseboard.pipeline.stages import (
    RETAG,
    UNCHANGED,
    cache_decision,
    map_documents,
    pipeline_key,
    retag_document,
)
from caseboard.records import AnnotatedDocument, RawDocument, Skipped
from caseboard.store import Store
from caseboard.store import documents as docstore


@dataclass(slots=True)
class BuildReport:
    seen: int = 0
    processed: int = 0
    unchanged: int = 0
    retagged: int = 0  # unchanged but for the dates stage: re-tagged from the stored clean text
    pruned: int = 0
    sentences: int = 0
    tokens: int = 0
    mentions: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


Progress = Callable[[str, str], None]  # (event, path): "processed" | "retagged" | "unchanged" | "skipped"

RETAG_BATCH = 200  # documents read back from the store per query


class Recorder:
    """Writes map results to the store and keeps the build report (used by every runner)."""

    def __init__(self, store: Store, cfg: Config, progress: Progress | None):
        self.store, self.cfg = store, cfg
        self.report = BuildReport()
        self.progress = progress or (lambda event, path: None)
        self.seen_ids: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        self.retags: dict[str, tuple[str, str]] = {}  # doc id -> (path, new key)
        # read once, so a path never skipped costs no DELETE (its own transaction) per document
        self.skipped_paths = docstore.skipped_paths(store)
        # read once too (a query per document read cost one each), kept current by ``record``
        self.stored_keys = docstore.stored_pipeline_keys(store)

    def skip(self, item: Skipped) -> None:
        self.report.skipped.append(item)
        docstore.record_skipped(self.store, item.path, item.reason)
        self.skipped_paths.add(item.path)
        self.progress("skipped", item.path)

    def is_new(self, raw: RawDocument) -> bool:
        """True when ``raw`` must be processed; duplicates and unchanged ones are reported."""
        if not self.admit(raw.doc_id, raw.path):
            return False
        key = pipeline_key(raw, self.cfg)
        decision = cache_decision(self.stored_keys.get(raw.doc_id), raw, self.cfg, key=key)
        if decision == UNCHANGED:
            self.unchanged(raw.doc_id, raw.path)
            return False
        if decision == RETAG:
            self.queue_retag(raw.doc_id, raw.path, key)
            return False
        self.keys[raw.doc_id] = key
        return True

    def admit(self, doc_id: str, path: str) -> bool:
        """Count a document read; False (reported skipped) when its content came under another
        path. Admitted, a path skipped by an earlier build reads now: its skip record goes. Every
        runner calls it first for each document read, so they count and skip alike."""
        self.report.seen += 1
        first = self.seen_ids.setdefault(doc_id, path)
        if first != path:
            self.skip(Skipped(path, f"same content as {first}; stored once"))
            return False
        if path in self.skipped_paths:
            docstore.forget_skipped(self.store, path)
            self.skipped_paths.discard(path)
        return True

    def unchanged(self, doc_id: str, path: str) -> None:
        docstore.update_path(self.store, doc_id, path)
        self.report.unchanged += 1
        self.progress("unchanged", path)

    def queue_retag(self, doc_id: str, path: str, key: str) -> None:
        """Leave the document for ``retag_queued``: it needs the dates stage alone."""
        self.retags[doc_id] = (path, key)

    def retag_queued(self) -> None:
        """Tag the queued documents again from their stored clean text (no spaCy), each one's
        timexes and key replaced in its own transaction, so an interrupted build resumes."""
        ids = list(self.retags)
        for i in range(0, len(ids), RETAG_BATCH):
            for ann in docstore.stored_for_retag(self.store, ids[i : i + RETAG_BATCH]):
                path, key = self.retags.pop(ann.doc_id)
                ann.clean.raw.path = path
                docstore.replace_timexes(self.store, retag_document(ann), key)
                self.report.retagged += 1
                self.progress("retagged", path)

    def new_documents(self, items: Iterable[RawDocument | Skipped]) -> Iterator[RawDocument]:
        for item in items:
            if isinstance(item, Skipped):
                self.skip(item)
            elif self.is_new(item):
                yield item

    def record(self, item: AnnotatedDocument | Skipped) -> None:
        if isinstance(item, Skipped):
            self.skip(item)
            return
        key = self.keys.pop(item.doc_id, None) or pipeline_key(item.clean.raw, self.cfg)
        docstore.write_document(self.store, item, key)
        self.stored_keys[item.doc_id] = key
        r = self.report
        r.processed += 1
        r.sentences += len(item.sentences)
        r.tokens += len(item.tokens)
        r.mentions += len(item.mentions)
        r.removed += len(item.clean.removed)
        self.progress("processed", item.clean.raw.path)

    def finish(self, paths: list[str], prune: bool, started: float) -> BuildReport:
        report = self.report
        if report.seen == 0:
            reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5])
            raise InputError(
                f"no readable documents in {', '.join(paths)}" + (f" ({reasons})" if reasons else "")
            )
        self.retag_queued()
        if prune:
            report.pruned = docstore.delete_documents_except(self.store, set(self.seen_ids))
        run_reduce_stages(self.store, self.cfg)
        report.totals = docstore.counts(self.store)
        report.seconds = time.perf_counter() - started
        return report


def build(
    paths: Iterable[str],
    cfg: Config,
    store: Store,
    *,
    prune: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Build (or update) a caseboard from ``paths`` into ``store``, in this process."""
    started = time.perf_counter()
    paths = list(paths)
    with collector_for_builds():
        recorder = Recorder(store, cfg, progress)
        raws = recorder.new_documents(read_sources(paths, cfg.ingest))
        for item in map_documents(raws, cfg):
            recorder.record(item)
        return recorder.finish(paths, prune, started)
