"""Ages as time expressions: "Soleimani, 58", "at the age of 18", "the 21-year-old", "aged 40".

An age is tagged with type ``AGE``, granularity ``age`` and value ``AGE:<years>``.
When the age is told in the present (an apposition, "21-year-old", "aged 40"),
``earliest``/``latest`` bound the birth date implied by the document date and the
anchor is ``"dct"``; an age told in the past ("at the age of 18", "when he was 13
years old") has no bounds and anchor None: the caller resolves it with
``date_at_age`` once it knows a birth year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from caseboard.extract.timex_calendar import add_months
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import MONTHS, NUM, WEEKDAYS, number_value
from caseboard.extract.timex_resolve import Anchors, Resolved
from caseboard.extract.timex_rules import Rule, rule

_NOT_NAMES = {w.capitalize() for w in [*MONTHS, *WEEKDAYS]} | {
    "No", "Vol", "Page", "Pages", "Issue", "Number", "Chapter", "Section", "Article", "Part", "Volume",
    "Figure", "Table", "Route", "Room", "Flight", "Resolution", "Paragraph", "In", "On", "At", "And", "But",
}  # fmt: skip
_PAST_BEFORE = re.compile(r"(?i:\b(?:was|were|when|had\s+been|died|killed|as\s+an?)\b[^.;,]{0,25})$")
_NUMWORD = r"(?:\d{1,3}|(?i:[a-z]+(?:-[a-z]+)?))"


def birth_interval(age: int, on: date, precision: str = "day") -> tuple[date, date]:
    """The birth dates of someone ``age`` years old on ``on`` (a year-precision date widens it)."""
    if precision != "day":
        return date(on.year - age - 1, 1, 1), date(on.year - age, 12, 31)
    latest = add_months(on, -12 * age)
    return add_months(on, -12 * (age + 1)) + timedelta(days=1), latest


def date_at_age(age: int, birth_year: int) -> tuple[date, date]:
    """The dates on which someone born in ``birth_year`` can have been ``age`` years old."""
    return date(birth_year + age, 1, 1), date(birth_year + age + 1, 12, 31)


def _age(m: re.Match[str], past: bool) -> Expr | None:
    years = number_value(m["n"])
    if years is None or not 1 <= years <= 120:
        return None
    told_past = past or _PAST_BEFORE.search(m.string, max(0, m.start("t") - 40), m.start("t")) is not None
    return Expr("age", age=years, past=told_past)


def _apposition(m: re.Match[str], _: bool) -> Expr | None:
    return None if m["name"] in _NOT_NAMES else _age(m, past=False)


def resolve_age(expr: Expr, anchors: Anchors) -> Resolved:
    """An ``AGE`` reading: birth-date bounds from the dct when the age is told in the present."""
    value = f"AGE:{expr.age}"
    if expr.past or anchors.dct is None or expr.age is None:
        return Resolved(value, "AGE", "age")
    earliest, latest = birth_interval(expr.age, anchors.dct, anchors.dct_grain or "day")
    return Resolved(value, "AGE", "age", earliest, latest, "dct")


AGE_RULES: list[Rule] = [
    rule(
        "age_apposition",
        r"\b(?P<name>[A-Z][\w'’-]+),\s+(?P<t>(?P<n>\d{1,3}))(?=\s*,|\s+(?:said|says|is|was|has|had|who|of|from)\b)",
        _apposition,
    ),
    rule(
        "age_at",
        rf"(?P<t>(?i:at\s+(?:the\s+)?age\s+(?:of\s+)?)(?P<n>{NUM}))\b",
        lambda m, _: _age(m, past=True),
    ),
    rule(
        "age_year_old", rf"(?P<t>(?P<n>{_NUMWORD})[\s-]+years?[\s-]+old)\b", lambda m, _: _age(m, past=False)
    ),
    rule(
        "age_aged",
        rf"(?P<t>(?i:aged)\s+(?P<n>{NUM}))\b(?!\s*(?:-|to|and)\s*\d)",
        lambda m, _: _age(m, past=False),
    ),
]
