"""Issue #4, a new user's acceptance round: one happening one entry, who took part, summaries a reader
understands, headings, what follows a dated death, reported days a sentence's event already tells."""

from __future__ import annotations

from dataclasses import replace

from test_events_support import day, rows_for, timex, year

from caseboard.compare.event_groups import group_events
from caseboard.extract.events import extract_events
from caseboard.extract.events_records import Argument, EventDate, EventMention
from caseboard.extract.events_reported import reported_mentions, unreported_days
from caseboard.extract.events_summary import summarize


def events_of(text, *timexes, published=None, doc_name="t"):
    return extract_events(rows_for(text, timexes=list(timexes), published=published, doc_name=doc_name))


def typed(events, type_):
    return [e for e in events if e.type == type_]


def test_a_gerund_after_a_possessive_is_a_noun_whose_possessor_it_befalls():
    text = "Today, Carter's killing forces the rebels to reconsider all their plans."
    (death,) = typed(events_of(text, published="2020-01-10"), "death")
    assert death.patient is not None and death.patient.text == "Carter"


def test_a_relative_clause_on_a_predicate_noun_tells_of_the_copulas_subject():
    text = "John Carter was a retired American diplomat who was assassinated by gunmen in 2019."
    (death,) = typed(events_of(text, year(text, "2019")), "death")
    assert death.patient.text == "John Carter"


def test_a_nationality_modifying_one_person_is_not_that_nationality_but_a_group_stays_its_members():
    text = "An Iranian general was killed in Baghdad on 3 January 2020. Five Iranian soldiers died in Basra."
    rows = rows_for(text, timexes=[day(text, "3 January 2020", "2020-01-03")])
    rows.entity_of = {m.id: "nationality" for m in rows.mentions if m.text == "Iranian"}
    general, soldiers = sorted(typed(extract_events(rows), "death"), key=lambda e: e.start)
    assert (general.patient.text, general.patient.entity) == ("Iranian general", None)
    assert (soldiers.patient.text, soldiers.patient.entity) == ("Five Iranian soldiers", "nationality")


def test_the_gerund_of_an_after_phrase_takes_the_subject_of_the_verb_it_modifies():
    text = "General Carter, who arrived in Kabul after meeting President Lopez in Herat, was killed."
    (meeting,) = typed(events_of(text, published="2020-01-10"), "meeting")
    assert meeting.agent.text == "Carter"
    assert meeting.patient.text == "Lopez"


def test_a_dated_facts_summary_is_its_clause_in_the_sentences_own_words_and_voice():
    cases = {
        "In the fall of 1980, Carter was sent to the southern front.": "Carter was sent to southern front",
        "His car was blown up in 2002.": "His car was blown up",
        "The interview took place in 2020.": "interview took place",
        "Merkava tanks were destroyed in 2009.": "Merkava tanks were destroyed",
    }
    for text, expected in cases.items():
        phrase = next(y for y in ("the fall of 1980", "2002", "2020", "2009") if y in text)
        found = timex(
            text, phrase, "DATE", phrase[-4:], "year", f"{phrase[-4:]}-01-01", f"{phrase[-4:]}-12-31"
        )
        (group,) = group_events(typed(events_of(text, found), "other"))
        assert group.summary == expected, text


def test_a_patient_is_with_only_a_meetings_other_party():
    mention = EventMention(
        "m", "d", 0, 0, 10, "Olmert ordered the Mossad to act.", "decision", "ordered", 7, 14,
        None, None, None, EventDate(None, None, None, "unknown", "publication"),
    )  # fmt: skip
    parts = [("agent", Argument("Olmert")), ("patient", Argument("Mossad"))]
    assert summarize("decision", parts, None, [mention]) == "Olmert: decision (ordered Mossad)"
    mention.type, mention.trigger = "meeting", "met"
    assert summarize("meeting", parts, None, [mention]) == "Olmert: meeting with Mossad (met)"
    # a dated fact without a clause gist keeps its patient after its verb
    mention.type, mention.trigger, mention.gist = "other", "joined", None
    assert summarize("other", parts, None, [mention]) == "Olmert: joined Mossad"


def test_a_section_heading_is_no_evidence_of_a_happening():
    text = "Death at a Problematic Time\n\nThe death of General Carter came at a bad time for the regime."
    events = events_of(text, published="2020-01-10")
    heading_end = text.index("\n")
    assert [e.trigger for e in events if e.trigger_start < heading_end] == []
    assert [e.trigger for e in typed(events, "death")] == ["death"]


def test_what_follows_a_death_the_document_dates_starts_no_earlier_than_that_day():
    text = (
        "The rebels met in Herat in 2019. Following Carter's death, the army attacked Herat. "
        "Carter was killed in Kabul on 3 January 2020."
    )
    found = [year(text, "2019"), day(text, "3 January 2020", "2020-01-03")]
    (attack,) = typed(events_of(text, *found, published="2020-02-10"), "attack")
    assert (attack.date.earliest, attack.date.latest) == ("2020-01-03", "2020-02-10")


def test_a_day_inside_the_coarser_date_of_its_sentences_own_event_is_no_second_entry():
    text = "Insurgents used bombs against Spanish troops in the 2004 Najaf ambush and 2004 Good Friday raid."
    first, second = year(text, "2004"), text.rindex("2004")
    found = [first, replace(first, start=second, end=second + 4), day(text, "Good Friday", "2004-04-09")]
    rows = rows_for(text, timexes=found, published="2018-04-07")
    events = extract_events(rows)
    assert "2004" in [e.date.value for e in typed(events, "attack")]
    assert unreported_days(reported_mentions(rows), events) == []
    other = "Good Friday was quiet in Najaf."  # no happening of its own: the day stays
    rows = rows_for(other, timexes=[day(other, "Good Friday", "2004-04-09")], published="2018-04-07")
    assert [m.date.value for m in unreported_days(reported_mentions(rows), extract_events(rows))] == [
        "2004-04-09"
    ]
