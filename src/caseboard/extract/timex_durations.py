"""Durations counted back or forward from the publication date: "the past 20 years", "recent weeks".

TimeML tags these as DURATION (value ``P20Y``, ``PXW`` for an unknown count), not as
DATEs: they measure a stretch of time rather than name a day or period.  The tagger
still bounds them when it can: "the past 20 years" on 2018-04-07 is
2018-04-07 minus 20 years to 2018-04-07 (``earliest``/``latest``, anchor ``dct``);
an unknown count ("the past few weeks", "recent days") leaves the far side open.

Vague references to the dct live here too: "several years ago" (``PAST_REF``), "months from now",
British "in future" (``FUTURE_REF``), "the present capacity" (``PRESENT_REF``), and the dct's day
told as a day of something under way ("It's the second day of an offensive": today).
"""

from __future__ import annotations

import re

from caseboard.extract import timex_calendar as cal
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import NUM, ORDINAL, number_value
from caseboard.extract.timex_resolve import Anchors, Resolved
from caseboard.extract.timex_rules import Rule, rule

_UNITS = {"quarter": "Q", "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H",
          "minute": "M"}  # fmt: skip
_CLOCK_UNITS = {"hour", "minute"}  # counted after the T of a value: PT24H
_PAST = {"past", "last", "previous", "recent"}
_VAGUE = r"(?P<vague>(?i:few|several|many|couple\s+of))"
_UNIT = r"(?P<unit>(?i:days|weeks|months|years|decades|hours|minutes))"
# A count right before a bare unit: "two and a half years ago", "10 days ago", "a dozen weeks ago".
_COUNT_BEFORE = re.compile(rf"(?:\d|\b{NUM}|\b(?i:half|dozen|of|some|the|these|those))[\s-]+$")


def duration_value(unit: str, count: int) -> str:
    """The TimeML value of ``count`` units (0: an unknown count): ``P3Y``, ``PT24H``, ``PXW``;
    decades and centuries are counted in years as TimeBank does ("two decades" is ``P20Y``, "two
    centuries" ``P200Y``)."""
    if unit == "decade":
        return f"P{count * 10}Y" if count else "PXDE"
    if unit == "century":
        return f"P{count * 100}Y" if count else "PXCE"
    clock = "T" if unit in _CLOCK_UNITS else ""
    return f"P{clock}{count or 'X'}{_UNITS[unit]}"


def vague_count(word: str) -> int:
    """The count a vague quantity stands for: "a couple of" is two (TimeBank: "the next couple of
    years" is ``P2Y``); "several", "a few", "many" are unknown (0)."""
    return 2 if word.lower().split()[-2:] == ["couple", "of"] else 0


def _counted(m: re.Match[str], _: bool) -> Expr | None:
    count = vague_count(m["vague"]) if m["vague"] is not None else number_value(m["num"] or "")
    if count is None or count > 500:
        return None
    unit = m["unit"].lower().rstrip("s")
    return Expr("duration", unit=unit, count=count, past=m["dir"].lower() in _PAST)


def _vague_ago(m: re.Match[str], _: bool) -> Expr | None:
    """ "several years ago", "a few weeks ago": a past time too vague to count (``PAST_REF``);
    "months from now", "a few years from now" the same ahead (``FUTURE_REF``). A bare "months
    ago" is left out (TimeBank leaves "just months ago" untagged), and so is a bare unit after a
    count ("two and a half years from now": no vague time). "a few weeks earlier", told back from
    a past the story is at, is a past time too (a bare "weeks earlier" is left out like "months ago")."""
    ahead = m["dir"].lower().startswith("from")
    start = m.start("t")
    if m["dir"].lower() == "earlier" and m["vague"] is None:
        return None
    if m["vague"] is None and (not ahead or _COUNT_BEFORE.search(m.string, max(0, start - 12), start)):
        return None
    return Expr("ref", ref="FUTURE_REF" if ahead else "PAST_REF")


def _in_future(m: re.Match[str], _: bool) -> Expr | None:
    """ "barred from drilling in future": British "in future" without the article is "in the
    future" (``FUTURE_REF``); before a noun ("in future years") it is an adjective."""
    return Expr("ref", ref="FUTURE_REF")


