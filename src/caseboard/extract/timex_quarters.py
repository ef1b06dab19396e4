"""Rules for quarters and reporting periods: "the third quarter of 2017", "the fiscal first quarter",
"the latest quarter", "the year-ago period", "the 1988 quarter" (see docs/timex.md, Anchoring)."""

from __future__ import annotations

import re

from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import ORDINALS, YEAR
from caseboard.extract.timex_rules import Rule, rule, year_of


def _quarter(m: re.Match[str], _: bool) -> Expr | None:
    number = ORDINALS[m["ord"].lower()]
    half = m["unit"].lower() == "half"
    if number > (2 if half else 4):
        return None
    year = year_of(m) or year_of(m, "y2")
    shift = {"this": 0, "last": -1, "next": 1}.get((m["yref"] or "").split(" ")[0].lower())
    if shift is not None:
        return Expr(
            "rel", unit="year", count=shift, quarter=None if half else number, half=number if half else None
        )
    return Expr("date", year=year, quarter=None if half else number, half=number if half else None)


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


QUARTER_RULES: list[Rule] = [
    rule(
        "quarter",
        rf"(?:[Tt]he\s+)?(?:(?P<yref>(?i:this|last|next)\s+year'?s)\s+|(?P<y2>{YEAR})(?:'s)?\s+)?(?:(?i:fiscal|calendar)[\s-]+)?"
        rf"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?P<unit>(?i:quarter|half))(?![\w-])"
        rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<year>{YEAR}))?",
        _quarter,
    ),
    rule(
        "period",
        r"(?i:the\s+(?P<which>latest|most\s+recent|current|this|year-ago|year-earlier|year\s+earlier|"
        r"previous\s+year's|same)?\s*quarter)\b(?!-\w)|(?i:the\s+(?P<p2>latest|year-ago|year-earlier)\s+period)",
        _period,
    ),
    rule("year_period", rf"(?i:the\s+)(?P<year>{YEAR})\s+(?i:quarter|period)\b(?!-\w)", _year_period),
    rule(
        "year_ago_adjective", r"(?i:\byear-(?:earlier|ago))\b(?!\s+(?:quarter|period))", _year_ago_adjective
    ),
]
