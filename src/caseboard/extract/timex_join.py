"""Joining adjacent candidates of the temporal tagger into one expression.

"late 1997 or early 1998" and "from 1980 to 1988" become one interval; a clock time and the day
it is given on ("6:22 a.m. on October 23, 1983") one TIME; "the day before" or "a week after" and the
date that follows it ("the day before last Tuesday", "a week after Christmas") one date, counted
from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from caseboard.extract.timex_expr import Expr

_JOINER = re.compile(r"\s*(?:or|to|and|through|until|till|-|–|—)\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?i:\b(?:from|between)\s+)$")
# "3 p.m. local time (2000 GMT) on Thursday": a bracketed restatement of the clock may stand between
# them when "on" names the day (tokenised text writes the brackets -LRB- -RRB-); "10:35 a.m. (0735 GMT)
# Friday" stays two expressions, as TimeBank tags it.
_RESTATED = r"\s*(?:\(|-LRB-)\s*\d{1,2}[:.]?\d{2}\s*(?:[A-Z]{2,4}T|GMT|UTC)\s*(?:\)|-RRB-),?\s*on\s+"
_TIME_GLUE = re.compile(rf"{_RESTATED}|,?\s*(?:on|at)?\s*")
_COUNTED_FROM = re.compile(r"(?i:.*\b(?:before|after))")  # "the day before", "two weeks after"


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    expr: Expr
    inner: Candidate | None = None  # "the day before last Tuesday": the day (its span too) counted from


def merge_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join "late 1997 or early 1998" and "from 1980 to 1988" into one interval."""
    merged: list[Candidate] = []
    for c in candidates:
        prev = merged[-1] if merged else None
        if prev is not None and prev.expr.absolute and c.expr.absolute and _joined(text, prev, c):
            opener = _RANGE_OPENER.search(text, max(0, prev.start - 10), prev.start)
            start = opener.start() if opener else prev.start
            merged[-1] = Candidate(start, c.end, Expr("range", parts=(prev.expr, c.expr)))
        else:
            merged.append(c)
    return merged


def attach_times(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join a clock time and the day it is given on ("6:22 a.m. on October 23, 1983") into one TIME."""
    out: list[Candidate] = []
    for c in candidates:
        prev = out[-1] if out else None
        pair = _time_and_day(prev.expr, c.expr) if prev is not None else None
        if prev is not None and pair is not None and _TIME_GLUE.fullmatch(text[prev.end : c.start]):
            out[-1] = Candidate(prev.start, c.end, _clock_on_day(*pair))
        else:
            out.append(c)
    return out


def _clock_on_day(clock: Expr, day: Expr) -> Expr:
    """One expression for a clock time and its day; a deictic day ("at 4pm tomorrow", "10 p.m.
    yesterday") keeps its count from the dct and takes the clock."""
    if day.kind == "rel":
        return Expr("rel", unit="day", count=day.count, hour=clock.hour, minute=clock.minute)
    if day.kind == "shift":  # "at 6 a.m. ten days before the shooting"
        return replace(day, hour=clock.hour, minute=clock.minute)
    if day.kind == "weekday":  # "3 p.m. local time (2000 GMT) on Thursday"
        return Expr("time", hour=clock.hour, minute=clock.minute, weekday=day.weekday)
    return Expr("time", year=day.year, month=day.month, day=day.day, hour=clock.hour, minute=clock.minute)


def _time_and_day(a: Expr, b: Expr) -> tuple[Expr, Expr] | None:
    for clock, day in ((a, b), (b, a)):
        if clock.kind == "time" and clock.weekday is None and _is_a_day(day):
            return clock, day
    return None


def _is_a_day(expr: Expr) -> bool:
    """A day date, a plain weekday, or "today / tonight / tomorrow / yesterday" (a day counted from
    the dct)."""
    if expr.kind == "date":
        return expr.day is not None
    if expr.kind == "weekday":
        return expr.count == 0 and expr.base == "dct" and expr.part is None
    if expr.kind == "shift":  # "ten days before the shooting", "two days later"
        return expr.unit == "day" and expr.hour is None
    return expr.kind == "rel" and expr.unit == "day" and expr.base == "dct" and expr.part is None


def _joined(text: str, first: Candidate, second: Candidate) -> bool:
    between = text[first.end : second.start]
    if not _JOINER.fullmatch(between):
        return False
    opener = _RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
    return "and" not in between.lower() or (opener is not None and "between" in opener.group().lower())


def attach_day_offsets(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join "the day before" or "two weeks after" and the day that follows it ("the day before
    yesterday", "a week after March 5, 1998"): the shift counts from that day."""
    out: list[Candidate] = []
    for c in candidates:
        prev = out[-1] if out else None
        if prev is not None and _counts_from(text, prev, c):
            out[-1] = Candidate(prev.start, c.end, prev.expr, inner=c)
        else:
            out.append(c)
    return out


def _counts_from(text: str, offset: Candidate, day: Candidate) -> bool:
    """Whether ``offset`` ("the day before", "a week after") is counted from the day right after it."""
    if text[offset.end : day.start].strip() or not _names_a_day(day.expr):
        return False
    shifts = offset.expr.kind in {"rel", "shift"} and offset.expr.base == "narrative"
    return shifts and _COUNTED_FROM.fullmatch(text, offset.start, offset.end) is not None


def _names_a_day(expr: Expr) -> bool:
    if expr.kind == "weekday" or (expr.kind == "date" and (expr.day is not None or expr.holiday)):
        return True
    return expr.kind == "rel" and expr.unit == "day" and expr.base == "dct" and expr.part is None
