"""The timeline as JSON (``caseboard timeline --json``, ``/api/timeline``): the export's event layout.

Each entry has the keys of the export's ``events`` (docs/export.md) with the same meaning, so one reader
reads both, plus what the timeline adds: ``when`` (the date as the table and the pages show it),
``earliest``/``latest`` (``date_range`` again, kept for the readers of earlier versions),
``sources`` in place of ``evidence``: the same keys with each document's ``path`` and ``outlet``, one
per evidence sentence (a sentence telling the event twice is quoted once), ``documents`` (how many
documents those sentences come from: the number of sources a reader is told) and ``sources_label``
(that count as the table and the pages show it: "3 sources", "17 sentences in 3 sources"), and
``entity_match``: with ``--entity``, ``participant`` when a source has the entity as participant or
place, ``sentence`` when a source's sentence only mentions it (null without ``--entity``).
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
        "documents": entry.documents,
        "sources_label": entry.sources_label,
        "entity_match": entry.entity_match,
    }


def argument_json(arg: Argument) -> dict[str, Any]:
    """A participant or place: entity id (null when unresolved), the text as written, and the
    entity's canonical name and type (null when unresolved)."""
    return {"entity": arg.entity, "text": arg.text, "name": arg.name, "label": arg.label}
