"""The grammar of calendar dates: small named regex rules, each building an ``Expr``.

A rule's span is its ``t`` group when it has one (so context words such as a
preposition can be required without being tagged), else the whole match.  The rule
machinery is in ``timex_grammar`` (re-exported here for the rule modules that import it
from this one), times of day in ``timex_clock``.
"""

from __future__ import annotations

import re

from caseboard.extract.timex_calendar import two_digit_year
from caseboard.extract.timex_clock import CLOCK_RULES
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_grammar import (
    MODP,
    NOT_TIME_RULES,
    Builder,
    Rule,
    day_expr,
    mod_of,
    month_number,
    preceded_by,
    rule,
    weekday_number,
    year_of,
)
from caseboard.extract.timex_lexicon import (
    CLIPPED_YEAR_BEFORE,
    COMMA,
    DAY,
    MONTH,
    MONTH_FULL,
    WEEKDAY,
    YEAR,
)
from caseboard.extract.timex_years import YEAR_RULES

_ARTICLE = re.compile(r"(?i:\b(?:the|a|an|its|their|his|her)\s+)$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")
# What makes a bare month name a date: a time preposition or modifier, or a month listed before it
# ("in February, March and April").
_MONTH_CONTEXT = re.compile(
    r"(?:(?i:\b(?:in|since|until|till|til|by|of|during|before|after|from|through|into|to|between|and|or|for|"
    rf"around|as|early|late|mid|last|next|this|coming|upcoming|come|past|each|every)[\s-]+)|\b{MONTH_FULL}\s*,\s+)$"
)


def _day_month_year(m: re.Match[str], day_first: bool) -> Expr | None:
    if m["year"] is None and not m["day"][-1].isalpha() and m["mon"].endswith("."):
        return None
    return _month_day_year(m, day_first)


def _written_day(m: re.Match[str]) -> Expr | None:
    """The day date of a match's ``mon``, ``day`` and ``year`` groups."""
    return day_expr(year_of(m), month_number(m["mon"]), int(re.sub(r"\D", "", m["day"])))


def _month_day_year(m: re.Match[str], _: bool) -> Expr | None:
    """A day date; a yearless one keeps its written weekday ("Thursday 14 January"): it tells the year."""
    expr = _written_day(m)
    if expr is not None and expr.year is None and m["wd"]:
        expr.weekday = weekday_number(m["wd"])
    return expr


def _listed_day(m: re.Match[str], _: bool) -> Expr | None:
    """ "April 24 and 25": a day listed after a month and day shares the month."""
    return _written_day(m)


def _day_listed_before(m: re.Match[str], _: bool) -> Expr | None:
    """ "24 and 25 April", "on 1, 2 and 3 June": a day listed before a day and month shares them."""
    return _written_day(m)


def _month_relative_year(m: re.Match[str], _: bool) -> Expr | None:
    """ "June last year", "March next year": the month of the year before or after the dct's; with
    a day ("On 1 May this year", "May 1 last year") that day of it."""
    count = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    written = m["day"] or m["day2"]
    day = int(re.sub(r"\D", "", written)) if written else None  # "1st", "22nd", "3rd", "4th"
    return Expr("rel", unit="year", count=count, month=month_number(m["mon"]), day=day, mod=mod_of(m))


def _month_year(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("date", year=year_of(m), month=month_number(m["mon"]), mod=mod_of(m))


def _month_alone(m: re.Match[str], _: bool) -> Expr | None:
    """A month without day or year; written in capitals ("AS MAY BEFIT") it is a shouted headline's
    word, no date (a day or year with it makes one: "MAY 2009")."""
    if m["mon"].isupper():
        return None
    rel = (m["rel"] or "").lower()
    if not rel and not m["mod"] and not preceded_by(m, _MONTH_CONTEXT) and not _modifies_noun(m):
        return None
    count = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}.get(rel)
    if count is not None:  # "this September": the one of the dct's year
        return Expr("rel", month=month_number(m["mon"]), unit="named_month", count=count, mod=mod_of(m))
    return Expr("date", month=month_number(m["mon"]), mod=mod_of(m))


def _modifies_noun(m: re.Match[str]) -> bool:
    """ "the October slaying", "a June agreement": a month used as a noun modifier."""
    return preceded_by(m, _ARTICLE) and _NOUN_AFTER.match(m.string, m.end()) is not None


def _numeric_date(m: re.Match[str], day_first: bool) -> Expr | None:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    day, month = (a, b) if day_first else (b, a)
    if month > 12 and day <= 12:
        day, month = month, day
    if not 1 <= month <= 12:
        return None
    return day_expr(int(y) if len(y) == 4 else two_digit_year(int(y), None), month, day)


