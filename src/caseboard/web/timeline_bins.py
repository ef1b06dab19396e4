"""The timeline's axis when there are too many events for one dot each: how many start in each day, month
or year, over the range where most of them lie: the central 90% of their dates (a few events in 1400 must
not squeeze 2010 into one bar), widened to the shortest range holding 90% of them (a long tail of history
before a story must not cut off its last months).

Each bar is a plain link to the timeline filtered to its period, so a reader goes from the shape of the
story to its events in one click.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any

MAX_LANES = 24  # more rows of dots than this and the axis shows counts instead
TRIM = 0.05  # the earliest and latest 5% of events fall outside the central range
COVER = 0.9  # the shortest range holding 90% of the events widens it (the others are counted, not drawn)


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


def histogram(spans: list[tuple[int, int]], bounds: tuple[int, int] | None = None) -> dict[str, Any] | None:
    """Bins of the events (earliest, latest day ordinals) by the period they start in, over ``bounds`` (the
    dates the reader filtered on) or else the range where most start: {unit, from, to, bins: [{x, w, h,
    n, from, to}] in percent of the axis, ticks, before, after (starting outside the range), vague (dated
    only to a longer period than a bar: "2009" is not drawn as January)}."""
    if not spans:
        return None
    low, high = bounds or _drawn_range(sorted(a for a, _ in spans))
    unit = _unit(low, high)
    edges = [_period_start(date.fromordinal(low), unit)]
    while edges[-1].toordinal() <= high:
        edges.append(_next(edges[-1], unit))
    ords = [d.toordinal() for d in edges]
    counts = [0] * (len(edges) - 1)
    tally = {"before": 0, "after": 0, "vague": 0}
    for a, b in spans:
        if a < ords[0]:
            tally["before"] += 1
        elif a >= ords[-1]:
            tally["after"] += 1
        elif b >= ords[(i := bisect_right(ords, a) - 1) + 1]:
            tally["vague"] += 1
        else:
            counts[i] += 1
    origin, last = ords[0], ords[-1] - 1
    return {"unit": unit, "from": edges[0].isoformat(), "to": date.fromordinal(last).isoformat(),
            "bins": _bars(counts, edges), "ticks": _labels(edges, unit), "low": origin, "high": last,
            **tally}  # fmt: skip


def _drawn_range(days: list[int]) -> tuple[int, int]:
    """The central ``1 - 2 * TRIM`` of the sorted days, widened to the shortest range holding ``COVER``."""
    cut = int(TRIM * (len(days) - 1))
    dense = densest(days)
    return min(days[cut], dense[0]), max(days[len(days) - 1 - cut], dense[1])


def _bars(counts: list[int], edges: list[date]) -> list[dict[str, Any]]:
    origin = edges[0].toordinal()
    span = max(edges[-1].toordinal() - origin, 1)
    top = max(counts) or 1
    bins = []
    for i, n in enumerate(counts):
        if n:
            a, b = edges[i].toordinal(), edges[i + 1].toordinal()
            bins.append({"x": round(100 * (a - origin) / span, 3), "w": round(100 * (b - a) / span, 3),
                         "h": round(n / top, 3), "n": n, "from": edges[i].isoformat(),
                         "to": date.fromordinal(b - 1).isoformat()})  # fmt: skip
    return bins


def _labels(edges: list[date], unit: str) -> list[tuple[float, str]] | None:
    """Marks for month and day bars (at most 12 labels; a year's bars take the axis' year marks: None)."""
    if unit == "year":
        return None
    origin = edges[0].toordinal()
    span = max(edges[-1].toordinal() - origin, 1)
    starts = edges[:-1]
    step = next(s for s in (1, 2, 3, 6, 7, 14, 30) if len(starts) / s <= 12)
    out = []
    for i, d in enumerate(starts[::step]):
        shown = d.strftime("%b %Y") if unit == "month" and (i == 0 or d.month == 1) else d.strftime("%b")
        if unit == "day":
            shown = d.strftime("%d %b %Y") if i == 0 else d.strftime("%d %b")
        out.append((round(100 * (d.toordinal() - origin) / span, 3), shown))
    return out


def densest(days: list[int]) -> tuple[int, int]:
    """The shortest range of sorted ``days`` holding ``COVER`` of them (the earliest such range)."""
    size = max(1, -(-int(COVER * 1000) * len(days) // 1000))
    first = min(range(len(days) - size + 1), key=lambda i: (days[i + size - 1] - days[i], i))
    return days[first], days[first + size - 1]
