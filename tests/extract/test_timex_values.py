"""Values the tagger gives on news sentence shapes: tense cues of plans and past plans, asides that
govern nothing, a yearless month named again, appositions after a day, parts of day with a weekday,
listed weekday sets, the last half or quarter of a year, and year-back comparisons after a reporting
period of months (see docs/timex.md, Values and Anchoring)."""

from __future__ import annotations

from test_timex_conventions import only, values  # shared helpers, same folder

from caseboard.extract.timex import tag_timexes
from caseboard.extract.timex_tense import tense

# Tense cues.


def test_were_planning_to_points_ahead_although_were_is_a_past_form() -> None:
    text = "Protesters planned a rally on Saturday and were planning to drive around the airport on Monday."
    assert only(text, "Saturday", "2000-01-07").value == "2000-01-08"
    assert only(text, "Monday", "2000-01-07").value == "2000-01-10"


def test_a_plan_told_in_the_pluperfect_lies_before_the_telling() -> None:
    text = "The offer was extended to Nov. 16. It had been due to expire Friday."
    start = text.index("Friday")
    assert tense(text, start, start + len("Friday")) == "past"
    assert only(text, "Friday", "1989-10-30").value == "1989-10-27"
    # without the pluperfect the plan still lies ahead
    assert only("The offer is due to expire Friday.", "Friday", "1989-10-30").value == "1989-11-03"


def test_a_relative_clause_closed_before_the_date_does_not_give_it_its_tense() -> None:
    text = "The sale, which had been expected, is part of a program to pay down the loan by February."
    start = text.index("February")
    assert tense(text, start, start + len("February")) is None
    assert only(text, "February", "1989-10-30").value == "1990-02"
    # an unclosed clause still governs: "which sold the plant in February" is the past one
    assert only("The unit, which sold the plant in February.", "February", "1989-10-30").value == "1989-02"


def test_a_participle_after_is_remain_or_stay_is_a_state_not_a_past() -> None:
    text = "The primary school is also due to remain closed until Thursday after three cases there."
    start = text.index("Thursday")
    assert tense(text, start, start + len("Thursday")) == "future"
    assert only(text, "Thursday", "2009-06-23").value == "2009-06-25"
    assert only("The office is closed until Thursday.", "Thursday", "2009-06-23").value == "2009-06-25"
    # a past form is still one: "remained closed until Thursday" was over by the telling
    assert only("The school remained closed until Thursday.", "Thursday", "2009-06-26").value == (
        "2009-06-25"
    )


def test_is_due_points_ahead() -> None:
    text = "Test results are due Monday, Grantham said, but crew members are hopeful."
    assert only(text, "Monday", "2010-07-04").value == "2010-07-05"
    # "were due" is a plan told in the past
    assert only("Test results were due Monday.", "Monday", "2010-07-07").value == "2010-07-05"


def test_a_bare_due_before_its_time_points_ahead_unless_told_in_the_past() -> None:
    text = "The company's second-quarter results due on Tuesday are expected to reveal a provision."
    assert only(text, "Tuesday", "2010-07-24").value == "2010-07-27"
    landed = "The first troops landed, with several hundred more due by Friday."
    assert only(landed, "Friday", "2010-01-19").value == "2010-01-22"
    # "was due on Monday, but has now been canceled": the plan is over by the telling
    over = "The dividend payment was due on Monday, but has now been canceled."
    assert only(over, "Monday", "2010-06-18").value == "2010-06-14"
    # "due process" tells no time
    process = "They want due process on Friday."
    assert tense(process, process.index("Friday"), process.index("Friday") + 6) is None


def test_a_capitalised_word_ending_in_ed_inside_a_sentence_is_a_name_not_a_past() -> None:
    text = (
        "On Friday , ShelterBox is chartering a 747 to fly from Stansted Airport to the Dominican "
        "Republic where the boxes will be taken overland."
    )
    assert only(text, "Friday", "2010-01-25").value == "2010-01-29"
    # a past form is still one, and so is a headline's word in capitals
    told = "On Friday , ShelterBox chartered a 747 to fly from Stansted Airport."
    assert only(told, "Friday", "2010-01-25").value == "2010-01-22"
    headline = "8 - 18 MAY : THE DOME - FAILED Plans to place a dome over the leak."
    assert only(headline, "18 MAY", "2010-06-04").value == "2010-05-18"


def test_a_day_with_this_or_last_year_is_that_day_of_that_year() -> None:
    assert only("On 1 May this year a pipeline ruptured.", "1 May this year", "2010-05-30").value == (
        "2010-05-01"
    )
    text = "On April 20 of last year, the rig exploded, and Jackson died on 25 June last year."
    assert values(text, "2011-01-20") == [
        ("April 20 of last year", "2010-04-20"),
        ("25 June last year", "2010-06-25"),
    ]
    # without a day it is still the month
    assert only("Jackson died in June last year.", "June last year", "2010-02-11").value == "2009-06"


