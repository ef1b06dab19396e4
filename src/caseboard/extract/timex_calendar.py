"""Calendar arithmetic and ISO formatting for the temporal tagger (pure functions)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_DCT = re.compile(r"^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?")


def parse_dct(dct: str | None) -> tuple[date | None, str | None]:
    """A document date from an ISO prefix ("2018", "2018-04", "2018-04-07T10:00"), with its precision."""
    m = _DCT.match(dct.strip()) if dct else None
    if not m:
        return None, None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    built = make_date(year, month, day)
    if built is None:
        return None, None
    return built, "day" if m[3] else "month" if m[2] else "year"


def make_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or None when that day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def shift(d: date, unit: str, count: int) -> date:
    """``d`` moved by ``count`` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=count)
    if unit == "week":
        return d + timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(d, months * count)


def iso(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), month_end(year, month)


def season_bounds(year: int, season: str) -> tuple[date, date]:
    first, last = SEASON_MONTHS[season]
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return date(year, first, 1), month_end(end_year, end_month)


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    return date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)


def half_bounds(year: int, half: int) -> tuple[date, date]:
    return date(year, 6 * half - 5, 1), month_end(year, 6 * half)


def week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def decade_bounds(decade: int) -> tuple[date, date]:
    return date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)


def century_bounds(century: int) -> tuple[date, date]:
    return date(max(century * 100, 1), 1, 1), date(century * 100 + 99, 12, 31)


def apply_mod(bounds: tuple[date, date], mod: str | None, granularity: str) -> tuple[date, date]:
    """Narrow an interval to its early, mid or late third (a month: days 1-10, 11-20, 21-end)."""
    start, end = bounds
    if mod not in {"early", "mid", "late"}:
        return bounds
    third = {"early": 0, "mid": 1, "late": 2}[mod]
    if granularity == "day":
        return bounds
    if granularity == "month":
        cuts = [start, start.replace(day=11), start.replace(day=21), end + timedelta(days=1)]
    elif granularity in {"decade", "century"}:
        span = end.year - start.year + 1
        years = [start.year, start.year + span * 4 // 10, start.year + span * 7 // 10, end.year + 1]
        cuts = [date(y, 1, 1) for y in years]
    else:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        cuts = [add_months(start, months * k // 3) for k in range(3)] + [end + timedelta(days=1)]
    return cuts[third], cuts[third + 1] - timedelta(days=1)


def bounds_of_value(value: str) -> tuple[date, date] | None:
    """The interval an ISO/TimeML date value denotes ("2018", "2018-04", "2018-W14", "2015-SU"...)."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q(\d)|-H(\d)|-(SP|SU|FA|WI))?", value)
    if m is None:
        return _decade_or_century(value)
    year = int(m[1])
    if m[3]:
        d = make_date(year, int(m[2]), int(m[3]))
        return (d, d) if d else None
    if m[2]:
        return month_bounds(year, int(m[2])) if 1 <= int(m[2]) <= 12 else None
    if m[4]:
        monday = date.fromisocalendar(year, int(m[4]), 1)
        return monday, monday + timedelta(days=6)
    if m[5]:
        return quarter_bounds(year, int(m[5]))
    if m[6]:
        return half_bounds(year, int(m[6]))
    if m[7]:
        return season_bounds(year, m[7])
    return year_bounds(year)


def _decade_or_century(value: str) -> tuple[date, date] | None:
    if re.fullmatch(r"\d{3}", value):
        return decade_bounds(int(value))
    if re.fullmatch(r"\d{2}", value):
        return century_bounds(int(value))
    return None


def two_digit_year(yy: int, reference: date | None) -> int:
    """A full year for "07.04.18": the century that puts it at most ten years after the reference."""
    if reference is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    pivot = reference.year + 10
    year = pivot - pivot % 100 + yy
    return year - 100 if year > pivot else year
