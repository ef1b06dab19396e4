"""Rules for quarters and reporting periods: "the third quarter of 2017", "the fiscal first quarter",
"the latest quarter", "the year-ago period", "the corresponding period last year", "the 1988 quarter"
(see docs/timex.md, Anchoring)."""

from __future__ import annotations

import re

from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import NUM, ORDINALS, UNIT, YEAR
from caseboard.extract.timex_rules import Rule, rule, year_of


def _quarter(m: re.Match[str], _: bool) -> Expr | None:
    half = m["unit"].lower() == "half"
    word = m["ord"].lower()
    if word == "last" and m["year"] is None:
        return None  # "the last quarter" alone is the latest one (a relative expression)
    number = (2 if half else 4) if word == "last" else ORDINALS[word]
    if number > (2 if half else 4):
        return None
    year = year_of(m) or year_of(m, "y2")
    shift = {"this": 0, "last": -1, "next": 1}.get((m["yref"] or "").split(" ")[0].lower())
    if shift is not None:
        return Expr(
            "rel", unit="year", count=shift, quarter=None if half else number, half=number if half else None
        )
    return Expr("date", year=year, quarter=None if half else number, half=number if half else None)


def _two_quarters(m: re.Match[str], _: bool) -> Expr | None:
    """ "the first two quarters of 1990": the first half; "the last two quarters of 1990": the second
    ("the last two quarters" alone are the latest two, a length)."""
    first = m["which"].lower() == "first"
    if not first and m["year"] is None:
        return None
    return Expr("date", year=year_of(m), half=1 if first else 2)


def _period(m: re.Match[str], _: bool) -> Expr | None:
    word = " ".join((m["which"] or m["p2"] or "").lower().split())
    if word in {"current", "this"}:
        return Expr("rel", unit="quarter", count=0)
    if "year" in word:
        return Expr("shift", unit="year", count=-1, base="quarter")
    return Expr("rel", unit="quarter", count=-1, base="quarter")


def _year_period(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("rel", unit="quarter", base="quarter", year=int(m["year"]))


def _year_ago_adjective(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("shift", unit="year", count=-1, base="quarter")


def _year_end(m: re.Match[str], _: bool) -> Expr | None:
    """ "by year-end", "since year-end", "at year-end 1988": the last day of a year (by tense)."""
    return Expr("date", year=year_of(m), month=12, day=31)


QUARTER_RULES: list[Rule] = [
    rule(
        "quarter",
        rf"(?:[Tt]he\s+)?(?:(?P<yref>(?i:this|last|next)\s+year'?s)\s+|(?P<y2>{YEAR})(?:'s)?\s+)?(?:(?i:fiscal|calendar)[\s-]+)?"
        rf"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last))[\s-]+(?P<unit>(?i:quarter|half))(?![\w-])"
        rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<year>{YEAR}))?",
        _quarter,
    ),
    rule(
        "two_quarters",
        rf"(?:[Tt]he\s+)?(?P<which>(?i:first|last))\s+(?i:two\s+quarters)\b"
        rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<year>{YEAR}))?",
        _two_quarters,
    ),
    rule(
        "period",
        r"(?i:the\s+(?P<which>latest|most\s+recent|current|this|year-ago|year-earlier|year\s+earlier|"
        r"previous\s+year's|same)?\s*quarter)\b(?!-\w)|(?i:the\s+(?P<p2>latest|year-ago|year-earlier)\s+period)",
        _period,
    ),
    rule(
        "year_back_period",
        r"(?i:the\s+(?:corresponding|same|comparable|like)\s+(?:period|quarter)\s+(?:of\s+)?"
        r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year)|last\s+year'?s\s+(?:quarter|period))\b",
        _year_ago_adjective,
    ),
    rule(
        "year_end",
        rf"(?i:(?:by|since|at|before|until|till|after|through|from|to)\s+)(?P<t>(?i:year[\s-]end)"
        rf"(?:,?\s+(?P<year>{YEAR}))?)\b(?![\s-]+[a-z])",
        _year_end,
    ),
    rule("year_period", rf"(?i:the\s+)(?P<year>{YEAR})\s+(?i:quarter|period)\b(?!-\w)", _year_period),
    rule(
        "year_ago_adjective",
        rf"(?i:\byear-(?:earlier|ago))\b(?!\s+(?:quarter|period|{NUM}\s+{UNIT})\b)",
        _year_ago_adjective,
    ),
]
