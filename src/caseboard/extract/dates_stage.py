"""Per-document map stage: normalized time expressions in original-text offsets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from caseboard.offsets import OffsetMap
from caseboard.records import AnnotatedDocument, Timex

STAGE_VERSION = "dates-5"  # bumped when the tagger's output changes, so stored documents are tagged again


def document_timexes(ann: AnnotatedDocument) -> list[Timex]:
    """Tag the clean body with the publication date as the document creation time."""
    from caseboard.extract.timex import tag_timexes

    clean = ann.clean
    offsets = OffsetMap(clean.segments)
    out = []
    for t in tag_timexes(clean.text, clean.meta.published):
        start, end = offsets.span(t.start, t.end)
        out.append(replace(t, start=start, end=end, doc=clean.doc_id))
    return out


def add_timexes(docs: Iterable[AnnotatedDocument]) -> Iterator[AnnotatedDocument]:
    for ann in docs:
        ann.timexes = document_timexes(ann)
        yield ann
