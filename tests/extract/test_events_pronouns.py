"""Whom he/she/his stands for in event participants: a person named before it that English makes
clear, else nobody (parsed with the real model). A timeline must not assert the death of a man who
is only mentioned near the word "his"."""

from __future__ import annotations

from test_events_support import rows_for

from caseboard.extract.events import extract_events, sentence_views
from caseboard.extract.events_participants import people_in
from caseboard.extract.events_pronouns import referents


def events_of(text):
    return extract_events(rows_for(text))


def one(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def shown(arg):
    return None if arg is None else arg.text


def chained_referents(text):
    """Each sentence's pronouns, resolved with the people of the sentences before (the context the
    events stage hands on from one sentence to the next)."""
    recent, out = [], []
    for view, _ in sentence_views(rows_for(text)):
        found = referents(view, recent)
        out.append({view.by_index[i].text: shown(arg) for i, arg in found.items()})
        recent = people_in(view, recent) or recent
    return out


CONDOLENCE = (
    "Khamenei paid a condolence call on the family of Qasem Soleimani, who was buried in Kerman. "
    "Soon after his death, Soleimani's deputy, Esmail Ghaani, was appointed by the supreme leader to "
    "replace him."
)


def test_his_in_an_opening_phrase_is_not_the_last_subject_when_the_main_clause_names_another():
    death = one(events_of(CONDOLENCE), "death")
    assert death.patient is None  # not Khamenei; nor Soleimani, named only after "his"


CANDIES = (
    "Qasem Soleimani showed an ability to bridge diplomatic, ethnic, and religious gaps. "
    "At the same time, his status and influence brought criticism from opposition groups in Syria who "
    "fought against Assad. "
    "After his death, people in various areas in Syria and Iraq passed out candies to celebrate."
)


def test_a_name_in_a_relative_clause_is_not_the_topic_a_possessive_subject_carries_on():
    death = one(events_of(CANDIES), "death")
    assert shown(death.patient) != "Assad"
    assert death.patient.text == "Qasem Soleimani"  # the topic "his status" carried on


def test_a_pronoun_stands_for_whom_the_pronoun_before_it_stood_for():
    assert chained_referents(CANDIES)[1:] == [{"his": "Qasem Soleimani"}, {"his": "Qasem Soleimani"}]


def test_a_person_named_inside_a_quotation_is_not_its_speaker():
    text = (
        "Peter Novak said the roots of the crisis lay with the former government. "
        '"It was eight years of bad policy before John Carter got there," he said.'
    )
    said = [e for e in events_of(text) if e.trigger == "said"][-1]
    assert shown(said.agent) == "Peter Novak"


def test_a_spokesman_nobody_names_is_who_he_is_not_the_person_named_before():
    text = (
        "John Carter and Anna Berg will discuss the crisis this afternoon. "
        "A company spokesman admitted there had been a lot of political pressure on the company. "
        '"No decision has been made on it," he said.'
    )
    said = [e for e in events_of(text) if e.trigger == "said"][-1]
    assert said.agent is None


def test_two_people_equally_prominent_leave_the_pronoun_open():
    text = "John Carter and Peter Brown met in Rome. He was arrested two days later."
    arrest = one(events_of(text), "arrested")
    assert arrest.patient is None


def test_an_object_pronoun_takes_the_name_of_its_own_clause_before_an_unnamed_subject():
    # A guard for the unnamed-person rule (also right before it): the official is no candidate here.
    text = (
        "About four years later, a senior intelligence official met with a foreign colleague who knows "
        "John Carter and even met him several times."
    )
    met = [e for e in events_of(text) if e.trigger == "met"][-1]
    assert shown(met.patient) == "John Carter"


def test_a_pronoun_pointing_forward_to_the_person_named_before_is_linked():
    text = (
        "Peter Novak used to send text messages to American commanders. "
        "In one such message that he sent in 2008 to General David Petraeus, Novak wrote that he "
        "managed the policy."
    )
    assert chained_referents(text)[1]["he"] == "Peter Novak"


def test_he_and_she_never_stand_for_the_same_person():
    killing = one(
        events_of("John Smith was arrested in Paris. He said she had killed his brother."), "killed"
    )
    assert killing.agent is None  # "she" is not John Smith


def test_a_word_ending_like_an_agent_noun_is_no_person():
    events = events_of("John Smith met the minister on Monday. The twist came later, when he resigned.")
    assert one(events, "resigned").agent.text == "John Smith"
