"""Per-document map stage: normalized time expressions in original-text offsets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from caseboard.offsets import OffsetMap
from caseboard.records import AnnotatedDocument, Timex

STAGE_VERSION = "dates-15"  # bumped when the tagger's output changes, so stored documents are tagged again


def document_timexes(ann: AnnotatedDocument) -> list[Timex]:
    """Tag the clean body with the publication date as the document creation time."""
    from caseboard.extract.timex import tag_timexes

    clean = ann.clean
    offsets = OffsetMap(clean.segments)
    return [to_original(t, offsets, clean.doc_id) for t in tag_timexes(clean.text, clean.meta.published)]


def to_original(t: Timex, offsets: OffsetMap, doc: str) -> Timex:
    """The expression, and the one it was counted from, in original-text offsets (the tagger reads
    the clean text), so a reader can check both against the file."""
    start, end = offsets.span(t.start, t.end)
    if t.anchor_start is None or t.anchor_end is None:
        return replace(t, start=start, end=end, doc=doc, anchor_start=None, anchor_end=None)
    anchor_start, anchor_end = offsets.span(t.anchor_start, t.anchor_end)
    return replace(t, start=start, end=end, doc=doc, anchor_start=anchor_start, anchor_end=anchor_end)


def add_timexes(docs: Iterable[AnnotatedDocument]) -> Iterator[AnnotatedDocument]:
    for ann in docs:
        ann.timexes = document_timexes(ann)
        yield ann
