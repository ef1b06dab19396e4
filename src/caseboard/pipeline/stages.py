"""The per-document map: a pure function from raw documents to annotated ones.

Nothing here touches the store, so the same map runs in-process, in worker
processes or on Dask workers; the runners decide where results are written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from caseboard import annotate as annotate_stage
from caseboard import clean as clean_stage
from caseboard.config import Config
from caseboard.extract import dates_stage
from caseboard.records import AnnotatedDocument, CleanDocument, RawDocument, Skipped, content_id

Item = AnnotatedDocument | Skipped


def pipeline_key(raw: RawDocument, cfg: Config) -> str:
    """Cache key of a document's per-document results: content, stage versions, settings."""
    settings = json.dumps(
        {"clean": asdict(cfg.clean), "annotate": asdict(cfg.annotate), "hints": asdict(raw.hints)},
        sort_keys=True,
    )
    versions = (clean_stage.STAGE_VERSION, annotate_stage.STAGE_VERSION, dates_stage.STAGE_VERSION)
    return content_id(raw.sha256, *versions, settings)


def map_documents(raws: Iterable[RawDocument], cfg: Config) -> Iterator[Item]:
    """clean -> annotate -> dates for each document; failures come out as ``Skipped``."""
    skipped: list[Skipped] = []

    def cleaned() -> Iterator[CleanDocument]:
        for item in clean_stage.clean_documents(raws, cfg.clean):
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                yield item

    for ann in dates_stage.add_timexes(_annotate_lazily(cleaned(), cfg)):
        yield from _drain(skipped)
        yield ann
    yield from _drain(skipped)


def _drain(items: list[Skipped]) -> Iterator[Skipped]:
    while items:
        yield items.pop(0)


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
