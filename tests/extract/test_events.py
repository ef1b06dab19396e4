"""Event mentions from small parsed sentences: types, roles, places, dates, ages."""

from __future__ import annotations

import pytest
from test_events_support import day, rows_for, timex

from caseboard.extract.events import extract_events
from caseboard.extract.events_stage import date_by_age


def events_of(text, **kwargs):
    return extract_events(rows_for(text, **kwargs))


def only(events, type_):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        ("The rebels assassinated the governor.", "death", "assassinated"),
        ("The old general died in hospital.", "death", "died"),
        ("Police arrested two men in Paris.", "arrest", "arrested"),
        ("Gunmen kidnapped an engineer.", "arrest", "kidnapped"),
        ("The president appointed a new defence minister.", "appointment", "appointed"),
        ("The foreign minister visited Cairo.", "meeting", "visited"),
        ("The two parties signed a treaty.", "agreement", "signed"),
        ("The group was founded by three students.", "founding", "founded"),
        ("Warplanes bombed the bridge.", "attack", "bombed"),
        ("The spokesman said the talks had failed.", "statement", "said"),
        ("Maria Lopez was born in Madrid.", "birth", "born"),
        ("The chief executive resigned.", "resignation", "resigned"),
        ("The army besieged the city for a month.", "attack", "besieged"),
        ("The retaking of the town took a week.", "attack", "retaking"),
        ("Government troops recaptured the airport.", "attack", "recaptured"),
    ],
)
def test_each_type_is_found_by_its_trigger(sentence, type_, trigger):
    event = only(events_of(sentence), type_)
    assert event.trigger == trigger
    assert event.quote == sentence
    assert sentence[event.trigger_start : event.trigger_end] == trigger


def test_active_voice_gives_agent_patient_and_place():
    event = only(events_of("The FBI arrested John Carter in Paris."), "arrest")
    assert event.agent.text == "FBI"
    assert event.patient.text == "John Carter"
    assert event.place.text == "Paris"


def test_common_nouns_and_unresolved_pronouns_are_not_participants():
    event = only(events_of("Police arrested two men in Paris."), "arrest")
    assert event.agent is None and event.patient is None
    assert event.place.text == "Paris"


def test_he_and_his_stand_for_the_person_named_before():
    text = (
        "John Carter rose quickly. In 1998, he was appointed commander of the army. "
        "His appointment surprised Paris."
    )
    kinds = [e for e in events_of(text) if e.type == "appointment"]
    assert kinds and all(e.patient is not None and e.patient.text == "John Carter" for e in kinds)


def test_a_date_of_another_clause_does_not_date_the_event():
    text = "When the army invaded the country after the 2001 attacks, John Carter met Anna Weber in Paris."
    t = timex(text, "2001", "DATE", "2001", "year", "2001-01-01", "2001-12-31")
    meeting = only(events_of(text, timexes=[t]), "meeting")
    assert meeting.date.source == "publication"


def test_an_infinitive_is_not_a_happening():
    assert not [
        e for e in events_of("John Carter approved an operation to kill Anna Weber.") if e.type == "death"
    ]


def test_passive_voice_puts_the_by_phrase_in_agent_and_the_subject_in_patient():
    text = "John Carter was killed by the rebels in Kabul on 3 January 2020."
    t = timex(text, "3 January 2020", "DATE", "2020-01-03", "day", "2020-01-03", "2020-01-03")
    event = only(events_of(text, timexes=[t]), "death")
    assert event.patient.text == "John Carter"
    assert event.agent is None  # "the rebels": a common noun, not a named participant
    assert event.place.text == "Kabul"
    assert (event.date.value, event.date.source) == ("2020-01-03", "sentence")


def test_negated_and_hypothetical_events_are_not_reported():
    assert events_of("The army did not attack the town.") == []
    assert events_of("The army could attack the town.") == []
    assert [e for e in events_of("The rebels threatened to kill the hostages.") if e.type == "death"] == []


def test_a_sentence_without_a_date_inherits_the_paragraph_date_but_not_across_paragraphs():
    text = (
        "On 5 May 2011 the minister visited Cairo. He met the president there.\nThe army attacked the town."
    )
    t = timex(text, "5 May 2011", "DATE", "2011-05-05", "day", "2011-05-05", "2011-05-05")
    events = events_of(text, timexes=[t], published="2011-05-09")
    met = next(e for e in events if e.trigger == "met")
    assert (met.date.value, met.date.source) == ("2011-05-05", "narrative")
    attacked = only(events, "attack")
    assert attacked.date.source == "publication"
    assert attacked.date.latest == "2011-05-09" and attacked.date.earliest is None


def test_the_pronoun_participant_is_the_person_named_before():
    text = "Anna Berg arrived in Rome. She met the mayor."
    met = only(events_of(text), "meeting")
    assert met.agent.text == "Anna Berg"


