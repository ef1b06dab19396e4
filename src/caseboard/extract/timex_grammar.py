"""The machinery of the temporal tagger's rules: a named regex ``Rule`` whose match builds an
``Expr``, the guard every rule shares (no part of a title), and the small readers of a match's
groups (modifier, year, weekday) that the rule modules use."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from caseboard.extract.timex_calendar import make_date
from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_lexicon import MOD, MODS, MONTHS, SENTENCE_GAP, TITLE_WORD, WEEKDAYS

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