def _some_day(m: re.Match[str], _: bool) -> Expr | None:
    """ "Islam will one day be the second largest religion", "would love to one day buy one": "one
    day" before the verb it modifies is some day ahead (``FUTURE_REF``), not a length."""
    return Expr("ref", ref="FUTURE_REF")


def _present_before_noun(m: re.Match[str], _: bool) -> Expr | None:
    """ "the present daily capacity": "present" before a noun is "current" (``PRESENT_REF``)."""
    return Expr("ref", ref="PRESENT_REF")


def _day_under_way(m: re.Match[str], _: bool) -> Expr | None:
    """ "It's the second day of an offensive", "today is the eighth day of the strike": told in the
    present, the day of something under way is the dct's day (told in the past it is some other day)."""
    return Expr("rel", unit="day", count=0)


def resolve_duration(expr: Expr, anchors: Anchors) -> Resolved:
    """``P<n><unit>`` (``PX<unit>`` when the count is vague), bounded from the dct when known."""
    unit = expr.unit or "day"
    value = duration_value(unit, expr.count)
    dct = anchors.dct
    if dct is None:
        return Resolved(value, "DURATION", unit)
    far = None
    if expr.count and unit not in _CLOCK_UNITS:
        far = cal.shift(dct, unit, -expr.count if expr.past else expr.count)
    earliest, latest = (far, dct) if expr.past else (dct, far)
    return Resolved(value, "DURATION", unit, earliest, latest, "dct")


# "hope to one day": "to" after a wish, not the preposition ("cut to one day")
_WISH_TO = "|".join(
    rf"(?<=\b{w}\sto\s)" for w in ("love", "like", "hope", "hopes", "hoping", "want", "wants", "wish")
)
# "it's the second day of": a contraction of "is", not a possessive ("the siege's fifth day")
_IT_IS = "|".join(rf"(?<=\b{w}['’]s\s)" for w in ("[Ii]t", "[Tt]oday", "[Tt]hat", "[Tt]his", "[Tt]here"))


DURATION_RULES: list[Rule] = [
    rule(
        "present_before_noun",
        r"(?i:\bthe)\s+(?P<t>present)(?=\s+[a-z]{3,})"
        r"(?!\s+(?:day|time|moment|study|case|paper|author|writer|tense)\b)",
        _present_before_noun,
    ),
    rule(
        "some_day",
        r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bmay\s)|(?<=\bcan\s)"
        r"|(?<=\bshould\s)|"
        + _WISH_TO
        + r"|(?<='ll\s))(?P<t>one\s+day)(?=\s+[a-z]+)(?!\s+(?:of|after|before|later|"
        r"earlier|ago|in|at|on|and|or|a|the|per|each|when|that)\b)",
        _some_day,
    ),
    rule(
        "in_future",
        r"(?i:\bin)\s+(?P<t>future)(?=\s*(?:[,.;:!?)\]'\"]|$)|\s+(?:we|they|he|she|it|I|you|there|the|this|all|any)\b)",
        _in_future,
    ),
    rule(
        "duration_counted",
        rf"(?P<t>(?:(?i:the)\s+)?(?P<dir>(?i:past|last|previous|next|coming|recent))\s+"
        rf"(?:{_VAGUE}|(?P<num>{NUM}))\s+{_UNIT})\b",
        _counted,
    ),
    rule(
        "vague_ago",
        rf"(?P<t>(?:(?P<vague>(?i:several|a\s+few|a\s+couple\s+of|many))\s+)?{_UNIT}\s+(?P<dir>(?i:ago|from\s+now|earlier)))\b"
        # "for several hours earlier today": the length, then "earlier today"
        r"(?<!earlier(?=\s(?i:today|tonight|this|that|in|on|last|yesterday)\b))",
        _vague_ago,
    ),
    rule(
        "day_under_way",
        # "it's / today's / that's the second day of": not a possessive ("the siege's fifth day")
        r"(?:(?<=\bis\s)|"
        + _IT_IS
        + rf"|(?<=\bmarks\s))(?P<t>(?i:the\s+)?(?:{ORDINAL}|\d{{1,3}}(?:st|nd|rd|th))\s+"
        r"(?i:(?:straight|consecutive|full)\s+)?(?i:day))(?=\s+(?i:of|since)\b)",
        _day_under_way,
    ),
    rule(
        "duration_vague",
        rf"(?P<t>(?P<dir>(?i:recent|coming))\s+(?P<vague>){_UNIT})\b",
        _counted,
    ),
]