def test_an_age_next_to_a_name_gives_a_birth_range_from_the_publication_date():
    text = "Peter Novak, 58, said the plan had failed."
    t = timex(text, "58", "AGE", "AGE:58", "age")
    birth = only(events_of(text, timexes=[t], published="2015-06-01"), "birth")
    assert birth.patient.text == "Peter Novak"
    assert (birth.date.earliest, birth.date.latest, birth.date.source) == ("1956-06-02", "1957-06-01", "age")
    assert birth.date.value == "1956/1957"


def test_at_the_age_of_dates_the_clause_once_the_birth_is_known():
    born = "Peter Novak was born on 11 March 1957 in Brno."
    t_born = timex(born, "11 March 1957", "DATE", "1957-03-11", "day", "1957-03-11", "1957-03-11")
    joined = "At the age of 18, Peter Novak joined the army."
    t_age = timex(joined, "the age of 18", "AGE", "AGE:18", "age")
    events = events_of(born, timexes=[t_born], doc_name="a") + events_of(
        joined, timexes=[t_age], doc_name="b"
    )
    pending = next(e for e in events if e.age == 18)
    assert pending.age_holder.text == "Peter Novak"
    date_by_age(events)
    assert (pending.date.earliest, pending.date.latest, pending.date.source) == (
        "1975-03-11",
        "1976-03-10",
        "age",
    )


def test_a_dated_clause_without_a_known_trigger_is_a_dated_fact():
    text = "Oil began gushing into the Gulf of Mexico on 20 April 2010."
    fact = only(events_of(text, timexes=[day(text, "20 April 2010", "2010-04-20")]), "other")
    assert fact.trigger == "gushing"  # the verb the date is attached to
    assert (fact.date.value, fact.date.source) == ("2010-04-20", "sentence")
    assert text[fact.trigger_start : fact.trigger_end] == "gushing"


def test_a_fact_names_its_subject_and_needs_no_participant():
    text = "In 1999 Robert Dudley joined BP."
    t = timex(text, "1999", "DATE", "1999", "year", "1999-01-01", "1999-12-31")
    fact = only(events_of(text, timexes=[t]), "other")
    assert fact.trigger == "joined" and fact.agent.text == "Robert Dudley"
    nameless = "Shares closed up 3 percent on 19 September 2008."
    assert only(events_of(nameless, timexes=[day(nameless, "19 September 2008", "2008-09-19")]), "other")


def test_no_fact_where_a_trigger_has_the_date_or_the_clause_did_not_happen():
    said = "The minister said on 5 May 2011 that the talks had failed."
    said_events = events_of(said, timexes=[day(said, "5 May 2011", "2011-05-05")])
    assert [e.type for e in said_events] == ["statement"]
    killed = "John Carter was killed in Kabul on 3 January 2020."
    killed_events = events_of(killed, timexes=[day(killed, "3 January 2020", "2020-01-03")])
    assert [e.type for e in killed_events] == ["death"]
    denied = "The company did not reopen the plant on 2 June 2010."
    assert events_of(denied, timexes=[day(denied, "2 June 2010", "2010-06-02")]) == []


def test_a_date_after_the_publication_is_a_plan_not_a_fact():
    text = "The committee holds a hearing on 9 June 2010."
    t = day(text, "9 June 2010", "2010-06-09")
    assert not [e for e in events_of(text, timexes=[t], published="2010-06-01") if e.type == "other"]
    assert only(events_of(text, timexes=[t], published="2010-06-10"), "other").trigger == "holds"


def test_now_dates_its_clause_to_the_publication_day_but_the_adjective_current_does_not():
    text = "The well is now spewing less oil."
    now = timex(text, "now", "DATE", "PRESENT_REF", "unknown", "2010-06-01", "2010-06-01")
    fact = only(events_of(text, timexes=[now], published="2010-06-01"), "other")
    assert (fact.trigger, fact.date.value, fact.date.granularity) == ("spewing", "2010-06-01", "day")
    leak = "The well is now leaking less oil."
    now = timex(leak, "now", "DATE", "PRESENT_REF", "unknown", "2010-06-01", "2010-06-01")
    assert only(events_of(leak, timexes=[now], published="2010-06-01"), "disaster").date.value == "2010-06-01"
    adjective = "The current account deficit grew."
    cur = timex(adjective, "current", "DATE", "PRESENT_REF", "unknown", "2010-06-01", "2010-06-01")
    assert events_of(adjective, timexes=[cur], published="2010-06-01") == []