def _iso_date(m: re.Match[str], _: bool) -> Expr | None:
    month = int(m["month"])
    return day_expr(int(m["year"]), month, int(m["day"])) if 1 <= month <= 12 else None


def _week_of(m: re.Match[str], _: bool) -> Expr | None:
    """ "the week of March 6": the week that contains the day."""
    day = _written_day(m)
    if day is not None:
        day.unit = "week"
    return day


def _clipped_year(m: re.Match[str], _: bool) -> Expr | None:
    """ "in '08", "the '57 pandemic": a year written with an apostrophe and two digits, after a
    word that introduces a year (a bare "'57" may be a quotation mark before a number)."""
    if not preceded_by(m, CLIPPED_YEAR_BEFORE):
        return None
    return Expr("date", year=two_digit_year(int(m["yy"]), None))


def _edge_of_week(m: re.Match[str], _: bool) -> Expr | None:
    """ "by the end of the week": this week, its end (the month's and year's ends stay apart)."""
    return Expr("rel", unit="week", count=0, mod=mod_of(m))


__all__ = [
    "DATE_RULES",
    "MODP",
    "Builder",
    "Rule",
    "mod_of",
    "preceded_by",
    "rule",
    "weekday_number",
    "year_of",
]


DATE_RULES: list[Rule] = [
    *NOT_TIME_RULES,
    rule(
        "day_month_year",
        rf"(?<![\d,.$])(?:(?P<wd>{WEEKDAY}){COMMA}\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})(?:{COMMA}\s+(?P<year>{YEAR}))?",
        _day_month_year,
    ),
    rule(
        "month_day_year",
        rf"(?:(?P<wd>{WEEKDAY}){COMMA}\s+)?(?P<mon>{MONTH})\s+(?:the\s+)?(?P<day>{DAY})(?![,.]\d)(?:{COMMA}\s+(?P<year>{YEAR}))?",
        _month_day_year,
    ),
    rule(
        "listed_day",
        rf"(?P<mon>{MONTH})\s+{DAY}(?:\s*,\s*{DAY})*,?\s+(?:and|or|&)\s+(?P<t>(?P<day>{DAY})(?![,.]\d|\s*(?:%|percent\b|per\s+cent\b))"
        rf"(?:{COMMA}\s+(?P<year>{YEAR}))?)",
        _listed_day,
    ),
    rule(
        "day_listed_before",
        rf"(?<![\d,.$£€#:/-])(?P<t>(?P<day>{DAY}))(?=(?:\s*,\s*{DAY})*,?\s+(?:and|or|&)\s+{DAY}\s+(?:of\s+)?"
        rf"(?P<mon>{MONTH})(?!\w)(?:{COMMA}\s+(?P<year>{YEAR}))?)",
        _day_listed_before,
    ),
    rule(
        "month_relative_year",
        rf"{MODP}?(?:(?<![\d,.$])(?P<day>{DAY})(?:\s+of)?\s+)?(?P<mon>{MONTH})(?:\s+(?P<day2>{DAY}))?"
        r"(?:\s+of)?,?\s+(?P<rel>(?i:last|this|next))\s+year\b(?!'s|-)",
        _month_relative_year,
    ),
    rule("month_year", rf"{MODP}?(?P<mon>{MONTH}){COMMA}\s+(?:of\s+)?(?P<year>{YEAR})", _month_year),
    rule(
        "month_alone",
        rf"(?P<t>(?:(?P<rel>(?i:last|next|this|coming|past))\s+|{MODP})?(?P<mon>{MONTH_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.))(?!\w|\s+\d{{1,2}}\b)",
        _month_alone,
    ),
    rule(
        "numeric_date",
        r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d]|[./-]\d)",
        _numeric_date,
    ),
    rule("iso_date", r"(?<![\d/.-])(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d])", _iso_date),
    *YEAR_RULES,  # years, year ranges, decades, centuries (timex_years)
    *CLOCK_RULES,
    rule(
        "edge_of_week",
        r"(?P<t>(?i:the\s+)(?P<mod>(?i:end\s+of|beginning\s+of|start\s+of|middle\s+of))\s+(?i:the|this)\s+week)\b(?!-)",
        _edge_of_week,
    ),
    rule("clipped_year", r"'(?P<yy>\d\d)(?![\d%]|s\b|\.\d|,\d)", _clipped_year),
    rule(
        "week_of",
        rf"(?:[Tt]he\s+)?week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?![,.]\d)(?:{COMMA}\s+(?P<year>{YEAR}))?",
        _week_of,
    ),
]
