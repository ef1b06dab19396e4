"""Days a passage is told from, other than the publication date.

Five news shapes count their yearless dates, weekdays and clock times from a day the text itself names:

* A chronology ("June 2 - BP continues work on ...", "May 5: a barge begins ..."): a day date that
  opens a line and is followed by a dash or colon is an entry of a list of what happened. It is told
  in the historical present, so its tense says nothing about the dct: the entry's own date is the
  nearest to the dct, leaning to the past (never next year's), and the rest of its sentence is told
  from that day ("June 14 - Obama says he will meet them on June 16": the 16th after the 14th).
* A holiday without a year in a sentence that names a year before the dct's ("In 2003 ... on Good
  Friday") is of that year.
* A weekday right after a day date in the same clause ("On February 10, on the night between Friday
  and Saturday") is the one around that date, not the one around the dct.
* A yearless month listed after another ("ready in September or October") is of the same year, or
  the next one when it comes earlier in the calendar ("December or January").
* A bare clock time ("was shot to death at 10 p.m.") is on the day the story is at, unless it is
  told ahead ("At midday, he will get a briefing"), where it is the publication day's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from caseboard.extract import timex_calendar as cal
from caseboard.extract.timex_expr import Anchors, Expr, Resolved, Span
from caseboard.extract.timex_join import Candidate
from caseboard.extract.timex_resolve import day_reading
from caseboard.extract.timex_tense import Tenses, sentence_bounds
from caseboard.records import Timex

# What may stand before an entry's date on its line (bullets, dashes) and after it: "May 11/12 - ",
# "June 2 -- ", "June 2: ".
_LINE_OPENER = re.compile(r"[ \t*\u2022\u00b7>-]*")
_ENTRY_AFTER = re.compile(r"(?:\s*(?:\\?/|-)\d{1,2}\b)?\s*(?:--?|\u2013|\u2014|:)\s")
# Between a day date and a weekday of its own time phrase ("On February 10, on the night between
# Friday and Saturday", "on March 3 (a Tuesday)"): only the words of a time phrase. A weekday after a
# verb or a clause boundary ("since April 20, shares have fallen ... on Tuesday", "May 16 ..., but
# that rig resumed drilling Sunday", "said Wednesday") belongs to another clause, told from the dct.
_PHRASE_GAP = re.compile(
    r"(?:[\s,(]|(?i:on|in|at|during|between|from|the|of|a|an|that|same|night|evening|morning|afternoon|"
    r"day|early|late|small|hours)\b)*"
)
# Between two weekdays read against one date ("between Friday and Saturday"); after a date, "and"
# starts another clause ("since July 15, and on Friday, the company replaced").
_LISTED_GAP = re.compile(r"\s*,?\s*(?i:and|or|&|to|through|until|till|-)?\s*")


@dataclass(slots=True)
class Entry:
    """A chronology entry: its day, the span of its date, and where its sentence ends."""

    day: date
    span: Span
    end: int


def _opens_line(text: str, start: int) -> bool:
    """Whether only a bullet or dash stands before ``start`` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_OPENER.fullmatch(text, line_start, start) is not None


def opens_entry(text: str, c: Candidate, inside: bool) -> bool:
    """Whether ``c`` is a day date opening an entry of a chronology: at the start of a line ("June 2
    - ", "June 2: "), or, ``inside`` an entry, anywhere (a list flattened into one line: "20 April :
    rig explodes ... 4 August : BP says")."""
    expr = c.expr
    if expr.kind != "date" or expr.day is None or expr.month is None or expr.unit:
        return False
    if not _ENTRY_AFTER.match(text, c.end):
        return False
    return inside or _opens_line(text, c.start)


def entry_of(text: str, c: Candidate, resolved: Resolved) -> Entry | None:
    """The entry a resolved opening date starts, told until the end of its sentence (a caption's
    story may follow on the same line); None when it names no single day."""
    if resolved.granularity != "day" or resolved.earliest is None:
        return None
    return Entry(resolved.earliest, (c.start, c.end), sentence_bounds(text, c.start, c.end)[1])


def told_from(anchors: Anchors, entry: Entry | None, expr: Expr) -> Anchors:
    """The anchors of an expression in an entry's line: the entry's day stands in for the dct. An
    age keeps the dct: "Obama, 48," is told of the publication day (and ``claims`` reads a birth
    date only from a dct-anchored age)."""
    if entry is None or expr.kind == "age":
        return anchors
    return replace(anchors, dct=entry.day, dct_grain="day")


def counted_from_entry(resolved: Resolved) -> bool:
    """Whether a reading inside an entry's line was counted from the entry's day (the stand-in dct);
    it is then a narrative reading of that day, not of the publication date."""
    if resolved.anchor != "dct" or resolved.type == "AGE":
        return False
    resolved.anchor, resolved.source = "narrative", "day"
    return True


def read_by_date(text: str, c: Candidate, near: NearDay | None) -> bool:
    """Whether ``c`` is a plain weekday ("Friday", "Friday evening": no "last"/"next" of its own) in
    the time phrase of the date ``near`` names: between them only time-phrase words, or, ``listed``
    after a weekday itself read against the date, a conjunction ("between Friday and Saturday")."""
    expr = c.expr
    if near is None or expr.kind != "weekday" or expr.count != 0 or expr.base != "dct":
        return False
    gap = _LISTED_GAP if near.listed else _PHRASE_GAP
    return gap.fullmatch(text, near.end, c.start) is not None


