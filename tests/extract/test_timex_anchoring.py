"""Anchoring rules of the tagger on news sentence shapes: deadlines and "since", event-anchored
shifts, the quarter under discussion in earnings reports, year ends, joined expressions ("the day
before last Tuesday", "April 24 and 25", "June last year") and holiday weeks."""

from __future__ import annotations

from test_timex_conventions import only, values  # shared helpers, same folder

from caseboard.extract.timex import tag_timexes
from caseboard.extract.timex_tense import deadline_tense

# Deadlines lie ahead; "since" looks back.


def test_a_deadline_in_a_present_perfect_sentence_is_the_next_weekday() -> None:
    text = (
        "The agency has given the relatives until 9 a.m. Tuesday to sign a paper promising to turn him over."
    )
    assert only(text, "9 a.m. Tuesday", "2000-04-03").value == "2000-04-04T09:00"


def test_postponed_until_a_weekday_is_the_next_one_despite_the_past_tense() -> None:
    text = "Immigration officials postponed until Tuesday morning any action on revoking his permission."
    assert only(text, "Tuesday morning", "2000-03-30").value == "2000-04-04"


def test_until_a_weekday_told_in_the_past_stays_in_the_past() -> None:
    text = "The talks continued until Tuesday, when the delegation flew home."
    assert only(text, "Tuesday", "2000-03-30").value == "2000-03-28"
    assert deadline_tense(text, text.index("Tuesday"), "past") == "past"


def test_since_takes_the_last_occurrence_even_when_the_next_is_nearer() -> None:
    text = "Shares have fallen 12% since November, the exchange said."
    assert only(text, "November", "1989-10-30").value == "1988-11"


def test_a_date_in_a_since_phrase_looks_back_even_in_a_future_sentence() -> None:
    text = (
        "Obama will return to the Gulf Coast Friday, his third trip to the region since the "
        "Deepwater Horizon oil rig explosion on April 20."
    )
    assert only(text, "April 20", "2010-08-04").value == "2010-04-20"
    # "since" opening a clause with a verb is no such phrase: the meeting still lies ahead
    ahead = "Since the board will meet on April 20, the vote will wait."
    assert only(ahead, "April 20", "2010-03-04").value == "2010-04-20"
    assert only("The board will meet on April 20.", "April 20", "2010-05-04").value == "2011-04-20"


# Event-anchored shifts are not dated from the dct.


def test_a_shift_counted_from_a_named_actor_event_is_not_a_date() -> None:
    text = "This move comes barely a month after Qantas suspended a number of services to Asia."
    assert all(t.type != "DATE" for t in tag_timexes(text, "1998-02-13"))


def test_a_shift_before_a_date_counts_from_that_date_and_one_before_a_clause_is_no_date() -> None:
    text = "He resigned two days after he was charged, and she left a week after March 5, 1998."
    assert values(text, "1998-04-01") == [("two days", "P2D"), ("a week after March 5, 1998", "1998-W11")]
    assert only("They met two days after Christmas.", "two days after Christmas", "1998-04-01").value == (
        "1997-12-27"
    )


# The quarter under discussion in an earnings report.


def test_a_quarter_named_as_a_comparison_does_not_become_the_quarter_under_discussion() -> None:
    text = (
        "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter, "
        "the company attributed the gain to its consumer businesses. The comparison was also enhanced by "
        "charges taken in the year-earlier period. In the 1989 period also, tax rates were lower."
    )
    found = dict(values(text, "1989-11-01"))
    assert found["the year-earlier period"] == "1988-Q3"
    assert found["the 1989 period"] == "1989-Q3"


def test_the_corresponding_period_last_year_is_last_years_quarter() -> None:
    text = (
        "The company reported a net loss for the third quarter ended Sept. 30. These results compare with "
        "net income of $1.8 million for the corresponding period last year. This quarter's loss includes "
        "charges. U.K. sales for last year's quarter were about $3 million."
    )
    found = dict(values(text, "1989-11-01"))
    assert found["the corresponding period last year"] == "1988-Q3"
    assert found["This quarter"] == "1989-Q3"
    assert found["last year's quarter"] == "1988-Q3"