def test_a_clock_time_on_a_weekday_before_a_date_takes_the_whole_date() -> None:
    text = "The email was sent at 9:59 am on Wednesday 22 September 2010, he said."
    assert values(text, "2010-09-23") == [("9:59 am on Wednesday 22 September 2010", "2010-09-22T09:59")]
    # a weekday alone after the clock is still its day
    assert values("The blast came at 10:35 a.m. on Friday.", "2010-09-23") == [
        ("10:35 a.m. on Friday", "2010-09-17T10:35")
    ]


def test_the_year_of_an_event_and_current_on_a_debt_are_no_time() -> None:
    text = "There was a 60-70 % reduction in shrimp in the year of the spill."
    assert all(t != "the year" for t, _ in values(text, "2010-07-13"))
    assert only("Profits rose in the year, the company said.", "the year", "2010-07-13").value == "2010"
    loans = "It is the first program aimed at homeowners who are current on their loans."
    assert values(loans, "2009-02-19") == []
    assert only("The current chairman resigned.", "current", "2009-02-19").value == "PRESENT_REF"


def test_an_expression_inside_a_relative_clause_takes_the_clauses_tense() -> None:
    text = "Cameron, who took office in May, is due to discuss the spill with Obama."
    assert only(text, "May", "2010-06-11").value == "2010-05"
    text = "Ban Ki-moon, who is due to visit Haiti on Sunday, said food would arrive."
    assert only(text, "Sunday", "2010-01-16").value == "2010-01-17"


def test_a_plan_in_the_pluperfect_with_had_planned_lies_before_the_telling() -> None:
    text = "A captain who had planned to fish Louisiana waters in May now faces a bleak season."
    assert only(text, "May", "2010-06-01").value == "2010-05"
    assert only("He plans to fish Louisiana waters in May.", "May", "2010-06-01").value == "2011-05"


# A yearless month listed after another shares its year.


def test_a_month_listed_after_a_month_shares_its_year() -> None:
    text = "Spokesman Eric Althoff said Novartis should have the vaccine ready in September or October."
    assert values(text, "2009-06-12") == [("September", "2009-09"), ("October", "2009-10")]
    later = "Drilling will end before the storms arrive in December and January."
    assert values(later, "2010-05-30") == [("December", "2010-12"), ("January", "2011-01")]
    # a month after a clause boundary is read on its own
    apart = "Shares fell in December, analysts said, and will rise in January."
    assert values(apart, "2010-05-30") == [("December", "2009-12"), ("January", "2011-01")]


# A yearless month named again is the one the text last named.


def test_a_yearless_month_named_again_without_a_tense_is_the_one_last_named() -> None:
    text = (
        "The three are expected to join in April, for the anniversary. "
        "With their membership secure, they also can participate in planning for the summit in April."
    )
    found = [t for t in values(text, "1998-12-05") if t[0] == "April"]
    assert found == [("April", "1999-04"), ("April", "1999-04")]
    # alone, the same sentence leans to the past, as any untensed yearless month
    alone = "They also can participate in planning for the summit in April."
    assert only(alone, "April", "1998-12-05").value == "1998-04"
    # a month of an old story does not capture a mention of this year's
    old = "He was born in April 1950. They also can participate in planning for the summit in April."
    assert [v for s, v in values(old, "1998-12-05") if s == "April"] == ["1998-04"]


# Appositions and parts of day.


def test_the_day_before_an_event_in_apposition_to_a_date_is_that_date() -> None:
    text = "Eight trading days after Oct. 12, the day before the stock market plunge, the index had fallen."
    found = only(text, "the day before", "1989-10-30")
    assert (found.value, found.anchor) == ("1989-10-12", "narrative")
    assert text[found.anchor_start : found.anchor_end] == "Oct. 12"
    # not in apposition it is counted from the narrative day
    shifted = "Prices fell on Oct. 12. But the day before the plunge, the index had risen."
    assert only(shifted, "the day before", "1989-10-30").value == "1989-10-11"


def test_a_weekday_evening_keeps_its_part_of_day_and_a_morning_is_the_day() -> None:
    text = "A woman was killed Thursday evening when two robbers opened fire."
    found = only(text, "Thursday evening", "1998-02-13")
    assert (found.value, found.type) == ("1998-02-12TEV", "TIME")
    assert only("Police met the leaders Friday morning.", "Friday morning", "1998-08-22").value == (
        "1998-08-21"
    )


