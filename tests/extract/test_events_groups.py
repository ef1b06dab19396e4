"""Grouping the mentions of one happening across documents, and only those (issue #4)."""

from __future__ import annotations

from dataclasses import replace

from test_events_support import day, rows_for, timex, year

from caseboard.compare.event_groups import group_events, same_participant
from caseboard.extract.events import extract_events
from caseboard.extract.events_records import Argument, EventDate


def mentions(text, doc_name, type_, **kwargs):
    return [e for e in extract_events(rows_for(text, doc_name=doc_name, **kwargs)) if e.type == type_]


def cross_document(groups):
    return [g for g in groups if len(g.documents) >= 2]


def test_one_shared_agent_does_not_join_two_attacks_on_different_targets():
    shot = mentions("General Qasem Soleimani shot Mustafa Badreddine in Beirut.", "a", "attack")
    raid = mentions("General Qasem Soleimani attacked the American embassy.", "b", "attack")
    assert len(shot) == len(raid) == 1
    assert cross_document(group_events([*shot, *raid])) == []


def test_the_same_patient_joins_undated_mentions_of_one_death():
    one = mentions("The death of Qasem Soleimani shocked Iran.", "a", "death")
    two = mentions("The killing of Qasem Soleimani angered Iraq.", "b", "death")
    (group,) = group_events([*one, *two])
    assert len(group.documents) == 2


def test_a_shared_agent_alone_needs_two_close_dates():
    agent_only = mentions("General Qasem Soleimani visited Moscow.", "a", "meeting")
    other = mentions("General Qasem Soleimani visited Damascus.", "b", "meeting")
    assert agent_only[0].patient is not None and agent_only[0].patient.text == "Moscow"
    undated = [replace(m, patient=None) for m in (*agent_only, *other)]
    assert cross_document(group_events(undated)) == []  # both only known to precede the publication
    summer = EventDate("2015-SU", "2015-06-01", "2015-08-31", "season", "sentence")
    dated = [replace(m, date=summer) for m in undated]
    assert len(cross_document(group_events(dated))) == 1
    wide = EventDate("2006/2018", "2006-05-12", "2018-04-07", "year", "narrative")
    day_ = EventDate("2015-07-10", "2015-07-10", "2015-07-10", "day", "sentence")
    loose = [replace(undated[0], date=wide), replace(undated[1], date=day_)]
    assert cross_document(group_events(loose)) == []  # a day never joins through a 12-year range


def test_statements_of_one_speaker_join_only_on_the_same_day():
    texts = ["BP said the well was capped.", "BP said it would pay for the clean-up."]
    said = [m for i, t in enumerate(texts) for m in mentions(t, f"d{i}", "statement")]
    assert len(said) == 2
    assert cross_document(group_events(said)) == []
    same_day = EventDate("2010-07-15", "2010-07-15", "2010-07-15", "day", "sentence")
    assert len(cross_document(group_events([replace(m, date=same_day) for m in said]))) == 1


def test_dated_facts_join_only_with_the_same_verb():
    managed = "In 2006 Qasem Soleimani managed the war plan."
    worked = "In 2006 Qasem Soleimani worked on the missile force."
    facts = [
        *mentions(managed, "a", "other", timexes=[year(managed, "2006")]),
        *mentions(worked, "b", "other", timexes=[year(worked, "2006")]),
    ]
    assert sorted(f.trigger for f in facts) == ["managed", "worked"]
    assert cross_document(group_events(facts)) == []
    again = [replace(f, trigger="managed") for f in facts]
    assert len(cross_document(group_events(again))) == 1


