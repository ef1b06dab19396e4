"""Rules for relative and deictic expressions: "yesterday", "last week", "two days later", "6 a.m."."""

from __future__ import annotations

import re

from caseboard.extract.timex_clock import AMPM, clock_time
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_holidays import HOLIDAY_NAME
from caseboard.extract.timex_lexicon import (
    DEICTIC_DAYS,
    MONTH,
    MONTH_FULL,
    MONTHS,
    NUM,
    PART,
    PARTS_OF_DAY,
    SEASON,
    SEASONS,
    UNIT,
    WEEKDAY,
    WEEKDAY_AFTER,
    number_value,
)
from caseboard.extract.timex_rules import MODP, Rule, mod_of, rule, weekday_number
from caseboard.extract.timex_shift import SHIFT_RULE

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "recent": "PAST_REF",
    "current": "PRESENT_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF",
}  # fmt: skip
# "in the short term", "over the long term": the time ahead, a noun after a preposition ("the
# short-term debt", "the long term debt" are adjectives: a word other than a conjunction follows).
_TERM = (
    r"(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\binto\s))the\s+(?:short|near|long)\s+term"
    r"(?=\s*(?:[.,;:!?)\"'\u2019\u201d]|$|(?:and|or|but|as|because|if|while|when|than|at|by|it|they|he|she|we|you|i|the|this|there)\b))"
)
# "at this crucial moment", "at this moment": the present (the moment of an event, "at the moment of
# impact", is no time).
_THIS_MOMENT = (
    r"(?:(?<=\bat\s)|(?<=\bfor\s))this\s+(?:(?:crucial|critical|difficult|decisive|delicate|particular|very)\s+)?"
    r"moment(?!\s+(?:of|when|that)\b)"
)
# "current" as a noun: after a word that qualifies only a flow ("the ocean current", "electric current"),
# or after a determiner and at most one word with no noun following ("swept by a strong current.").
# An adjective that also qualifies a present ("a strong current account") needs the second reading.
_FLOW_BEFORE = re.compile(
    r"(?i:\b(?:powerful|swift|rip|riptide|tidal|ocean|sea|river|undersea|underwater|electric|electrical|"
    r"alternating)\s+)$"
)
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:a|an|the|this|that|its|their|his|her)\s+(?:[a-z]+\s+)?)$")
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\"'\u2019\u201d]|$|(?i:of|in|on|at|to|from|into|and|or|but|that|which|is|was|are|were|"
    r"has|had|will|would|can|could|carried|swept|pulled|flows?|flowed)\b)"
)
# "current on their loans", "current with its payments": up to date with a debt, not the present.
_UP_TO_DATE_AFTER = re.compile(
    r"\s+(?i:on|with)\s+(?i:their|its|his|her|our|your|the|all|mortgage|loan|rent|payments?)\b"
)
_EVERY_BEFORE = re.compile(r"(?i:\b(?:each|every)\s+)$")
_PLURAL_PARTS = r"(?i:mornings|afternoons|evenings|nights)"
_PLURAL_PART = re.compile(rf"s\b|\s+(?P<part>{_PLURAL_PARTS})\b")
# "on Monday and Tuesday nights": a weekday listed before a plural one shares its plural.
_LISTED_PLURAL = re.compile(rf"\s+(?:and|or|&)\s+{WEEKDAY}(?:s\b|\s+(?P<part>{_PLURAL_PARTS})\b)")
# A clause or gerund after "the day before/after" ("authorities issued", "returning"), not a noun phrase.
_EVENT_AFTER = re.compile(
    r"\s+(?!(?i:that|this|these|those|the|his|her|its|their|our|a|an|yesterday|today|tomorrow|then|last|next)\b)"
    rf"(?!(?:{MONTH}|{WEEKDAY}|{HOLIDAY_NAME})(?!\w))[\w$]"
)
# "Thursday evening" is valued with its part (TEV), as TimeBank does; "Friday morning" and
# "Sunday night" are the plain day as often as not there, so they stay the day.
_DAY_PARTS_KEPT = {"EV"}
# "compared with earnings of $33 million last year", "up from last year's $1.55 billion": an amount
# compared with last year's, which after a quarter is last year's quarter (the comparison of results).
_AMOUNT_BEFORE = re.compile(
    r"(?:\d(?:\s*(?:million|billion|cents?(?:\s+a\s+share)?))?|%),?\s+$|(?i:\bfrom\s+)$"
)
_SPAN_UNITS = {"decade", "year", "month", "week"}
# "in / within the next year": a span; after "over" TimeBank tags the year ("closed over the next year
# or so": 1990), so only a decade is a span after any word.
_SPAN_OPENER = re.compile(r"(?i:\b(?:in|within|during)\s+)$")
_REL_WORDS = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def _part(word: str | None) -> str | None:
    return PARTS_OF_DAY.get(word.lower()) if word else None


