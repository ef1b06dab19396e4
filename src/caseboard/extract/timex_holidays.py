"""Named times of the year: holidays as dates ("Christmas", "last Thanksgiving", "Easter 1998",
"New Year's Eve", "Easter week") and seasons ("the summer of 2015", "last spring", "the summer").

A holiday is a day whose month and day may depend on the year (Easter, Thanksgiving), so the
rule keeps its name and ``holiday_date`` gives the day once the year is known; without a year it
is resolved like a yearless month and day (the nearest one, by tense).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_grammar import not_time
from caseboard.extract.timex_lexicon import COMMA, ORDINALS, SEASON, SEASONS, YEAR
from caseboard.extract.timex_rules import MODP, Rule, mod_of, preceded_by, rule, year_of

_FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26),
    "fourth of july": (7, 4), "july fourth": (7, 4),
}  # fmt: skip
_MOVABLE = ("easter", "easter sunday", "good friday", "thanksgiving", "thanksgiving day", "memorial day",
            "labor day", "black friday", "cyber monday")  # fmt: skip
_NAMES = sorted([*_FIXED, *_MOVABLE], key=len, reverse=True)
# The apostrophe may stand apart as tokenised text writes it ("New Year 's Eve").
_APOSTROPHE = r" ?['’]"


def _name_pattern(name: str) -> str:
    """A holiday's words capitalised, "of" not ("Fourth of July")."""
    words = (w if w == "of" else w.capitalize() for w in name.split())
    return r"\s+".join(w.replace("'", _APOSTROPHE) for w in words)