def test_this_quarter_in_a_forecast_is_the_dcts_quarter() -> None:
    text = "The company reported third-quarter profit. It will open two plants this quarter."
    assert only(text, "this quarter", "1989-11-01").value == "1989-Q4"


def test_the_day_that_closes_a_quarter_keeps_the_quarter_as_the_period_compared() -> None:
    text = (
        "The mill posted net income of C$4.7 million for the third quarter ended Sept. 30. "
        "It had a net loss of C$2.3 million a year ago."
    )
    assert only(text, "a year ago", "1989-11-02").value == "1988-Q3"
    # a day that closes no quarter ("on Oct. 2") becomes the period the comparison is told from
    other = "The mill posted a third-quarter gain. It paid a dividend on Oct. 2, up from 5 cents a year ago."
    assert only(other, "a year ago", "1989-11-02").value == "1988"


def test_the_quarter_ended_a_month_is_the_calendar_quarter_closing_then() -> None:
    text = "The retailer reported a loss for the quarter ended Sept. 30, its worst in a decade."
    assert only(text, "the quarter", "1989-11-02").value == "1989-Q3"
    text = "Sales rose in the quarter ended June 30, the company said on Friday."
    assert only(text, "the quarter", "1989-11-02").value == "1989-Q2"


def test_the_quarter_ended_a_month_of_another_fiscal_quarter_has_no_known_number() -> None:
    text = (
        "The airline's profit rose 33% in the fiscal first quarter. For the quarter ended Sept. 30, "
        "it posted net income of $133 million, up from $100 million a year earlier. During the "
        "quarter, it issued new shares. In the 1988 period, it earned $90 million."
    )
    assert values(text, "1989-10-26") == [
        ("the fiscal first quarter", "1989-Q1"),
        ("the quarter", "1989-QX"),
        ("Sept. 30", "1989-09-30"),
        ("a year earlier", "1988-QX"),
        ("the quarter", "1989-Q1"),  # the fiscal quarter is still the one reported on
        ("the 1988 period", "1988-Q1"),
    ]
    # a fiscal quarter whose number matches the calendar one keeps it
    same = "Profit rose in the fiscal third quarter. Sales for the quarter ended Sept. 30 rose 5%."
    assert [v for t, v in values(same, "1989-10-26") if t == "the quarter"] == ["1989-Q3"]
    # a calendar quarter of another number is another company's: the quarter that closed then
    other = "Third-quarter profit grew 19%. Separately, Sun lost money in the quarter ended June 30."
    assert [v for t, v in values(other, "1989-10-26") if t == "the quarter"] == ["1989-Q2"]


def test_an_amount_compared_with_last_year_after_a_quarter_is_last_years_quarter() -> None:
    text = (
        "The insurer's third-quarter net rose 11%. Its benefits unit posted earnings of $24 million, "
        "compared with a loss of $3 million last year. Sales in the latest period rose 13% from last "
        "year's $1.55 billion. U.K. sales for last year's quarter were $3 million."
    )
    found = values(text, "1989-11-02")
    assert [v for t, v in found if t == "last year"] == ["1988-Q3", "1988-Q3"]
    assert ("last year's quarter", "1988-Q3") in found  # the comparison moved no anchor
    # without a quarter under discussion, or not after an amount, "last year" is the year
    assert only("Candy sales were about $154 million last year.", "last year", "1989-10-30").value == "1988"
    told = "The company reported third-quarter earnings. Its founder resigned last year."
    assert only(told, "last year", "1989-11-02").value == "1988"
    months = "In the nine months, net rose to $525 million from $504 million last year."
    assert only(months, "last year", "1989-10-30").value == "1988"


def test_the_first_two_quarters_of_a_year_are_its_first_half() -> None:
    text = "Output will stay low through at least the first two quarters of 1990, the company said."
    assert only(text, "the first two quarters of 1990", "1989-10-26").value == "1990-H1"
    assert values("Sales fell in the last two quarters.", "1989-10-26") == []


