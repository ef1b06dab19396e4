"""The dates map stage: tagger offsets (clean text) become original-text offsets, anchors included."""

from __future__ import annotations

import pytest

from caseboard.extract.dates_stage import document_timexes, to_original
from caseboard.offsets import OffsetMap
from caseboard.records import (
    AnnotatedDocument,
    CleanDocument,
    Metadata,
    RawDocument,
    Removed,
    Segment,
    Timex,
)

FIRST = "The ferry sank off the coast on May 12, 2006."
AD = "Advertisement - scroll to continue"
SECOND = "Two days later, divers found the wreck."


def document() -> AnnotatedDocument:
    """An article whose cleaner dropped a menu line and an advert between the two paragraphs, so every
    clean offset of the second paragraph differs from its original offset."""
    raw_text = f"Menu | World | Sport\n\n{FIRST}\n\n{AD}\n\n{SECOND}\n"
    first_at, second_at = raw_text.index(FIRST), raw_text.index(SECOND)
    raw = RawDocument("ferry.txt", "ab" * 32, raw_text, "text", "utf-8")
    clean = CleanDocument(
        raw,
        f"{FIRST}\n{SECOND}",
        [Segment(0, first_at, len(FIRST)), Segment(len(FIRST) + 1, second_at, len(SECOND))],
        [Removed(0, 20, "navigation"), Removed(raw_text.index(AD), raw_text.index(AD) + len(AD), "ad")],
        [],
        Metadata(published="2006-06-01", published_precision="day"),
    )
    return AnnotatedDocument(clean, [], [], [])


def test_to_original_maps_the_anchor_like_the_expression() -> None:
    ann = document()
    raw, clean = ann.clean.raw.text, ann.clean.text
    date_at, later_at = clean.index("May 12, 2006"), clean.index("Two days later")
    tagged = Timex(later_at, later_at + 14, "Two days later", "DATE", "2006-05-14", "day", "2006-05-14",
                   "2006-05-14", "narrative", anchor_start=date_at, anchor_end=date_at + 12)  # fmt: skip
    found = to_original(tagged, OffsetMap(ann.clean.segments), ann.doc_id)
    assert raw[found.start : found.end] == "Two days later"
    assert (found.anchor_start, found.anchor_end) != (date_at, date_at + 12)
    assert raw[found.anchor_start : found.anchor_end] == "May 12, 2006"
    assert found.doc == ann.doc_id and found.value == "2006-05-14"


def test_to_original_keeps_a_missing_anchor_missing() -> None:
    ann = document()
    at = ann.clean.text.index("May 12, 2006")
    found = to_original(Timex(at, at + 12, "May 12, 2006", "DATE", "2006-05-12", "day"),
                        OffsetMap(ann.clean.segments), ann.doc_id)  # fmt: skip
    assert ann.clean.raw.text[found.start : found.end] == "May 12, 2006"
    assert found.anchor_start is None and found.anchor_end is None


def test_tagged_document_points_its_relative_date_at_the_date_it_counts_from() -> None:
    ann = document()
    raw = ann.clean.raw.text
    found = {raw[t.start : t.end]: t for t in document_timexes(ann)}
    assert set(found) >= {"May 12, 2006", "Two days later"}
    later = found["Two days later"]
    assert later.anchor == "narrative" and later.value == "2006-05-14"
    if later.anchor_start is None:
        pytest.skip("the tagger does not record anchor offsets yet (caseboard.extract.timex)")
    assert raw[later.anchor_start : later.anchor_end] == "May 12, 2006"
    assert found["May 12, 2006"].anchor_start is None
