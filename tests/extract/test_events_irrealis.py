"""Irrealis: a trigger the sentence only fears, threatens, plans or supposes is no happening."""

from __future__ import annotations

import pytest
from test_events_support import rows_for

from caseboard.extract.events import extract_events


def happenings(text):
    """(type, trigger) of every event but statements, which are kept apart anyway."""
    return [(e.type, e.trigger) for e in extract_events(rows_for(text)) if e.type != "statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pompeo held them responsible for any attacks on U.S. interests.",
        "The militia threatened future attacks on the embassy.",
        "A possible meeting between the two leaders was discussed.",
        "There was no attack on the city.",
        "The group threatened an attack on the embassy.",
        "Protesters issued calls for the arrest of the minister.",
        "Police sought the arrest of two men.",
        "The threat of an attack grew.",
        "Israel warned of an attack.",
        "Israel planned an attack on the reactor.",
        "Officials considered attacking the base.",
        "If Iran attacks the base, the United States will respond.",
        "He would meet the president and sign a deal.",
        "The militia threatened attacks and kidnappings.",
    ],
)
def test_what_is_feared_threatened_planned_or_supposed_did_not_happen(sentence):
    assert happenings(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The planned attack was carried out on Monday.", ("attack", "attack")),
        ("Rebels carried out the attack.", ("attack", "attack")),
        ("Further attacks hit the city on Tuesday.", ("attack", "attacks")),
        ("Mughniyeh planned the kidnapping of the soldiers.", ("arrest", "kidnapping")),
        ("The kidnapping was planned by Mughniyeh.", ("arrest", "kidnapping")),
        ("Iran vowed revenge for the attack.", ("attack", "attack")),
        ("The Foreign Office issued a warning about the outbreak.", ("disaster", "outbreak")),
        ("If you have been to Mexico since the outbreak, call us.", ("disaster", "outbreak")),
        ("The two parties signed a treaty.", ("agreement", "signed")),
    ],
)
def test_a_plan_carried_out_a_definite_object_and_a_presupposed_event_did_happen(sentence, expected):
    assert happenings(sentence) == [expected]


def test_an_event_noun_in_a_condition_happened_only_when_it_is_known():
    assert happenings("If an explosion happens, leave the building.") == []
    assert ("death", "deaths") in happenings("It was not clear if the deaths were linked to the slick.")