def test_this_weekday_is_the_one_of_the_dcts_week() -> None:
    # a Wednesday: "this Friday" is two days ahead, whatever the tense ("slated" is an -ed form)
    text = "Oxford is currently slated to be the site of the first presidential debate this Friday."
    assert only(text, "this Friday", "2008-09-24").value == "2008-09-26"
    assert only("Let them debate this Friday night!", "this Friday night", "2008-09-24").value == (
        "2008-09-26"
    )
    # a day of the week already over: this week's, unless the sentence speaks of the future
    assert only("The talks resumed this Monday.", "this Monday", "2008-09-24").value == "2008-09-22"
    told = "By this Monday we will be in a deep depression."
    assert only(told, "this Monday", "2008-09-24").value == "2008-09-29"
    # a bare weekday still leans to the past
    assert only("The talks resumed Friday.", "Friday", "2008-09-24").value == "2008-09-19"


# Quarters and halves.


def test_the_last_half_or_quarter_of_a_year_is_its_second_half_or_fourth_quarter() -> None:
    text = "Earnings will be lower for the last half of 1989 and in the last quarter of 1990."
    assert values(text, "1989-10-26") == [
        ("the last half of 1989", "1989-H2"),
        ("the last quarter of 1990", "1990-Q4"),
    ]
    # without a year "the last quarter" is the latest one, not a fourth quarter
    assert only("Sales fell in the last quarter.", "the last quarter", "1989-10-26").value == "1989-Q3"


# Sets.


def test_a_weekday_listed_before_a_plural_one_is_a_set_with_its_part_of_day() -> None:
    text = "Two new flights would leave Bombay on Monday and Tuesday nights from March 30."
    assert values(text, "1998-02-13")[:2] == [("Monday", "XXXX-WXX-1TNI"), ("Tuesday", "XXXX-WXX-2TNI")]
    # a plain list of days names two dates
    assert values("Monday and Tuesday were calm.", "1998-02-13") == [
        ("Monday", "1998-02-09"),
        ("Tuesday", "1998-02-10"),
    ]


def test_year_earlier_before_a_length_is_no_quarter_but_the_length_is_kept() -> None:
    text = "The company reported third-quarter profit. Net for the year-earlier nine months included a gain."
    found = values(text, "1989-10-26")
    assert ("nine months", "P9M") in found
    assert all(surface != "year-earlier" for surface, _ in found)
    # before "results" it is still last year's quarter under discussion
    text = "The company reported third-quarter profit. Year-earlier results included a charge."
    assert only(text, "Year-earlier", "1989-10-26").value == "1988-Q3"


def test_after_a_reporting_period_of_months_a_year_back_comparison_is_last_year() -> None:
    text = (
        "The company reported a third-quarter loss. In the first nine months, net was $306 million, "
        "compared with a loss of $195 million in the 1988 period. The year-ago results included a charge. "
        "Third-quarter sales fell 5% from a year ago."
    )
    found = values(text, "1989-11-02")
    assert ("the 1988 period", "1988") in found and ("year-ago", "1988") in found
    # a quarter named again is the period under discussion again
    assert found[-1] == ("a year ago", "1988-Q3")


# Vague references: the time ahead of "the short term", the present of "this moment".


def test_the_short_and_long_term_after_a_preposition_are_the_time_ahead() -> None:
    text = "The plan will calm investors in the short term, but over the long term it hurts the company."
    assert values(text, "1989-10-30") == [("the short term", "FUTURE_REF"), ("the long term", "FUTURE_REF")]
    # as adjectives they are no time
    assert values("The short-term debt and the long term debt rose.", "1989-10-30") == []


def test_at_this_moment_is_the_present_but_not_the_moment_of_an_event() -> None:
    text = "He would not travel at this crucial moment if talks had failed."
    assert only(text, "this crucial moment", "1990-08-15").value == "PRESENT_REF"
    assert values("They cheered at this moment of victory.", "1990-08-15") == []


def test_the_past_century_is_the_hundred_years_up_to_the_dct_not_the_century_before() -> None:
    text = "Analysts call it one of the great inventions of the past century."
    found = only(text, "the past century", "1989-11-01")
    assert (found.type, found.value) == ("DURATION", "P100Y")
    assert (found.earliest, found.latest) == ("1889-11-01", "1989-11-01")
    # "the last century" is the calendar century before the dct's
    assert only("It was built in the last century.", "the last century", "1989-11-01").value == "18"


def test_a_season_of_a_year_written_in_words_is_that_season() -> None:
    text = "Prices fell to the level we saw in the winter of nineteen ninety-four."
    assert values(text, "1998-02-23") == [("the winter of nineteen ninety-four", "1994-WI")]


def test_last_night_is_a_part_of_day_but_the_last_nightclub_is_no_time() -> None:
    found = tag_timexes("He was seen at the last nightclub. Last night it rained.", "2010-01-05")
    assert [(t.text, t.value) for t in found] == [("Last night", "2010-01-04TNI")]
