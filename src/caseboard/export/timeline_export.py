"""Export sections ``timexes`` and ``events`` (streamed; format in docs/export.md)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from caseboard.extract.events_records import Argument
from caseboard.query.timeline import Names, named
from caseboard.query.timeline_dates import event_shown
from caseboard.query.timeline_json import argument_json
from caseboard.store import Store
from caseboard.store import events as event_store


def timexes(store: Store) -> Iterator[dict[str, Any]]:
    """Every normalized time expression, in original-text offsets, with the expression a relative one
    was counted from, so a fact-checker can check its date."""
    for t, anchor_text in event_store.iter_anchored_timexes(store):
        yield {
            "doc": t.doc,
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": t.type,
            "value": t.value,
            "granularity": t.granularity,
            "earliest": t.earliest,
            "latest": t.latest,
            "anchor": t.anchor,
            "anchor_start": t.anchor_start,
            "anchor_end": t.anchor_end,
            "anchor_text": anchor_text,
        }


def events(store: Store) -> Iterator[dict[str, Any]]:
    """Every event group in date order, with each source's evidence. ``date`` is the shown date (an
    ISO prefix or ``YYYY/YYYY``, ``timeline_dates.shown_date``), ``value`` the tagger's TimeML value."""
    names = event_store.canonical_names(store)
    for g in event_store.iter_groups(store):
        trigger = g.members[0].trigger if g.members else ""
        yield {
            "id": g.id,
            "type": g.type,
            "trigger": trigger,
            "date": event_shown(g.date),
            "value": g.date.value,
            "date_range": [g.date.earliest, g.date.latest],
            "granularity": g.date.granularity,
            "date_source": g.date.source,
            "participants": [{"role": role, **_argument(a, names)} for role, a in g.participants],
            "place": _argument(g.place, names) if g.place else None,
            "summary": g.summary,
            "evidence": [
                {
                    "doc": m.doc,
                    "start": m.start,
                    "end": m.end,
                    "quote": m.quote,
                    "trigger": m.trigger,
                    "trigger_start": m.trigger_start,
                    "trigger_end": m.trigger_end,
                    "date": event_shown(m.date),
                    "value": m.date.value,
                    "date_source": m.date.source,
                }
                for m in g.members
            ],  # fmt: skip
        }


def _argument(a: Argument, names: Names) -> dict[str, Any]:
    return argument_json(named(a, names))
