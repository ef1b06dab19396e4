"""Who did what to whom: agents, patients and places of event mentions, attack words, and the
participant-less mentions a timeline leaves out (parsed with the real model)."""

from __future__ import annotations

import pytest
from test_events_support import day, rows_for, year

from caseboard.extract.events import extract_events


def events_of(text, **kwargs):
    return extract_events(rows_for(text, **kwargs))


def of_type(events, type_):
    return [e for e in events if e.type == type_]


def only(events, type_):
    found = of_type(events, type_)
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_a_city_before_an_event_noun_is_the_place_not_the_agent():
    event = only(events_of("The Madrid bombing shocked Spain."), "attack")
    assert event.place is not None and event.place.text == "Madrid"
    assert event.agent is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The 1995 Kfar Saba bus attack wounded nine soldiers.", "Kfar Saba"),  # tagged PERSON
        ("The 1994 Tel Mond bus attack wounded nine soldiers.", "Tel Mond"),
    ],
)
def test_a_place_name_the_tagger_takes_for_a_person_or_group_is_still_the_place(sentence, place):
    event = only(events_of(sentence), "attack")
    assert event.place is not None and event.place.text == place
    assert event.agent is None


def test_a_country_before_an_event_noun_is_a_party_not_the_place():
    event = only(events_of("He was killed in a US drone strike at Baghdad airport."), "death")
    assert event.place is not None and event.place.text == "Baghdad"
    strike = only(events_of("A US airstrike wounded two guards."), "attack")
    assert strike.place is None


def test_a_country_before_a_disaster_is_its_place():
    event = only(events_of("The Chile earthquake destroyed thousands of homes."), "disaster")
    assert event.place is not None and event.place.text == "Chile"


def test_a_group_before_an_event_noun_is_the_agent():
    event = only(events_of("The Hamas rocket attack wounded two guards."), "attack")
    assert event.agent is not None and event.agent.text == "Hamas"
    assert event.place is None


def test_a_hyphenated_leader_stays_inside_the_attackers_phrase():
    text = "The American embassy in Nairobi was destroyed by an Osama bin Laden-led al-Qaeda suicide bomber."
    event = only(events_of(text), "attack")
    assert event.trigger == "destroyed"
    assert event.agent is not None and event.agent.text == "Osama bin Laden-led al-Qaeda suicide bomber"
    assert event.agent.label == "ORG"  # al-Qaeda's bomber, not bin Laden
    assert event.patient is not None and "embassy" in event.patient.text
    assert event.place is not None and event.place.text == "Nairobi"


def test_a_verb_of_damage_is_an_attack_only_with_an_attacker():
    assert of_type(events_of("A missile destroyed the Hilton hotel in Kabul."), "attack")
    assert not of_type(events_of("The storm destroyed the Hilton hotel in Kabul."), "attack")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Taliban fighters ambushed a convoy near Kandahar.", "ambushed"),
        ("The ambush near Kandahar left nine soldiers dead.", "ambush"),
        ("The shelling of Aleppo lasted all night.", "shelling"),
        ("The massacre of villagers in Srebrenica shocked Europe.", "massacre"),
        ("Rocket fire from Gaza hit the town of Sderot.", "fire"),
        ("Militants assaulted the police station in Quetta.", "assaulted"),
        ("A suicide bombing in Kabul wounded twelve people.", "bombing"),
        ("A drone strike in Yemen wounded two men.", "strike"),
    ],
)
def test_common_attack_words_are_attacks(sentence, trigger):
    event = only(events_of(sentence), "attack")
    assert event.trigger == trigger


def test_a_house_fire_and_a_weapon_are_not_attacks():
    assert not of_type(events_of("A house fire in Leeds wounded two people."), "attack")
    assert not of_type(events_of("Iran supplied the militias with roadside bombs."), "attack")


def test_the_doer_of_a_launched_raid_is_its_agent():
    event = only(events_of("Hezbollah launched a raid into Israel."), "attack")
    assert event.agent is not None and event.agent.text == "Hezbollah"


def test_the_doer_of_a_participle_modifying_the_event_noun_is_its_agent():
    event = only(events_of("The lawsuit filed by the Justice Department worried investors."), "legal")
    assert event.agent is not None and event.agent.text == "the Justice Department"


def test_an_unnamed_happening_in_another_clause_stays_on_its_own():
    text = "Exxon had dismissed the idea, but the lawsuit filed on Wednesday spooked investors."
    assert [e.trigger for e in of_type(events_of(text), "legal")] == ["lawsuit"]


def test_taking_an_event_seriously_does_not_make_its_agent():
    event = only(events_of("The WHO took the outbreak seriously."), "disaster")
    assert event.agent is None


def test_the_unnamed_consequences_of_a_named_happening_join_it():
    text = "On 12 July 2006, Hezbollah launched a raid into Israel, killing three soldiers and capturing two."
    events = events_of(text, timexes=[day(text, "12 July 2006", "2006-07-12")])
    assert [(e.type, e.trigger) for e in events] == [("attack", "raid")]


def test_an_unnamed_cause_of_a_named_death_joins_it():
    events = events_of("Ten American soldiers died in a helicopter crash.")
    assert [(e.type, e.trigger) for e in events] == [("death", "died")]


def test_a_happening_before_or_after_another_stays_on_its_own():
    text = "The Americans invaded Afghanistan after the 2001 attacks."
    events = events_of(text, timexes=[year(text, "2001")])
    assert {e.trigger for e in of_type(events, "attack")} == {"invaded", "attacks"}


def test_a_dated_participle_with_no_subject_is_no_timeline_entry():
    text = "Maria Lopez lived in Madrid for ten years, beginning in 1998."
    events = events_of(text, timexes=[year(text, "1998")])
    assert "beginning" not in {e.trigger for e in events}


def test_a_dated_verb_with_its_own_subject_stays_without_a_named_participant():
    text = "The city fell in 2014."
    events = events_of(text, timexes=[year(text, "2014")])
    assert [(e.type, e.trigger) for e in events] == [("other", "fell")]


def test_a_participant_phrase_keeps_its_nested_modifiers():
    event = only(events_of("The Capitol Hill police officer arrested a protester."), "arrest")
    assert event.agent is not None and event.agent.text == "Capitol Hill police officer"


def test_a_bare_plural_in_a_present_or_infinitive_clause_is_a_kind_not_a_happening():
    assert not events_of("Assassinations are forbidden by the agency.")
    assert not of_type(events_of("The agency is forbidden to carry out assassinations."), "death")


def test_a_bare_plural_that_happened_stays():
    assert of_type(events_of("Explosions rocked the city."), "disaster")
    assert of_type(events_of("Hundreds of lawsuits have been filed."), "legal")
