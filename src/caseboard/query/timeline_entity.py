"""``--entity`` on the timeline: which entries are about the entity a reader names.

The name is resolved to one entity exactly as ``caseboard entity`` resolves it
(``query.entities.find_entity``: an exact id, name or alias first, the one with the most mentions when
several have it, else the best fuzzy match), so "Kataib Hezbollah" is Kata'ib Hezbollah on both and
not also Hezbollah, whose name is a substring of it. An entry is about the entity when

- a participant of one of its sources is the entity: linked to it by the resolver, or, left
  unresolved, written as one of its merged spellings (its name or an alias, word for word:
  ``same_participant``); or
- one of its evidence sentences mentions it: a mention the resolver linked to it lies inside the
  quoted sentence ("the kidnapping ... was planned by Imad Mughniyeh", whose participant is the
  soldier; "Soleimani co-managed the war plan with Imad Mughniyeh").

A participant is only what the parse hangs on the trigger, so the participant rule alone missed most
of what a reader finds under a name: a commander "under" whom a militia fought, the people a meeting
was "with", a plan "co-managed with" him.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from caseboard.compare.event_participants import same_participant
from caseboard.errors import InputError
from caseboard.extract.events_records import Argument, EventGroup, EventMention
from caseboard.query.entities import find_entity
from caseboard.store import Store
from caseboard.store import events as event_store

PARTICIPANT, SENTENCE = "participant", "sentence"  # how an entry is about the entity (``match``)
NAME_MATCH = 85  # rapidfuzz WRatio needed for an unresolved participant to match a name no entity has

Spans = dict[str, tuple[tuple[int, int], ...]]  # document -> its mentions of the entity (start, end), sorted


class NoEntityMatch(InputError):
    """The name is no entity and no unresolved participant: the CLI says so as ``caseboard entity``
    does; the web pages show their empty timeline instead."""


@dataclass(slots=True, frozen=True)
class EntityFilter:
    """The entries about the named entity: ``ids`` (its resolved id; none when the name is no entity),
    ``names`` (its canonical name and aliases) and ``spans`` (where the resolver linked a mention to
    it, per document)."""

    name: str
    ids: frozenset[str]
    names: tuple[str, ...] = ()
    spans: Spans = field(default_factory=dict)

    def about(self, group: EventGroup) -> bool:
        """Whether a source's participant or place is the entity, or a source's sentence mentions it."""
        return self.match(group) is not None

    def match(self, group: EventGroup) -> str | None:
        """How the entry is about the entity: ``participant`` when a source's participant or place is
        it, else ``sentence`` when a source's sentence mentions it; None when neither."""
        if any(self.takes_part(m) for m in group.members):
            return PARTICIPANT
        return SENTENCE if any(self.mentioned_in(m) for m in group.members) else None

    def takes_part(self, mention: EventMention) -> bool:
        """Whether the agent, the patient or the place of this source's version is the entity."""
        return any(self.wanted(a) for a in (*mention.participants(), mention.place) if a is not None)

    def mentioned_in(self, mention: EventMention) -> bool:
        """Whether a mention linked to the entity lies inside the source's quoted sentence."""
        spans = self.spans.get(mention.doc, ())
        i = bisect_left(spans, (mention.start, mention.start))
        while i < len(spans) and spans[i][0] < mention.end:
            if spans[i][1] <= mention.end:
                return True
            i += 1
        return False

    def wanted(self, arg: Argument) -> bool:
        """Whether a participant is the entity: its id when linked, else its text (``by_text``)."""
        if arg.entity is not None:
            return arg.entity in self.ids
        return self.by_text(arg.text)

    def by_text(self, text: str) -> bool:
        """Whether an unresolved participant's text names the entity: the words of the name asked for
        or of one of the entity's spellings ("Hezbollah fighters"). Only a name that is no entity is
        compared fuzzily: a fuzzy score also rewards a substring ("Hezbollah" in "Kata'ib Hezbollah
        fighters"), and an entity's own spellings already say how it is written."""
        arg = Argument(text)
        if any(same_participant(Argument(n), arg) for n in (self.name, *self.names)):
            return True
        return not self.ids and fuzz.WRatio(self.name, text) >= NAME_MATCH


def entity_filter(store: Store, name: str) -> EntityFilter:
    """The filter for ``name``; ``NoEntityMatch`` when it matches no entity and no unresolved
    participant (an empty timeline would not tell a typo from an entity that did nothing)."""
    ids = frozenset(matching_ids(store, name))
    found = EntityFilter(name, ids, spellings(store, ids), mention_spans(store, ids))
    if not found.ids and not any(found.by_text(text) for text in unresolved_participants(store)):
        raise NoEntityMatch(f"no entity matches {name!r}; `caseboard entities` lists them")
    return found


def matching_ids(store: Store, name: str) -> set[str]:
    """The entity ``caseboard entity NAME`` shows (``find_entity``), as a set: empty when none matches."""
    try:
        return {find_entity(store, name)}
    except InputError:
        return set()


def spellings(store: Store, ids: frozenset[str]) -> tuple[str, ...]:
    """The canonical names and aliases of the entities: every spelling the resolver merged."""
    if not ids:
        return ()
    return tuple(sorted({n for eid, n in event_store.entity_names(store) if eid in ids}))


def mention_spans(store: Store, ids: frozenset[str]) -> Spans:
    """Where the resolver linked a mention to one of the entities: original offsets per document."""
    if not ids:
        return {}
    rows = store.query(
        'SELECT m.doc, m.start, m."end" FROM mentions m JOIN mention_entity me ON me.mention = m.id '
        'WHERE list_contains(?, me.entity) ORDER BY m.doc, m.start, m."end"',
        [sorted(ids)],
    )
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc, start, end in rows:
        spans.setdefault(doc, []).append((start, end))
    return {doc: tuple(found) for doc, found in spans.items()}


def unresolved_participants(store: Store) -> list[str]:
    """The distinct texts of event participants the resolver left unlinked."""
    if not event_store.has_events(store):
        return []
    sql = (
        "SELECT agent_text FROM event_mentions WHERE agent IS NULL AND agent_text IS NOT NULL UNION "
        "SELECT patient_text FROM event_mentions WHERE patient IS NULL AND patient_text IS NOT NULL"
    )
    return [text for (text,) in store.query(sql)]