def _deictic_day(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("rel", unit="day", count=DEICTIC_DAYS[m["word"].lower()])


def _day_part(m: re.Match[str], _: bool) -> Expr | None:
    count = -1 if m["rel"].lower() == "last" else 0
    return Expr("rel", unit="day", count=count, part=_part(m["part"]))


def _ref(m: re.Match[str], _: bool) -> Expr | None:
    word = " ".join(m["t"].lower().split())
    if word == "current" and _current_is_a_noun(m.string, m.start("t"), m.end("t")):
        return None  # "enters a powerful current": a flow of water or electricity, no time
    if word == "current" and _UP_TO_DATE_AFTER.match(m.string, m.end("t")):
        return None  # "borrowers who are current on their loans": up to date, no time
    if word.startswith(("recent", "then")):  # "the then-current price": current in the past
        return Expr("ref", ref="PAST_REF")
    if word.startswith("this") and word.endswith("moment"):  # "at this crucial moment"
        return Expr("ref", ref="PRESENT_REF")
    return Expr("ref", ref=_REFS[word])


def _current_is_a_noun(text: str, start: int, end: int) -> bool:
    """ "the ocean current", "a powerful current.": "current" as a noun (a flow), not the vague present
    of "the current government" or "is current". A word that qualifies only a flow before it, or a
    determiner before it with no noun after it, makes it the noun."""
    before = text[max(0, start - 30) : start]
    if _FLOW_BEFORE.search(before):
        return True
    return _DETERMINER_BEFORE.search(before) is not None and _NO_NOUN_AFTER.match(text, end) is not None


def _relative_unit(m: re.Match[str], _: bool) -> Expr | None:
    unit = m["unit"].lower()
    if _is_a_span_ahead(m, unit):
        return Expr("duration", unit=unit, count=1)
    if _is_a_span_back(m, unit):
        return Expr("duration", unit=unit, count=1, past=True)
    mod = mod_of(m) or {"earlier": None, "later": None}.get((m["edge"] or "").lower())
    count = _REL_WORDS[m["rel"].lower()]
    if unit == "quarter" and m["rel"].lower() == "this":  # "this quarter's loss": the one reported on
        return Expr("rel", unit=unit, count=0, mod=mod, base="reported")
    if unit == "year" and count == -1 and not mod and _follows_amount(m.string, m.start()):
        return Expr("rel", unit=unit, count=count, base="compared")
    return Expr("rel", unit=unit, count=count, mod=mod)


def _is_a_span_ahead(m: re.Match[str], unit: str) -> bool:
    """ "over the next decade", "in the coming year", "The next decade ... seems likely": the span
    ahead of the dct (``P10Y``, ``P1Y``), as TimeML tags it; "next year" without the article stays
    the calendar year, and so does "over the next year"."""
    words = m["t"].lower().split()
    if words[0] != "the" or words[1] not in {"next", "coming"} or unit not in _SPAN_UNITS:
        return False
    return unit == "decade" or _SPAN_OPENER.search(m.string, max(0, m.start() - 12), m.start()) is not None


def _is_a_span_back(m: re.Match[str], unit: str) -> bool:
    """ "the past century": the hundred years up to the dct (``P100Y``), like "the past 20 years", not
    the calendar century before the dct's ("the past century" of a story of 1989 is no 1800s). "the
    past decade" stays the calendar decade (as a span it lowered MEANTIME), "the last century" too."""
    words = m["t"].lower().split()
    return words[0] == "the" and words[1] == "past" and unit == "century"


def _follows_amount(text: str, start: int) -> bool:
    """ "earnings of $33 million last year", "up from last year's": results compared with last year's."""
    return _AMOUNT_BEFORE.search(text, max(0, start - 40), start) is not None


def _fiscal_year(m: re.Match[str], _: bool) -> Expr | None:
    """ "the last (latest, current) fiscal year" counts from the dct; "the previous year" from the year
    the story is at ("In 2018 it sold 303,417 cars, up 4 percent from the previous year": 2017), and
    from the dct when the story has named none, like "a year earlier"."""
    rel = " ".join((m["rel"] or "").lower().split())
    if rel == "previous":
        return Expr("shift", unit="year", count=-1, base="narrative")
    return Expr("rel", unit="year", count=-1 if rel in {"last", "latest", "most recent"} else 0)


def _year_in_words(m: re.Match[str], _: bool) -> Expr | None:
    """ "nineteen ninety-four", "June nineteen ninety", "the winter of nineteen ninety-four" (broadcast
    transcripts write years out)."""
    month = MONTHS[m["mon"].lower()] if m["mon"] else None
    season = SEASONS[m["season"].lower()] if m["season"] else None
    if m["tens2"]:
        return Expr("date", year=2000, month=month, season=season)
    tens = number_value(m["tens"])
    return Expr("date", year=1900 + tens, month=month, season=season) if tens and tens >= 10 else None


def _the_weekend(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("rel", unit="weekend", count=0, base="tense")


def _narrative_same(m: re.Match[str], _: bool) -> Expr | None:
    unit = m["unit"].lower()
    if unit in PARTS_OF_DAY:
        return Expr("rel", unit="day", count=0, part=PARTS_OF_DAY[unit], base="narrative")
    return Expr("rel", unit=unit, count=0, base="narrative")


def _narrative_next(m: re.Match[str], _: bool) -> Expr | None:
    if m["dir2"] and _EVENT_AFTER.match(m.string, m.end()):
        return None  # "the day before authorities issued a warrant": counted from an event
    word = (m["dir"] or m["dir2"]).lower()
    unit = (m["unit"] or m["unit2"]).lower()
    count = 1 if word in {"next", "following", "after"} else -1
    if unit in PARTS_OF_DAY:
        return Expr("rel", unit="day", count=count, part=PARTS_OF_DAY[unit], base="narrative")
    return Expr("rel", unit=unit, count=count, base="narrative")


def _weekday(m: re.Match[str], _: bool) -> Expr | None:
    rel = " ".join((m["rel"] or "").lower().split())
    plural = _PLURAL_PART.match(m.string, m.end()) or _LISTED_PLURAL.match(m.string, m.end())
    if plural or _EVERY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        part = _part(plural["part"][:-1]) if plural and plural["part"] else _part(m["part"])
        return Expr("set", weekday=weekday_number(m["wd"]), part=part)
    if rel.startswith("the"):  # "the previous Friday": the one before the day the story is at
        count = 1 if rel.endswith("following") else -1
        return Expr("weekday", weekday=weekday_number(m["wd"]), count=count, base="narrative")
    count = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    part = _part(m["part"])
    kept = part if part in _DAY_PARTS_KEPT else None
    base = "week" if rel == "this" else "dct"  # "this Friday": the Friday of the dct's week
    return Expr("weekday", weekday=weekday_number(m["wd"]), count=count, part=kept, base=base)


def _noon(m: re.Match[str], _: bool) -> Expr | None:
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    return Expr("time", hour=12 if m["word"].lower() == "noon" else 0, minute=0, weekday=weekday)


_TZ = r"(?:\s+(?:[A-Z]{2,4}T\b|GMT|UTC|local\s+time))?"
_WD_AFTER = WEEKDAY_AFTER  # "9:59 am on Wednesday" (not before a date: "on Wednesday 22 September")

RELATIVE_RULES: list[Rule] = [
    rule(
        "deictic_day",
        rf"(?P<t>(?P<word>(?i:yesterday|today|tonight|tomorrow))(?:\s+(?P<part>{PART}))?)(?!-)",
        _deictic_day,
    ),
    rule(
        "day_part",
        # "(?![A-Za-z])": "the last nightclub" names no night
        r"(?P<t>(?P<rel>(?i:this|last))\s+(?P<part>(?i:morning|afternoon|evening|night))(?![A-Za-z]))",
        _day_part,
    ),
    rule(
        "reference",
        r"(?P<t>(?i:then[\s-]current|right\s+now|now|currently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|recently|lately|"
        rf"the\s+past(?!\s+{NUM}\s+{UNIT})|the\s+(?:near\s+)?future|a\s+later\s+date|as\s+soon\s+as\s+possible|recent(?!\s+(?:days|weeks|months|years|decades)\b)|current|"
        rf"{_TERM}|{_THIS_MOMENT}))\b(?!-)",
        _ref,
    ),
    rule(
        "relative_unit",
        rf"(?P<t>(?:(?P<edge>(?i:earlier|later))\s+|{MODP})?(?:(?i:the)\s+)?(?P<rel>(?i:this|last|next|past|coming|current))"
        r"\s+(?P<unit>(?i:week|month|year|quarter|decade|century|weekend)))\b",
        _relative_unit,
    ),
    rule(
        "fiscal_year",
        r"(?P<t>(?i:the\s+(?:(?P<rel>current|last|previous|latest|most\s+recent|full)\s+)?(?:fiscal\s+)?year))\b"
        # "the year of the spill": the year of an event, not the dct's; "the latest year for which
        # figures are available": a description of a year named elsewhere
        r"(?![\s-]+(?:\d|earlier|ago|before|after|two|ended|ending|of\s+(?:the|his|her|its|their|a|an)\b|"
        r"(?:for|in|of)\s+which\b))",
        _fiscal_year,
    ),
    rule(
        "year_in_words",
        rf"(?P<t>(?:(?P<mon>{MONTH_FULL})\s+|(?:[Tt]he\s+)?(?P<season>{SEASON})\s+of\s+)?(?i:(?:the\s+year\s+)?(?:nineteen\s+(?P<tens>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)|(?P<tens2>two\s+thousand))))\b"
        rf"(?![\s-]+(?:people|dollars|troops|{UNIT})\b)",
        _year_in_words,
    ),
    rule("the_weekend", r"(?P<t>(?i:the|this)\s+(?:(?i:holiday|long)\s+)?weekend)\b", _the_weekend),
    SHIFT_RULE,
    rule(
        "narrative_same",
        r"(?P<t>(?i:(?:(?:later|earlier)\s+)?(?:that|that\s+same|the\s+same)\s+"
        r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)))\b",
        _narrative_same,
    ),
    rule(
        "narrative_next",
        r"(?P<t>(?i:the\s+(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)|"
        r"the\s+(?P<unit2>day|night)\s+(?P<dir2>before|after)))\b",
        _narrative_next,
    ),
    rule(
        "weekday",
        rf"(?P<t>(?:(?P<rel>(?i:last|next|this|past|coming|the\s+(?:previous|preceding|following)))\s+)?"
        rf"(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?)\b",
        _weekday,
    ),
    rule(
        "clock_ampm",
        rf"(?P<t>(?<![\d:.,])(?P<h>\d{{1,2}})(?::(?P<mi>[0-5]\d))?\s*{AMPM}{_TZ}{_WD_AFTER})",
        clock_time,
    ),
    rule(
        "clock_24h",
        rf"(?P<t>(?<![\d:.,$])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]|\.\d)(?P<ampm>){_TZ}{_WD_AFTER})",
        clock_time,
    ),
    rule("noon", rf"(?<![Hh]igh\s)(?P<t>(?P<word>(?i:noon|midnight))\b{_WD_AFTER})\b", _noon),
]
