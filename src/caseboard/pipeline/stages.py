"""The per-document map: a pure function from raw documents to annotated ones.

Nothing here touches the store, so the same map runs in-process, in worker
processes or on Dask workers; the runners decide where results are written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from caseboard import annotate as annotate_stage
from caseboard import clean as clean_stage
from caseboard.config import Config
from caseboard.extract import dates_stage
from caseboard.records import AnnotatedDocument, CleanDocument, RawDocument, Skipped, content_id

Item = AnnotatedDocument | Skipped


KEY_SEPARATOR = "+"  # pipeline_key = "<key of clean and annotate>+<dates stage version>"
MAP = "map"  # clean, annotate and tag the document again
RETAG = "retag"  # only the dates stage changed: tag the stored clean text again
UNCHANGED = "unchanged"


def annotate_key(raw: RawDocument, cfg: Config) -> str:
    """Key of what clean and annotate made of a document: content, their versions, settings.

    Kept apart from the dates stage's version so that a new temporal tagger re-tags the stored
    clean text (seconds) instead of re-running spaCy on every document (minutes)."""
    return content_id(
        raw.sha256, clean_stage.STAGE_VERSION, annotate_stage.STAGE_VERSION, stage_settings(raw, cfg)
    )


def pipeline_key(raw: RawDocument, cfg: Config) -> str:
    """Cache key of a document's per-document results: content, stage versions, settings."""
    return f"{annotate_key(raw, cfg)}{KEY_SEPARATOR}{dates_stage.STAGE_VERSION}"


def cache_decision(stored_key: str | None, raw: RawDocument, cfg: Config, *, key: str | None = None) -> str:
    """What a build must do with ``raw`` given the key stored for it: ``MAP``, ``RETAG`` or
    ``UNCHANGED``. Pure, so the in-process and the Dask runners decide alike. ``key``: the
    document's ``pipeline_key``, when the caller has it already (the runners keep it for the
    write, so a document's settings are serialised and hashed once)."""
    if stored_key is None:
        return MAP
    key = key or pipeline_key(raw, cfg)
    if stored_key == key:
        return UNCHANGED
    base = key.partition(KEY_SEPARATOR)[0]  # the annotate_key part
    if stored_key.partition(KEY_SEPARATOR)[0] == base or stored_key in _legacy_keys(raw, cfg):
        return RETAG
    return MAP


def _legacy_keys(raw: RawDocument, cfg: Config) -> set[str]:
    """The single-hash keys stores built before the split held (all three versions hashed
    together), for every dates version up to this one: such a store is re-tagged once, not
    annotated again."""
    match = re.fullmatch(r"(.*?)(\d+)", dates_stage.STAGE_VERSION)
    if match is None:
        return set()
    prefix, last = match.group(1), int(match.group(2))
    settings = stage_settings(raw, cfg)
    versions = (clean_stage.STAGE_VERSION, annotate_stage.STAGE_VERSION)
    return {content_id(raw.sha256, *versions, f"{prefix}{n}", settings) for n in range(1, last + 1)}


def stage_settings(raw: RawDocument, cfg: Config) -> str:
    """The settings that change what clean and annotate make of a document."""
    return json.dumps(
        {"clean": asdict(cfg.clean), "annotate": asdict(cfg.annotate), "hints": asdict(raw.hints)},
        sort_keys=True,
    )


def retag_document(ann: AnnotatedDocument) -> AnnotatedDocument:
    """The dates stage alone, over a document read back from the store (no spaCy)."""
    ann.timexes = dates_stage.document_timexes(ann)
    return ann


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
