"""The grammar of calendar dates: small named regex rules, each building an ``Expr``.

A rule's span is its ``t`` group when it has one (so context words such as a
preposition can be required without being tagged), else the whole match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from caseboard.extract.timex_calendar import make_date, two_digit_year
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import (
    DAY,
    MOD,
    MODS,
    MONTH,
    MONTH_FULL,
    MONTHS,
    ORDINAL,
    ORDINALS,
    SEASON,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)

Builder = Callable[[re.Match[str], bool], Expr | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


MODP = rf"(?:(?:[Tt]he\s+)?(?P<mod>{MOD})[\s-]+(?:the\s+)?)"
_YEAR_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|of|by|until|till|from|to|between|and|or|early|late|mid|fiscal|year|before|after|"
    r"during|through|circa|c\.|around|for|the|on|as|at|than|spring|summer|fall|autumn|winter|pre|post)[\s-]+)$"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:no|vol|p|pp|page|pages|number|nos|issue|#|room|flight|route|unit)\.?\s*)$"
)
_ARTICLE = re.compile(r"(?i:\b(?:the|a|an|its|their|his|her)\s+)$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
_NOT_YEAR_AFTER = re.compile(
    r"\s+(?:[a-z]+s\b|(?:people|children|men|women|staff|personnel)\b|"
    + r"(?i:km|kilomet|met|mile|feet|foot|kg|ton|hp|mph|cc|mm)\w*)"
)
# A unit of measure after the number makes it a quantity whatever precedes it ("of 1000 feet").
_UNIT_AFTER = re.compile(
    r"\s+(?i:km|kilomet|metre|meter|mile|feet|foot|yard|inch|kg|kilo|pound|lb|ton|tonne|barrel|gallon|litre|liter|"
    r"hp|mph|cc|mm|cm|acre|hectare)\w*\b"
)
# An approximated count ("some 2000 people", "nearly 1500 homes") is a quantity, not a year.
_APPROX_BEFORE = re.compile(
    r"(?i:\b(?:some|about|around|nearly|almost|roughly|approximately|over|under|only|just|"
    r"more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+)$"
)
_FALL_CONTEXT = re.compile(r"(?i:\b(?:in|during|by|until|till|since|through|over)\s+)$")
_NOT_FALL_AFTER = re.compile(r"\s+(?:of|in|from|to)\b")
_MONTH_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|until|till|by|of|during|before|after|from|through|to|between|and|or|for|"
    r"early|late|mid|last|next|this|coming|past|each|every)[\s-]+)$"
)


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def mod_of(m: re.Match[str]) -> str | None:
    word = m.groupdict().get("mod")
    return MODS[" ".join(word.lower().split())] if word else None


def year_of(m: re.Match[str], group: str = "year") -> int | None:
    text = m.groupdict().get(group)
    return int(text) if text else None


def preceded_by(m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    start = m.start("t") if "t" in m.re.groupindex else m.start()
    return pattern.search(m.string, max(0, start - 20), start) is not None


def day_expr(year: int | None, month: int | None, day: int) -> Expr | None:
    """A day date, or None when that day does not exist (31 February; 29 February of 2015)."""
    if month is None or make_date(year or 2000, month, day) is None:
        return None
    return Expr("date", year=year, month=month, day=day)


def _day_month_year(m: re.Match[str], _: bool) -> Expr | None:
    if m["year"] is None and not m["day"][-1].isalpha() and m["mon"].endswith("."):
        return None
    return day_expr(year_of(m), month_number(m["mon"]), int(re.sub(r"\D", "", m["day"])))


def _month_day_year(m: re.Match[str], _: bool) -> Expr | None:
    return day_expr(year_of(m), month_number(m["mon"]), int(re.sub(r"\D", "", m["day"])))


def _listed_day(m: re.Match[str], _: bool) -> Expr | None:
    """ "April 24 and 25": a day listed after a month and day shares the month."""
    return day_expr(year_of(m), month_number(m["mon"]), int(re.sub(r"\D", "", m["day"])))


def _month_relative_year(m: re.Match[str], _: bool) -> Expr | None:
    """ "June last year", "March next year": the month of the year before or after the dct's."""
    count = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return Expr("rel", unit="year", count=count, month=month_number(m["mon"]), mod=mod_of(m))


