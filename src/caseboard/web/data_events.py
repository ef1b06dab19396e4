"""Timeline, conflicts, search and ask for the pages: through caseboard.query, degrading when absent."""

from __future__ import annotations

import importlib
from dataclasses import asdict, is_dataclass
from datetime import date
from typing import Any

from caseboard.errors import InputError
from caseboard.query import documents as reads
from caseboard.query.claims import conflicts as query_conflicts
from caseboard.query.timeline import timeline as query_timeline
from caseboard.store import Store
from caseboard.web.timeline_bins import MAX_LANES, histogram

TIMELINE_LIMIT = 400  # events drawn on one page (the most salient); filters narrow the rest
TIMELINE = "caseboard.query.timeline"


def _day(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def timeline(
    store: Store,
    entity: str | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = TIMELINE_LIMIT,
) -> dict[str, Any]:
    """Events with their place on a time axis (percent of the span), the error if any, and how many
    matched in all; beyond ``limit``, only the ``limit`` events the most sources report, in date order."""
    if not reads.has_table(store, "events"):
        return {"events": [], "missing": "events", "error": None, "total": 0}
    try:
        entries = query_timeline(store, entity or None, date_from or None, date_to or None)
    except InputError as exc:
        return {"events": [], "missing": None, "error": str(exc), "total": 0}
    if source:
        entries = [e for e in entries if any(s.doc == source for s in e.sources)]
    order = salient_order(store, entries)
    keep = sorted(order[:limit])
    rank = {i: r for r, i in enumerate(order)}
    events = [asdict(entries[i]) | {"when": entries[i].when, "rank": rank[i]} for i in keep]
    _place_on_axis(events)
    return {"events": events, "missing": None, "error": None, "total": len(entries)}


def salient_order(store: Store, entries: list[Any]) -> list[int]:
    """Indexes of the entries, the most salient first: ``caseboard.query.timeline.ranked`` (sources
    stating the event, named participants, a stated and precise date, documents citing the date), or,
    without it, the most sources first."""
    ranked, support = _optional(TIMELINE, "ranked"), _optional(TIMELINE, "date_support")
    if ranked is None or support is None:
        return sorted(range(len(entries)), key=lambda i: (-len(entries[i].sources), i))
    where = {id(e): i for i, e in enumerate(entries)}
    return [where[id(e)] for e in ranked(entries, support(store))]


def _place_on_axis(events: list[dict[str, Any]]) -> None:
    days = [d for e in events for d in (_day(e["earliest"]), _day(e["latest"])) if d is not None]
    if not days:
        return
    low, high = min(days), max(days)
    span = max(high - low, 1)
    for e in events:
        a, b = _day(e["earliest"]), _day(e["latest"])
        if a is None or b is None:
            continue
        e["x0"] = round(100 * (a - low) / span, 3)
        e["x1"] = round(100 * (b - low) / span, 3)
    axis = {
        "from": date.fromordinal(low).isoformat(),
        "to": date.fromordinal(high).isoformat(),
        "lanes": _pack_lanes(events),
        "ticks": _ticks(low, high),
    }
    if axis["lanes"] > MAX_LANES:  # too many to draw one by one: counts per period instead
        counts = histogram([d for e in events if (d := _day(e["earliest"])) is not None])
        if counts is not None:
            axis |= {"counts": counts, "ticks": _ticks(counts["low"], counts["high"])}
    for e in events:
        e["axis"] = axis


def _pack_lanes(events: list[dict[str, Any]]) -> int:
    """Put each event in the first row where it overlaps nothing (a dot takes 0.8% of the width)."""
    ends: list[float] = []
    for e in sorted((e for e in events if "x0" in e), key=lambda e: (e["x0"], e["x1"])):
        right = max(e["x1"], e["x0"] + 0.8)
        lane = next((i for i, end in enumerate(ends) if end + 0.4 < e["x0"]), len(ends))
        if lane == len(ends):
            ends.append(right)
        ends[lane] = right
        e["lane"] = lane
    return len(ends)


def _ticks(low: int, high: int) -> list[tuple[float, str]]:
    """Year marks (every year, or every 2, 5, 10... so that at most 12 show) as (percent, label)."""
    first, last = date.fromordinal(low).year, date.fromordinal(high).year
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if (last - first) / s <= 12)
    span = max(high - low, 1)
    out = []
    for year in range(first - first % step + step, last + 1, step):
        out.append((round(100 * (date(year, 1, 1).toordinal() - low) / span, 3), str(year)))
    return out


def conflicts(store: Store, limit: int | None = None, entity: str | None = None) -> list[dict[str, Any]]:
    """Each conflict with its sides, side by side, each side with its quote and offsets."""
    if not reads.has_table(store, "conflicts"):
        return []
    try:
        views = query_conflicts(store, entity)
    except InputError:
        return []
    return [asdict(v) for v in (views[:limit] if limit else views)]


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def search(store: Store, terms: str, entity: str | None = None, limit: int = 20) -> dict[str, Any]:
    func = _optional("caseboard.query.search", "search")
    if func is None:
        return {"results": [], "missing": "search"}
    if not terms.strip():
        return {"results": [], "missing": None}
    try:
        return {"results": _plain(func(store, terms, entity=entity or None, limit=limit)), "missing": None}
    except InputError as exc:
        return {"results": [], "missing": None, "error": str(exc)}


def ask(store: Store, question: str) -> dict[str, Any]:
    func = _optional("caseboard.query.ask", "ask")
    if func is None:
        return {"answer": None, "missing": "ask"}
    if not question.strip():
        return {"answer": None, "missing": None}
    try:
        return {"answer": _plain(func(store, question)), "missing": None}
    except InputError as exc:
        return {"answer": None, "missing": None, "error": str(exc)}
