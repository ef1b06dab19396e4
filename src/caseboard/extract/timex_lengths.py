"""Lengths of time and frequencies that are not anchored: "three years", "a two-year boom", "for
years", "within a week", "the year ended March 31" (DURATION, as TimeBank tags it); "daily", "each
year", "$1 billion a year" (SET).

They get a TimeML value (``P3Y``, ``PXY``; a SET's value is its period, ``P1D``) and no bounds:
the text does not say when they start.
"""

from __future__ import annotations

import re

from caseboard.extract.timex_durations import duration_value, vague_count
from caseboard.extract.timex_expr import Expr, Resolved
from caseboard.extract.timex_lexicon import NUM, number_value
from caseboard.extract.timex_rules import Rule, rule


def _after(words: str) -> str:
    """A lookbehind: right after one of ``words`` and a space (one fixed-width lookbehind each)."""
    return "(?:" + "|".join(rf"(?<=\b(?i:{w})\s)" for w in words.split()) + ")"


_VAGUE = r"(?P<vague>(?i:several|many|a\s+few|a\s+couple\s+of))"
_UNIT = r"(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?)"  # not "60 Minutes"
_NOT_AFTER = r"(?![\s-]+(?i:old|ago|earlier|later|from\s+now)\b)"
# "four straight years", "three consecutive days", "two full weeks": a counted length all the same.
_RUN = r"(?:\s+(?i:straight|consecutive|successive|full|whole|long))?"
# "two or three days", "24-48 hours", "between five and seven days": a range of counts (TimeML ``PXD``).
_COUNTS = rf"(?P<between>(?i:between)\s+)?(?P<n1>{NUM})\s*(?P<joint>-|–|(?i:to|or|and)\b)\s*"
# "a week" is a length after these words ("within a week", "for a month", "up to a week", "spent a
# week in bed", "after a week of talks"), not in "$5 a week".
_BEFORE_A = _after(
    "for within in over about than nearly almost barely only least some around as "
    "to after spent spend lasted took"
)
_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
            "hourly": "hour"}  # fmt: skip
_AFTER_AMOUNT = r"(?:(?<=\d\s)|(?<=\d%\s)|" + _after("million billion thousand cents dollars percent")[3:]
# "1,000 barrels a day", "five thousand barrels of oil a day": a counted quantity, then its rate
# ("24 hours a day" is no rate: TimeBank leaves it untagged).
_COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?i:hundred|thousand|million|billion|dozen))\s+(?!(?:minutes|hours|days|weeks)\b)[a-z]+s"
    r"(?:\s+of\s+[a-z]+)?\s+$"
)


def _length(m: re.Match[str], _: bool) -> Expr | None:
    """ "three years", "a two-year boom", "the nine months", "several weeks"."""
    count = vague_count(m["vague"]) if m["vague"] else number_value(m["num"] or "")
    if count is None or count > 500 or (m["num"] or "").lower() in {"a", "an"}:
        return None  # "a year" is a length only after "for", "within"... (``_a_length``)
    return Expr("length", unit=_unit(m["unit"]), count=count)


def _counts(m: re.Match[str], _: bool) -> Expr | None:
    """ "two or three days", "24-48 hours", "between five and seven days": a length whose count the
    text gives as a range, an unknown count (``PXD``) as TimeML values it; "and" joins them only
    after "between", and the first count must be the smaller ("3-2 minutes into the game" is a score)."""
    if (m["joint"].lower() == "and") != bool(m["between"]):
        return None
    first, last = number_value(m["n1"]), number_value(m["num"])
    if first is None or last is None or first >= last:
        return None
    return Expr("length", unit=_unit(m["unit"]), count=0)


