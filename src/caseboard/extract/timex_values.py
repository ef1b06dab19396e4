"""Values of calendar periods: a date expression once its year is known, the period of a given
grain around a day, the anchor day a relative expression counts from (used by ``timex_resolve``)."""

from __future__ import annotations

from datetime import date

from caseboard.extract import timex_calendar as cal
from caseboard.extract.timex_expr import Anchors, Expr, Resolved
from caseboard.extract.timex_holidays import holiday_date

_GRAIN_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5}


def calendar_value(expr: Expr, year: int) -> tuple[str, str, tuple[date, date]] | None:
    """Value, granularity and bounds of a date expression once its year is known."""
    if expr.holiday or (expr.month and expr.day):
        d = holiday_date(expr.holiday, year) if expr.holiday else cal.make_date(year, expr.month, expr.day)
        # "Easter week", "the week of March 6": the week that contains the day
        return value_at(d, "week" if expr.unit == "week" else "day") if d else None
    if expr.month:
        return f"{year}-{expr.month:02d}", "month", cal.month_bounds(year, expr.month)
    if expr.season:
        return f"{year}-{expr.season}", "season", cal.season_bounds(year, expr.season)
    if expr.quarter:
        return f"{year}-Q{expr.quarter}", "quarter", cal.quarter_bounds(year, expr.quarter)
    if expr.half:
        return f"{year}-H{expr.half}", "quarter", cal.half_bounds(year, expr.half)
    return str(year), "year", cal.year_bounds(year)


def finish(
    value: str, grain: str, bounds: tuple[date, date], mod: str | None, anchor: str | None
) -> Resolved:
    start, end = cal.apply_mod(bounds, mod, grain)
    kind = "TIME" if "T" in value else "DATE"
    return Resolved(value, kind, grain, start, end, anchor)


def unknown_calendar(expr: Expr) -> Resolved:
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


def sourced(resolved: Resolved, field: str) -> Resolved:
    """Name the anchors field a narrative reading counted from (its provenance); dct ones keep None."""
    if resolved.anchor == "narrative":
        resolved.source = field
    return resolved


def quarter_anchored(year: int, q: int) -> Resolved:
    """A quarter counted from the quarter under discussion."""
    bounds = cal.quarter_bounds(year, q)
    return sourced(finish(f"{year}-Q{q}", "quarter", bounds, None, "narrative"), "quarter")


def unknown_quarter(year: int) -> Resolved:
    """A quarter of ``year`` whose number is unknown (TimeML ``QX``)."""
    first, last = cal.year_bounds(year)
    return sourced(Resolved(f"{year}-QX", "DATE", "quarter", first, last, "narrative"), "quarter")


def quarter_back(anchors: Anchors, count: int) -> Resolved | None:
    """ "a year earlier", "compared with $33 million last year" after a quarter: the quarter under
    discussion ``count`` years back (``QX`` when it was told as one; None after a period of months)."""
    if anchors.quarter is None or anchors.months_period:
        return None
    year, q = anchors.quarter
    return unknown_quarter(year + count) if anchors.quarter_unknown else quarter_anchored(year + count, q)


def quarter_ended(month: int, anchors: Anchors) -> Resolved:
    """ "the quarter ended Sept. 30": the calendar quarter that closes in that month (the last one
    before the dct); when the quarter under discussion was named a fiscal one of another number ("the
    fiscal first quarter ... the quarter ended Sept. 30") its number is unknown: ``QX``, as TimeBank
    writes it (a calendar one of another number is another company's: "Separately, ... for the
    quarter ended June 30" is the second quarter)."""
    q = (month - 1) // 3 + 1
    if anchors.quarter is not None and not anchors.months_period:
        year, told = anchors.quarter
        if told == q:
            return quarter_anchored(year, q)
        if anchors.quarter_fiscal:
            return unknown_quarter(year)
    if anchors.dct is None:
        return Resolved(f"XXXX-Q{q}", "DATE", "quarter")
    dct = anchors.dct
    year = dct.year if cal.quarter_bounds(dct.year, q)[1] < dct else dct.year - 1
    return finish(f"{year}-Q{q}", "quarter", cal.quarter_bounds(year, q), None, "dct")


def year_period(year: int, anchors: Anchors) -> Resolved:
    """ "the 1988 quarter", "the 1989 period": that year's version of the quarter under discussion."""
    if anchors.quarter is None or anchors.months_period:
        return finish(str(year), "year", cal.year_bounds(year), None, None)
    return quarter_anchored(year, anchors.quarter[1])