def weekday_near(day: date, expr: Expr) -> Resolved:
    """The ``expr`` weekday nearest ``day`` (at most three days before it, else after it)."""
    back = (day.weekday() - (expr.weekday or 0)) % 7
    d = day - timedelta(days=back) if back <= 3 else day + timedelta(days=7 - back)
    return day_reading(d, expr.part, "narrative")


def sentence_year(text: str, c: Candidate, anchors: Anchors, tenses: Tenses) -> Anchors | None:
    """ "In 2003 the convoy was ambushed on Good Friday": a holiday without a year, in a sentence that
    has written the year the narrative is at and that is before the dct's, is that year's; the anchors
    to read it against (no dct, so the narrative year is used), None when the dct's rule applies.
    Only a year written before it in its sentence counts: one resolved from the dct ("payable Jan.
    2") or named sentences before is no sign, and the same rule for yearless months lowered every
    split (docs/timex.md)."""
    expr = c.expr
    if expr.kind != "date" or not expr.holiday or expr.year is not None:
        return None
    if anchors.dct is None or anchors.year is None or anchors.year >= anchors.dct.year:
        return None  # "promised for 2009, ... expected in time for Christmas": a plan, not a story
    left = sentence_bounds(text, c.start, c.end)[0]
    if re.search(rf"(?<![\d,.$]){anchors.year}(?!\d)", text[left : c.start]) is None:
        return None
    if tenses.of(c.start, c.end) == "future":  # "the 2003 law takes effect at Christmas": ahead
        return None
    return replace(anchors, dct=None)


@dataclass(slots=True)
class NearDay:
    """A day date a weekday of its phrase is read against: its day, its span, where the last
    expression read against it ends, and whether that one was a weekday ("between Friday and
    Saturday": both)."""

    day: date
    span: Span
    end: int
    listed: bool = False


def near_day(c: Candidate, resolved: Resolved, chained: NearDay | None) -> NearDay | None:
    """The day a weekday right after ``c`` is read against: ``c``'s own day when it is a day date,
    the same one when ``c`` was itself read against it (``chained``)."""
    if chained is not None:
        return NearDay(chained.day, chained.span, c.end, listed=True)
    if c.expr.kind != "date" or c.expr.day is None or c.expr.unit or resolved.granularity != "day":
        return None
    return NearDay(resolved.earliest, (c.start, c.end), c.end) if resolved.earliest else None


_LISTED = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")


def listed_month(text: str, c: Candidate, prev: Timex | None) -> Resolved | None:
    """ "in September or October": a yearless month listed right after a yearless month that was
    read against the dct shares its year (the next year's when it comes earlier in the calendar)."""
    expr = c.expr
    if prev is None or prev.granularity != "month" or prev.anchor != "dct" or prev.end == c.start:
        return None
    told = _MONTH_VALUE.fullmatch(prev.value)
    if told is None or expr.kind != "date" or not expr.month or expr.day or expr.year is not None:
        return None
    if expr.holiday or not _LISTED.fullmatch(text, prev.end, c.start):
        return None
    year = int(told[1]) + (expr.month < int(told[2]))
    bounds = cal.apply_mod(cal.month_bounds(year, expr.month), expr.mod, "month")
    return Resolved(f"{year}-{expr.month:02d}", "DATE", "month", *bounds, "dct")


# "12.20 pm : The senators are starting to ...": a live blog's entry, told on the publication day.
_BLOG_ENTRY = re.compile(r"\s*(?:--?|\u2013|\u2014|:)\s")


def clock_day(text: str, c: Candidate, anchors: Anchors, kind: str | None) -> Anchors:
    """The anchors a bare clock time ("at 10 p.m.", no day or weekday of its own) is read against.
    TimeML puts it on the day the story is at ("He was shot to death at 10 p.m."); a sentence told
    ahead ("At midday, he and Biden will get a briefing") speaks of the publication day, unless its
    own words named the day ("on Friday night at 9PM", "return on Tuesday and address the nation
    at 8 p.m."); so does a live blog's entry ("1.30 pm : So that brings the hearings to a close")."""
    expr = c.expr
    if expr.kind != "time" or expr.day is not None or expr.weekday is not None or anchors.day is None:
        return anchors
    if anchors.day_from is not None and anchors.day_from[0] >= sentence_bounds(text, c.start, c.end)[0]:
        return anchors  # the sentence itself named the day
    entry = _opens_line(text, c.start) and _BLOG_ENTRY.match(text, c.end) is not None
    if entry and _heads_a_line(text, anchors.day_from):
        return anchors  # "Sept. 11, 2001:" over "8:46 a.m. - a plane hits the north tower": that day's
    if kind in {"future", "would"} or entry:
        return replace(anchors, day=None, day_from=None)
    return anchors


_HEADING_AFTER = re.compile(r"[ \t]*(?:[:\u2013\u2014-][ \t]*)?(?:\n|$)")


def _heads_a_line(text: str, span: Span | None) -> bool:
    """Whether the date at ``span`` stands alone on its line ("Sept. 11, 2001:"), the heading of a
    list of the times of that day, or opens the list's previous entry ("8:46 a.m. - "): the day the
    list is told on, not a day named in passing in a live blog's entry."""
    if span is None:
        return False
    if not _opens_line(text, span[0]):
        return False
    return bool(_HEADING_AFTER.match(text, span[1]) or _BLOG_ENTRY.match(text, span[1]))
