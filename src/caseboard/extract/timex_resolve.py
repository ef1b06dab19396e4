"""The normalizer: turn a parsed ``Expr`` into a TimeML value, granularity and bounds.

Relative expressions are resolved against ``Anchors``: the document creation time
(``dct``) and the narrative anchors (the last day, month, quarter and year the text
has moved to), following TimeML conventions.
"""

from __future__ import annotations

from datetime import date, timedelta

from caseboard.extract import timex_calendar as cal
from caseboard.extract.timex_expr import Anchors, Expr, Resolved
from caseboard.extract.timex_holidays import holiday_date

_UNIT_GRAIN = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}
_GRAIN_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5}
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX"}


def resolve(expr: Expr, anchors: Anchors, future: bool = False, strict: bool = False) -> Resolved | None:
    """The normalized reading of ``expr``; ``future`` says the sentence speaks of the future, ``strict``
    that it does so plainly ("will", not "would"), so a yearless date must be the next one."""
    if expr.kind == "date":
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


def calendar_value(expr: Expr, year: int) -> tuple[str, str, tuple[date, date]] | None:
    """Value, granularity and bounds of a date expression once its year is known."""
    if expr.holiday:
        d = holiday_date(expr.holiday, year)
        return cal.iso(d), "day", (d, d)
    if expr.month and expr.day:
        d = cal.make_date(year, expr.month, expr.day)
        if d is not None and expr.unit == "week":
            return cal.week_value(d), "week", cal.week_bounds(d)
        return (cal.iso(d), "day", (d, d)) if d else None
    if expr.month:
        return f"{year}-{expr.month:02d}", "month", cal.month_bounds(year, expr.month)
    if expr.season:
        return f"{year}-{expr.season}", "season", cal.season_bounds(year, expr.season)
    if expr.quarter:
        return f"{year}-Q{expr.quarter}", "quarter", cal.quarter_bounds(year, expr.quarter)
    if expr.half:
        return f"{year}-H{expr.half}", "quarter", cal.half_bounds(year, expr.half)
    return str(year), "year", cal.year_bounds(year)


def _finish(
    value: str, grain: str, bounds: tuple[date, date], mod: str | None, anchor: str | None
) -> Resolved:
    start, end = cal.apply_mod(bounds, mod, grain)
    kind = "TIME" if "T" in value else "DATE"
    return Resolved(value, kind, grain, start, end, anchor)


def _resolve_date(expr: Expr, anchors: Anchors, future: bool, strict: bool = False) -> Resolved | None:
    if expr.century is not None:
        return _finish(f"{expr.century:02d}", "century", cal.century_bounds(expr.century), expr.mod, None)
    if expr.decade is not None:
        return _finish(str(expr.decade), "decade", cal.decade_bounds(expr.decade), expr.mod, None)
    if expr.year is not None:
        read = calendar_value(expr, expr.year)
        return _finish(read[0], read[1], read[2], expr.mod, None) if read else None
    return _resolve_yearless(expr, anchors, future, strict)


def _resolve_yearless(expr: Expr, anchors: Anchors, future: bool, strict: bool) -> Resolved | None:
    """A month, day or quarter without a year: the closest one to the dct, leaning to the past."""
    if anchors.dct is None:
        if anchors.year is None:
            return _unknown_calendar(expr)
        read = calendar_value(expr, anchors.year)
        return _finish(read[0], read[1], read[2], expr.mod, "narrative") if read else None
    if expr.quarter or expr.half:
        return _yearless_quarter(expr, anchors.dct, future)
    best: tuple[float, tuple[str, str, tuple[date, date]]] | None = None
    for year in (anchors.dct.year - 1, anchors.dct.year, anchors.dct.year + 1):
        read = calendar_value(expr, year)
        if read is None:
            continue
        cost = _distance(read[2], anchors.dct, future, strict)
        if best is None or cost < best[0]:
            best = (cost, read)
    return _finish(best[1][0], best[1][1], best[1][2], expr.mod, "dct") if best else None


def _yearless_quarter(expr: Expr, dct: date, future: bool) -> Resolved | None:
    """ "the fourth quarter", "the fiscal first quarter": of the dct's year (TimeML reads fiscal
    quarters as calendar ones; results are reported in the year they fall in)."""
    read = calendar_value(expr, dct.year)
    return _finish(read[0], read[1], read[2], expr.mod, "dct") if read else None


def _distance(bounds: tuple[date, date], ref: date, future: bool, strict: bool) -> float:
    """How far a reading lies from the dct: the nearest, leaning to the past, or to the future in a
    future-tense sentence; with a plain future ("will") only one not over by the dct (TimeML: the
    next occurrence)."""
    start, end = bounds
    if start <= ref <= end:
        return 0.0
    if end < ref:
        return (ref - end).days * (3.0 if future else 1.0) + (10_000.0 if strict else 0.0)
    return (start - ref).days * (1.0 if future else 3.0)


def _unknown_calendar(expr: Expr) -> Resolved:
    if expr.month and expr.day:
        return Resolved(f"XXXX-{expr.month:02d}-{expr.day:02d}", "DATE", "day")
    if expr.month:
        return Resolved(f"XXXX-{expr.month:02d}", "DATE", "month")
    if expr.quarter:
        return Resolved(f"XXXX-Q{expr.quarter}", "DATE", "quarter")
    return Resolved("XXXX", "DATE", "year")


