"""Happenings told without a trigger verb of their own: an office taken with a copula ("became head
of"), the start of a term ("served as head of ..., beginning in 1998"), a trigger under "helped", and an
event noun carried by "the imposition of". The time expressions are placed by hand, as the tagger
gives them, so that only the events stage is under test."""

from __future__ import annotations

import pytest
from test_events_support import rows_for, year

from caseboard.extract.events import extract_events


def events_of(text, when, published="2020-01-05"):
    return extract_events(rows_for(text, timexes=[year(text, when)] if when else [], published=published))


def of_type(text, when, type_):
    return [e for e in events_of(text, when) if e.type == type_]


def test_became_head_of_an_organisation_is_an_appointment_of_the_subject():
    text = "Nasrallah has said that Soleimani was key since he became head of the Quds Force in 1998."
    (found,) = of_type(text, "1998", "appointment")
    assert (found.trigger, found.date.value, found.date.source) == ("became", "1998", "sentence")
    assert found.patient is not None and found.patient.text == "Soleimani"
    assert found.agent is None


@pytest.mark.parametrize(
    ("text", "when", "trigger"),
    [
        ("When he became chief executive in 2007, Mr Hayward told journalists his task was safety.", "2007",
         "became"),
        ("In 2004 she was made chief of the regional police.", "2004", "made"),
    ],
)  # fmt: skip
def test_a_copula_with_an_office_noun_is_an_appointment(text, when, trigger):
    assert [(e.trigger, e.date.value) for e in of_type(text, when, "appointment")] == [(trigger, when)]


def test_was_made_chief_is_no_longer_a_bare_fact():
    text = "In 2004 she was made chief of the regional police."
    assert [e.type for e in events_of(text, "2004") if e.trigger == "made"] == ["appointment"]


@pytest.mark.parametrize(
    "text",
    [
        "The firm became the leader of the market in 2001.",  # no person takes an office
        "He would have to do it if he became president in 2001.",  # a condition
        "John Smith became famous in 2001.",  # no office
    ],
)
def test_no_appointment_without_a_person_an_office_or_a_real_clause(text):
    assert of_type(text, "2001", "appointment") == []


def test_the_start_of_a_term_served_is_the_appointment():
    text = "Soleimani (62) served as head of the Quds Force for 20 years, beginning in 1998."
    (found,) = of_type(text, "1998", "appointment")
    assert (found.trigger, found.date.value) == ("beginning", "1998")
    text = "John Smith served as head of the agency for 20 years, beginning in 1998."
    (found,) = of_type(text, "1998", "appointment")
    assert found.patient is not None and found.patient.text == "John Smith"


def test_serving_in_a_year_is_a_state_not_an_appointment():
    text = "John Smith served as head of the agency in 1998."
    assert of_type(text, "1998", "appointment") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Soleimani helped establish the National Defence Forces (NDF) in 2013 which would formalize the "
         "coalition of pro-Assad groups.", "establish"),
        ("John Smith helped to found the party in 2013.", "found"),
    ],
)  # fmt: skip
def test_helped_establish_is_a_founding_the_helper_took_part_in(text, trigger):
    (found,) = of_type(text, "2013", "founding")
    assert (found.trigger, found.date.value) == (trigger, "2013")
    assert found.agent is not None and found.agent.text in text.split(" helped")[0]


@pytest.mark.parametrize(
    "text",
    [
        "The general vowed to help establish a new militia in 2013.",
        "John Smith did not help establish the party in 2013.",
    ],
)
def test_a_help_that_did_not_happen_founds_nothing(text):
    assert of_type(text, "2013", "founding") == []


def test_the_imposition_of_an_event_noun_is_that_happening_dated_by_the_imposition():
    text = "After the 2007 imposition of a siege on the town by the army, the rebels dug tunnels."
    (found,) = of_type(text, "2007", "attack")
    assert (found.trigger, found.date.value, found.date.source) == ("imposition", "2007", "sentence")


def test_the_imposition_of_a_measure_is_a_decision():
    text = "The imposition of a curfew in 2007 angered the farmers."
    assert [(e.trigger, e.date.value) for e in of_type(text, "2007", "decision")] == [("imposition", "2007")]
