"""States, opinions and background are no dated happenings: what a date of the sentence does not date.

Every sentence here is written for the test; the time expressions are placed by hand, as the tagger
would give them, so that only the events stage is under test.
"""

from __future__ import annotations

import pytest
from test_events_support import day, rows_for, timex, year

from caseboard.extract.events import extract_events
from caseboard.extract.events_reported import reported_mentions


def events_of(text, timexes, published="2015-06-30"):
    return extract_events(rows_for(text, timexes=timexes, published=published))


def facts(text, timexes, published="2015-06-30"):
    """The dated facts (``other`` events dated by the sentence): trigger -> date value."""
    found = events_of(text, timexes, published)
    return {e.trigger: e.date.value for e in found if e.type == "other" and e.date.source == "sentence"}


def by_trigger(text, timexes, published="2015-06-30"):
    return {e.trigger: e.date for e in events_of(text, timexes, published)}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("In 2003 the company feared a loss of its market.", "feared"),
        ("In 2003 the old bridge resembled a ruin.", "resembled"),
        ("The small firm in 2003 epitomizes the whole trade.", "epitomizes"),
    ],
)
def test_a_state_or_an_opinion_verb_is_no_dated_happening(text, verb):
    assert verb not in facts(text, [year(text, "2003")])


def test_an_action_verb_with_the_same_date_is_one():
    text = "In 2003 the company sold a part of its market."
    assert facts(text, [year(text, "2003")]) == {"sold": "2003"}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The mayor is linked to a fraud at the port in 1994.", "linked"),
        ("The bank has posted the largest loss of its history for 1994.", "posted"),
    ],
)
def test_a_present_or_present_perfect_takes_no_closed_past_date(text, verb):
    assert verb not in facts(text, [year(text, "1994")])


def test_a_present_perfect_keeps_a_date_that_reaches_the_present():
    text = "The clinic has hired 200 nurses since 2009."
    assert facts(text, [year(text, "2009")]) == {"hired": "2009"}
    text = "Five of its planes have been turned away in the past week."
    week = timex(text, "in the past week", "DATE", "2015-W25", "week", "2015-06-15", "2015-06-21")
    assert facts(text, [week]) == {"turned": "2015-W25"}


def test_a_caption_in_the_present_keeps_its_own_day():
    text = "July 12: The new containment cap is lowered over the broken wellhead."
    assert facts(text, [day(text, "July 12", "2015-06-12")]) == {"lowered": "2015-06-12"}


def test_a_past_verb_keeps_a_past_date():
    text = "The mayor joined the port board in 1994."
    assert facts(text, [year(text, "1994")]) == {"joined": "1994"}


def test_today_after_a_noun_of_a_past_clause_describes_the_noun():
    text = "The assembly of the coalition, the country's strongest force today, was completed."
    assert "completed" not in facts(text, [day(text, "today", "2015-06-30")])


def test_ago_after_a_noun_dates_the_noun_not_the_clause():
    text = "The party kept the image it built over the years since the revolution 40 years ago."
    ago = timex(text, "40 years ago", "DATE", "1975", "year", "1975-01-01", "1975-12-31")
    assert "built" not in facts(text, [ago])


def test_today_of_an_occasion_still_dates_the_saying():
    text = "The minister said in an interview today that the plant reopened."
    dates = by_trigger(text, [day(text, "today", "2015-06-30")])
    assert dates["said"].value == "2015-06-30"


def october(text):
    return timex(text, "October", "DATE", "2014-10", "month", "2014-10-01", "2014-10-31")


def test_until_ends_a_state_it_dates_no_happening():
    text = "General Weber led the army until October."
    assert "led" not in facts(text, [october(text)])
    text = "The police detained Weber until October."
    assert by_trigger(text, [october(text)])["detained"].source == "publication"
    text = "The police detained Weber in October."
    assert by_trigger(text, [october(text)])["detained"].value == "2014-10"


def test_a_day_that_ends_a_stretch_is_no_reported_day_unless_negated():
    text = "The device should be in place by Saturday."
    rows = rows_for(text, timexes=[day(text, "Saturday", "2015-06-27")], published="2015-06-30")
    assert reported_mentions(rows) == []
    text = "The device did not reach the surface until Saturday."
    rows = rows_for(text, timexes=[day(text, "Saturday", "2015-06-27")], published="2015-06-30")
    assert [m.date.value for m in reported_mentions(rows)] == ["2015-06-27"]


def test_a_restrictive_relative_clause_gives_the_story_no_time():
    text = (
        "Anna Weber joined the forces that fought the rebels from 1980 to 1988. "
        "Her appointment as head of the unit surprised everyone."
    )
    span = timex(text, "from 1980 to 1988", "DATE", "1980/1988", "year", "1980-01-01", "1988-12-31")
    assert by_trigger(text, [span])["appointment"].source == "publication"


def test_a_non_restrictive_relative_clause_tells_the_story_on():
    text = (
        "The engineers copied an old drone, which crashed in the desert in 2011. "
        "The crash was widely reported."
    )
    crash = [e for e in events_of(text, [year(text, "2011")]) if e.trigger == "crash"]
    assert [(e.date.value, e.date.source) for e in crash] == [("2011", "narrative")]


def test_whoever_names_no_one_who_did_it():
    text = "On 3 May 2007 the council met. Whoever replaces the governor will face the same problems."
    found = events_of(text, [day(text, "3 May 2007", "2007-05-03")])
    assert [e.trigger for e in found if e.type == "appointment"] == []


def test_an_indefinite_event_noun_under_a_modal_did_not_happen():
    text = "The visitor joked: can you get me a meeting with the minister?"
    assert [e.trigger for e in events_of(text, []) if e.type == "meeting"] == []
    text = "The doctor said that the singer did not cause his own death."
    assert "death" in {e.trigger for e in events_of(text, [])}


def test_a_named_happening_a_clause_follows_is_older_than_the_story():
    text = (
        "On 3 May 2007 the agents met in Rome. "
        "It was only after the 9/11 attacks that the agency changed its rules."
    )
    dates = by_trigger(text, [day(text, "3 May 2007", "2007-05-03")])
    assert dates["attacks"].source == "publication"


def test_a_happening_referred_back_to_after_a_phrase_keeps_the_story_time():
    text = "The city fell to the rebels in 2014. After its capture, the rebels killed 20 soldiers."
    capture = by_trigger(text, [year(text, "2014")])["capture"]  # after the anchor's first day
    assert (capture.earliest, capture.source) == ("2014-01-01", "narrative")


def test_a_bare_plural_with_only_a_participle_is_a_kind_of_happening():
    text = "The lawyers argue that targeted killings are permitted in a war zone."
    assert [e.trigger for e in events_of(text, []) if e.type == "death"] == []
    text = "Targeted killings rose sharply in the war zone."
    assert [e.trigger for e in events_of(text, []) if e.type == "death"] == ["killings"]
