"""The in-process runner: a streaming map over documents, then cross-document reduces.

Per-document work (ingest -> clean -> annotate) is a pure map; each result is
written in its own transaction, so an interrupted build leaves every stored
document whole and a rerun processes only what is missing or changed.
Cross-document stages then run over the stored tables.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field

from caseboard import annotate as annotate_stage
from caseboard import clean as clean_stage
from caseboard.config import Config
from caseboard.errors import InputError
from caseboard.extract import dates_stage
from caseboard.extract.dates_stage import add_timexes
from caseboard.ingest import read_sources
from caseboard.records import AnnotatedDocument, CleanDocument, RawDocument, Skipped, content_id
from caseboard.store import Store
from caseboard.store import documents as docstore


@dataclass(slots=True)
class BuildReport:
    seen: int = 0
    processed: int = 0
    unchanged: int = 0
    pruned: int = 0
    sentences: int = 0
    tokens: int = 0
    mentions: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


Progress = Callable[[str, str], None]  # (event, path): "processed" | "unchanged" | "skipped"


def pipeline_key(raw: RawDocument, cfg: Config) -> str:
    """Cache key of a document's per-document results: content, stage versions, settings."""
    settings = json.dumps(
        {"clean": asdict(cfg.clean), "annotate": asdict(cfg.annotate), "hints": asdict(raw.hints)},
        sort_keys=True,
    )
    versions = (clean_stage.STAGE_VERSION, annotate_stage.STAGE_VERSION, dates_stage.STAGE_VERSION)
    return content_id(raw.sha256, *versions, settings)


class _Builder:
    def __init__(self, store: Store, cfg: Config, progress: Progress | None):
        self.store, self.cfg = store, cfg
        self.report = BuildReport()
        self.progress = progress or (lambda event, path: None)
        self.seen_ids: dict[str, str] = {}
        self.keys: dict[str, str] = {}

    def skip(self, item: Skipped) -> None:
        self.report.skipped.append(item)
        docstore.record_skipped(self.store, item.path, item.reason)
        self.progress("skipped", item.path)

    def new_documents(self, items: Iterable[RawDocument | Skipped]) -> Iterator[RawDocument]:
        """Pass on documents that are not stored yet (or changed); report the rest."""
        for item in items:
            if isinstance(item, Skipped):
                self.skip(item)
                continue
            self.report.seen += 1
            first = self.seen_ids.setdefault(item.doc_id, item.path)
            if first != item.path:
                self.skip(Skipped(item.path, f"same content as {first}; stored once"))
                continue
            key = pipeline_key(item, self.cfg)
            docstore.forget_skipped(self.store, item.path)
            if docstore.stored_pipeline_key(self.store, item.doc_id) == key:
                docstore.update_path(self.store, item.doc_id, item.path)
                self.report.unchanged += 1
                self.progress("unchanged", item.path)
                continue
            self.keys[item.doc_id] = key
            yield item

    def cleaned(self, raws: Iterable[RawDocument]) -> Iterator[CleanDocument]:
        for item in clean_stage.clean_documents(raws, self.cfg.clean):
            if isinstance(item, Skipped):
                self.skip(item)
            else:
                yield item

    def write(self, ann: AnnotatedDocument) -> None:
        docstore.write_document(self.store, ann, self.keys.pop(ann.doc_id))
        r = self.report
        r.processed += 1
        r.sentences += len(ann.sentences)
        r.tokens += len(ann.tokens)
        r.mentions += len(ann.mentions)
        r.removed += len(ann.clean.removed)
        self.progress("processed", ann.clean.raw.path)


def build(
    paths: Iterable[str],
    cfg: Config,
    store: Store,
    *,
    prune: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Build (or update) a caseboard from ``paths`` into ``store``."""
    started = time.perf_counter()
    builder = _Builder(store, cfg, progress)
    raws = builder.new_documents(read_sources(paths, cfg.ingest))
    cleans = builder.cleaned(raws)
    for ann in add_timexes(_annotate_lazily(cleans, cfg)):
        builder.write(ann)
    report = builder.report
    if report.seen == 0:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5])
        raise InputError(f"no readable documents in {', '.join(paths)}" + (f" ({reasons})" if reasons else ""))
    if prune:
        report.pruned = docstore.delete_documents_except(store, set(builder.seen_ids))
    run_reduce_stages(store, cfg)
    report.totals = docstore.counts(store)
    report.seconds = time.perf_counter() - started
    return report


def _annotate_lazily(cleans: Iterator[CleanDocument], cfg: Config) -> Iterator[AnnotatedDocument]:
    """Load the model only when at least one document needs annotating."""
    first = next(cleans, None)
    if first is None:
        return
    nlp = annotate_stage.load_nlp(cfg.annotate.model)

    def chained() -> Iterator[CleanDocument]:
        yield first
        yield from cleans

    yield from annotate_stage.annotate(chained(), nlp, cfg.annotate)


def run_reduce_stages(store: Store, cfg: Config) -> None:
    """Cross-document stages over the stored tables (each one transaction)."""
    from caseboard.pipeline.reduce import REDUCE_STAGES

    for stage in REDUCE_STAGES:
        stage(store, cfg)
