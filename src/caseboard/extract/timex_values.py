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