HOLIDAY_NAME = "|".join(_name_pattern(n) for n in _NAMES)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = h + weekday - 7 * ((a + 11 * h + 22 * weekday) // 451) + 114
    return date(year, shift // 31, shift % 31 + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n = -1`` is the last one."""
    if n < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday_date(key: str, year: int) -> date:
    """The day of a holiday in ``year``; ``key`` is its name as ``_holiday`` stores it in ``Expr.holiday``
    (lowercase, single spaces, straight apostrophe)."""
    if key in _FIXED:
        return date(year, *_FIXED[key])
    if key.startswith("easter"):
        return easter(year)
    if key == "good friday":
        return easter(year) - timedelta(days=2)
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if key in {"black friday", "cyber monday"}:  # the shopping days after (US) Thanksgiving
        return _nth_weekday(year, 11, 3, 4) + timedelta(days=1 if key == "black friday" else 4)
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    return _nth_weekday(year, 9, 0, 1)  # labor day


def _holiday(m: re.Match[str], _: bool) -> Expr | None:
    name = " ".join(m["name"].lower().replace("’", "'").replace(" '", "'").split())
    rel = (m["rel"] or "").lower()
    count = {"last": -1, "next": 1, "this": 0}.get(rel)
    if count is not None:
        return Expr("rel", unit="named_month", holiday=name, count=count)
    return Expr("date", year=year_of(m), holiday=name, unit="week" if m["week"] else None)


# "9/11" names the day after a determiner or time preposition ("the 9/11 attacks", "since 9/11",
# "post-9/11"); "shot 9/11 from the field" is a count.
_EVENT_DAY_BEFORE = re.compile(r"(?i:\b(?:the|a|an|since|after|before|until|of|on|pre|post)[\s-])$")


def _event_day(m: re.Match[str], _: bool) -> Expr | None:
    """ "the 9/11 attacks", "since 9/11": in English the written day of the September 11, 2001 attacks
    names that day (TimeML tags it ``2001-09-11``); a month and day in figures is no date otherwise."""
    if not preceded_by(m, _EVENT_DAY_BEFORE):
        return None
    return Expr("date", year=2001, month=9, day=11)


def _around_year_end(m: re.Match[str], _: bool) -> Expr | None:
    """ "close around year end": an approximate year-end is its December (``1989-12``), not the day."""
    return Expr("date", month=12)


def _part_of_named_year(m: re.Match[str], _: bool) -> Expr | None:
    """ "the second half of the year", "the fourth quarter of last year": one expression, the part
    of the year its deixis names ("the year" is the dct's, as alone)."""
    half = m["unit"].lower() == "half"
    word = m["ord"].lower()
    number = (2 if half else 4) if word == "last" else ORDINALS[word]
    if number > (2 if half else 4):
        return None
    count = {"the": 0, "this": 0, "next": 1, "last": -1}[m["ref"].lower()]
    return Expr(
        "rel", unit="year", count=count, quarter=None if half else number, half=number if half else None
    )


# "the fall" is the season only after a time preposition, and not before "of"/"in"/"from"/"to".
_FALL_CONTEXT = re.compile(r"(?i:\b(?:in|during|by|until|till|since|through|over)\s+)$")
_NOT_FALL_AFTER = re.compile(r"\s+(?:of|in|from|to)\b")


def _season_year(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("date", year=year_of(m), season=SEASONS[m["season"].lower()], mod=mod_of(m))


def _season_relative(m: re.Match[str], _: bool) -> Expr | None:
    count = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m["rel"].lower()]
    return Expr("rel", season=SEASONS[m["season"].lower()], unit="season", count=count, mod=mod_of(m))


def _season_alone(m: re.Match[str], _: bool) -> Expr | None:
    """ "the summer", "the early spring": the nearest such season, by tense (like a yearless month)."""
    word = m["season"]
    if word == "fall" and (not preceded_by(m, _FALL_CONTEXT) or _NOT_FALL_AFTER.match(m.string, m.end())):
        return None  # "the fall of the regime", "the fall in prices"
    return Expr("date", season=SEASONS[word], mod=mod_of(m))


SEASON_RULES: list[Rule] = [
    rule(
        "season_year",
        rf"(?:[Tt]he\s+)?{MODP}?(?P<season>{SEASON})(?:\s+of)?{COMMA}\s+(?P<year>{YEAR})",
        _season_year,
    ),
    rule(
        "season_alone",
        r"(?P<t>[Tt]he\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<season>summer|winter|spring|autumn|fall))\b"
        r"(?![\s-]+(?:of\b|\d))",
        _season_alone,
    ),
    rule(
        "season_relative",
        rf"{MODP}?(?P<rel>(?i:last|next|this|past|coming))\s+(?P<season>{SEASON})",
        _season_relative,
    ),
]

# The tagger reads seasons and an approximate year end with the holidays: all name a time of the
# year. A holiday's name in a place ("Christmas Island"), an event or treaty ("Easter Rising", the
# "Good Friday Agreement") or a thing ("a Christmas tree bill", "Christmas cards", "Easter eggs") is
# no date.
_THING = (
    r"\s+(?:Island|Islands|Rising|Offensive|Parade|Agreement|Accords?|[Tt]rees?|[Cc]ards?|[Cc]arols?|"
    r"[Ee]ggs?|[Bb]unny)\b"
)
# "Labor Day of 1936", "Christmas of 2003": the year after "of" is the holiday's, as after a comma.
HOLIDAY_RULES: list[Rule] = [
    rule(
        "holiday",
        rf"(?P<t>(?:(?P<rel>(?i:last|next|this))\s+)?(?P<name>{HOLIDAY_NAME})(?:(?:{COMMA}|\s+of)\s+(?P<year>{YEAR}))?"
        r"(?:\s+(?P<week>week))?)\b"
        rf"(?!{_THING})",
        _holiday,
    ),
    # the whole name, so that no weekday inside it is read either ("Good Friday Agreement")
    not_time("holiday_thing", rf"(?:{HOLIDAY_NAME}){_THING}"),
    rule("event_day", r"(?<![\d/.,$])9/11(?![\d/%]|\.\d|,\d)", _event_day),
    rule(
        "part_of_named_year",
        r"(?:[Tt]he\s+)(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last))\s+(?P<unit>(?i:quarter|half))"
        r"\s+of\s+(?P<ref>(?i:the|this|next|last))\s+(?:(?i:current|calendar)\s+)?(?i:year)\b"
        r"(?!\s+(?:ended|ending|earlier|before|ago)\b)(?!['’-])",
        _part_of_named_year,
    ),
    rule(
        "around_year_end",
        r"(?P<t>(?i:(?:around|about|near|toward|towards)\s+(?:the\s+)?year[\s-]end))\b(?![\s-]+[a-z])",
        _around_year_end,
    ),
    *SEASON_RULES,
]