def test_year_end_after_a_preposition_is_the_last_day_of_the_year_by_tense() -> None:
    assert (
        only("It expects to complete the sale by year-end.", "year-end", "1989-11-02").value == "1989-12-31"
    )
    assert only("The change is since year-end.", "year-end", "1989-10-30").value == "1988-12-31"
    assert values("Year-end net was below the 1987 level, when year-end bonuses were cut.", "1989-10-26") == [
        ("1987", "1987")
    ]


# Joined and composed expressions.


def test_the_day_before_a_weekday_counts_from_that_weekday() -> None:
    text = "The day before last Tuesday's federal court hearing, the father wrote a letter."
    assert only(text, "The day before last Tuesday", "2000-02-24").value == "2000-02-21"
    assert only("He left the day before yesterday.", "the day before yesterday", "2000-02-24").value == (
        "2000-02-22"
    )


def test_the_day_before_a_clause_is_still_not_a_date() -> None:
    text = "He was arrested the day before authorities issued a warrant."
    assert values(text, "2000-02-24") == []


def test_a_day_listed_after_a_month_and_day_shares_the_month() -> None:
    text = "The NATO summit will be held in Washington on April 24 and 25."
    assert values(text, "1999-02-10") == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    assert values("On March 5, 12 people were killed.", "1999-04-01") == [("March 5", "1999-03-05")]
    assert values("Shares rose on March 5 and 12 percent more by May.", "1999-06-01") == [
        ("March 5", "1999-03-05"),
        ("May", "1999-05"),
    ]


def test_a_month_with_last_year_is_that_month_of_the_year_before() -> None:
    text = "But in June last year, the remaining leadership had a falling out."
    assert values(text, "1998-02-19") == [("June last year", "1997-06")]
    assert only("Elections are due in March next year.", "March next year", "1998-02-19").value == "1999-03"


def test_a_month_before_a_year_in_words_is_that_month() -> None:
    text = "One person is killed. January nineteen ninety-seven. Atlanta again."
    assert only(text, "January nineteen ninety-seven", "1998-02-27").value == "1997-01"


def test_a_holiday_week_is_the_week_that_contains_the_holiday() -> None:
    text = "Protesters prayed for divine help as Easter week began."
    assert only(text, "Easter week", "2000-04-17").value == "2000-W16"


def test_a_year_after_pre_or_post_is_a_year_even_before_a_plural_noun() -> None:
    text = "Cubans value their families, but the post-1959 politics have managed to split them."
    assert only(text, "1959", "2000-02-24").value == "1959"


def test_vague_future_idioms_are_future_references() -> None:
    text = 'It will raise the money through bank borrowings at a later date and sell "as soon as possible."'
    found = values(text, "1989-10-26")
    assert ("a later date", "FUTURE_REF") in found and ("as soon as possible", "FUTURE_REF") in found


# Narrative expressions count from the time the story is told at.


def test_the_end_of_a_state_does_not_move_the_time_the_story_is_at() -> None:
    text = (
        "In mid 2007 the president approved an operation against the commander.\n\n"
        "The country kept an embassy in the capital until early 2012.\n\n"
        "The commander survived that morning. He was assassinated that same evening."
    )
    found = only(text, "that same evening", "2018-04-07")
    assert (found.value, found.anchor) == ("2007", "narrative")
    # a shift counts from the state's end: the end is a time the story can move on from
    shift = "The ceasefire held until late 2015. About three years later, talks resumed."
    assert only(shift, "About three years later", "2016-02-20").value == "2018"
    # a yearless end ("until Tuesday") names the day the story is at, and still anchors
    assert values("The talks continued until Tuesday. The next day they left.", "2000-03-30")[1] == (
        "The next day",
        "2000-03-29",
    )


def test_later_counts_from_the_last_date_told_and_never_from_the_publication_date() -> None:
    text = "The army attacked a base on December 29, 2019. Two days later, militiamen broke into the embassy."
    later = only(text, "Two days later", "2020-01-05")
    assert (later.value, later.anchor) == ("2019-12-31", "narrative")
    alone = only("Two days later, militiamen broke into the embassy.", "Two days later", "2020-01-05")
    assert (alone.value, alone.earliest, alone.anchor) == ("XXXX-XX-XX", None, None)  # not 2020-01-07
    assert only("A year earlier, sales rose.", "A year earlier", "2020-01-05").value == "2019"


