"""Dates in noun lists and asides, and a narrative that moves past its anchor (real parses)."""

from __future__ import annotations

from test_events_support import day, rows_for, year

from caseboard.extract.events import extract_events

PUBLISHED = "2008-04-07"


def murder_date(text):
    dates = [year(text, y) for y in ("2004", "1985") if y in text]
    events = extract_events(rows_for(text, timexes=dates, published=PUBLISHED))
    deaths = [e for e in events if e.type == "death"]
    assert [e.trigger for e in deaths] == ["murder"]
    return deaths[0].date


LIST = (
    "It was a reckless move that did not take into account the national trauma of the {} invasion of "
    "the Danish consulate in Tripoli (and the murder of three diplomats), as well as the 1985 seizure of "
    "the Danish consulate in Lisbon."
)


def test_an_aside_shares_the_date_of_the_event_noun_it_follows_not_of_another_conjunct():
    date = murder_date(LIST.format("2004"))
    assert (date.value, date.source) == ("2004", "sentence")


def test_a_date_premodifying_another_conjunct_of_the_list_does_not_date_the_event_noun():
    date = murder_date(LIST.format("early"))  # the aside follows an undated invasion: no date to share
    assert (date.value, date.source, date.latest) == (None, "publication", PUBLISHED)


STORY = (
    "On 12 May 2006, John Carter met Peter Brown at the Rome airport for a difficult talk. {}"
    "Police are convinced that Carter shot him."
)


def shooting_date(text):
    t = day(text, "12 May 2006", "2006-05-12")
    events = extract_events(rows_for(text, timexes=[t], published=PUBLISHED))
    return next(e for e in events if e.trigger == "shot").date


def test_after_an_untimed_happening_the_narrative_is_past_its_anchors_day():
    date = shooting_date(STORY.format("Shortly after he left, Brown's body was found in the room. "))
    assert (date.earliest, date.latest, date.source) == ("2006-05-12", PUBLISHED, "narrative")
    assert date.value == "2006/2008"


def test_without_a_clause_moving_the_story_on_the_anchor_day_is_inherited():
    date = shooting_date(STORY.format("Brown's body was found in the room. "))
    assert (date.value, date.earliest, date.latest, date.source) == (
        "2006-05-12", "2006-05-12", "2006-05-12", "narrative",
    )  # fmt: skip
