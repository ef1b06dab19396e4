"""Values on shapes found in real news (issue #4): chronology lines of a wire story, a holiday in a
sentence about another year, and weekdays named right after a date (see docs/timex.md, Anchoring).
The sentences are written for these tests in the shape of the articles the bugs were found in."""

from __future__ import annotations

from test_timex_conventions import only  # shared helper, same folder

from caseboard.extract.timex import tag_timexes
from caseboard.extract.timex_tense import tense

# Chronology entries: "June 2 - ..." is a past or near date of the story, never next year's.

CHRONOLOGY = (
    "Below is a timeline of the spill .\n"
    "April 20 , 2010 - A rig explodes in the Gulf .\n"
    "April 25 - The Coast Guard approves a plan to have robots close the valve .\n"
    "June 2 - The company continues work on a new plan to capture the oil .\n"
    "June 14 - The president says he will meet the executives on June 16 .\n"
)


def test_a_chronology_entry_is_the_nearest_date_whatever_its_tense() -> None:
    dated = {t.text: t.value for t in tag_timexes(CHRONOLOGY, "2010-06-03")}
    assert dated["April 25"] == "2010-04-25"
    assert dated["June 2"] == "2010-06-02"
    assert dated["June 14"] == "2010-06-14"  # eleven days ahead is still the near one


def test_the_rest_of_an_entry_is_told_from_the_entry_day() -> None:
    june_16 = only(CHRONOLOGY, "June 16", "2010-06-28")  # "will meet" ahead of June 14, not of the dct
    assert (june_16.value, june_16.anchor) == ("2010-06-16", "narrative")
    assert CHRONOLOGY[june_16.anchor_start : june_16.anchor_end] == "June 14"


def test_a_plan_named_as_a_noun_only_leans_ahead_a_plan_as_a_verb_is_a_plain_future() -> None:
    noun = "The company continues work on a new plan to capture the oil on June 2."
    start = noun.index("June 2")
    assert tense(noun, start, start + 6) == "would"
    assert only(noun, "June 2", "2010-06-03").value == "2010-06-02"
    assert only("They plan to meet on June 2.", "June 2", "2010-06-03").value == "2011-06-02"
    # a subject between the determiner and the verb: "the company plans to" is a verb
    assert only("The company plans to merge on June 2.", "June 2", "2010-06-03").value == "2011-06-02"


def test_a_chronology_flattened_into_one_line_opens_an_entry_at_each_dated_colon() -> None:
    text = "20 April : rig explodes 28 April : spill grows 4 August : BP says the static kill worked ."
    assert only(text, "4 August", "2010-09-08").value == "2010-08-04"


def test_an_entry_is_told_until_its_sentence_ends_not_to_the_end_of_its_line() -> None:
    text = "May 10 : Boats work on the shore of Grand Isle . Investigators said Wednesday the device leaked ."
    assert only(text, "Wednesday", "2010-05-12").value == "2010-05-12"
    # inside the caption's sentence the entry's day is the reference: "last week" before May 1
    caption = "May 1 : Birds fly past booms laid against the spill from last week 's collapse ."
    assert only(caption, "last week", "2010-05-03").value == "2010-W16"


def test_a_line_that_is_no_entry_keeps_the_tense_rule() -> None:
    text = "Officials said the company will meet regulators on June 2 - a date set last month .\n"
    assert only(text, "June 2", "2010-06-03").value == "2011-06-02"


def test_an_age_in_an_entry_keeps_the_dct() -> None:
    text = "June 14 - Obama, 48, visits the coast.\n"
    age = only(text, "48", "2010-06-28")
    assert (age.value, age.anchor) == ("AGE:48", "dct")


# A holiday without a year in a sentence about another year is that year's.


def test_a_holiday_in_a_sentence_naming_a_year_is_of_that_year() -> None:
    text = "In 2003 the convoy was ambushed on Good Friday and again at Christmas."
    good_friday = only(text, "Good Friday", "2021-06-01")
    assert (good_friday.value, good_friday.anchor) == ("2003-04-18", "narrative")
    assert text[good_friday.anchor_start : good_friday.anchor_end] == "2003"
    assert only(text, "Christmas", "2021-06-01").value == "2003-12-25"
    week = only("In 2003 the offices closed in Easter week.", "Easter week", "2021-06-01")
    assert week.value == "2003-W16"