def test_a_disaster_without_participants_groups_by_its_stated_day():
    text = "The explosion on 20 April 2010 killed eleven workers."
    later = "The explosion on 21 April 2010 killed eleven workers."
    a = mentions(text, "a", "disaster", timexes=[day(text, "20 April 2010", "2010-04-20")])
    b = mentions(text, "b", "disaster", timexes=[day(text, "20 April 2010", "2010-04-20")])
    c = mentions(later, "c", "disaster", timexes=[day(later, "21 April 2010", "2010-04-21")])
    assert all(m.participants() == [] for m in (*a, *b, *c))
    groups = group_events([*a, *b, *c])
    assert sorted(len(g.documents) for g in groups) == [1, 2]
    undated = EventDate(None, None, "2010-05-01", "unknown", "publication")
    assert len(group_events([replace(m, date=undated) for m in (*a, *b)])) == 2  # no day: nothing ties them


def test_a_phrase_naming_an_entity_as_modifier_stands_for_its_head_noun():
    interests = Argument("U.S. interests", "e-us", "United States", "GPE")
    forces = Argument("U.S. forces", "e-us", "United States", "GPE")
    plain = Argument("the United States", "e-us", "United States", "GPE")
    assert not same_participant(interests, forces)
    assert same_participant(interests, plain) and same_participant(forces, forces)
    titled = Argument("Iranian commander Qassem Soleimani", "e-qs", "Qasem Soleimani", "PERSON")
    assert same_participant(titled, Argument("Soleimani", "e-qs", "Qasem Soleimani", "PERSON"))


def test_a_group_is_dated_the_day_one_source_names_inside_anothers_month():
    killed = "Qasem Soleimani was killed in January 2020."
    month = timex(killed, "January 2020", "DATE", "2020-01", "month", "2020-01-01", "2020-01-31")
    (coarse,) = mentions(killed, "a", "death", timexes=[month])
    precise = replace(
        coarse,
        id="other",
        doc="b",
        date=EventDate("2020-01-03", "2020-01-03", "2020-01-03", "day", "narrative"),
    )
    (group,) = group_events([coarse, precise])
    assert (group.date.value, group.date.granularity, group.date.source) == ("2020-01-03", "day", "sentence")


def test_two_different_agents_are_two_happenings_but_a_death_has_one_patient():
    us = mentions("The United States sued BP in New Orleans.", "a", "legal")
    benton = mentions("Mr Douglas Benton sued BP in New Orleans.", "b", "legal")
    assert len(us) == len(benton) == 1 and us[0].patient.text == benton[0].patient.text == "BP"
    assert cross_document(group_events([*us, *benton])) == []
    drone = mentions("An American drone killed Qasem Soleimani.", "a", "death")
    strike = mentions("Qasem Soleimani was killed by Iraqi militias.", "b", "death")
    assert len(cross_document(group_events([*drone, *strike]))) == 1


def test_a_disaster_names_what_it_befell_in_any_role():
    exploded = mentions("Eleven workers died after the Deepwater Horizon rig exploded.", "a", "disaster")
    explosion = mentions(
        "An inquiry examined the explosion on the Deepwater Horizon rig off Louisiana.", "b", "disaster"
    )
    assert exploded[0].agent is not None and explosion[0].patient is not None
    assert len(cross_document(group_events([*exploded, *explosion]))) == 1


def test_a_shared_patient_alone_joins_undated_mentions_only_of_a_death_or_birth():
    one = mentions("The lawsuit against BP was dismissed.", "a", "legal")
    two = mentions("Fishermen sued BP in Houston.", "b", "legal")
    assert len(one) == len(two) == 1 and one[0].patient.text == two[0].patient.text == "BP"
    assert cross_document(group_events([*one, *two])) == []  # BP is sued many times
    june = EventDate("2010-06-21", "2010-06-21", "2010-06-21", "day", "sentence")
    assert len(cross_document(group_events([replace(m, date=june) for m in (*one, *two)]))) == 1


def test_an_explosion_and_a_spill_of_one_rig_are_two_happenings():
    exploded = mentions("Eleven workers died after the Deepwater Horizon rig exploded.", "a", "disaster")
    spill = mentions("Oil from the Deepwater Horizon rig spilled into the Gulf of Mexico.", "b", "disaster")
    assert [m.trigger for m in (*exploded, *spill)] == ["exploded", "spilled"]
    assert cross_document(group_events([*exploded, *spill])) == []
