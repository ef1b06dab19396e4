"""The normalizer: turn a parsed ``Expr`` into a TimeML value, granularity and bounds.

Relative expressions are resolved against ``Anchors``: the document creation time
(``dct``) and the narrative anchors (the last day, month, quarter and year the text
has moved to), following TimeML conventions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from caseboard.extract import timex_calendar as cal
from caseboard.extract.timex_expr import Anchors, Expr, Resolved
from caseboard.extract.timex_values import (
    calendar_value,
    coarser,
    finish,
    quarter_anchored,
    quarter_back,
    quarter_ended,
    reference_day,
    sourced,
    unknown_calendar,
    value_at,
    year_period,
)

_UNIT_GRAIN = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX"}


def resolve(
    expr: Expr, anchors: Anchors, future: bool = False, strict: bool = False, untold: bool = False
) -> Resolved | None:
    """The normalized reading of ``expr``; ``future`` says the sentence speaks of the future, ``strict``
    that it does so plainly ("will", not "would"), so a yearless date must be the next one (without
    ``future``: "since", so it must be the last one); ``untold``: the sentence has no tense cue."""
    if expr.kind == "date":
        if untold and (same := _same_month_again(expr, anchors)) is not None:
            return same
        return _resolve_date(expr, anchors, future, strict)
    handler = {
        "rel": _resolve_rel,
        "shift": _resolve_shift,
        "weekday": _resolve_weekday,
        "time": _resolve_time,
        "ref": _resolve_ref,
        "range": _resolve_range,
    }.get(expr.kind)
    return handler(expr, anchors, future) if handler else None


def _resolve_date(expr: Expr, anchors: Anchors, future: bool, strict: bool = False) -> Resolved | None:
    if expr.century is not None:
        return finish(f"{expr.century:02d}", "century", cal.century_bounds(expr.century), expr.mod, None)
    if expr.decade is not None:
        return finish(str(expr.decade), "decade", cal.decade_bounds(expr.decade), expr.mod, None)
    if expr.year is not None:
        read = calendar_value(expr, expr.year)
        return finish(read[0], read[1], read[2], expr.mod, None) if read else None
    return _resolve_yearless(expr, anchors, future, strict)


def _resolve_yearless(expr: Expr, anchors: Anchors, future: bool, strict: bool) -> Resolved | None:
    """A month, day or quarter without a year: the closest one to the dct, leaning to the past."""
    if anchors.dct is None:
        if anchors.year is None:
            return unknown_calendar(expr)
        read = calendar_value(expr, anchors.year)
        return sourced(finish(read[0], read[1], read[2], expr.mod, "narrative"), "year") if read else None
    if expr.quarter or expr.half:
        return _yearless_quarter(expr, anchors.dct, future)
    best: tuple[float, tuple[str, str, tuple[date, date]]] | None = None
    for year in _candidate_years(expr, anchors.dct):
        read = calendar_value(expr, year)
        if read is None:
            continue
        cost = _distance(read[2], anchors.dct, future, strict)
        if best is None or cost < best[0]:
            best = (cost, read)
    return finish(best[1][0], best[1][1], best[1][2], expr.mod, "dct") if best else None


def _candidate_years(expr: Expr, dct: date) -> tuple[int, ...]:
    """The years a yearless date may be of: the dct's and its neighbours, or only the one of them
    whose calendar puts the written weekday on that day, when exactly one does ("Thursday 14
    January ... troops will be" in a story of 15 January 2010 is 2010's, not the next one)."""
    years = (dct.year - 1, dct.year, dct.year + 1)
    if expr.weekday is None or expr.month is None or expr.day is None:
        return years
    days = ((y, cal.make_date(y, expr.month, expr.day)) for y in years)
    matching = tuple(y for y, d in days if d is not None and d.weekday() == expr.weekday)
    return matching if len(matching) == 1 else years


def _same_month_again(expr: Expr, anchors: Anchors) -> Resolved | None:
    """ "expected to join in April. ... the summit in April": a yearless month named again, in a
    sentence with no tense of its own, is the one the text last named (when that one lies within a
    year of the dct: a month of an old story does not capture a mention of this year's)."""
    told = anchors.month
    if told is None or expr.year is not None or expr.month != told.month or expr.holiday or expr.unit:
        return None
    if anchors.dct is not None and abs((told - anchors.dct).days) > 366:
        return None
    read = calendar_value(expr, told.year)
    return sourced(finish(read[0], read[1], read[2], expr.mod, "narrative"), "month") if read else None


def _yearless_quarter(expr: Expr, dct: date, future: bool) -> Resolved | None:
    """ "the fourth quarter", "the fiscal first quarter": of the dct's year (TimeML reads fiscal
    quarters as calendar ones; results are reported in the year they fall in), or of the year before
    when it has not begun by the dct and the sentence does not speak of the future ("a contraction
    in the fourth quarter" in a story of June: last year's; not a fiscal quarter, named apart from
    the calendar: "the fiscal fourth quarter", "its fourth quarter ended Sept. 30")."""
    read = calendar_value(expr, dct.year)
    begun = read is None or read[2][0] <= dct or expr.base == "fiscal"  # a fiscal name: no calendar
    if not begun and not future:  # not begun by the dct: last year's
        read = calendar_value(expr, dct.year - 1)
    return finish(read[0], read[1], read[2], expr.mod, "dct") if read else None


def _distance(bounds: tuple[date, date], ref: date, future: bool, strict: bool) -> float:
    """How far a reading lies from the dct: the nearest, leaning to the past, or to the future in a
    future-tense sentence; with a plain future ("will") only one not over by the dct (TimeML: the
    next occurrence), with ``strict`` and no future ("since year-end") only one that has begun."""
    start, end = bounds
    if start <= ref <= end:
        return 0.0
    if end < ref:
        return (ref - end).days * (3.0 if future else 1.0) + (10_000.0 if strict and future else 0.0)
    return (start - ref).days * (1.0 if future else 3.0) + (10_000.0 if strict and not future else 0.0)


def _resolve_rel(expr: Expr, anchors: Anchors, future: bool) -> Resolved | None:
    unit = expr.unit or "day"
    if unit in {"season", "named_month"}:
        return _resolve_named_relative(expr, anchors)
    if unit == "weekend":
        return _resolve_weekend(expr, anchors, future)
    if expr.base == "quarter" and expr.year is not None:
        return year_period(expr.year, anchors)
    if expr.base == "compared" and anchors.last_grain == "quarter" and anchors.quarter:
        return quarter_back(anchors, expr.count) or _resolve_rel(replace(expr, base="dct"), anchors, future)
    if expr.base == "quarter" and expr.month:
        return quarter_ended(expr.month, anchors)
    if (expr.base == "quarter" or (expr.base == "reported" and not future)) and anchors.quarter:
        year, q = anchors.quarter
        return quarter_anchored(year, q)
    ref = reference_day(anchors, "narrative" if expr.base == "narrative" else "dct")
    if ref is None:
        return Resolved(_UNKNOWN.get(unit, "XXXX"), "DATE", _UNIT_GRAIN.get(unit, "year"))
    moved = cal.shift(ref[0], unit, expr.count)
    if unit == "year" and (expr.quarter or expr.half or expr.month):
        template = Expr("date", month=expr.month, day=expr.day, quarter=expr.quarter, half=expr.half)
        read = calendar_value(template, moved.year)
        return sourced(finish(read[0], read[1], read[2], expr.mod, ref[2]), ref[1]) if read else None
    value, grain, bounds = value_at(moved, coarser(unit, ref[1]))
    if expr.part and grain == "day":
        value, grain = f"{value}T{expr.part}", "time"
    if expr.hour is not None and grain == "day":  # "at 4pm tomorrow"
        value, grain = f"{value}T{expr.hour:02d}:{expr.minute or 0:02d}", "time"
    return sourced(finish(value, grain, bounds, expr.mod, ref[2]), ref[1])


def _resolve_named_relative(expr: Expr, anchors: Anchors) -> Resolved | None:
    """ "last fall", "next May", "this summer": the nearest such period before or after the dct."""
    if anchors.dct is None:
        return Resolved("XXXX", "DATE", "season" if expr.season else "month")
    dct = anchors.dct
    years = range(dct.year - 2, dct.year + 3)
    template = Expr("date", month=expr.month, season=expr.season, holiday=expr.holiday)
    reads = [r for r in (calendar_value(template, y) for y in years) if r]
    if expr.count < 0:
        picked = [r for r in reads if r[2][1] < dct][-1:]
    elif expr.count > 0:
        picked = [r for r in reads if r[2][0] > dct][:1]
    else:
        picked = [r for r in reads if r[2][0].year == dct.year][:1]
    if not picked:
        return None
    value, grain, bounds = picked[0]
    return finish(value, grain, bounds, expr.mod, "dct")


def _resolve_weekend(expr: Expr, anchors: Anchors, future: bool) -> Resolved:
    if anchors.dct is None:
        return Resolved("XXXX-WXX-WE", "DATE", "week")
    dct = anchors.dct
    count = expr.count
    if expr.base == "tense" and dct.weekday() < 5 and not future:
        count = -1
    saturday = dct + timedelta(days=5 - dct.weekday() + 7 * count)
    return Resolved(
        f"{cal.week_value(saturday)}-WE", "DATE", "week", saturday, saturday + timedelta(days=1), "dct"
    )


def _resolve_shift(expr: Expr, anchors: Anchors, future: bool) -> Resolved | None:
    unit = expr.unit or "day"
    by_quarter = expr.base == "quarter" or anchors.last_grain == "quarter"
    if unit == "year" and by_quarter and (back := quarter_back(anchors, expr.count)) is not None:
        return back
    ref = reference_day(anchors, "narrative" if expr.base == "narrative" else "dct")
    if ref is None and not (expr.base == "narrative" and expr.count > 0):
        ref = reference_day(anchors, "dct")  # "two days later" needs a told time: the dct is no past
    if ref is None:
        return Resolved(
            _UNKNOWN.get(_UNIT_GRAIN.get(unit, "year"), "XXXX"), "DATE", _UNIT_GRAIN.get(unit, "year")
        )
    moved = cal.shift(ref[0], unit, expr.count)
    grain = coarser(_UNIT_GRAIN.get(unit, "year"), ref[1])
    value, grain, bounds = value_at(moved, grain)
    if expr.hour is not None and grain == "day":  # "at 6 a.m. ten days before the shooting"
        return sourced(
            Resolved(f"{value}T{expr.hour:02d}:{expr.minute or 0:02d}", "TIME", "time", *bounds, ref[2]),
            ref[1],
        )
    return sourced(finish(value, grain, bounds, None, ref[2]), ref[1])


def weekday_date(ref: date, weekday: int, count: int, future: bool) -> date:
    """The ``weekday`` nearest ``ref``: before it (count -1), after it (+1), or by tense (0)."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if count < 0:
        return ref - timedelta(days=back or 7)
    if count > 0:
        return ref + timedelta(days=ahead or 7)
    return ref + timedelta(days=ahead) if future else ref - timedelta(days=back)


def _resolve_weekday(expr: Expr, anchors: Anchors, future: bool) -> Resolved:
    first = "narrative" if expr.base == "narrative" and anchors.day is not None else "dct"
    ref = reference_day(anchors, first) or reference_day(anchors, "narrative")
    if ref is None or ref[1] != "day" or expr.weekday is None:
        return Resolved(f"XXXX-WXX-{(expr.weekday or 0) + 1}", "DATE", "day")
    if expr.base == "week" and ref[2] == "dct":
        return day_reading(this_weekday(ref[0], expr.weekday, future), expr.part, ref[2])
    return day_reading(weekday_date(ref[0], expr.weekday, expr.count, future), expr.part, ref[2])


def this_weekday(ref: date, weekday: int, future: bool) -> date:
    """ "this Friday": the one of the dct's week (Monday to Sunday), or the next one when a
    future-tense sentence names a day of the week that is already over ("by this Monday we'll be")."""
    day = ref + timedelta(days=weekday - ref.weekday())
    return day + timedelta(days=7) if future and day < ref else day


def day_reading(d: date, part: str | None, anchor: str | None) -> Resolved:
    """The reading of the day ``d`` a weekday names: a TIME with its part of day ("Thursday
    evening"), else a DATE; a narrative one counted from the anchors' day."""
    if part:
        return sourced(Resolved(f"{cal.iso(d)}T{part}", "TIME", "time", d, d, anchor), "day")
    return sourced(Resolved(cal.iso(d), "DATE", "day", d, d, anchor), "day")


def _resolve_time(expr: Expr, anchors: Anchors, future: bool) -> Resolved:
    clock = f"T{expr.hour or 0:02d}:{expr.minute or 0:02d}"
    if expr.month and expr.day:
        day = _resolve_date(Expr("date", year=expr.year, month=expr.month, day=expr.day), anchors, future)
        if day is not None:
            return _at_clock(day, clock)
    if expr.weekday is not None:
        return _at_clock(_resolve_weekday(Expr("weekday", weekday=expr.weekday), anchors, future), clock)
    for d, name in ((anchors.day, "narrative"), (anchors.dct if anchors.dct_grain == "day" else None, "dct")):
        if d is not None:
            return sourced(Resolved(cal.iso(d) + clock, "TIME", "time", d, d, name), "day")
    return Resolved("XXXX-XX-XX" + clock, "TIME", "time")


def _at_clock(day: Resolved, clock: str) -> Resolved:
    return Resolved(day.value + clock, "TIME", "time", day.earliest, day.latest, day.anchor, day.source)


def _resolve_ref(expr: Expr, anchors: Anchors, future: bool) -> Resolved:
    dct, ref = anchors.dct, expr.ref or "PRESENT_REF"
    if dct is None:
        return Resolved(ref, "DATE", "unknown")
    earliest = None if ref == "PAST_REF" else dct
    latest = None if ref == "FUTURE_REF" else dct
    return Resolved(ref, "DATE", "unknown", earliest, latest, "dct")


def _resolve_range(expr: Expr, anchors: Anchors, future: bool) -> Resolved | None:
    if expr.parts is None:
        return None
    first, last = (resolve(part, anchors, future) for part in expr.parts)
    if first is None or last is None:
        return None
    anchor = first.anchor or last.anchor
    source = first.source if first.anchor else last.source
    value = f"{first.value}/{last.value}"
    return Resolved(value, "DATE", first.granularity, first.earliest, last.latest, anchor, source)