def test_a_holiday_named_without_a_year_in_its_sentence_follows_the_dct() -> None:
    later = "The war began in 2003. On Good Friday a convoy was hit."
    assert only(later, "Good Friday", "2021-06-01").value == "2021-04-02"
    future = "The 2003 law will take effect at Christmas."
    assert only(future, "Christmas", "2021-06-01").value == "2021-12-25"
    plan = "It was promised for early 2009, disappointing some who had expected it by Christmas."
    assert only(plan, "Christmas", "2008-12-05").value == "2008-12-25"  # a later year is a plan
    # a yearless month keeps the dct's rule (the same rule for months lowered every split)
    assert only("In 2003 the troops were attacked in April.", "April", "2021-06-01").value == "2021-04"


def test_a_holiday_right_after_its_year_without_a_dct_is_that_year() -> None:
    text = "Militias struck in the 2004 Fallujah ambush and 2004 Good Friday ambush."
    assert only(text, "Good Friday", "").value == "2004-04-09"


# A weekday right after a date, in its time phrase, is the one around that date.


def test_weekdays_in_the_phrase_of_a_date_are_read_around_that_date() -> None:
    text = "On February 10, on the night between Friday and Saturday, a drone was launched."
    friday, saturday = only(text, "Friday", "2018-04-07"), only(text, "Saturday", "2018-04-07")
    assert (friday.value, saturday.value) == ("2018-02-09", "2018-02-10")
    assert friday.anchor == saturday.anchor == "narrative"
    assert text[saturday.anchor_start : saturday.anchor_end] == "February 10"


def test_a_weekday_of_another_clause_or_ending_a_span_is_read_around_the_dct() -> None:
    text = "Since the rig exploded on April 20, shares have fallen, including a 13 percent fall on Tuesday."
    assert only(text, "Tuesday", "2010-06-02").value == "2010-06-01"
    said = "The device leaked before the April 20 explosion, investigators said Wednesday."
    assert only(said, "Wednesday", "2010-05-12").value == "2010-05-12"
    joined = "The cap has sealed the flow since July 15, and on Friday, the company replaced it."
    assert only(joined, "Friday", "2010-09-08").value == "2010-09-03"
    span = "It bought 254,200 shares from Sept. 14 to Thursday."
    assert only(span, "Thursday", "1989-10-30").value == "1989-10-26"


# A shift before "the <date> <event>" may not cut the date in half.


def test_a_shift_before_a_dated_event_leaves_the_date_whole() -> None:
    text = "Six weeks after the April 20 explosion , oil is still gushing into the Gulf ."
    tagged = {t.text: t.value for t in tag_timexes(text, "2010-06-03")}
    assert tagged["April 20"] == "2010-04-20"
    assert not any("after the" in span for span in tagged)  # no "Six weeks after the April"
    # counted from a word that names no date, the shift keeps its span ("two days after that")
    told = "The rig exploded on April 20. Two days after that , it sank ."
    assert only(told, "Two days after that", "2010-06-03").value == "2010-04-22"


# A yearless date written with its weekday is of the year in which that weekday matches.


def test_a_yearless_date_with_its_weekday_takes_the_year_that_weekday_fits() -> None:
    caption = "Thursday 14 January\nUp to 10,000 US troops will be in Haiti by the weekend ."
    assert only(caption, "Thursday 14 January", "2010-01-15").value == "2010-01-14"  # not 2011's
    talks = "Talks will open on Thursday, Jan. 14 ."
    assert only(talks, "Thursday, Jan. 14", "2010-01-15").value == "2010-01-14"
    # without the weekday the plain future keeps taking the next one
    assert only("Talks will open on Jan. 14 .", "Jan. 14", "2010-01-15").value == "2011-01-14"
    # a weekday that fits none of the years leaves the nearest-day rule alone
    assert only("Talks opened on Monday, Jan. 14 .", "Monday, Jan. 14", "2010-01-15").value == "2010-01-14"


# "current" the noun (a flow) is no vague present; the adjective and the predicate are.


def test_current_as_a_noun_is_no_time_expression() -> None:
    for text in (
        "The swimmer enters a powerful current and is pulled out to sea .",
        "The oil was carried east by the ocean current .",
        "An electric current runs through the fence .",
        "The boat was swept away by a strong current .",
    ):
        assert not [t for t in tag_timexes(text, "2010-06-03") if t.text == "current"], text
    assert only("The current government will fall .", "current", "2010-06-03").value == "PRESENT_REF"
    assert only("The current situation is grave .", "current", "2010-06-03").value == "PRESENT_REF"
    assert only("Its maps are current .", "current", "2010-06-03").value == "PRESENT_REF"
    assert only("It runs a strong current account surplus .", "current", "2010-06-03").value == "PRESENT_REF"