def test_a_season_moves_the_narrative_year() -> None:
    text = "She left the party in the fall of 2003, and returned a decade after that split."
    assert only(text, "a decade after that split", "2010-05-09").value == "2013"


def test_a_range_moves_the_story_to_its_end_in_both_range_forms() -> None:
    text = "He arrived in March 1979. He fought from 1980 to 1988. Two years later he was promoted."
    later = only(text, "Two years later", "2010-06-01")
    assert (later.value, later.anchor) == ("1990", "narrative")  # not 1981, from March 1979
    timeml = [t for t in tag_timexes(text, "2010-06-01", timeml_ranges=True) if t.text == "Two years later"]
    assert [t.value for t in timeml] == ["1990"]
    # a day range ends on its last day: "the next day" follows it, not its first day
    days = "The talks ran from May 5 to May 9, 1980. The next day the delegates left."
    assert only(days, "The next day", "2010-06-01").value == "1980-05-10"
    # without a range the story stays where it was
    plain = "He arrived in March 1979. He fought bravely. Two years later he was promoted."
    assert only(plain, "Two years later", "2010-06-01").value == "1981"


def test_a_bare_clock_time_is_on_the_story_day_unless_told_ahead() -> None:
    story = "The doctor was attacked on Oct. 23, 1998. He was shot to death at 10 p.m. in his kitchen."
    shot = only(story, "10 p.m.", "1999-04-19")
    assert (shot.value, shot.anchor) == ("1998-10-23T22:00", "narrative")
    # told ahead, a clock time with no day of its own is the publication day's
    ahead = "The clinic reopened on Oct. 23, 1998. At midday, the mayor will get a briefing."
    assert only(ahead, "midday", "1999-04-19").value == "1999-04-19T12:00"
    # unless the sentence itself named the day
    named = "He will return on Tuesday and address the nation at 8 p.m."
    assert only(named, "8 p.m.", "2010-06-13").value == "2010-06-15T20:00"


def test_a_live_blog_entry_is_on_the_publication_day() -> None:
    text = (
        "The rig exploded on April 20.\n\n"
        "12.20 pm : The senators are starting to get unhappy about the blame game.\n\n"
        "The crew left the rig at 1.30 pm and never returned."
    )
    assert only(text, "12.20 pm", "2010-05-11").value == "2010-05-11T12:20"
    # a list of the times of a day headed by that day is told on it
    timeline = "Sept. 11, 2001:\n8:46 a.m. - A plane hits the north tower.\n9:03 a.m. - A second plane hits."
    assert [t.value for t in tag_timexes(timeline, "2011-09-11")][1:] == [
        "2001-09-11T08:46",
        "2001-09-11T09:03",
    ]
    # a clock time inside a sentence is still told on the story's day
    assert only("The rig exploded on April 20. The crew left at 1.30 pm.", "1.30 pm", "2010-05-11").value == (
        "2010-04-20T13:30"
    )


# Provenance: a narrative reading names the expression it was counted from.


def _anchor_text(text: str, surface: str, dct: str) -> str | None:
    found = only(text, surface, dct)
    if found.anchor_start is None or found.anchor_end is None:
        return None
    return text[found.anchor_start : found.anchor_end]


def test_a_narrative_shift_names_the_span_of_the_date_it_counts_from() -> None:
    text = "The deal was signed on May 12, 2006. Two days later, the board resigned. The next day it met."
    assert only(text, "Two days later", "2007-01-01").value == "2006-05-14"
    assert _anchor_text(text, "Two days later", "2007-01-01") == "May 12, 2006"
    # the narrative day has moved on: the next one counts from "two days later"
    assert _anchor_text(text, "The next day", "2007-01-01") == "Two days later"


def test_dct_anchored_and_absolute_expressions_name_no_anchor_span() -> None:
    text = "The deal was signed on May 12, 2006. Yesterday the board said it was a mistake."
    for surface in ("Yesterday", "May 12, 2006"):
        found = only(text, surface, "2007-01-01")
        assert found.anchor != "narrative"
        assert (found.anchor_start, found.anchor_end) == (None, None)


