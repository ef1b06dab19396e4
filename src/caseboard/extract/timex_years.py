"""Years as the calendar grammar reads them: a year alone ("in 1998", "fiscal 1989", "late 2006"), a
footnoted year ("in 1979.1 The"), year ranges ("2008-2009", "1980-88"), decades ("the 1990s", "the
nineties") and centuries ("the 20th century"). Part of ``timex_rules.DATE_RULES``, in its place.
"""

from __future__ import annotations

import re

from caseboard.extract.timex_expr import Expr
from caseboard.extract.timex_grammar import MODP, Rule, mod_of, preceded_by, rule
from caseboard.extract.timex_lexicon import (
    APPROX_BEFORE,
    DECADE_WORD,
    DECADE_WORDS,
    MOD,
    MONTH,
    NAME_BEFORE,
    NOT_YEAR_AFTER,
    NOT_YEAR_BEFORE,
    ORDINAL,
    ORDINALS,
    UNIT_AFTER,
    WEEKDAY,
    YEAR,
    YEAR_CONTEXT,
)

# "the end of 2006", but "the end of the 2006 war": a year between "the" and a noun names the happening
# ("the 2006 war"); the end is the war's, so only the year is tagged.
_MODP_YEAR = rf"(?:(?:[Tt]he\s+)?(?P<mod>{MOD})[\s-]+(?:the\s+(?=\d{{4}}(?![\s-]+[A-Za-z]{{3,}})))?)"


def _year_alone(m: re.Match[str], _: bool) -> Expr | None:
    year = int(m["year"])
    after = m.string[m.end() : m.end() + 16]
    context = bool(m["mod"] or m["fiscal"]) or preceded_by(m, YEAR_CONTEXT)
    if preceded_by(m, NOT_YEAR_BEFORE) or UNIT_AFTER.match(after):
        return None
    if NOT_YEAR_AFTER.match(after) and (not context or preceded_by(m, APPROX_BEFORE)):
        return None
    if not context and preceded_by(m, NAME_BEFORE):
        return None
    if year < 1900 and not context:
        return None
    return Expr("date", year=year, mod=mod_of(m))


_FOOTNOTED_YEAR_BEFORE = re.compile(r"(?i:\b(?:in|since|by|until|during|before|after|of|from)\s+)$")


def _footnoted_year(m: re.Match[str], _: bool) -> Expr | None:
    """ "the revolution in 1979.1 The regime": a footnote number glued to a year that ends a
    sentence; after a year preposition it is the year, not the decimal 1979.1."""
    return Expr("date", year=int(m["year"])) if preceded_by(m, _FOOTNOTED_YEAR_BEFORE) else None


def _range_years(m: re.Match[str]) -> tuple[int, int] | None:
    """The two years of "2008-2009" / "1980-88", or None when the second is no later year."""
    first, last = int(m["y1"]), m["y2"]
    second = int(last) if len(last) == 4 else first - first % 100 + int(last)
    return (first, second) if 0 < second - first <= 50 else None


def _range_first(m: re.Match[str], _: bool) -> Expr | None:
    """ "2008-2009" is written as one token but names two years, as TimeML tags it: each year is its
    own candidate, and ``timex_join.merge_ranges`` joins them into one interval (``2008/2009``) for
    the caseboard, while the TimeML projection keeps the two."""
    years = _range_years(m)
    return Expr("date", year=years[0]) if years else None


def _range_second(m: re.Match[str], _: bool) -> Expr | None:
    years = _range_years(m)
    return Expr("date", year=years[1]) if years else None


def _decade(m: re.Match[str], _: bool) -> Expr | None:
    decade = int(m["dec"]) if m["dec"] else 190 + int(m["yy"])
    return Expr("date", decade=decade, mod=mod_of(m))


def _decade_in_words(m: re.Match[str], _: bool) -> Expr | None:
    """ "the nineties", "the late sixties": a decade of the 1900s; "the" is required, since "in his
    fifties" is an age."""
    return Expr("date", decade=190 + DECADE_WORDS[m["word"].lower()], mod=mod_of(m))


def _century(m: re.Match[str], _: bool) -> Expr | None:
    word = m["ord"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return Expr("date", century=number - 1, mod=mod_of(m)) if 1 <= number <= 21 else None


YEAR_RULES: list[Rule] = [
    rule(
        "year",
        rf"(?P<t>{_MODP_YEAR}?(?:(?P<fiscal>(?i:fiscal|the\s+year|FY))\s*)?(?P<year>{YEAR}))",
        _year_alone,
    ),
    rule(
        "footnoted_year",
        rf"(?<![\d$£€#.,:/])(?P<t>(?P<year>1[5-9]\d\d|20\d\d))(?=\.\d(?:\s+(?!{WEEKDAY}|{MONTH})[A-Z\"“]|\s*$))",
        _footnoted_year,
    ),
    rule(
        "year_range",
        r"(?<![\d$#.,-])(?P<t>(?P<y1>1[89]\d\d|20\d\d))\s*[-–]\s*(?P<y2>\d{4}|\d\d)(?![\d%])",
        _range_first,
    ),
    rule(
        "year_range_end",
        r"(?<![\d$#.,-])(?P<y1>1[89]\d\d|20\d\d)\s*[-–]\s*(?P<t>(?P<y2>\d{4}|\d\d))(?![\d%])",
        _range_second,
    ),
    rule("decade", rf"(?:[Tt]he\s+)?{MODP}?(?:(?P<dec>1[0-9]\d|20\d)0'?s|'(?P<yy>\d)0s)\b", _decade),
    rule(
        "decade_in_words",
        rf"[Tt]he\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?i:nineteen)[\s-]+)?(?P<word>{DECADE_WORD})\b",
        _decade_in_words,
    ),
    rule(
        "century",
        rf"(?:[Tt]he\s+)?{MODP}?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL})[\s-]+(?i:century)",
        _century,
    ),
]
