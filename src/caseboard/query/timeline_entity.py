"""``--entity`` on the timeline: which event participants are the entity a reader names.

The name is resolved to entities the way a reader expects: an exact name, alias or id first, a fuzzy
match (rapidfuzz WRatio) only when nothing matches exactly, so "Hezbollah" is Hezbollah and not also
"Kata'ib Hezbollah", whose alias contains it. A participant the resolver linked is kept only when it
is one of those entities; the participant's text is compared only for those it left unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from caseboard.compare.event_groups import same_participant
from caseboard.errors import InputError
from caseboard.extract.events_records import Argument
from caseboard.store import Store
from caseboard.store import events as event_store

NAME_MATCH = 85  # rapidfuzz WRatio needed for an entity name or alias to match --entity


class NoEntityMatch(InputError):
    """The name is no entity and no unresolved participant: the CLI says so as ``caseboard entity``
    does; the web pages show their empty timeline instead."""


@dataclass(slots=True, frozen=True)
class EntityFilter:
    """The participants that are the named entity: its resolved ids, else by text."""

    name: str
    ids: frozenset[str]

    def wanted(self, arg: Argument) -> bool:
        if arg.entity is not None:
            return arg.entity in self.ids
        return self.by_text(arg.text)

    def by_text(self, text: str) -> bool:
        """Whether an unresolved participant's text names the entity (same person, or fuzzy)."""
        same = same_participant(Argument(self.name), Argument(text))
        return same or fuzz.WRatio(self.name, text) >= NAME_MATCH


def entity_filter(store: Store, name: str) -> EntityFilter:
    """The filter for ``name``; ``NoEntityMatch`` when it matches no entity and no unresolved
    participant (an empty timeline would not tell a typo from an entity that did nothing)."""
    found = EntityFilter(name, frozenset(matching_ids(store, name)))
    if not found.ids and not any(found.by_text(text) for text in unresolved_participants(store)):
        raise NoEntityMatch(f"no entity matches {name!r}; `caseboard entities` lists them")
    return found


def matching_ids(store: Store, name: str) -> set[str]:
    """Entities whose id, name or alias is ``name`` (case-insensitive); when none is, those whose name
    or an alias matches it fuzzily (WRatio >= ``NAME_MATCH``)."""
    names = event_store.entity_names(store)
    needle = name.strip().casefold()
    exact = {eid for eid, n in names if n.casefold() == needle or eid == name.strip()}
    if exact:
        return exact
    choices = [n for _, n in names]
    hits = process.extract(name, choices, scorer=fuzz.WRatio, score_cutoff=NAME_MATCH, limit=None)
    return {names[i][0] for _, _, i in hits}


def unresolved_participants(store: Store) -> list[str]:
    """The distinct texts of event participants the resolver left unlinked."""
    if not event_store.has_events(store):
        return []
    sql = (
        "SELECT agent_text FROM event_mentions WHERE agent IS NULL AND agent_text IS NOT NULL UNION "
        "SELECT patient_text FROM event_mentions WHERE patient IS NULL AND patient_text IS NOT NULL"
    )
    return [text for (text,) in store.query(sql)]
