"""Candidate answers from the structured tables other stages store: claims and events.

Both tables are optional: on a caseboard built without them this yields nothing and ``ask``
answers from sentences alone.
"""

from __future__ import annotations

from typing import Any

from caseboard.query.ask_records import (
    DATE,
    DESCRIPTION,
    NUMBER,
    PERSON,
    PLACE,
    Candidate,
    Citation,
    Question,
)
from caseboard.query.ask_values import date_answer, date_key, format_iso, format_value, number_key, text_key
from caseboard.store import Store
from caseboard.store import search as search_store

CLAIM_WEIGHT = 1.5  # a claim is a sentence whose relation to the entity was recognised
EVENT_WEIGHT = {"sentence": 1.0, "age": 0.8, "narrative": 0.3}
CLAIM_ATTRIBUTES = {
    (DATE, "birth"): ("birth_date",),
    (DATE, "death"): ("death_date",),
    (PLACE, "birth"): ("birth_place",),
    (PLACE, "death"): ("death_place",),
}
EVENT_TYPES = {
    "birth": ("birth",),
    "death": ("death", "attack"),
    "appoint": ("appointment",),
    "found": ("founding",),
    "attack": ("attack",),
    "arrest": ("arrest",),
    "meet": ("meeting",),
}


def subjects(question: Question) -> list[str]:
    """Entity ids and names the structured rows may use for the asked entities."""
    keys = [e.id for e in question.entities]
    keys += [e.name for e in question.entities] + [e.surface for e in question.entities if e.surface]
    return sorted(set(keys))


def citation(row: dict[str, Any]) -> Citation:
    return Citation(row["doc"], row["path"], row["outlet"], row["quote"], row["start"], row["end"])


def claim_candidates(store: Store, question: Question) -> list[Candidate]:
    attributes = claim_attributes(store, question)
    if not attributes or not question.entities:
        return []
    found = []
    for row in search_store.claims_about(store, subjects(question), attributes):
        candidate = claim_candidate(row, question)
        if candidate is not None:
            candidate.sent = row["sent"]
            found.append(candidate)
    return found


def claim_attributes(store: Store, question: Question) -> list[str]:
    if question.type == DESCRIPTION:
        return ["role"]
    if question.type == NUMBER:
        return count_attributes(store, question)
    return [a for rel in question.relations for a in CLAIM_ATTRIBUTES.get((question.type, rel), ())]


def count_attributes(store: Store, question: Question) -> list[str]:
    if question.age:
        return ["age"]
    if not question.noun or not search_store.has_rows(store, "claims"):
        return []
    stem = question.noun.rstrip("s")[:5]
    return [a for a in search_store.count_attribute_names(store) if stem in a.split(":")[-1]]


def claim_candidate(row: dict[str, Any], question: Question) -> Candidate | None:
    cite = citation(row)
    value = str(row["value"])
    if question.type == DATE:
        if not row["earliest"]:
            return None
        key = date_key(row["earliest"], row["latest"])
        text, relative = date_answer(value, None, row["earliest"], row["latest"])
        return Candidate(
            text, DATE, key, cite, CLAIM_WEIGHT, row["earliest"], row["latest"], normalized=relative
        )
    if question.type == NUMBER:
        number = row["number"]
        key = number_key(value) if number is None else f"n:{number:g}"
        return Candidate(value, NUMBER, key, cite, CLAIM_WEIGHT)
    kind = PLACE if question.type == PLACE else DESCRIPTION
    return Candidate(value, kind, text_key(value), cite, CLAIM_WEIGHT)


def event_candidates(store: Store, question: Question) -> list[Candidate]:
    types = sorted({t for rel in question.relations for t in EVENT_TYPES.get(rel, ())})
    if not types or not question.entities or question.type not in (DATE, PLACE, PERSON):
        return []
    found = []
    for row in search_store.event_mentions_with(store, subjects(question), types):
        candidate = event_candidate(row, question)
        if candidate is not None:
            candidate.sent = row["sent"]
            found.append(candidate)
    return found


def asked_is_patient(row: dict[str, Any], question: Question) -> bool:
    keys = {k.lower() for k in subjects(question)}
    return any(str(row[k] or "").lower() in keys for k in ("patient", "patient_text"))


def event_candidate(row: dict[str, Any], question: Question) -> Candidate | None:
    weight = EVENT_WEIGHT.get(row["date_source"], 0.0) if question.type == DATE else EVENT_WEIGHT["sentence"]
    if row["type"] == "attack" and not asked_is_patient(row, question):
        return None  # an attack answers "when/where/who killed X" only when X is its target
    cite = citation(row)
    if question.type == DATE and row["earliest"] and weight > 0:
        text = format_value(row["date"], row["earliest"], row["latest"]) or format_iso(row["earliest"])
        return Candidate(text, DATE, date_key(row["earliest"], row["latest"]), cite, weight,
                         row["earliest"], row["latest"])  # fmt: skip
    named = row["place_text"] if question.type == PLACE else row["agent_text"]
    if question.type in (PLACE, PERSON) and not str(named or "")[:1].isupper():
        return None  # missing, or "whoever", "they": not a name
    if question.type == PLACE and row["place_text"]:
        key = row["place"] or text_key(row["place_text"])
        return Candidate(row["place_text"], PLACE, key, cite, weight)
    if question.type == PERSON and row["agent_text"] and asked_is_patient(row, question):
        key = row["agent"] or text_key(row["agent_text"])
        return Candidate(row["agent_text"], PERSON, key, cite, weight)
    return None
