"""Event types and their trigger words, by lemma (general English, no corpus-specific words)."""

from __future__ import annotations

BIRTH = "birth"
DEATH = "death"  # death or killing
ATTACK = "attack"  # attack or strike
APPOINTMENT = "appointment"
MEETING = "meeting"  # meeting or visit
ARREST = "arrest"  # arrest or kidnapping
FOUNDING = "founding"
AGREEMENT = "agreement"
STATEMENT = "statement"
OTHER = "other"  # a fact dated only through an age ("joined ... at the age of 18")

EVENT_TYPES = (BIRTH, DEATH, ATTACK, APPOINTMENT, MEETING, ARREST, FOUNDING, AGREEMENT, STATEMENT, OTHER)

# How much a type says about "what happened": statements are kept but rank low.
TYPE_WEIGHT = {STATEMENT: 0.2, OTHER: 0.5}

VERB_TRIGGERS: dict[str, str] = {
    "bear": BIRTH,
    "kill": DEATH, "assassinate": DEATH, "murder": DEATH, "eliminate": DEATH, "die": DEATH,
    "execute": DEATH, "slay": DEATH,
    "strike": ATTACK, "attack": ATTACK, "bomb": ATTACK, "shell": ATTACK, "raid": ATTACK,
    "invade": ATTACK, "target": ATTACK, "fire": ATTACK, "shoot": ATTACK,
    "appoint": APPOINTMENT, "name": APPOINTMENT, "nominate": APPOINTMENT, "replace": APPOINTMENT,
    "succeed": APPOINTMENT, "promote": APPOINTMENT, "elect": APPOINTMENT,
    "meet": MEETING, "visit": MEETING,
    "arrest": ARREST, "kidnap": ARREST, "capture": ARREST, "detain": ARREST, "abduct": ARREST,
    "imprison": ARREST,
    "found": FOUNDING, "establish": FOUNDING, "form": FOUNDING, "create": FOUNDING,
    "sign": AGREEMENT, "agree": AGREEMENT, "ratify": AGREEMENT,
    "say": STATEMENT, "announce": STATEMENT, "declare": STATEMENT, "claim": STATEMENT, "deny": STATEMENT,
    "confirm": STATEMENT, "state": STATEMENT, "warn": STATEMENT, "tell": STATEMENT,
}  # fmt: skip

NOUN_TRIGGERS: dict[str, str] = {
    "birth": BIRTH,
    "death": DEATH, "killing": DEATH, "assassination": DEATH, "murder": DEATH, "execution": DEATH,
    "elimination": DEATH,
    "strike": ATTACK, "attack": ATTACK, "bombing": ATTACK, "airstrike": ATTACK, "raid": ATTACK,
    "invasion": ATTACK, "assault": ATTACK, "offensive": ATTACK,
    "appointment": APPOINTMENT, "nomination": APPOINTMENT,
    "meeting": MEETING, "visit": MEETING, "summit": MEETING, "talks": MEETING,
    "arrest": ARREST, "kidnapping": ARREST, "capture": ARREST, "abduction": ARREST, "detention": ARREST,
    "founding": FOUNDING, "establishment": FOUNDING, "formation": FOUNDING,
    "agreement": AGREEMENT, "deal": AGREEMENT, "treaty": AGREEMENT, "accord": AGREEMENT,
    "ceasefire": AGREEMENT,
    "announcement": STATEMENT, "statement": STATEMENT,
}  # fmt: skip

# Verbs whose grammatical subject is the one the event happens to (patient), not an agent.
SUBJECT_IS_PATIENT = frozenset({"die"})

# Lemmas that only count as a trigger in a particular use.
NEEDS_PASSIVE = frozenset({"bear", "name"})  # "was born", "was named commander"
NEEDS_OBJECT = frozenset({"fire", "target", "form", "create", "state", "name"})

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "on"})
AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
