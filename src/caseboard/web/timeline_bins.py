"""The timeline's axis when there are too many events for one dot each: how many start in each day, month
or year, over the range where most of them lie (a few events in 1400 must not squeeze 2010 into one bar).

Each bar is a plain link to the timeline filtered to its period, so a reader goes from the shape of the
story to its events in one click.
"""

from __future__ import annotations

from datetime import date
from typing import Any

MAX_LANES = 24  # more rows of dots than this and the axis shows counts instead
TRIM = 0.05  # the earliest and latest 5% of events fall outside the drawn range (counted, not drawn)


def _period_start(day: date, unit: str) -> date:
    if unit == "year":
        return date(day.year, 1, 1)
    if unit == "month":
        return date(day.year, day.month, 1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "year":
        return date(day.year + 1, 1, 1)
    if unit == "month":
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date.fromordinal(day.toordinal() + 1)


def _unit(low: int, high: int) -> str:
    span = high - low
    return "day" if span <= 92 else "month" if span <= 6 * 366 else "year"


def histogram(starts: list[int]) -> dict[str, Any] | None:
    """Bins over the central range of the event start days (ordinals): {unit, from, to, bins:
    [{x, w, h, n, from, to}] in percent of the axis, before, after (events outside the range)}."""
    if not starts:
        return None
    days = sorted(starts)
    cut = int(TRIM * (len(days) - 1))
    low, high = days[cut], days[len(days) - 1 - cut]
    unit = _unit(low, high)
    first = _period_start(date.fromordinal(low), unit)
    edges = [first]
    while edges[-1].toordinal() <= high:
        edges.append(_next(edges[-1], unit))
    span = max(edges[-1].toordinal() - first.toordinal(), 1)
    counts = [0] * (len(edges) - 1)
    before = after = 0
    for d in days:
        if d < first.toordinal():
            before += 1
        elif d >= edges[-1].toordinal():
            after += 1
        else:
            counts[_bin_of(edges, d)] += 1
    top = max(counts) or 1
    origin, last = first.toordinal(), edges[-1].toordinal() - 1
    bins = []
    for i, n in enumerate(counts):
        if n:
            a, b = edges[i].toordinal(), edges[i + 1].toordinal()
            bins.append({"x": round(100 * (a - origin) / span, 3), "w": round(100 * (b - a) / span, 3),
                         "h": round(n / top, 3), "n": n, "from": edges[i].isoformat(),
                         "to": date.fromordinal(b - 1).isoformat()})  # fmt: skip
    return {"unit": unit, "from": first.isoformat(), "to": date.fromordinal(last).isoformat(), "bins": bins,
            "before": before, "after": after, "low": origin, "high": last}  # fmt: skip


def _bin_of(edges: list[date], day: int) -> int:
    lo, hi = 0, len(edges) - 2
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if edges[mid].toordinal() <= day:
            lo = mid
        else:
            hi = mid - 1
    return lo
