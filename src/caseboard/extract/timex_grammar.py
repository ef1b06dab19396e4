"""The machinery of the temporal tagger's rules: a named regex ``Rule`` whose match builds an
``Expr``, the guard every rule shares (no part of a title), and the small readers of a match's
groups (modifier, year, weekday) that the rule modules use."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from caseboard.extract.timex_calendar import make_date
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import MOD, MODS, MONTHS, SENTENCE_GAP, TITLE_WORD, WEEKDAY, WEEKDAYS

Builder = Callable[[re.Match[str], bool], Expr | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


MODP = rf"(?:(?:[Tt]he\s+)?(?P<mod>{MOD})[\s-]+(?:the\s+)?)"


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


def rule(name: str, pattern: str, build: Builder) -> Rule:
    """A named rule; every match starts at the beginning of a word (which also makes scanning fast)
    and is no part of a title ("This Week", "VOA Today": ``in_title``)."""
    return Rule(name, re.compile(rf"(?<!\w)(?=[\w'$])(?:{pattern})"), _unless_title(build))


def not_time(name: str, pattern: str) -> Rule:
    """A phrase that holds a time word but names no time: "the Sunday Times" (a newspaper),
    "today's world" (the present age, not the day), "the future of the company" (its fate), "at the
    moment when" (the moment of an event, not now). Its candidate (kind ``none``, which resolves to
    nothing) is longer than the time word inside it, so it shadows that word's match."""
    return rule(name, pattern, _no_time)


def _no_time(m: re.Match[str], _: bool) -> Expr | None:
    return Expr("none")


# Words only a game's report uses: "halftime", "the match", "season-high" ("points", "scored",
# "goals" and "lead" are finance words too).
_GAME_WORDS = re.compile(
    r"(?i:\b(?:halftime|half-time|touchdowns?|quarterbacks?|rebounds|innings|kick-?off|free\s+throws?|"
    r"field\s+goals?|penalty\s+kicks?|season-high|career-high|the\s+(?:game|match)|playoffs?|striker|"
    r"midfielder|goalkeeper|referee)\b)"
)


def _game_period(m: re.Match[str], _: bool) -> Expr | None:
    """ "a season-high 31 points in the first half", "left in the second quarter" of a game's report:
    a half or quarter there is a period of play, not of the year."""
    text = m.string
    return Expr("none") if _GAME_WORDS.search(text, max(0, m.start() - 250), m.end() + 250) else None


def _unless_title(build: Builder) -> Builder:
    """``build``, except on a match inside a title: one guard for every rule, so a relative rule
    ("this week") and a deictic one ("today") cannot tag a programme's name."""

    def guarded(m: re.Match[str], day_first: bool) -> Expr | None:
        start, end = m.span("t") if "t" in m.re.groupindex else m.span()
        return None if in_title(m.string, start, end) else build(m, day_first)

    return guarded


def in_title(text: str, start: int, end: int) -> bool:
    """Whether a normally lowercase time word in ``text[start:end]`` is capitalised after another
    word of its sentence: then it belongs to a name ("This Week", "VOA Today")."""
    for m in TITLE_WORD.finditer(text, start, end):
        before = text[max(0, m.start() - 40) : m.start()].rstrip(" \t")
        if before and before[-1] not in SENTENCE_GAP:
            return True
    return False


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]


# Phrases that hold a time word but name no time (see ``not_time``).
NOT_TIME_RULES: list[Rule] = [
    # the present age, not the day: "in today's world", "today's youth"
    not_time(
        "present_age",
        r"(?i:today)\s?['’]s\s+(?:world|society|youth|generation|young|culture|standards|children|kids)\b",
    ),
    # a newspaper or a programme named by a weekday: "the Sunday Times", "the Mail on Sunday"
    not_time(
        "weekday_title",
        rf"{WEEKDAY}\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|People|Star|Sport|Mercury|"
        r"Night\s+Football)\b|(?:Mail|Independent)\s+on\s+Sunday\b",
    ),
    # a quoted title that ends in a weekday: `` Fox News Sunday '', "Soccer Saturday"
    not_time(
        "quoted_weekday_title",
        rf"(?:(?<=``\s)|(?<=“)|(?<=\"))(?!(?:On|Last|Next|This|By|Since|Until|Early|Late|Every|Each)\s)"
        rf"(?:[A-Z][\w.'&-]*\s+){{1,4}}{WEEKDAY}(?=\s?(?:''|”|\"))",
    ),
    # the fate of something, not a time: "the future of offshore drilling", "the future of our peoples"
    not_time("future_of", r"(?i:the\s+(?:near\s+)?future\s+of)\b"),
    # a period of play: "in a phenomenal first half", "in the second quarter" of a game's report
    rule(
        "game_period",
        r"(?i:(?:in|during|of|after|before|at)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?"
        r"(?:first|second|third|fourth|final|opening)\s+(?:half|quarter|period))\b(?!\s+of\b)",
        _game_period,
    ),
    # the moment of an event: "at the moment when it goes live", "at the moment of impact"
    not_time("moment_of", r"(?i:at\s+the\s+moment\s+(?:in\s+time|of|when|that|where)\b)"),
]