def _month_year(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("date", year=year_of(m), month=month_number(m["mon"]), mod=mod_of(m))


def _month_alone(m: re.Match[str], _: bool) -> Expr | None:
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


def _year_alone(m: re.Match[str], _: bool) -> Expr | None:
    year = int(m["year"])
    after = m.string[m.end() : m.end() + 16]
    context = bool(m["mod"] or m["fiscal"]) or preceded_by(m, _YEAR_CONTEXT)
    if preceded_by(m, _NOT_YEAR_BEFORE) or _UNIT_AFTER.match(after):
        return None
    if _NOT_YEAR_AFTER.match(after) and (not context or preceded_by(m, _APPROX_BEFORE)):
        return None
    if not context and preceded_by(m, _NAME_BEFORE):
        return None
    if year < 1900 and not context:
        return None
    return Expr("date", year=year, mod=mod_of(m))


def _year_range(m: re.Match[str], _: bool) -> Expr | None:
    first, last = int(m["y1"]), m["y2"]
    second = int(last) if len(last) == 4 else first - first % 100 + int(last)
    if second <= first or second - first > 50:
        return None
    return Expr("range", parts=(Expr("date", year=first), Expr("date", year=second)))


def _decade(m: re.Match[str], _: bool) -> Expr | None:
    decade = int(m["dec"]) if m["dec"] else 190 + int(m["yy"])
    return Expr("date", decade=decade, mod=mod_of(m))


def _century(m: re.Match[str], _: bool) -> Expr | None:
    word = m["ord"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return Expr("date", century=number - 1, mod=mod_of(m)) if 1 <= number <= 21 else None


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


def _week_of(m: re.Match[str], _: bool) -> Expr | None:
    """ "the week of March 6": the week that contains the day."""
    day = day_expr(year_of(m), month_number(m["mon"]), int(re.sub(r"\D", "", m["day"])))
    if day is not None:
        day.unit = "week"
    return day


def rule(name: str, pattern: str, build: Builder) -> Rule:
    """A named rule; every match starts at the beginning of a word (which also makes scanning fast)."""
    return Rule(name, re.compile(rf"(?<!\w)(?=[\w'$])(?:{pattern})"), build)


DATE_RULES: list[Rule] = [
    rule(
        "day_month_year",
        rf"(?<![\d,.$])(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH}),?(?:\s+(?P<year>{YEAR}))?",
        _day_month_year,
    ),
    rule(
        "month_day_year",
        rf"(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?:the\s+)?(?P<day>{DAY})(?![,.]\d)(?:,?\s+(?P<year>{YEAR}))?",
        _month_day_year,
    ),
    rule(
        "listed_day",
        rf"(?P<mon>{MONTH})\s+{DAY}(?:\s*,\s*{DAY})*,?\s+(?:and|or|&)\s+(?P<t>(?P<day>{DAY})(?![,.]\d|\s*(?:%|percent\b|per\s+cent\b))"
        rf"(?:,?\s+(?P<year>{YEAR}))?)",
        _listed_day,
    ),
    rule(
        "month_relative_year",
        rf"{MODP}?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<rel>(?i:last|this|next))\s+year\b(?!'s|-)",
        _month_relative_year,
    ),
    rule("month_year", rf"{MODP}?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})", _month_year),
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
    rule(
        "year", rf"(?P<t>{MODP}?(?:(?P<fiscal>(?i:fiscal|the\s+year|FY))\s*)?(?P<year>{YEAR}))", _year_alone
    ),
    rule(
        "year_range",
        r"(?<![\d$#.,-])(?P<y1>1[89]\d\d|20\d\d)\s*[-–]\s*(?P<y2>\d{4}|\d\d)(?![\d%])",
        _year_range,
    ),
    rule("decade", rf"(?:[Tt]he\s+)?{MODP}?(?:(?P<dec>1[0-9]\d|20\d)0'?s|'(?P<yy>\d)0s)\b", _decade),
    rule(
        "century",
        rf"(?:[Tt]he\s+)?{MODP}?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL})[\s-]+(?i:century)",
        _century,
    ),
    rule(
        "season_year",
        rf"(?:[Tt]he\s+)?{MODP}?(?P<season>{SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR})",
        _season_year,
    ),
    rule(
        "season_alone",
        r"(?P<t>[Tt]he\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<season>summer|winter|spring|autumn|fall))\b"
        r"(?![\s-]+(?:of\b|\d))",
        _season_alone,
    ),
    rule(
        "week_of",
        rf"(?:[Tt]he\s+)?week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?![,.]\d)(?:,?\s+(?P<year>{YEAR}))?",
        _week_of,
    ),
    rule(
        "season_relative",
        rf"{MODP}?(?P<rel>(?i:last|next|this|past|coming))\s+(?P<season>{SEASON})",
        _season_relative,
    ),
]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]
