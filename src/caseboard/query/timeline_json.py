"""The timeline as JSON (``caseboard timeline --json``, ``/api/timeline``): the export's event layout.

Each entry has the keys of the export's ``events`` (docs/export.md) with the same meaning, so one reader
reads both, plus what the timeline adds: ``when`` (the date as the table and the pages show it),
``earliest``/``latest`` (``date_range`` again, kept for the readers of earlier versions), and
``sources`` in place of ``evidence``: the same keys with each document's ``path`` and ``outlet``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from caseboard.extract.events_records import Argument
from caseboard.query.timeline import TimelineEntry


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
    """One timeline entry as a JSON object (see the module's docstring)."""
    return {
        "id": entry.id,
        "type": entry.type,
        "trigger": entry.sources[0].trigger if entry.sources else "",
        "date": entry.date,
        "value": entry.value,
        "date_range": [entry.earliest, entry.latest],
        "earliest": entry.earliest,
        "latest": entry.latest,
        "granularity": entry.granularity,
        "date_source": entry.date_source,
        "when": entry.when,
        "participants": [{"role": role, **argument_json(a)} for role, a in entry.participants],
        "place": argument_json(entry.place) if entry.place else None,
        "summary": entry.summary,
        "sources": [asdict(s) for s in entry.sources],
    }


def argument_json(arg: Argument) -> dict[str, Any]:
    """A participant or place: entity id (null when unresolved), the text as written, and the
    entity's canonical name and type (null when unresolved)."""
    return {"entity": arg.entity, "text": arg.text, "name": arg.name, "label": arg.label}
