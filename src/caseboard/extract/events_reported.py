"""Reported days: the days articles date something to when no event of the collection has that day.

A day named by a calendar expression ("on 27 May", "Tuesday", "yesterday") in an article published on
or after it says that something happened then, even when no trigger or dated fact was recognised in
the sentence ("Thursday was the deadline", "BP said on Monday it had capped the well": statements are
not listed by default). Such a day is worth a timeline entry only when no happening of the collection
already has it: then the articles reporting the day are its sources, one sentence per article (the
first naming it), and the entry is of type ``reported``. "Now"/"current"/"at present" (TimeML
PRESENT_REF, anchored to the publication) name the publication day: the article reports how things
stand on the day it appeared. A day named only by articles published before it is a plan ("the
trial opens on 4 January"): it is kept as ``planned`` (its date source) when nothing else has the
day, so that a reader sees what was scheduled, and it ranks below every happening. See docs/events.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_dates import is_ahead, is_usable, present_date, timex_date
from caseboard.extract.events_furniture import furniture_spans, is_furniture_timex
from caseboard.extract.events_records import (
    DATE_PLANNED,
    DATE_SENTENCE,
    DocumentRows,
    EventMention,
    sentence_mention,
)
from caseboard.records import Sentence, Timex

SPAN_END = re.compile(r"\b(?:by|until|till|up to)\s+$", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never)\b|n't", re.IGNORECASE)


def reported_mentions(rows: DocumentRows) -> list[EventMention]:
    """One ``reported`` mention per day the document names, at the first sentence naming it; a day
    after the publication is dated ``planned``."""
    sents = sorted(rows.sentences, key=lambda s: s.start)
    starts = [s.start for s in sents]
    out: dict[str, EventMention] = {}
    for timex in sorted(rows.timexes, key=lambda t: t.start):
        day = named_day(timex)
        if day is None or day in out:
            continue
        i = bisect_right(starts, timex.start) - 1
        if i < 0 or timex.start >= sents[i].end or ends_span(rows.raw_text, sents[i], timex):
            continue
        if not stamped(rows, sents[i], timex):
            out[day] = day_mention(rows, sents[i], timex, planned=is_ahead(day, rows.published))
    return list(out.values())


def stamped(rows: DocumentRows, sent: Sentence, timex: Timex) -> bool:
    """A page stamp's date ("Posted by reader 2 May 2012", "Last updated at ..."): no happening."""
    return is_furniture_timex(timex, furniture_spans(rows.raw_text, sent.start, sent.end))


def ends_span(raw_text: str, sent: Sentence, timex: Timex) -> bool:
    """ "gained too much power by now", "led it until 3 May": the day ends a stretch of time (a state
    reached or held up to it), it names no happening of that day ("was not expected to reach the
    surface until Saturday" does: not before it, then)."""
    before = raw_text[max(0, timex.start - 8) : timex.start]
    clause = raw_text[sent.start : timex.start]
    return bool(SPAN_END.search(before)) and not NEGATION.search(clause)


def named_day(timex: Timex) -> str | None:
    """The calendar day a DATE expression names ("now": the publication day), if it names one."""
    present = timex.value == "PRESENT_REF"
    if timex.type != "DATE" or not (is_usable(timex) or present):
        return None
    if timex.earliest is None or timex.earliest != timex.latest:
        return None
    return timex.earliest


def day_mention(rows: DocumentRows, sent: Sentence, timex: Timex, *, planned: bool) -> EventMention:
    date = present_date(timex) if timex.value == "PRESENT_REF" else timex_date(timex)
    if planned:
        date = replace(date, source=DATE_PLANNED)
    return sentence_mention(sent, rows.raw_text, lex.REPORTED, timex, date)


def retells(event: EventMention, day: EventMention) -> bool:
    """The sentence's own happening, dated by the sentence to a coarser range that holds the day,
    already tells what the sentence dates ("In 2004, on Good Friday, ... ambushed": the ambush of
    2004 is on the timeline, the Friday is no second entry). A day-precise happening of the sentence
    on another day does not ("signed on Feb. 17 and 18": two days), nor a statement (hidden by
    default, its day is the entry that shows it: "said on January 5")."""
    lo, hi, d = event.date.earliest, event.date.latest, day.date.earliest
    return lo is not None and hi is not None and d is not None and lo != hi and lo <= d <= hi


def unreported_days(reported: list[EventMention], events: list[EventMention]) -> list[EventMention]:
    """The reported mentions of days that no happening (a day-precise event other than a statement)
    has: a day with an event is shown by that event, its other citing articles support it. A planned
    mention is kept only for a day that no article published on or after it names. No day is kept
    whose sentence's own happening already holds it (``retells``)."""
    covered = {
        m.date.earliest for m in events
        if m.type != lex.STATEMENT and m.date.earliest is not None and m.date.earliest == m.date.latest
    }  # fmt: skip
    told: dict[tuple[str, int], list[EventMention]] = {}
    for m in events:
        if m.date.source == DATE_SENTENCE and m.type not in (lex.REPORTED, lex.STATEMENT):
            told.setdefault((m.doc, m.start), []).append(m)
    kept = [
        m for m in reported
        if m.date.earliest not in covered and not any(retells(e, m) for e in told.get((m.doc, m.start), []))
    ]  # fmt: skip
    reported_after = {m.date.earliest for m in kept if m.date.source != DATE_PLANNED}
    return [m for m in kept if m.date.source != DATE_PLANNED or m.date.earliest not in reported_after]
