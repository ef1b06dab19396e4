"""Time expressions keep the offsets of the expression they were counted from, through the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseboard.errors import StoreError
from caseboard.records import AnnotatedDocument, CleanDocument, Metadata, RawDocument, Segment, Timex
from caseboard.store import Store
from caseboard.store import events as event_store
from caseboard.store.documents import write_document

# accents, a combining mark and an emoji before the anchor: offsets count code points, like Python
TEXT = "Café owners in Zürich\u0301 😀 said the ferry sank on May 12, 2006. Two days later, divers found it."


def annotated(text: str = TEXT) -> AnnotatedDocument:
    raw = RawDocument("ferry.txt", "cd" * 32, text, "text", "utf-8")
    clean = CleanDocument(raw, text, [Segment(0, 0, len(text))], [], [], Metadata(published="2006-06-01"))
    date_at, later_at = text.index("May 12, 2006"), text.index("Two days later")
    timexes = [
        Timex(date_at, date_at + 12, "May 12, 2006", "DATE", "2006-05-12", "day", "2006-05-12", "2006-05-12"),
        Timex(later_at, later_at + 14, "Two days later", "DATE", "2006-05-14", "day", "2006-05-14",
              "2006-05-14", "narrative", anchor_start=date_at, anchor_end=date_at + 12),
    ]  # fmt: skip
    for t in timexes:
        t.doc = clean.doc_id
    return AnnotatedDocument(clean, [], [], [], timexes)


def test_anchor_offsets_round_trip_through_every_reader(tmp_path: Path) -> None:
    ann = annotated()
    with Store(tmp_path / "a.duckdb") as store:
        write_document(store, ann, "key")
        assert next(event_store.iter_document_rows(store)).timexes == ann.timexes
        assert list(event_store.iter_timexes(store)) == ann.timexes
        rows = list(event_store.iter_anchored_timexes(store))
    assert [t for t, _ in rows] == ann.timexes
    assert [text for _, text in rows] == [None, "May 12, 2006"]


def test_anchor_text_is_cut_from_the_original_not_the_clean_text(tmp_path: Path) -> None:
    ann = annotated()
    ann.clean.text = ann.clean.text.replace("Café", "Cafe")  # the clean text is never the source here
    later = ann.timexes[1]
    later.anchor_start, later.anchor_end = 0, len("Café owners")
    with Store(tmp_path / "b.duckdb") as store:
        write_document(store, ann, "key")
        texts = [text for _, text in event_store.iter_anchored_timexes(store)]
    assert texts == [None, "Café owners"]


def test_store_built_before_anchor_columns_is_refused_read_only_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "older.duckdb"
    with Store(path) as store:
        write_document(store, annotated(), "key")
        store.con.execute("ALTER TABLE timexes DROP COLUMN anchor_end")
        store.con.execute("ALTER TABLE timexes DROP COLUMN anchor_start")
    with pytest.raises(StoreError, match="earlier caseboard.*timexes.anchor_start.*caseboard build"):
        Store(path, read_only=True)
    Store(path).close()  # opened for writing, as a build does: the columns are added, empty
    with Store(path, read_only=True) as store:
        found = list(event_store.iter_anchored_timexes(store))
    assert [(t.text, t.anchor, t.anchor_start, text) for t, text in found] == [
        ("May 12, 2006", None, None, None),
        ("Two days later", "narrative", None, None),
    ]
