"""What a story tells after a happening it dates elsewhere: "Following Soleimani's death, the United
States attacked ...".

A dateless sentence that orders its events after a happening ("after/following X's death") moves
the narrative past its anchor (``events_dates.moves_on``): from the anchor's first day to the
publication. When the same document dates that happening itself, once in a birth's or a death's
life (the type befalls its patient once: "he was killed on 3 January"), what follows it starts no
earlier than that day, even when the article tells the date only later. See docs/events.md, "Dates".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from caseboard.compare.event_group_build import width
from caseboard.compare.event_participants import same_participant
from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_dates import range_date
from caseboard.extract.events_records import DATE_NARRATIVE, DATE_SENTENCE, EventDate, EventMention
from caseboard.extract.events_scope import AFTER_LINKS, AFTER_WORDS
from caseboard.extract.events_syntax import SentenceView

ONCE_IN_A_LIFE = frozenset({lex.BIRTH, lex.DEATH})
KNOWN_DAYS = 31  # a happening dated this closely (in days) bounds what follows it


@dataclass(slots=True)
class Sequel:
    """A sentence that moved the narrative past ``moved`` (the range it then gave) because it follows
    the happening whose trigger noun starts at ``after``."""

    start: int  # the sentence's start offset: the sequel covers it and what follows in its paragraph
    after: int
    moved: EventDate


def followed_noun(view: SentenceView) -> int | None:
    """The start of the event noun an after/following phrase of the sentence names ("Following
    Soleimani's death"), if any."""
    for tok in view.tokens:
        if tok.text.lower() in AFTER_WORDS and tok.dep in AFTER_LINKS:
            for obj in view.kids(tok, "pobj", "dobj"):
                if obj.lemma.lower() in lex.NOUN_TRIGGERS:
                    return obj.start
    return None


def bound_sequels(mentions: list[EventMention], sequels: list[Sequel]) -> None:
    """Start each sequel's events no earlier than the day the document gives the happening they
    follow (its birth or death, by the same patient, dated by a sentence or the narrative)."""
    for sequel in sequels:
        followed = next((m for m in mentions if m.trigger_start == sequel.after), None)
        known = known_date(mentions, followed) if followed is not None else None
        if known is None or known.earliest is None or sequel.moved.latest is None:
            continue
        if not sequel.moved.earliest or known.earliest <= sequel.moved.earliest:
            continue
        if known.earliest > sequel.moved.latest:
            continue
        bounded = range_date(known.earliest, sequel.moved.latest, DATE_NARRATIVE)
        for m in mentions:
            if m.start >= sequel.start and _moved_with(m.date, sequel.moved):
                m.date = replace(bounded)


def known_date(mentions: list[EventMention], followed: EventMention) -> EventDate | None:
    """The closest date the document gives the followed happening: another mention of the same
    birth or death (same type and patient), dated by its sentence or the narrative to a month or
    closer."""
    if followed.type not in ONCE_IN_A_LIFE or followed.patient is None:
        return None
    dates = [
        m.date for m in mentions
        if m is not followed and m.type == followed.type and m.patient is not None
        and same_participant(m.patient, followed.patient)
        and m.date.source in (DATE_SENTENCE, DATE_NARRATIVE) and width(m.date) <= KNOWN_DAYS
    ]  # fmt: skip
    return min(dates, key=width) if dates else None


def _moved_with(date: EventDate, moved: EventDate) -> bool:
    """Dated by the moved narrative: its range, inherited."""
    return date.source == DATE_NARRATIVE and (date.earliest, date.latest) == (moved.earliest, moved.latest)
