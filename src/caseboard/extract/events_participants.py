"""Participants of event mentions: named entities, or personal pronouns resolved to a named person.

A participant is kept only when it is an entity mention (PERSON, ORG, GPE, NORP, FAC, LOC) or a
personal pronoun that resolves to a person named before it; pronouns like "those" and common nouns
like "revolution" are dropped. See docs/events.md.
"""

from __future__ import annotations

from caseboard.extract.events_records import Argument, EventMention
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Mention

PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def people_in(view: SentenceView, before: int | None = None) -> list[Argument]:
    """Persons named in the sentence (before offset ``before``), most salient first: subjects, then
    the shallowest in the parse (main clause before embedded ones), then the latest."""
    found = [m for m in view.mentions if view.label_of(m) == "PERSON" and (before is None or m.end <= before)]
    ranked = sorted(enumerate(found), key=lambda p: (*salience(view, p[1]), -p[0]))
    return [view.of_mention(m) for _, m in ranked]


def salience(view: SentenceView, mention: Mention) -> tuple[bool, int]:
    inside = [t for t in view.tokens if mention.start <= t.start < mention.end]
    if not inside:
        return True, 99
    subject = any(t.dep in SUBJECT_DEPS for t in inside)
    return not subject, min(view.depth(t) for t in inside)


def is_personal_pronoun(arg: Argument | None) -> bool:
    return arg is not None and arg.text.casefold() in PERSONAL_PRONOUNS


def settle(view: SentenceView, event: EventMention, recent: list[Argument]) -> EventMention:
    """Resolve he/she/his to a named person, then drop participants that are not named entities."""
    candidates = [*people_in(view, event.trigger_start), *recent]
    event.agent = resolved(event.agent, event.patient, candidates)
    event.patient = resolved(event.patient, event.agent, candidates)
    event.agent, event.patient = named(event.agent), named(event.patient)
    if event.age_holder is not None:
        event.age_holder = named(resolved(event.age_holder, None, candidates))
    return event


def resolved(arg: Argument | None, other: Argument | None, candidates: list[Argument]) -> Argument | None:
    """A personal pronoun: the most salient earlier person that is not the event's other participant."""
    if not is_personal_pronoun(arg):
        return arg
    taken = other if other is not None and not is_personal_pronoun(other) else None
    for person in candidates:
        if taken is None or not same_person(person, taken):
            return person
    return arg


def same_person(a: Argument, b: Argument) -> bool:
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    return a.text.casefold() == b.text.casefold()


def named(arg: Argument | None) -> Argument | None:
    return arg if arg is not None and arg.label in PARTICIPANT_LABELS else None
