"""One-line summaries of event groups, from their type, participants and place."""

from __future__ import annotations

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_records import Argument, EventMention

TEMPLATES = {
    lex.BIRTH: "birth of {patient}",
    lex.DEATH: "death of {patient}",
    lex.ATTACK: "attack",
    lex.APPOINTMENT: "appointment of {patient}",
    lex.MEETING: "meeting",
    lex.ARREST: "arrest of {patient}",
    lex.FOUNDING: "founding of {patient}",
    lex.AGREEMENT: "agreement",
    lex.STATEMENT: "statement",
    lex.DISASTER: "disaster",
    lex.LEGAL: "legal action against {patient}",
    lex.RESIGNATION: "resignation",
    lex.DECISION: "decision",
    lex.OTHER: "{trigger}",
}
QUOTE_CHARS = 140  # a reported day's summary: the start of its first source sentence
# How a summary names the patient of a type without its own template: "with" only for the other
# party of a meeting or an agreement; any other patient follows its verb ("decision (ordered X)").
PATIENT_LINKS = {lex.ATTACK: "on", lex.MEETING: "with", lex.AGREEMENT: "with"}
SUBJECT_PRONOUNS = frozenset({"he", "she"})
AGENT_FIRST = frozenset({lex.STATEMENT, lex.MEETING, lex.AGREEMENT, lex.OTHER, lex.RESIGNATION, lex.DECISION})


def summarize(
    type_: str, participants: list[tuple[str, Argument]], place: Argument | None, members: list[EventMention]
) -> str:
    """E.g. "death of A (killed) by B in C"; roles left unknown are left out. A reported day has no
    type of happening to name: its first sentence says what the articles date to it."""
    if type_ == lex.REPORTED:
        return f"reported: {shorten(members[0].quote)}" if members else "reported"
    where = f" in {place.shown}" if place is not None else ""
    gist = next((m.gist for m in members if m.gist), None) if type_ == lex.OTHER else None
    if gist is not None:
        return told(gist, members[0].trigger, participants) + where
    agent = next((a.shown for r, a in participants if r == "agent"), None)
    patient = next((a.shown for r, a in participants if r == "patient"), None)
    trigger = next((m.trigger for m in members if m.type == type_), type_)  # a death's, not its attack's
    base = TEMPLATES.get(type_, type_)
    if "{patient}" in base and patient is None:
        base = type_
    text = base.format(patient=patient, trigger=trigger)
    if "{patient}" not in TEMPLATES.get(type_, "") and patient is not None:
        text += f" {PATIENT_LINKS[type_]} {patient}" if type_ in PATIENT_LINKS else ""
        trigger = trigger if type_ in PATIENT_LINKS else f"{trigger} {patient}"  # "decision (ordered Mossad)"
    text = trigger if type_ == lex.OTHER else f"{text} ({trigger})"  # a fact is its verb and patient
    if agent is not None:
        text = f"{agent}: {text}" if type_ in AGENT_FIRST else f"{text} by {agent}"
    return text + where


def told(gist: str, trigger: str, participants: list[tuple[str, Argument]]) -> str:
    """A dated fact's clause in its own words; a pronoun opening it ("he was added to the list") is
    the participant it was resolved to."""
    first, _, rest = gist.partition(" ")
    if not participants:
        return gist
    if first.casefold() in SUBJECT_PRONOUNS:
        return f"{participants[0][1].shown} {rest}".strip()  # the agent, else the (passive) patient
    if first == trigger and participants[0][0] == "agent":  # no subject in the clause: "joined battle"
        return f"{participants[0][1].shown}: {gist}"
    return gist


def shorten(quote: str) -> str:
    text = " ".join(quote.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