def reference_day(anchors: Anchors, base: str) -> tuple[date, str, str] | None:
    """The day a relative expression counts from, its granularity and the anchor's name."""
    if base == "narrative":
        for value, grain in ((anchors.day, "day"), (anchors.month, "month")):
            if value is not None:
                return value, grain, "narrative"
        return (date(anchors.year, 7, 1), "year", "narrative") if anchors.year else None
    if anchors.dct is None:
        return None
    return anchors.dct, anchors.dct_grain or "day", "dct"


def value_at(d: date, grain: str) -> tuple[str, str, tuple[date, date]]:
    """The value of the ``grain``-sized period that contains ``d``."""
    if grain == "day":
        return cal.iso(d), "day", (d, d)
    if grain == "week":
        return cal.week_value(d), "week", cal.week_bounds(d)
    if grain == "month":
        return f"{d.year}-{d.month:02d}", "month", cal.month_bounds(d.year, d.month)
    if grain == "quarter":
        q = cal.quarter_of(d)
        return f"{d.year}-Q{q}", "quarter", cal.quarter_bounds(d.year, q)
    if grain == "decade":
        return str(d.year // 10), "decade", cal.decade_bounds(d.year // 10)
    if grain == "century":
        return f"{d.year // 100:02d}", "century", cal.century_bounds(d.year // 100)
    return str(d.year), "year", cal.year_bounds(d.year)


def coarser(a: str, b: str) -> str:
    return a if _GRAIN_RANK.get(a, 6) >= _GRAIN_RANK.get(b, 6) else b


def _resolve_rel(expr: Expr, anchors: Anchors, future: bool) -> Resolved | None:
    unit = expr.unit or "day"
    if unit in {"season", "named_month"}:
        return _resolve_named_relative(expr, anchors)
    if unit == "weekend":
        return _resolve_weekend(expr, anchors, future)
    if expr.base == "quarter" and expr.year is not None:
        return _year_period(expr.year, anchors)
    if expr.base == "quarter" and anchors.quarter:
        year, q = anchors.quarter
        return _finish(f"{year}-Q{q}", "quarter", cal.quarter_bounds(year, q), None, "narrative")
    ref = reference_day(anchors, "narrative" if expr.base == "narrative" else "dct")
    if ref is None:
        return Resolved(_UNKNOWN.get(unit, "XXXX"), "DATE", _UNIT_GRAIN.get(unit, "year"))
    moved = cal.shift(ref[0], unit, expr.count)
    if unit == "year" and (expr.quarter or expr.half):
        read = calendar_value(Expr("date", quarter=expr.quarter, half=expr.half), moved.year)
        return _finish(read[0], read[1], read[2], None, ref[2]) if read else None
    value, grain, bounds = value_at(moved, coarser(unit, ref[1]))
    if expr.part and grain == "day":
        value, grain = f"{value}T{expr.part}", "time"
    return _finish(value, grain, bounds, expr.mod, ref[2])


def _year_period(year: int, anchors: Anchors) -> Resolved:
    """ "the 1988 quarter", "the 1989 period": that year's version of the quarter under discussion."""
    if anchors.quarter is None:
        return _finish(str(year), "year", cal.year_bounds(year), None, None)
    q = anchors.quarter[1]
    return _finish(f"{year}-Q{q}", "quarter", cal.quarter_bounds(year, q), None, "narrative")


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
    return _finish(value, grain, bounds, expr.mod, "dct")


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
    if unit == "year" and (expr.base == "quarter" or anchors.last_grain == "quarter") and anchors.quarter:
        year, q = anchors.quarter
        year += expr.count
        return _finish(f"{year}-Q{q}", "quarter", cal.quarter_bounds(year, q), None, "narrative")
    ref = reference_day(anchors, "narrative" if expr.base == "narrative" else "dct") or reference_day(
        anchors, "dct"
    )
    if ref is None:
        return Resolved(
            _UNKNOWN.get(_UNIT_GRAIN.get(unit, "year"), "XXXX"), "DATE", _UNIT_GRAIN.get(unit, "year")
        )
    moved = cal.shift(ref[0], unit, expr.count)
    grain = coarser(_UNIT_GRAIN.get(unit, "year"), ref[1])
    value, grain, bounds = value_at(moved, grain)
    return _finish(value, grain, bounds, None, ref[2])


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
    d = weekday_date(ref[0], expr.weekday, expr.count, future)
    if expr.part:
        return Resolved(f"{cal.iso(d)}T{expr.part}", "TIME", "time", d, d, ref[2])
    return Resolved(cal.iso(d), "DATE", "day", d, d, ref[2])


def _resolve_time(expr: Expr, anchors: Anchors, future: bool) -> Resolved:
    clock = f"T{expr.hour or 0:02d}:{expr.minute or 0:02d}"
    if expr.month and expr.day:
        day = _resolve_date(Expr("date", year=expr.year, month=expr.month, day=expr.day), anchors, future)
        if day is not None:
            return Resolved(day.value + clock, "TIME", "time", day.earliest, day.latest, day.anchor)
    if expr.weekday is not None:
        day = _resolve_weekday(Expr("weekday", weekday=expr.weekday), anchors, future)
        return Resolved(day.value + clock, "TIME", "time", day.earliest, day.latest, day.anchor)
    for d, name in ((anchors.day, "narrative"), (anchors.dct if anchors.dct_grain == "day" else None, "dct")):
        if d is not None:
            return Resolved(cal.iso(d) + clock, "TIME", "time", d, d, name)
    return Resolved("XXXX-XX-XX" + clock, "TIME", "time")


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
    value = f"{first.value}/{last.value}"
    return Resolved(value, "DATE", first.granularity, first.earliest, last.latest, anchor)
