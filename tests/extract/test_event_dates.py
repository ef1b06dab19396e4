"""Which date an event takes: after/following phrases, dates premodifying an event noun, and the
narrative time a "later" or "following X's death" sentence moves past."""

from __future__ import annotations

from test_events_support import day, rows_for, timex, year

from caseboard.extract.events import extract_events, sentence_views
from caseboard.extract.events_dates import keeps_narrative
from caseboard.extract.timex import tag_timexes


def by_trigger(text, timexes, published="2015-01-01"):
    events = extract_events(rows_for(text, timexes=timexes, published=published))
    return {e.trigger: e.date for e in events}


def bounds(date):
    return (date.earliest, date.latest, date.source)


def test_a_trigger_after_a_dated_happening_is_dated_after_it_not_on_its_day():
    text = "When the army invaded Iraq after the September 11, 2001 attacks, Anna Weber met John Carter."
    dates = by_trigger(text, [day(text, "September 11, 2001", "2001-09-11")])
    assert bounds(dates["invaded"]) == ("2001-09-11", "2001-12-31", "sentence")
    assert dates["invaded"].value == "2001"
    assert bounds(dates["attacks"]) == ("2001-09-11", "2001-09-11", "sentence")  # the noun it premodifies
    assert dates["met"].source == "publication"  # another clause's date


def test_after_a_bare_day_the_trigger_starts_the_next_day():
    text = "The army invaded the country after 11 September 2001."
    dates = by_trigger(text, [day(text, "11 September 2001", "2001-09-11")])
    assert bounds(dates["invaded"]) == ("2001-09-12", "2001-12-31", "sentence")


def test_a_date_the_trigger_is_in_stays_its_own():
    text = "The army invaded the country on 11 September 2001."
    dates = by_trigger(text, [day(text, "11 September 2001", "2001-09-11")])
    assert bounds(dates["invaded"]) == ("2001-09-11", "2001-09-11", "sentence")


def test_after_a_bare_year_the_clause_has_no_date_of_its_own():
    text = "After 2006, John Carter expanded the company. In 2008, he expanded the bank."
    rows = rows_for(text, timexes=[year(text, "2006"), year(text, "2008")], published="2015-01-01")
    facts = [bounds(e.date) for e in extract_events(rows) if e.trigger == "expanded"]
    assert facts == [("2008-01-01", "2008-12-31", "sentence")]  # only the second sentence's fact


def test_with_no_publication_date_a_later_clause_keeps_the_narrative_day():
    text = "On 5 May 2011 police arrested John Carter in Paris. He was later convicted in Madrid."
    dates = by_trigger(text, [day(text, "5 May 2011", "2011-05-05")], published=None)
    assert bounds(dates["convicted"]) == ("2011-05-05", "2011-05-05", "narrative")


def test_a_year_premodifying_an_event_noun_dates_that_noun():
    text = "Hamas planned the 1995 Kfar Darom bus attack in Gaza."
    dates = by_trigger(text, [year(text, "1995")])
    assert bounds(dates["attack"]) == ("1995-01-01", "1995-12-31", "sentence")


def test_later_moves_the_narrative_past_its_day():
    text = "On 5 May 2011 police arrested John Carter in Paris. He was later convicted in Madrid."
    dates = by_trigger(text, [day(text, "5 May 2011", "2011-05-05")], published="2012-03-01")
    assert bounds(dates["arrested"]) == ("2011-05-05", "2011-05-05", "sentence")
    assert bounds(dates["convicted"]) == ("2011-05-05", "2012-03-01", "narrative")


def test_a_following_phrase_naming_an_untimed_happening_moves_the_narrative_on():
    text = "On 5 May 2011 rebels attacked the town. Following his death, the army raided the camp."
    dates = by_trigger(text, [day(text, "5 May 2011", "2011-05-05")], published="2012-03-01")
    assert bounds(dates["raided"]) == ("2011-05-05", "2012-03-01", "narrative")


def test_a_sentence_that_does_not_move_on_keeps_the_narrative_day():
    text = "On 5 May 2011 police arrested John Carter in Paris. They raided his flat in Madrid."
    dates = by_trigger(text, [day(text, "5 May 2011", "2011-05-05")], published="2012-03-01")
    assert bounds(dates["raided"]) == ("2011-05-05", "2011-05-05", "narrative")


def keeps(text, trigger):
    """What ``keeps_narrative`` says of ``trigger``, a word of the (dateless) last sentence of ``text``."""
    views = [view for view, _ in sentence_views(rows_for(text))]
    token = next(t for t in views[-1].tokens if t.text == trigger)
    return keeps_narrative(views[-1], token)


def test_a_dateless_clause_placed_before_the_narrative_or_in_a_named_war_does_not_inherit_it():
    assert not keeps("Nasrallah revealed that he met John Carter a few weeks earlier.", "met")
    assert not keeps("Hezbollah launched a missile attack during the Second Lebanon War.", "attack")
    assert not keeps("The previous time a plane was shot down was in the First Lebanon War.", "shot")


def test_the_topic_of_a_speech_does_not_take_the_speech_time():
    text = "Heyman began the interview by discussing the American bombing that killed John Carter."
    assert not keeps(text, "bombing") and not keeps(text, "killed")
    assert keeps(text, "began")  # the speech itself is the narrative's


def test_an_ordinary_dateless_clause_inherits():
    assert keeps("The army attacked the town during the night.", "attacked")
    assert keeps("He met the president in Cairo.", "met")


def test_after_a_time_of_day_the_trigger_can_be_that_same_day():
    text = "Police arrested John Carter after 10 pm on 5 May 2011."
    t = timex(text, "10 pm on 5 May 2011", "TIME", "2011-05-05T22:00", "minute", "2011-05-05", "2011-05-05")
    dates = by_trigger(text, [t])
    assert bounds(dates["arrested"]) == ("2011-05-05", "2011-12-31", "sentence")


def test_an_appositive_age_keeps_the_birth_range_the_tagger_gave_it():
    """ "Soleimani (62) served ... beginning in 1998": 62 at publication, not in 1998 (the tagger's
    story_year decides, and the events stage keeps its birth range)."""
    text = "Qasem Soleimani (62) served as head of the Quds Force for 20 years, beginning in 1998."
    found = [t for t in tag_timexes(text, "2020-01-07") if t.type in ("AGE", "DATE")]
    births = [
        e for e in extract_events(rows_for(text, timexes=found, published="2020-01-07")) if e.type == "birth"
    ]
    assert [(e.date.earliest, e.date.latest) for e in births] == [("1957-01-08", "1958-01-07")]


def test_a_copula_naming_the_background_of_an_event_noun_lends_it_its_date():
    text = "This was the background for the downing of an Israeli plane by a Syrian missile in February 2018."
    found = [t for t in tag_timexes(text, "2018-04-07") if t.type == "DATE"]
    dates = by_trigger(text, found, published="2018-04-07")
    assert (dates["downing"].value, dates["downing"].source) == ("2018-02", "sentence")
