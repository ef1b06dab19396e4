"""Reduce stage: event mentions of every stored document, dated by ages, grouped across documents."""

from __future__ import annotations

from caseboard.compare.event_group_build import width
from caseboard.compare.event_groups import group_events, same_participant
from caseboard.config import Config
from caseboard.extract import events_lexicon as lex
from caseboard.extract.events import extract_events
from caseboard.extract.events_dates import date_at_age
from caseboard.extract.events_records import DATE_AGE, DATE_SENTENCE, Argument, EventDate, EventMention
from caseboard.extract.events_reported import reported_mentions, unreported_days
from caseboard.store import Store
from caseboard.store import events as event_store

STAGE_VERSION = "events-1"


def events_stage(store: Store, cfg: Config) -> None:
    """Extract events document by document, date ages from known births, add the reported days no
    event has (``events_reported``), group, store."""
    del cfg  # no settings yet
    event_store.ensure_tables(store)
    mentions: list[EventMention] = []
    reported: list[EventMention] = []
    for rows in event_store.iter_document_rows(store):
        mentions.extend(extract_events(rows))
        reported.extend(reported_mentions(rows))
    date_by_age(mentions)
    mentions.extend(unreported_days(reported, mentions))
    event_store.write_events(store, group_events(mentions))


def date_by_age(mentions: list[EventMention]) -> None:
    """ "At the age of N": date the event from the holder's birth when another mention states it."""
    births = known_births(mentions)
    for m in mentions:
        if m.age is None or m.age_holder is None or m.date.source == DATE_SENTENCE:
            continue
        birth = find_birth(births, m.age_holder)
        dated = date_at_age(m.age, birth) if birth is not None else None
        if dated is not None:
            m.date = dated


def known_births(mentions: list[EventMention]) -> list[tuple[Argument, EventDate]]:
    """Births with a date bound on both sides, most precise first (stated dates before ages)."""
    found = [
        (m.patient, m.date)
        for m in mentions
        if m.type == lex.BIRTH and m.patient is not None and m.date.earliest and m.date.latest
        and m.date.source in (DATE_SENTENCE, DATE_AGE)
    ]  # fmt: skip
    return sorted(found, key=lambda p: (p[1].source != DATE_SENTENCE, width(p[1])))


def find_birth(births: list[tuple[Argument, EventDate]], holder: Argument) -> EventDate | None:
    for person, born in births:
        if same_participant(person, holder):
            return born
    return None