def _unit(word: str) -> str:
    """The unit a word names: "years" is year, "centuries" century."""
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _a_length(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("length", unit=m["unit"].lower().rstrip("s"), count=1)


def _plural_length(m: re.Match[str], _: bool) -> Expr | None:
    """ "for years", "over the years", "for weeks", "a period of weeks", "a matter of days": an
    unknown number of units."""
    return Expr("length", unit=m["unit"].lower().rstrip("s"), count=0)


def _adverb(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("frequency", unit=_ADVERBS[m["t"].lower()], count=1)


def _each(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("frequency", unit=m["unit"].lower(), count=1)


def _every_n(m: re.Match[str], _: bool) -> Expr | None:
    """ "every four days", "every ten minutes": a SET whose period is the counted length (``P4D``)."""
    count = number_value(m["num"])
    if not count or count > 500:
        return None
    return Expr("frequency", unit=m["unit"].lower().rstrip("s"), count=count)


def _rate_of_count(m: re.Match[str], _: bool) -> Expr | None:
    """ "1,000 barrels a day": a rate after a counted quantity (a plural noun after a number)."""
    start = m.start("t")
    if not _COUNTED_BEFORE.search(m.string, max(0, start - 50), start):
        return None
    return Expr("frequency", unit=m["unit"].lower(), count=1)


def resolve_length(expr: Expr) -> Resolved:
    unit = expr.unit or "day"
    kind = "SET" if expr.kind == "frequency" else "DURATION"
    return Resolved(duration_value(unit, expr.count), kind, unit)


LENGTH_RULES: list[Rule] = [
    rule(
        "length",
        rf"(?P<t>(?:{_VAGUE}|(?P<num>{NUM}))(?:\s+more)?{_RUN}[\s-]+{_UNIT})\b{_NOT_AFTER}",
        _length,
    ),
    rule("length_counts", rf"(?P<t>{_COUNTS}(?P<num>{NUM})[\s-]+{_UNIT})\b{_NOT_AFTER}", _counts),
    rule(
        "a_length",
        rf"{_BEFORE_A}(?P<t>(?i:an?)\s+(?P<unit>day|week|month|year|decade))\b{_NOT_AFTER}",
        _a_length,
    ),
    rule(
        "plural_length",
        _after("for in over within")
        + r"(?P<t>(?:the\s+)?(?P<unit>days|weeks|months|years|decades|hours|minutes))\b"
        r"(?!\s+(?:of|to|ago|before|after|later|earlier|since|that|when)\b)",
        _plural_length,
    ),
    rule(
        "units_of",
        _after("after from with by of suffered endured spent following")
        + r"(?P<t>(?P<unit>days|weeks|months|years|decades))(?=\s+of\s+[\w\"“])",
        _plural_length,
    ),
    rule(
        "period_of_units",
        r"(?P<t>(?i:an?)\s+(?i:period|matter|span)\s+of\s+(?P<unit>days|weeks|months|years|decades|hours|minutes))\b",
        _plural_length,
    ),
    rule(
        "period_ended",
        r"(?P<t>(?i:the)\s+(?:(?i:fiscal)\s+)?(?P<unit>(?i:year)))(?=\s+(?i:ended|ending)\b)",
        _a_length,
    ),
    rule("frequency_adverb", r"(?P<t>(?i:daily|weekly|monthly|yearly|annually|hourly))\b", _adverb),
    rule(
        "frequency_each",
        r"(?P<t>(?i:each|every|per)\s+(?:(?i:single)\s+)?(?P<unit>(?i:day|week|month|year|hour)))\b",
        _each,
    ),
    rule(
        "frequency_every_n",
        rf"(?P<t>(?i:every)\s+(?P<num>{NUM})\s+(?P<unit>days|weeks|months|years|hours|minutes))\b",
        _every_n,
    ),
    rule("frequency_rate", r"(?P<t>an?\s+(?P<unit>day|week|month|year|hour))\b", _rate_of_count),
    rule("frequency_amount", _AFTER_AMOUNT + r"(?P<t>an?\s+(?P<unit>day|week|month|year))\b", _each),
]
