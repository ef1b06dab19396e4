"""The timeline for the pages and the API: every matching event in date order with its salience rank and its
place on one time axis, and the pages of it (``/timeline?page=``, ``/api/timeline?offset=``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseboard.errors import InputError
from caseboard.query import documents as reads
from caseboard.query.timeline import ranked
from caseboard.query.timeline import timeline as query_timeline
from caseboard.query.timeline_entity import NoEntityMatch
from caseboard.query.timeline_json import entry_json
from caseboard.query.timeline_support import date_support
from caseboard.store import Store
from caseboard.web.paging import numbered
from caseboard.web.timeline_bins import MAX_LANES, histogram

PAGE_SIZE = 100  # events listed on one page of /timeline
REPORT_EVENTS = 400  # events listed in the report's timeline: the most salient


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
) -> dict[str, Any]:
    """Every event matching the filters, in date order, each with ``rank`` (0: the most salient) and its
    place on the axis; ``axis`` draws them all (a dot or bar each, or counts per period when crowded);
    ``by_rank`` lists the events' indexes, the most salient first. Each event has the layout of
    ``caseboard timeline --json`` (``query.timeline_json``). An entity that names nothing gives the
    empty timeline (the page says no event matches), a bad date its ``error``."""
    empty = {"events": [], "axis": None, "by_rank": [], "missing": None, "error": None, "total": 0}
    if not reads.has_table(store, "events"):
        return empty | {"missing": "events"}
    try:
        entries = query_timeline(store, entity or None, date_from or None, date_to or None)
    except NoEntityMatch:
        return empty
    except InputError as exc:
        return empty | {"error": str(exc)}
    if source:
        entries = [e for e in entries if any(s.doc == source for s in e.sources)]
    order = salient_order(store, entries)
    rank = {i: r for r, i in enumerate(order)}
    events = [entry_json(e) | {"rank": rank[i]} for i, e in enumerate(entries)]
    axis = place_on_axis(events, filtered_days(date_from, date_to))
    return empty | {"events": events, "axis": axis, "by_rank": order, "total": len(events)}


def filtered_days(date_from: str | None, date_to: str | None) -> tuple[int, int] | None:
    """The first and last day (ordinals) of the filter YYYY[-MM[-DD]] .. YYYY[-MM[-DD]], if both parse."""
    first, last = _bound(date_from, end=False), _bound(date_to, end=True)
    return (first, last) if first is not None and last is not None and first <= last else None


def _bound(text: str | None, *, end: bool) -> int | None:
    parts = (text or "").split("-")
    try:
        year, month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 else None, None
        day = int(parts[2]) if len(parts) > 2 else None
        if month is None:
            return date(year, 12, 31).toordinal() if end else date(year, 1, 1).toordinal()
        if day is None:
            following = date(year + month // 12, month % 12 + 1, 1).toordinal()
            return following - 1 if end else date(year, month, 1).toordinal()
        return date(year, month, day).toordinal()
    except (ValueError, IndexError):
        return None


def salient_order(store: Store, entries: list[Any]) -> list[int]:
    """Indexes of the entries, the most salient first: ``caseboard.query.timeline.ranked`` (sources
    stating the event, named participants, a stated and precise date, documents citing the date)."""
    where = {id(e): i for i, e in enumerate(entries)}
    return [where[id(e)] for e in ranked(entries, date_support(store))]


def indexes_in(tl: dict[str, Any], order: str) -> list[int]:
    """The events' indexes in ``order``: ``salient`` (rank) or ``date`` (the list's own order)."""
    return list(tl["by_rank"]) if order == "salient" else list(range(tl["total"]))


def timeline_page(tl: dict[str, Any], page: int = 1, size: int = PAGE_SIZE, order: str = "salient") -> dict:
    """Page ``page`` (clamped to the last) of the list cut in ``order``: in salience order, page 1 holds the
    ``size`` most salient events, page 2 the next ones; each page lists its events in date order.
    ``drawn`` is every event (the axis draws them all), ``page_of`` the page holding each (a dot links to
    it), ``index_of`` each listed event's place in date order (its offset in ``/api/timeline``)."""
    ordered = indexes_in(tl, order)
    page, pages, first = numbered(len(ordered), page, size)
    shown = sorted(ordered[first : first + size])
    every = tl["events"]
    return tl | {
        "events": [every[i] for i in shown], "drawn": every, "page": page, "pages": pages, "first": first,
        "size": size, "order": order, "index_of": {every[i]["id"]: i for i in shown},
        "page_of": {every[i]["id"]: 1 + pos // size for pos, i in enumerate(ordered)},
    }  # fmt: skip


def place_on_axis(
    events: list[dict[str, Any]], bounds: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    """Give each dated event ``x0``, ``x1`` (percent of the span) and ``lane`` (its row); return the axis:
    its range, rows and year ticks, and ``counts`` per period when the dots would need too many rows (over
    ``bounds``, the filtered dates as day ordinals, when given)."""
    days = [d for e in events for d in (_day(e["earliest"]), _day(e["latest"])) if d is not None]
    if not days:
        return None
    low, high = min(days), max(days)
    span = max(high - low, 1)
    spans = []  # (earliest, latest) of the events with both
    for e in events:
        a, b = _day(e["earliest"]), _day(e["latest"])
        if a is None or b is None:
            continue
        e["x0"] = round(100 * (a - low) / span, 3)
        e["x1"] = round(100 * (b - low) / span, 3)
        spans.append((a, b))
    axis = {
        "from": date.fromordinal(low).isoformat(),
        "to": date.fromordinal(high).isoformat(),
        "lanes": _pack_lanes(events),
        "ticks": _ticks(low, high),
    }
    if axis["lanes"] > MAX_LANES:  # too many to draw one by one: counts per period instead
        counts = histogram(spans, bounds)
        if counts is not None:
            axis |= {"counts": counts, "ticks": counts["ticks"] or _ticks(counts["low"], counts["high"])}
    return axis


def _pack_lanes(events: list[dict[str, Any]]) -> int:
    """Put each event in the first row where it overlaps nothing (a dot takes 0.8% of the width); past
    ``MAX_LANES`` rows stop (the axis counts per period instead) and give no event a row."""
    ends: list[float] = []
    placed = sorted((e for e in events if "x0" in e), key=lambda e: (e["x0"], e["x1"]))
    lanes = []
    for e in placed:
        right = max(e["x1"], e["x0"] + 0.8)
        lane = next((i for i, end in enumerate(ends) if end + 0.4 < e["x0"]), len(ends))
        if lane == len(ends):
            ends.append(right)
            if len(ends) > MAX_LANES:
                return len(ends)
        ends[lane] = right
        lanes.append(lane)
    for e, lane in zip(placed, lanes, strict=True):
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
