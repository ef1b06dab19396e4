"""Temporal tagger: find time expressions in news text and normalize them (TimeML / TIMEX3 values).

Three steps: the grammar (``timex_rules``, ``timex_relative``, ``timex_ages``) proposes
candidate spans, each parsed into an ``Expr``; the longest non-overlapping
candidates are kept, and adjacent absolute dates joined by "to"/"or" become one
interval; then the anchoring pass reads them in order and resolves each against
the document date or the narrative anchor (see docs/timex.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from caseboard.extract.timex_ages import AGE_RULES, resolve_age, story_year
from caseboard.extract.timex_anchors import update_anchors
from caseboard.extract.timex_calendar import parse_dct
from caseboard.extract.timex_durations import DURATION_RULES, resolve_duration
from caseboard.extract.timex_events import Happenings, clock_anchors, redate_clock, remember, shift_anchors
from caseboard.extract.timex_expr import Expr, Span
from caseboard.extract.timex_holidays import HOLIDAY_RULES
from caseboard.extract.timex_join import Candidate, attach_day_offsets, attach_times, merge_ranges
from caseboard.extract.timex_lengths import LENGTH_RULES, resolve_length
from caseboard.extract.timex_lexicon import HAPPENING_NOUN
from caseboard.extract.timex_quarters import QUARTER_RULES, is_reported, names_months_period
from caseboard.extract.timex_relative import RELATIVE_RULES
from caseboard.extract.timex_resolve import Anchors, Resolved, resolve
from caseboard.extract.timex_rules import DATE_RULES, Rule
from caseboard.extract.timex_tense import Tenses, deadline_tense, frames_past
from caseboard.extract.timex_told import (
    Entry,
    NearDay,
    clock_day,
    counted_from_entry,
    entry_of,
    listed_month,
    near_day,
    opens_entry,
    read_by_date,
    sentence_year,
    told_from,
    weekday_near,
)
from caseboard.records import Timex

RULES: list[Rule] = [
    *DATE_RULES,
    *QUARTER_RULES,
    *HOLIDAY_RULES,
    *RELATIVE_RULES,
    *AGE_RULES,
    *DURATION_RULES,
    *LENGTH_RULES,
]

# A digit is looked for before the look-behind is tried (the same matches, twice as fast).
_NUMERIC = re.compile(r"(?=\d)(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")
# "the fiscal first quarter ended Sept. 30": the day that closes the quarter just named.
_CLOSES_QUARTER = re.compile(r"(?i:\b(?:quarter|period)\s+(?:ended|ending)\s+)$")
# "after a flat second quarter", "better than the first quarter": a quarter named as a comparison.
_COMPARED = re.compile(r"(?i:\b(?:after|following|than|compared\s+with|versus|vs\.?)\s+(?:a\s+\w+\s+)?)$")
# "Oct. 12, the day before the stock market plunge": an apposition naming the day before it.
_APPOSED = re.compile(r",\s+(?i:the\s+(?:day|night)\s+(?:before|after))")
# "an embassy in Damascus until early 2012": the end of a state, not a time the narrative moves to.
_STATE_END = re.compile(r"(?i:\b(?:until|till|up\s+to)\s+)$")
# "after the 9/11 attacks", "since the 2006 war": a date naming the happening a clause is told
# relative to; the story is not at that date (it is after or before it).
_RELATIVE_TO = re.compile(r"(?i:\b(?:after|since|before|following|until|prior\s+to)\s+the\s+)$")


def infer_day_first(text: str) -> bool:
    """Whether numeric dates in ``text`` put the day first (07.04.18 = 7 April)."""
    dots = slashes = 0
    for m in _NUMERIC.finditer(text):
        first, second = int(m[1]), int(m[3])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
        dots, slashes = dots + (m[2] == "."), slashes + (m[2] == "/")
    return dots >= slashes if dots + slashes else True


def find_candidates(text: str, rules: list[Rule], day_first: bool) -> list[Candidate]:
    """Every span some rule reads as a time expression, with its parse."""
    found: list[Candidate] = []
    for r in rules:
        has_t = "t" in r.pattern.groupindex
        for m in r.pattern.finditer(text):
            expr = r.build(m, day_first)
            start, end = m.span("t") if has_t else m.span()
            if expr is not None and end > start:
                found.append(Candidate(start, end, expr))
    return found


def select_longest(candidates: list[Candidate], size: int) -> list[Candidate]:
    """Non-overlapping candidates, longest first, in text order."""
    taken = bytearray(size + 1)
    kept: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if not any(taken[c.start : c.end]):
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def tag_timexes(
    text: str, dct: str | None = None, *, day_first: bool | None = None, timeml_ranges: bool = False
) -> list[Timex]:
    """Time expressions in ``text``, normalized to TimeML values.

    ``dct`` is the document creation (publication) date as an ISO prefix
    ("2018-04-07", "2018-04", "2018") or None; ``day_first`` says how to read
    numeric dates such as 07.04.18 (None: infer it from the document).
    Offsets are into ``text``.  Relative expressions are resolved against the dct
    or the narrative anchor (``Timex.anchor``); without one they get a TimeML
    underspecified value ("XXXX-XX-XX") and anchor None.  Ages are type AGE with
    value "AGE:<years>" (see ``timex_ages``).  A range ("from 1980 to 1988", "late 1997 or
    early 1998") is one interval; ``timeml_ranges=True`` keeps its endpoints as two expressions
    instead, each with its own value, as TimeML annotates them (the TimeML export and the
    TempEval bench).
    """
    if not text:
        return []
    first = infer_day_first(text) if day_first is None else day_first
    dct_date, dct_grain = parse_dct(dct)
    kept = select_longest(find_candidates(text, RULES, first), len(text))
    kept = kept if timeml_ranges else merge_ranges(text, kept)
    kept = attach_day_offsets(text, attach_times(text, kept))
    reading = _Reading(Anchors(dct=dct_date, dct_grain=dct_grain), Tenses(text))
    out: list[Timex] = []
    for c in kept:
        record = _read(text, c, reading, out)
        if record is not None:
            out.append(record)
    return out


@dataclass(slots=True)
class _Reading:
    """What the anchoring pass carries from one expression to the next."""

    anchors: Anchors
    tenses: Tenses  # each candidate's tense, computed once
    before_bound: Anchors | None = None  # the story's time before a state's "until" end was named
    entry: Entry | None = None  # the chronology entry whose sentence is being read
    near: NearDay | None = None  # the day date a weekday of its clause is read against
    happenings: Happenings = field(default_factory=Happenings)  # the dates of the happenings told so far


def _read(text: str, c: Candidate, st: _Reading, out: list[Timex]) -> Timex | None:
    """The record of ``c`` resolved against the running state, which it then moves on."""
    if c.inner is not None:  # "the day before last Tuesday": that Tuesday first
        inner = _resolve_candidate(text, Candidate(c.start, c.end, c.inner.expr), st.anchors, st.tenses)
        if inner is not None:
            update_anchors(st.anchors, inner, (c.inner.start, c.inner.end))
    same = st.before_bound is not None and _is_same_period(c.expr)
    used = st.before_bound if same and st.before_bound else st.anchors
    entry = None if st.entry and c.start >= st.entry.end else st.entry
    opens = opens_entry(text, c, inside=entry is not None)
    st.entry = entry = None if opens else entry
    used = told_from(used, entry, c.expr)
    used = sentence_year(text, c, used, st.tenses) or used
    from_event = shift_anchors(text, c.start, c.end, c.expr, st.happenings, used)
    used = from_event or clock_anchors(text, c.start, c.end, c.expr, st.happenings, used) or used
    near = st.near
    by_date = read_by_date(text, c, near)
    resolved = (
        (weekday_near(near.day, c.expr) if near and by_date else None)
        or _apposed_day(text, c, out, used)
        or (listed_month(text, c, out[-1] if out else None) if not opens else None)
        or _resolve_candidate(text, c, used, st.tenses, plain=opens)
    )
    if resolved is None:
        return None
    if names_months_period(text, c):
        st.anchors.months_period = True
    span = near.span if near and by_date else _provenance(resolved, used)
    if entry and counted_from_entry(resolved):
        span = entry.span
    st.entry = entry_of(text, c, resolved) if opens else entry
    st.near = near_day(c, resolved, near if by_date else None)
    record = _to_record(text, c, resolved, span)
    if from_event and out and (clock := redate_clock(text, out[-1], record)) is not None:
        out[-1] = clock  # "at 6 a.m. near his home 10 days before the murder": the shift's day
    if not _is_comparison(c.expr):
        remember(st.happenings, text, (c.start, c.end), resolved)
        if not _names_happening(text, c):
            _move_anchors(text, c, resolved, record, st)
    return record


def _move_anchors(text: str, c: Candidate, resolved: Resolved, record: Timex, st: _Reading) -> None:
    """Move the narrative anchors to what ``c`` names (a quarter only when it is reported)."""
    anchors = st.anchors
    st.before_bound = replace(anchors) if _ends_state(text, c) else None
    moves = _moves_quarter(c.expr) and is_reported(text, c, resolved, anchors, st.tenses)
    moves = moves and not _COMPARED.search(text, max(0, c.start - 20), c.start)
    grain = anchors.last_grain
    update_anchors(anchors, resolved, (c.start, c.end), moves_quarter=moves)
    if grain == "quarter" and _CLOSES_QUARTER.search(text, max(0, c.start - 24), c.start):
        anchors.last_grain = grain  # the quarter stays the period compared ("a year ago")
    if anchors.quarter_from == (c.start, c.end):
        anchors.quarter_fiscal = "fiscal" in record.text.lower()


def _apposed_day(text: str, c: Candidate, out: list[Timex], anchors: Anchors) -> Resolved | None:
    """ "Oct. 12, the day before the stock market plunge": an apposition after a day names that
    same day (the event it is counted from is told, not dated)."""
    prev = out[-1] if out else None
    if (
        prev is None
        or prev.granularity != "day"
        or anchors.day is None
        or not _APPOSED.fullmatch(text, prev.end, c.end)
    ):
        return None
    day = anchors.day
    return Resolved(prev.value, prev.type, "day", day, day, "narrative", "day")


def _provenance(resolved: Resolved, used: Anchors) -> Span | None:
    """The span of the expression that set the anchors field a narrative reading counted from."""
    if resolved.anchor != "narrative" or resolved.source is None:
        return None
    return getattr(used, f"{resolved.source}_from", None)


def _names_happening(text: str, c: Candidate) -> bool:
    """ "after the 9/11 attacks": the date names the happening a clause is placed after or before,
    not the time the story has reached."""
    return bool(
        _RELATIVE_TO.search(text, max(0, c.start - 24), c.start) and HAPPENING_NOUN.match(text, c.end)
    )


def _is_comparison(expr: Expr) -> bool:
    """ "a year ago", "a year earlier": a point of comparison, not where the narrative moves to."""
    return (expr.kind == "shift" or expr.base == "compared") and expr.unit == "year" and expr.count < 0


def _ends_state(text: str, c: Candidate) -> bool:
    """ "until early 2012": the end of a state, which tells no day of its own; "that same evening"
    right after it still means the day the story was at (a shift, "three years later", counts from it)."""
    return c.expr.absolute and bool(_STATE_END.search(text, max(0, c.start - 12), c.start))


def _is_same_period(expr: Expr) -> bool:
    """ "that morning", "that same evening", "that year": the period the story is at."""
    return expr.kind == "rel" and expr.base == "narrative" and expr.count == 0


def _moves_quarter(expr: Expr) -> bool:
    """A comparison ("a year earlier", "the 1988 quarter") does not change the quarter under discussion."""
    return expr.kind == "date" or (expr.kind != "shift" and expr.year is None)


def _resolve_candidate(
    text: str, c: Candidate, anchors: Anchors, tenses: Tenses, plain: bool = False
) -> Resolved | None:
    """The reading of ``c``; ``plain``: its tense says nothing (a chronology entry's date)."""
    if c.expr.kind == "age":
        return resolve_age(c.expr, anchors, story_year(text, (c.start, c.end), c.expr, anchors, tenses))
    if c.expr.kind == "duration":
        return resolve_duration(c.expr, anchors)
    if c.expr.kind in {"length", "frequency"}:
        return resolve_length(c.expr)
    if c.expr.kind == "set":
        part = f"T{c.expr.part}" if c.expr.part else ""
        return Resolved(f"XXXX-WXX-{(c.expr.weekday or 0) + 1}{part}", "SET", "unknown")
    kind = None if plain else deadline_tense(text, c.start, tenses.of(c.start, c.end))
    future, strict = kind in {"future", "would"}, kind in {"future", "since"}
    strict = strict or (kind == "past" and frames_past(text, c.start, c.end))  # "In January, ... killed"
    return resolve(c.expr, clock_day(text, c, anchors, kind), future, strict=strict, untold=kind is None)


def _to_record(text: str, c: Candidate, r: Resolved, anchor_span: Span | None) -> Timex:
    return Timex(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        type=r.type,
        value=r.value,
        granularity=r.granularity,
        earliest=r.earliest.isoformat() if r.earliest else None,
        latest=r.latest.isoformat() if r.latest else None,
        anchor=r.anchor,
        anchor_start=anchor_span[0] if anchor_span else None,
        anchor_end=anchor_span[1] if anchor_span else None,
    )