def test_conjoined_verbs_without_their_own_subject_share_the_date_and_the_object():
    text = "After the army invaded and occupied Iraq in April 2003, the rebels fled."
    t = timex(text, "April 2003", "DATE", "2003-04", "month", "2003-04-01", "2003-04-30")
    attack = only(events_of(text, timexes=[t]), "attack")
    assert (attack.trigger, attack.date.value, attack.patient.text) == ("invaded", "2003-04", "Iraq")
    apart = "John Carter was killed in 2001 and his son died in 2005."
    t1 = timex(apart, "2001", "DATE", "2001", "year", "2001-01-01", "2001-12-31")
    t2 = timex(apart, "2005", "DATE", "2005", "year", "2005-01-01", "2005-12-31")
    dates = {e.trigger: e.date.value for e in events_of(apart, timexes=[t1, t2])}
    assert (dates["killed"], dates["died"]) == ("2001", "2005")


def test_the_visitor_is_the_subject_of_the_clause_the_visit_belongs_to():
    text = "In a visit to Beirut on 29 January 2015, Qasem Soleimani laid wreaths at the graves."
    t = day(text, "29 January 2015", "2015-01-29")
    visit = only(events_of(text, timexes=[t]), "meeting")
    assert (visit.agent.text, visit.date.value) == ("Qasem Soleimani", "2015-01-29")
    at = only(events_of("At a meeting in Moscow, Qasem Soleimani unfurled a map of Syria."), "meeting")
    assert (at.agent.text, at.place.text) == ("Qasem Soleimani", "Moscow")


def test_a_copula_blaming_someone_for_an_event_gives_its_date_to_the_event_noun():
    text = (
        "The militia, in coordination with John Carter, was responsible for the kidnapping of "
        "soldiers Anna Weber and Peter Brown in October 2000."
    )
    t = timex(text, "October 2000", "DATE", "2000-10", "month", "2000-10-01", "2000-10-31")
    kidnapping = only(events_of(text, timexes=[t]), "arrest")
    assert (kidnapping.trigger, kidnapping.date.value, kidnapping.date.source) == (
        "kidnapping",
        "2000-10",
        "sentence",
    )
    for other in ("The militia was famous for the kidnapping in October 2000.",
                  "The militia apologised for the kidnapping in October 2000."):  # fmt: skip
        t = timex(other, "October 2000", "DATE", "2000-10", "month", "2000-10-01", "2000-10-31")
        assert only(events_of(other, timexes=[t]), "arrest").date.source == "publication"


def test_breaking_into_a_named_building_is_an_attack_on_it_but_breaking_into_song_is_not():
    text = "Two days later, militiamen broke into the American Embassy compound in Baghdad."
    t = day(text, "Two days later", "2019-12-31")
    attack = only(events_of(text, timexes=[t]), "attack")
    assert (attack.trigger, attack.date.value) == ("broke", "2019-12-31")
    assert "Embassy" in attack.patient.text
    assert not [e for e in events_of("The crowd in Baghdad broke into song.") if e.type == "attack"]


def test_a_verb_conjoined_to_an_infinitive_is_no_happening_either():
    events = events_of("The president approved an operation to locate and kill John Carter.")
    assert [e.type for e in events if e.type == "death"] == []
    assert only(events_of("The army located and killed John Carter."), "death").patient.text == "John Carter"


def test_a_verb_under_a_stopping_verb_did_not_happen():
    told = "Soleimani instructed the militias to stop attacking American targets in Baghdad."
    assert [e.type for e in events_of(told) if e.type == "attack"] == []
    refrained = "The army refrained from shelling the city of Homs."
    assert [e.type for e in events_of(refrained) if e.type == "attack"] == []
    deter = "The missiles would deter Israel from attacking Iran's nuclear facilities."
    assert [e.type for e in events_of(deter) if e.type == "attack"] == []
    assert only(events_of("The army shelled the city of Homs."), "attack").trigger == "shelled"


def test_forming_or_creating_founds_only_an_organisation():
    command = "Soleimani stayed in Beirut alongside Hassan Nasrallah, forming a three-man command."
    assert [e for e in events_of(command) if e.type == "founding"] == []
    border = "Iran has succeeded in creating an actual border with Israel."
    assert [e for e in events_of(border) if e.type == "founding"] == []
    party = "He left the Labour Party in 1981, forming the Social Democratic Party."
    assert only(events_of(party), "founding").trigger == "forming"
    coalition = "The three rebel groups formed a new coalition."
    assert only(events_of(coalition), "founding").trigger == "formed"


def test_a_page_stamp_is_no_dated_fact_and_reports_no_day():
    from caseboard.extract.events_reported import reported_mentions

    text = "8 September 2010 Last updated at 12:54 GMT BP has blamed other companies for the disaster."
    rows = rows_for(text, published="2010-09-08", timexes=[day(text, "8 September 2010", "2010-09-08")])
    assert [e.trigger for e in extract_events(rows) if e.type == "other"] == []
    assert reported_mentions(rows) == []
    posted = "The video was posted on 2 June 2010."
    fact = only(events_of(posted, timexes=[day(posted, "2 June 2010", "2010-06-02")]), "other")
    assert fact.trigger == "posted"  # a story's own "posted" stays
