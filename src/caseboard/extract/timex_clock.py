"""Times of day: a part of the day ("by mid afternoon", "at midday"), the British dotted clock
("13.41 BST", "7.30 pm") and a few hours back ("2 hrs ago")."""

from __future__ import annotations

import re

from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_grammar import Rule, rule, weekday_number
from caseboard.extract.timex_lexicon import (
    COMMA,
    DEICTIC_DAYS,
    MONTH,
    NUM,
    PARTS_OF_DAY,
    WEEKDAY,
    WEEKDAY_AFTER,
    ZONE,
)

AMPM = r"(?P<ampm>(?i:a\.m\.?|p\.m\.?|am\b|pm\b))"


def _part_of_day(m: re.Match[str], _: bool) -> Expr | None:
    """ "by mid afternoon", "in the early morning": that part of the publication day, as "this
    afternoon"; "at mid-afternoon yesterday": of the day named after it; "at midday": noon."""
    if m["part"] is None:
        return Expr("time", hour=12, minute=0)
    part = PARTS_OF_DAY[m["part"].lower()]
    deictic = (m["deictic"] or "").lower()
    return Expr("rel", unit="day", count=DEICTIC_DAYS[deictic] if deictic else 0, part=part)


def clock_time(m: re.Match[str], _: bool) -> Expr | None:
    """A clock time from a match's ``h``, ``mi`` (optional), ``ampm`` and ``wd`` groups: "6 a.m.",
    "9:59 am on Wednesday", "13.41 BST", "08.51 BST on Saturday" (the dotted form needs am/pm or a
    zone, since a bare "15.58" is a decimal: a price, a score)."""
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    ampm = (m["ampm"] or "").lower()
    if ampm and not 1 <= hour <= 12:
        return None
    hour += 12 if ampm.startswith("p") and hour < 12 else 0
    hour = 0 if ampm.startswith("a") and hour == 12 else hour
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    return Expr("time", hour=hour, minute=minute, weekday=weekday)


def _hours_ago(m: re.Match[str], _: bool) -> Expr | None:
    """ "9 hrs ago", "three hours ago" (a feed's time stamp, a live report): the publication day,
    the finest value a dct without a clock gives."""
    return Expr("rel", unit="day", count=0)


CLOCK_RULES: list[Rule] = [
    rule(
        "clock_four_digit",
        r"(?<![\d.,:$£€#(])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<ampm>)\s+(?:GMT|UTC)(?:\s+on\s+"
        rf"(?P<wd>{WEEKDAY})\b(?!{COMMA}\s+(?:\d|{MONTH}))|(?=\s+on\s+(?:{WEEKDAY}{COMMA}\s+)?(?:\d|{MONTH})))",
        clock_time,
    ),
    rule(
        "hours_ago",
        rf"(?P<t>(?:{NUM}|an?)\s+(?i:hours?|hrs?|minutes?|mins?)\s+ago)\b",
        _hours_ago,
    ),
    rule(
        "part_of_day",
        r"(?i:in|by|at|during|until|till|through|since|before|after|around|from|into)\s+(?P<t>mid-?day|"
        r"(?!(?i:midnight))(?:the\s+)?(?:early|late|mid)[\s-]*(?P<part>morning|afternoon|evening|night)"
        r"(?:\s+(?P<deictic>(?i:yesterday|today|tomorrow)))?)\b(?!\s+(?:of|before|after)\b|-)",
        _part_of_day,
    ),
    rule(
        "clock_dotted",
        rf"(?<![\d.,:$£€#])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?![\d%]|\.\d)\s*"
        rf"(?:{AMPM}(?:\s+{ZONE})?|{ZONE}){WEEKDAY_AFTER}",
        clock_time,
    ),
]
