"""Rules for quarters and reporting periods: "the third quarter of 2017", "the fiscal first quarter",
"the latest quarter", "the year-ago period", "the corresponding period last year", "the 1988 quarter"
(see docs/timex.md, Anchoring); and the tagger's two tests of the period under discussion: is a
quarter one results are reported for, does a length name a reporting period of months."""

from __future__ import annotations

import re

from caseboard.extract.timex_expr import Anchors, Expr, Resolved
from caseboard.extract.timex_grammar import month_number
from caseboard.extract.timex_join import Candidate
from caseboard.extract.timex_lexicon import MONTH, NUM, ORDINALS, UNIT, YEAR
from caseboard.extract.timex_rules import Rule, rule, year_of
from caseboard.extract.timex_tense import Tenses

# "the later (latter) half of 2012": the second half.
_HALF_WORDS = {"later": 2, "latter": 2}


def _quarter(m: re.Match[str], _: bool) -> Expr | None:
    half = m["unit"].lower() == "half"
    word = m["ord"].lower()
    if word == "last" and m["year"] is None:
        return None  # "the last quarter" alone is the latest one (a relative expression)
    if word in _HALF_WORDS and (not half or not (m["year"] or m["y2"] or m["yref"])):
        return None  # "the latter quarter", "the latter half of his life": no year, no date
    number = (2 if half else 4) if word == "last" else _HALF_WORDS.get(word) or ORDINALS[word]
    if number > (2 if half else 4):
        return None
    year = year_of(m) or year_of(m, "y2")
    shift = {"this": 0, "last": -1, "next": 1}.get((m["yref"] or "").split(" ")[0].lower())
    if shift is not None:
        return Expr(
            "rel", unit="year", count=shift, quarter=None if half else number, half=number if half else None
        )
    fiscal = "fiscal" in m.group().lower() or _ENDED.match(m.string, m.end()) is not None
    return Expr(
        "date",
        year=year,
        quarter=None if half else number,
        half=number if half else None,
        base="fiscal" if fiscal else "dct",  # "the fiscal first quarter", "fourth quarter ended Sept. 30"
    )


def _two_quarters(m: re.Match[str], _: bool) -> Expr | None:
    """ "the first two quarters of 1990": the first half; "the last two quarters of 1990": the second
    ("the last two quarters" alone are the latest two, a length)."""
    first = m["which"].lower() == "first"
    if not first and m["year"] is None:
        return None
    return Expr("date", year=year_of(m), half=1 if first else 2)


# "the quarter ended Sept. 30": the quarter told by the month it closed in.
_ENDED_IN = re.compile(rf"\s+(?i:ended|ending)\s+(?P<mon>{MONTH})(?!\w)")


def _period(m: re.Match[str], _: bool) -> Expr | None:
    word = " ".join((m["which"] or m["p2"] or "").lower().split())
    if word in {"current", "this"}:
        return Expr("rel", unit="quarter", count=0)
    if "year" in word:
        return Expr("shift", unit="year", count=-1, base="quarter")
    ended = _ENDED_IN.match(m.string, m.end())
    month = month_number(ended["mon"]) if ended else None
    return Expr("rel", unit="quarter", count=-1, base="quarter", month=month)


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
        rf"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|later|latter))[\s-]+(?P<unit>(?i:quarter|half))(?![\w-])"
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


_ENDED = re.compile(r"\s+(?i:ended|ending)\b")
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q(\d)(?:T|$)")
# "the first nine months", "the latest six months": a reporting period of months.
_THE_PERIOD = re.compile(r"(?i:\bthe\s+(?:first\s+|latest\s+|past\s+|same\s+)?)$")


def is_reported(text: str, c: Candidate, resolved: Resolved, anchors: Anchors, tenses: Tenses) -> bool:
    """Whether a quarter can be the one results are reported for: over by the dct, said to have
    ended ("the fourth quarter ended Sept. 30", a fiscal one) or told in the past ("reported
    fourth-quarter earnings"); a forecast quarter ("will fall in the fourth quarter") is not."""
    m = _QUARTER_VALUE.match(resolved.value)
    if m is None or anchors.dct is None or _ENDED.match(text, c.end):
        return True
    if tenses.of(c.start, c.end) == "past":
        return True
    return (int(m[1]), int(m[2])) < (anchors.dct.year, (anchors.dct.month + 2) // 3)


def names_months_period(text: str, c: Candidate) -> bool:
    """ "In the first nine months, net was ... compared with ... a year earlier": a reporting period
    of months becomes the period under discussion, so a year-back comparison is last year's (a
    year; TimeML has no value for nine months of it), not last year's quarter."""
    expr = c.expr
    return (
        expr.kind == "length"
        and expr.unit == "month"
        and expr.count in {6, 9}
        and bool(_THE_PERIOD.search(text, max(0, c.start - 24), c.start))
    )
