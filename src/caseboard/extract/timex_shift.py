"""The shift rule: a count of units before or after a day ("two days later", "a week after March 5",
"three years ago"), counted from the day the story is at or from the dct."""

from __future__ import annotations

import re

from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_holidays import HOLIDAY_NAME
from caseboard.extract.timex_lexicon import APPROX, MONTH, NUM, UNITS, WEEKDAY, number_value
from caseboard.extract.timex_rules import rule

_CLAUSE_AFTER = re.compile(r"\s+(?!(?i:that|this|the|these|those|then|now)\b)[a-z]")
# "a month after Qantas suspended flights": a name that is no month, weekday or holiday starts an event.
_NAME_AFTER = re.compile(rf"\s+(?!(?:{MONTH}|{WEEKDAY}|{HOLIDAY_NAME})(?!\w))[A-Z]")
# "Six weeks after the April 20 explosion": the word after "the" may not open another expression
# (a month, weekday, holiday or number), else the shift would end inside the date.
_OPENS_DATE = rf"(?:(?:{MONTH}|{WEEKDAY}|{HOLIDAY_NAME})(?!\w)|\d)"
_NOT_A_DATE = rf"(?!{_OPENS_DATE})"
_DATE_AFTER = re.compile(rf"\s+{_OPENS_DATE}")
_DETERMINERS = {"that", "this", "the", "these", "those"}


# "a quarter of a century later", "half a year ago": a fraction of a unit, counted in a smaller one.
_FRACTIONS = {"a quarter of": 4, "half": 2}
# "a year and a half ago", "two and a half years later": half a unit more, counted in a smaller one.
_AND_A_HALF = r"(?P<half>\s+(?i:and\s+a\s+half))?"
_AND_A_HALF2 = r"(?P<half2>\s+(?i:and\s+a\s+half))?"
_HALVES = {"decade": (10, "year"), "year": (12, "month"), "month": (30, "day"), "week": (7, "day")}
_SMALLER = {"decade": (10, "year"), "century": (100, "year"), "year": (12, "month")}


def _shift(m: re.Match[str], _: bool) -> Expr | None:
    count = number_value(m["num"])
    unit = UNITS[m["unit"].lower()]
    if m["frac"]:
        if unit not in _SMALLER or count != 1:
            return None
        size, unit = _SMALLER[unit]
        count = size // _FRACTIONS[" ".join(m["frac"].lower().split())]
    if not count or count > 500:
        return None
    if m["half"] or m["half2"]:  # counted in the smaller unit after the cap ("42 and a half years")
        if unit not in _HALVES or (m["half"] and m["half2"]):
            return None
        size, unit = _HALVES[unit]
        count = count * size + size // 2
    direction = " ".join(m["dir"].lower().split())
    if direction in {"after", "before"} and _event_after(m.string, m.end()):
        return None  # "a day after he was hounded": counted from an event, not a date
    if m["t"].split()[-1].lower() in _DETERMINERS and _DATE_AFTER.match(m.string, m.end()):
        return None  # "six weeks after the April 20 explosion": the date is tagged, the event's shift not
    sign = -1 if direction in {"ago", "earlier", "before", "prior"} else 1
    base = "dct" if direction in {"ago", "from now", "hence"} else "narrative"
    return Expr("shift", unit=unit, count=sign * count, base=base)


def _event_after(text: str, end: int) -> bool:
    return bool(_CLAUSE_AFTER.match(text, end) or _NAME_AFTER.match(text, end))


SHIFT_RULE = rule(
    "shift",
    rf"(?P<t>{APPROX}?(?:(?P<frac>(?i:a\s+quarter\s+of|half))\s+(?=(?i:an?)\s))?(?P<num>{NUM}){_AND_A_HALF}\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century)){_AND_A_HALF2}\s+"
    r"(?P<dir>(?i:ago|earlier|later|before|after|prior|from\s+now|hence))"
    r"(?:(?<=after|efore)\s+(?i:that|this|the|these|those)"
    rf"(?:\s+{_NOT_A_DATE}\w+)?(?=[\s,.;:]))?)",
    _shift,
)
