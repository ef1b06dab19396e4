"""Stored documents read back as texts for a text export (TimeML): the clean body, its
publication date, the offset map to the file, and the event triggers, one document at a time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from caseboard.records import Segment
from caseboard.store.db import Store
from caseboard.store.events import has_events


@dataclass(slots=True)
class StoredTrigger:
    """An event trigger of a stored document ("killed"), in original-text offsets, with its
    event type (``birth``, ``statement``, ...)."""

    start: int
    end: int
    text: str
    type: str


@dataclass(slots=True)
class StoredText:
    """A stored document as a text export reads it: the clean body and the publication date the
    tagger was given, the offset map between body and file, and the event triggers."""

    doc: str
    path: str
    title: str | None
    published: str | None
    text: str
    segments: list[Segment]
    triggers: list[StoredTrigger]


_TEXTS_ORDER = "ORDER BY d.path, d.id"


def iter_stored_texts(store: Store) -> Iterator[StoredText]:
    """Every stored document in path order, one at a time (a few texts fetched at a time, and its
    segments and triggers merged in as it comes by), so an export never holds the corpus."""
    keys = [row[0] for row in store.query(f"SELECT d.id FROM documents d {_TEXTS_ORDER}")]
    docs = store.iter_rows(
        f"SELECT d.id, d.path, d.title, d.published, d.text FROM documents d {_TEXTS_ORDER}", size=8
    )
    segments = store.rows_per_key(
        "SELECT s.doc, s.clean_start, s.orig_start, s.length FROM segments s "
        f"JOIN documents d ON d.id = s.doc {_TEXTS_ORDER}, s.clean_start",
        keys,
    )
    for (doc, path, title, published, text), segs, trigs in zip(
        docs, segments, _trigger_runs(store, keys), strict=True
    ):
        yield StoredText(
            doc, path, title, published, text, [Segment(*s) for s in segs], [StoredTrigger(*t) for t in trigs]
        )


def _trigger_runs(store: Store, keys: list[str]) -> Iterator[list[tuple]]:
    """Each document's distinct event triggers in text order ([] for all when no events were built;
    a trigger shared by mentions of two types keeps the first type by name)."""
    if not has_events(store):
        return iter([[] for _ in keys])
    sql = (
        "SELECT m.doc, m.trigger_start, m.trigger_end, min(m.trigger), min(m.type) FROM event_mentions m "
        "JOIN documents d ON d.id = m.doc GROUP BY d.path, d.id, m.doc, m.trigger_start, m.trigger_end "
        f"{_TEXTS_ORDER}, m.trigger_start, m.trigger_end"
    )
    return store.rows_per_key(sql, keys)
