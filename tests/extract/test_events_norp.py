"""A nationality or creed (NORP) before a noun: the people it names take part ("American soldiers"),
a thing or an organisation it describes does not make it a participant ("the American Marine
barracks", "Shiite militias"). Parsed with the real model."""

from __future__ import annotations

import pytest
from test_events_support import rows_for

from caseboard.extract.events import extract_events


def participants_of(text: str) -> list[tuple[str, str, str | None]]:
    """(role, text, entity) of every agent and patient, each nationality mention linked to its own
    entity as the resolver links it."""
    rows = rows_for(text)
    rows.entity_of = {m.id: f"norp:{m.text}" for m in rows.mentions if m.label == "NORP"}
    found = []
    for event in extract_events(rows):
        for role in ("agent", "patient"):
            arg = getattr(event, role)
            if arg is not None:
                found.append((role, arg.text, arg.entity))
    return found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Hezbollah militants bombed the American Marine barracks in Beirut.", "American Marine barracks"),
        ("Rebels attacked American bases in Khobar.", "American bases"),
        ("The army attacked Shiite militias in Iraq.", "Shiite militias"),
        ("The rebels shot down American and British helicopters.", "American and British helicopters"),
        ("The envoy was assassinated by Zionist gangs in Beirut.", "Zionist gangs"),
        ("Hackers attacked Chinese companies.", "Chinese companies"),
        ("The Iranian parliament approved the deal.", "Iranian parliament"),
    ],
)
def test_a_nationality_before_a_thing_or_an_organisation_is_no_participant(sentence, phrase):
    found = participants_of(sentence)
    assert any(text == phrase for _, text, _ in found), found  # the phrase itself still takes part
    assert all(not (entity or "").startswith("norp:") for _, _, entity in found), found


@pytest.mark.parametrize(
    ("sentence", "phrase", "entity"),
    [
        ("Five American soldiers were killed in Karbala.", "Five American soldiers", "norp:American"),
        ("Gunmen killed three Iranian scientists.", "three Iranian scientists", "norp:Iranian"),
        ("Shiite militiamen attacked the embassy.", "Shiite militiamen", "norp:Shiite"),
        ("The American Marines attacked the town.", "American Marines", "norp:American"),
        ("Israeli troops raided the village.", "Israeli troops", "norp:Israeli"),
        ("The Americans attacked a base on the border.", "Americans", "norp:Americans"),
        ("Militants kidnapped an American in Baghdad.", "American", "norp:American"),
        ("Gunmen killed eleven Brazilian peacekeepers.", "eleven Brazilian peacekeepers", "norp:Brazilian"),
    ],
)
def test_the_people_a_nationality_names_stay_its_members(sentence, phrase, entity):
    assert any((text, ent) == (phrase, entity) for _, text, ent in participants_of(sentence))


def test_one_person_of_a_nationality_is_not_the_nationality():
    found = participants_of("An Iranian general was killed in Baghdad.")
    assert ("patient", "Iranian general", None) in found


def test_a_pronoun_with_its_nationality_in_apposition_is_that_people():
    found = participants_of("We Americans voted to ban the drilling.")
    assert any(entity == "norp:Americans" for role, _, entity in found if role == "agent"), found