def test_the_anchor_span_is_the_day_used_not_a_later_year_only_mention() -> None:
    text = "The army attacked on December 29, 2019. In 2019 as a whole, raids grew. Two days later, it left."
    assert only(text, "Two days later", "2020-01-05").value == "2019-12-31"
    assert _anchor_text(text, "Two days later", "2020-01-05") == "December 29, 2019"
    # a year counted from the year names the year: a new year's mention drops the day
    text = "The army attacked on December 29, 2019. In 2015 it had retreated. A year later, it returned."
    assert only(text, "A year later", "2020-01-05").value == "2016"
    assert _anchor_text(text, "A year later", "2020-01-05") == "2015"


def test_a_quarter_counted_from_the_quarter_under_discussion_names_that_quarter() -> None:
    text = "The company reported a loss for the third quarter. The year-earlier period had a profit."
    assert only(text, "The year-earlier period", "1989-11-01").value == "1988-Q3"
    assert _anchor_text(text, "The year-earlier period", "1989-11-01") == "the third quarter"


def test_a_day_counted_from_a_joined_day_names_that_day() -> None:
    text = "The day before last Tuesday's hearing, he wrote a letter."
    assert _anchor_text(text, "The day before last Tuesday", "2000-02-24") == "last Tuesday"


# A time phrase opening a sentence told in the past frames a past event.


def test_a_yearless_month_opening_a_past_sentence_is_the_last_one_even_when_the_next_is_nearer() -> None:
    text = "In February, a storm flooded the harbour and sank two ferries."
    assert only(text, "February", "2004-11-20").value == "2004-02"
    # the same month in the middle of a past sentence keeps the nearest reading: wire copy tells
    # coming days in the past ("said the hearing was set for February")
    told = "The court said the hearing was moved to February."
    assert only(told, "February", "2004-11-20").value == "2005-02"
    # a word pointing ahead in the sentence keeps it too
    ahead = "In February, the company said, the new plant could open its doors."
    assert only(ahead, "February", "2004-11-20").value == "2005-02"


def test_a_yearless_month_right_after_a_past_verb_is_the_last_one() -> None:
    text = "The new model resembles the concept car unveiled in January."
    assert only(text, "January", "2019-11-20").value == "2019-01"
    # told ahead, the same words name the coming January
    assert only("The concept car will be unveiled in January.", "January", "2019-11-20").value == "2020-01"
    # a word pointing ahead keeps the nearest reading too
    ahead = "The concept car unveiled in January could reach dealers by spring."
    assert only(ahead, "January", "2019-11-20").value == "2020-01"


def test_the_previous_year_counts_from_the_year_the_story_is_at() -> None:
    text = "Shrimp landings were valued at $442 million in 2008, up 2 percent from the previous year."
    found = only(text, "the previous year", "2010-04-29")
    assert (found.value, found.anchor) == ("2007", "narrative")
    # with no year named it is the year before the dct's, like "a year earlier"
    plain = "Sales rose 4 percent from the previous year."
    assert only(plain, "the previous year", "2019-11-20").value == "2018"
    # "the last fiscal year" still counts from the dct
    told = "In 2008 it lost money. It earned $5 million in the last fiscal year."
    assert only(told, "the last fiscal year", "2010-04-29").value == "2009"


def test_a_date_naming_the_happening_a_clause_follows_does_not_move_the_story() -> None:
    text = (
        "In mid 2007 the president approved the operation. Only after the 9/11 attacks had such "
        "killings been allowed. That morning two men stood by the car. About four years later they met."
    )
    assert only(text, "That morning", "2018-04-07").value == "2007"
    assert only(text, "About four years later", "2018-04-07").value == "2011"
    # a date that places the clause itself still moves it
    moved = (
        "In mid 2007 the plan was approved. On September 11, 2001 the towers fell. That morning was clear."
    )
    assert only(moved, "That morning", "2018-04-07").value.startswith("2001-09-11")
