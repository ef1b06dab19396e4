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
AGENT_FIRST = frozenset({lex.STATEMENT, lex.MEETING, lex.AGREEMENT, lex.OTHER, lex.RESIGNATION, lex.DECISION})


def summarize(
    type_: str, participants: list[tuple[str, Argument]], place: Argument | None, members: list[EventMention]
) -> str:
    """E.g. "death of A (killed) by B in C"; roles left unknown are left out. A reported day has no
    type of happening to name: its first sentence says what the articles date to it."""
    if type_ == lex.REPORTED:
        return f"reported: {shorten(members[0].quote)}" if members else "reported"
    agent = next((a.shown for r, a in participants if r == "agent"), None)
    patient = next((a.shown for r, a in participants if r == "patient"), None)
    trigger = members[0].trigger if members else type_
    base = TEMPLATES.get(type_, type_)
    if "{patient}" in base and patient is None:
        base = type_
    text = base.format(patient=patient, trigger=trigger)
    if "{patient}" not in TEMPLATES.get(type_, "") and patient is not None:
        text += f" on {patient}" if type_ == lex.ATTACK else f" with {patient}"
    text += f" ({trigger})" if type_ != lex.OTHER else ""
    if agent is not None:
        text = f"{agent}: {text}" if type_ in AGENT_FIRST else f"{text} by {agent}"
    return text + (f" in {place.shown}" if place is not None else "")


def shorten(quote: str) -> str:
    text = " ".join(quote.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
