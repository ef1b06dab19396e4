"""Ages as time expressions: "Soleimani, 58", "at the age of 18", "the 21-year-old", "aged 40".

An age is tagged with type ``AGE``, granularity ``age`` and value ``AGE:<years>``.
When the age is told in the present (an apposition, "21-year-old", "aged 40"),
``earliest``/``latest`` bound the birth date implied by the document date and the
anchor is ``"dct"``; an age told in the past ("at the age of 18", "when he was 13
years old") has no bounds and anchor None: the caller resolves it with
``date_at_age`` once it knows a birth year.  An age of a past narrative ("the talented
21-year-old stood out" in a paragraph set in 1979) counts from the story's year, not the dct
(``story_year``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from caseboard.extract.timex_calendar import add_months
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import MONTHS, NUM, WEEKDAYS, number_value
from caseboard.extract.timex_resolve import Anchors, Resolved
from caseboard.extract.timex_rules import Rule, rule
from caseboard.extract.timex_tense import Tenses, sentence_bounds

_NOT_NAMES = {w.capitalize() for w in [*MONTHS, *WEEKDAYS]} | {
    "No", "Vol", "Page", "Pages", "Issue", "Number", "Chapter", "Section", "Article", "Part", "Volume",
    "Figure", "Table", "Route", "Room", "Flight", "Resolution", "Paragraph", "In", "On", "At", "And", "But",
}  # fmt: skip
_PAST_BEFORE = re.compile(r"(?i:\b(?:was|were|when|had\s+been|died|killed|as\s+an?)\b[^.;,]{0,25})$")
_NUMWORD = r"(?:\d{1,3}|(?i:[a-z]+(?:-[a-z]+)?))"
# "At 22 he joined", "At 22, Soleimani joined": an age opening a clause, told of a past event. A
# pronoun subject may follow directly; a name needs the comma and a sentence opened by "At" ("at 22
# Downing Street", "rose at 22, Smith said"). A speech verb after it makes it a number read out
# ("at 22 he said"); ages 13 and up only: "at 10 he left" is a clock time as often.
_SPEECH = (
    r"(?:said|say|says|told|tells|add|added|adds|reported|report|think|thinks|thought|believe|believes|"
    r"believed|estimate|estimated|expect|expects|expected)\b"
)
# A lowercase "at" opens a clause only after a comma or a conjunction ("tied at 21, they scored" is a
# score); a capital "At" opens its sentence.
_CLAUSE_OPENS = r"(?:(?<=,\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthen\s)|(?=A))"
_AT_PRONOUN = rf"(?=,?\s+(?:he|she|they|I|we)\s+(?!{_SPEECH})[a-z]{{2,}})"
_AT_NAME = rf"(?=,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?!{_SPEECH})[a-z]{{2,}})"
# Reported speech and the present tell the age on the day of publication ("Smith, 45, said").
_TOLD_NOW = re.compile(
    r"(?i:\b(?:is|are|has|have|says|said|told|tells|remains|according)\b|\w['’]s\s+(?:still|now|a|an|the)\b)"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_REACH = 600  # a sentence of a long narrative ("When the revolution succeeded ... in 1979, ...")


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


def _at_clause(m: re.Match[str], _: bool) -> Expr | None:
    years = number_value(m["n"])
    return _age(m, past=True) if years is not None and years >= 13 else None


def _apposition(m: re.Match[str], _: bool) -> Expr | None:
    return None if m["name"] in _NOT_NAMES else _age(m, past=False)


# "Stage (3)", "Step (2)": a numbered part, not a person's age (besides the non-names above).
_NUMBERED = frozenset({
    "Fig", "Stage", "Step", "Level", "Round", "Group", "Item", "Note", "Point", "Question", "Rule", "Clause",
})  # fmt: skip


_LISTED = re.compile(r"\b[A-Z][\w'’-]*\s+\(\d{1,3}\)")
_THE_BEFORE = re.compile(r"(?i:\bthe\s+)$")


def _bracketed(m: re.Match[str], _: bool) -> Expr | None:
    """ "Qassem Soleimani (62)": not a numbered part ("Stage (3)"), not a name after "the" ("The
    Beatles (4)"), and not one of several in a sentence ("Chelsea (2) beat Arsenal (1)", "Labour
    (45), Conservatives (30)": scores and seats)."""
    if (
        m["name"] in _NOT_NAMES
        or m["name"] in _NUMBERED
        or _THE_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
    ):
        return None
    left, right = sentence_bounds(m.string, m.start(), m.end())
    if len(_LISTED.findall(m.string, left, right)) > 1:
        return None
    return _age(m, past=False)


def story_year(text: str, span: tuple[int, int], expr: Expr, anchors: Anchors, tenses: Tenses) -> bool:
    """Whether an age is told at the story's time rather than the publication's: its sentence is in
    the past with no present or speech verb ("the talented 21-year-old stood out" after "in 1979";
    "Smith, 45, said" and "Soleimani, 58, is" are told on the day of publication), and the year the
    narrative is at, earlier than the dct's, was written in that sentence or the one before (a year
    named further back is no sign: on Timeline17 such ages were mostly told of the present)."""
    year, named = anchors.year, anchors.year_from
    if expr.past or year is None or named is None or named[1] > span[0]:
        return False
    if anchors.dct is not None and year >= anchors.dct.year:
        return False
    left, right = sentence_bounds(text, *span, reach=_REACH)
    before = _previous_sentence_start(text, left)
    if named[0] < before or _PARAGRAPH.search(text, named[1], span[0]):
        return False
    if re.search(rf"(?<!\d){year}(?!\d)", text[named[0] : named[1]]) is None:
        return False  # the year was resolved ("two years later"), not written
    return tenses.of(*span) == "past" and _TOLD_NOW.search(text, left, right) is None


def _previous_sentence_start(text: str, left: int) -> int:
    """Where the sentence before the one starting at ``left`` starts (``left`` itself at the start)."""
    end = len(text[:left].rstrip())
    return sentence_bounds(text, end - 1, end - 1, reach=_REACH)[0] if end > 1 else left


def resolve_age(expr: Expr, anchors: Anchors, at_story: bool = False) -> Resolved:
    """An ``AGE`` reading: birth-date bounds from the dct when the age is told in the present, from
    the narrative's year (anchor ``narrative``) when ``at_story`` (``story_year``)."""
    value = f"AGE:{expr.age}"
    if expr.age is None:
        return Resolved(value, "AGE", "age")
    if at_story and anchors.year is not None:
        earliest, latest = birth_interval(expr.age, date(anchors.year, 1, 1), "year")
        return Resolved(value, "AGE", "age", earliest, latest, "narrative", "year")
    if expr.past or anchors.dct is None:
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
        "age_bracket",  # "Qassem Soleimani (62) was killed": an age in brackets after a name
        r"\b(?P<name>[A-Z][a-z][\w'’-]*)\s+\((?P<t>(?P<n>[1-9]\d?|10\d))\)(?=[\s,.;:])",
        _bracketed,
    ),
    rule(
        "age_at",
        rf"(?P<t>(?i:at\s+(?:the\s+)?age\s+(?:of\s+)?)(?P<n>{NUM}))\b",
        lambda m, _: _age(m, past=True),
    ),
    rule("age_at_pronoun", rf"{_CLAUSE_OPENS}(?P<t>\b[Aa]t\s+(?P<n>\d{{2,3}})){_AT_PRONOUN}", _at_clause),
    rule("age_at_name", rf"(?<![\w,]\s)(?P<t>\bAt\s+(?P<n>\d{{2,3}})){_AT_NAME}", _at_clause),
    rule(
        "age_year_old", rf"(?P<t>(?P<n>{_NUMWORD})[\s-]+years?[\s-]+old)\b", lambda m, _: _age(m, past=False)
    ),
    rule(
        "age_aged",
        rf"(?P<t>(?i:aged)\s+(?P<n>{NUM}))\b(?!\s*(?:-|to|and)\s*\d)",
        lambda m, _: _age(m, past=False),
    ),
]
