"""TimeML conventions of the tagger on real news sentence shapes (TimeBank-style wording).

Each test names the rule it checks: tense decides the side of the dct for a yearless date, the
quarter under discussion in earnings reports, anaphoric weekdays, event-anchored shifts, yearless
seasons, weeks named by a day, vague references, and durations.
"""

from __future__ import annotations

from caseboard.extract.timex import tag_timexes
from caseboard.extract.timex_tense import tense
from caseboard.records import Timex


def only(text: str, surface: str, dct: str) -> Timex:
    found = [t for t in tag_timexes(text, dct) if t.text == surface]
    assert len(found) == 1, (surface, [(t.text, t.value) for t in tag_timexes(text, dct)])
    return found[0]


def values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


def spans(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, dct)]


# Tense of the governing verb: future -> the next occurrence, past -> the last one.


def test_initials_and_titles_do_not_cut_the_sentence_the_tense_cue_is_in() -> None:
    text = "Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires."
    assert only(text, "Feb. 1", "1989-10-26").value == "1990-02-01"


def test_words_ending_in_ed_that_are_not_past_forms_are_no_past_cue() -> None:
    text = "He will succeed the chairman Monday, and a hundred employees need new contracts."
    assert tense(text, text.index("Monday"), text.index("Monday") + 6) == "future"
    assert only(text, "Monday", "2018-04-04").value == "2018-04-09"


def test_plain_future_takes_the_next_occurrence_even_when_the_last_one_is_nearer() -> None:
    text = "Air Force Lieutenant Colonel Eileen Collins will be named commander for a mission in December."
    assert only(text, "December", "1998-03-04").value == "1998-12"


def test_would_is_a_future_seen_from_the_past_so_a_recent_day_stays_in_the_past() -> None:
    text = (
        "The relatives said they would look for ways to get around the ruling to repatriate the child "
        "by Jan. 14"
    )
    assert only(text, "Jan. 14", "2000-01-15").value == "2000-01-14"
    assert only(text, "Jan. 14", "2000-01-07").value == "2000-01-14"


def test_the_verb_before_the_date_outweighs_a_participle_after_it() -> None:
    text = (
        "Qantas will almost double its flights by August in the search for markets untouched by the crisis."
    )
    assert only(text, "August", "1998-02-13").value == "1998-08"


def test_this_with_a_month_is_the_month_of_the_dct_year() -> None:
    text = "With the general election due this September, record figures could not have come at a worse time."
    assert only(text, "this September", "1998-02-05").value == "1998-09"


# Earnings reports: the quarter under discussion is a reported one, never a forecast one.


def test_a_forecast_quarter_does_not_become_the_quarter_under_discussion() -> None:
    text = (
        "Bethlehem Steel posted a 54% drop in third-quarter profit. Analysts think steelmakers will "
        "report losses through the third quarter of 1990. In the year-ago period, Bethlehem earned "
        "$101.4 million."
    )
    assert only(text, "the year-ago period", "1989-10-26").value == "1988-Q3"


def test_a_fiscal_quarter_told_in_the_past_is_the_quarter_under_discussion() -> None:
    text = (
        "Ralston Purina Co. reported a 47% decline in fourth-quarter earnings. Net was $41 million, "
        "compared with $84.9 million a year earlier. Sales in the latest period were $1.76 billion."
    )
    assert only(text, "a year earlier", "1989-11-02").value == "1988-Q4"
    assert only(text, "the latest period", "1989-11-02").value == "1989-Q4"


def test_a_quarter_said_to_have_ended_is_reported_whatever_its_name() -> None:
    text = (
        "Travelers estimated earnings for its fourth quarter ended Sept. 30 fell 50%. Earnings rose "
        "in the latest quarter, compared with $6.1 million a year ago."
    )
    assert only(text, "a year ago", "1989-09-02").value == "1988-Q4"


def test_the_latest_fiscal_year_is_the_last_completed_one() -> None:
    text = "Provigo had 7.38 billion Canadian dollars in sales in the latest fiscal year."
    assert only(text, "the latest fiscal year", "1989-10-26").value == "1988"


# Anaphora: counted from the day the story is at, or from an event the tagger cannot date.


def test_the_previous_weekday_counts_back_from_the_narrative_day() -> None:
    text = "The index fell 47.3 points Friday, down 4.5% from the previous Friday."
    found = only(text, "the previous Friday", "1989-10-30")
    assert (found.value, found.anchor) == ("1989-10-20", "narrative")


def test_the_day_before_a_clause_is_anchored_on_that_event_and_not_tagged() -> None:
    text = "Kopp was last seen Nov. 3, the day before authorities issued a material witness warrant."
    assert values(text, "1999-05-07") == [("Nov. 3", "1998-11-03")]


def test_the_day_after_a_noun_phrase_counts_from_the_narrative_day() -> None:
    text = "Slepian was shot on Oct. 23, 1998. Two men showed up at his house the day after his death."
    assert only(text, "the day after", "1999-04-19").value == "1998-10-24"


# Calendar shapes without a year.


def test_a_yearless_season_with_the_is_the_nearest_one() -> None:
    text = "Sun will have difficulty meeting demand for its newest computers well into the summer."
    assert only(text, "the summer", "1989-10-26").value == "1990-SU"
    text = "Order entry has increased from the low levels of the early summer."
    assert only(text, "the early summer", "1989-10-26").value == "1989-SU"


def test_the_fall_is_a_season_only_after_a_time_preposition() -> None:
    assert values("The talks will resume in the fall.", "1989-06-01") == [("the fall", "1989-FA")]
    assert values("Prices rose after the fall of the regime.", "1989-06-01") == []
    assert values("Investors watched the fall in prices.", "1989-06-01") == []


def test_the_week_of_a_day_is_that_week() -> None:
    text = "The case may be resolved in a court hearing the week of March 6, a relative said."
    assert only(text, "the week of March 6", "2000-02-24").value == "2000-W10"


def test_then_current_is_a_present_seen_from_the_past() -> None:
    text = "The rights allow holders to buy shares at 50% of the then current market price."
    assert only(text, "then current", "1989-10-26").value == "PAST_REF"


# Durations: a length of time, not a date.


def test_lengths_of_time_are_durations() -> None:
    text = "The strike marked the end of a two-year boom; he served three years and waited several weeks."
    assert spans(text, "1989-10-26") == [
        ("two-year", "DURATION", "P2Y"),
        ("three years", "DURATION", "P3Y"),
        ("several weeks", "DURATION", "PXW"),
    ]
    assert only("For the nine months ended Aug. 12, net rose.", "nine months", "1989-10-26").value == "P9M"
    assert only("Talks lasted 24 hours.", "24 hours", "1989-10-26").value == "PT24H"


def test_ages_and_shifts_are_not_read_as_durations() -> None:
    text = "Mr. Lortie, who is 52 years old, joined Provigo two years ago; a 21-year-old clerk left."
    kinds = [(t.text, t.type) for t in tag_timexes(text, "1989-10-26")]
    assert kinds == [("52 years old", "AGE"), ("two years ago", "DATE"), ("21-year-old", "AGE")]


def test_a_single_unit_is_a_length_after_a_preposition_and_a_frequency_after_an_amount() -> None:
    text = "The appeal could take as long as a month. Emigres send $1 billion a year to Cuba."
    assert spans(text, "2000-04-01") == [
        ("a month", "DURATION", "P1M"),
        ("a year", "SET", "P1Y"),
    ]


def test_frequencies_and_unknown_counts() -> None:
    text = "The government has held rallies daily; each year thousands wait, and he protested for years."
    assert spans(text, "2000-01-15") == [
        ("daily", "SET", "P1D"),
        ("each year", "SET", "P1Y"),
        ("years", "DURATION", "PXY"),
    ]


def test_decades_are_counted_in_years_and_a_title_is_no_duration() -> None:
    assert only("Unemployment is the lowest for almost two decades.", "two decades", "1998-02-06").value == (
        "P20Y"
    )
    assert values("Gonzalez said on CBS's 60 Minutes that he would go.", "2000-04-01") == []
    text = "The quake , Haiti 's worst in two centuries , struck south of the capital ."
    assert only(text, "two centuries", "2010-01-13").value == "P200Y"


def test_a_rate_after_a_counted_quantity_and_every_n_units_are_sets() -> None:
    text = "The well leaks 1,000 barrels a day , and five thousand barrels of oil a day reach the coast ."
    assert spans(text, "2010-06-05") == [("a day", "SET", "P1D"), ("a day", "SET", "P1D")]
    text = "Aftershocks hit every ten minutes ; the tanker returns every four days ."
    assert spans(text, "2010-01-14") == [
        ("every ten minutes", "SET", "PT10M"),
        ("every four days", "SET", "P4D"),
    ]
    assert spans("It reminds me of that case every single day .", "2010-12-23") == [
        ("every single day", "SET", "P1D")
    ]
    assert spans("Guards stand there 24 hours a day .", "1998-10-25") == [("24 hours", "DURATION", "PT24H")]


def test_a_compound_number_written_apart_is_one_count() -> None:
    text = "Forty nine hours into the operation , the helicopter took off ."
    assert spans(text, "2010-06-01") == [("Forty nine hours", "DURATION", "PT49H")]
    assert spans("There were forty men on the rig .", "2010-06-01") == []


def test_a_period_of_plural_units_is_an_unknown_length() -> None:
    text = "Oil could have escaped over a period of weeks ; it ended in a matter of days ."
    assert spans(text, "2010-06-12") == [
        ("a period of weeks", "DURATION", "PXW"),
        ("a matter of days", "DURATION", "PXD"),
    ]


def test_a_single_unit_is_a_length_after_a_verb_of_spending_or_up_to() -> None:
    text = "I spent a week in bed ; dispersants may be used for up to a week ."
    assert spans(text, "2009-04-30") == [("a week", "DURATION", "P1W"), ("a week", "DURATION", "P1W")]


# Holidays: days whose date may depend on the year.


def test_holidays_resolve_to_their_day_in_the_year_the_text_means() -> None:
    text = "The boy was found clinging to an inner tube in the Atlantic last Thanksgiving."
    assert only(text, "last Thanksgiving", "2000-02-10").value == "1999-11-25"
    assert only("Protests began at Easter 1998.", "Easter 1998", "2000-02-10").value == "1998-04-12"
    assert (
        only("The talks will resume on Christmas Eve.", "Christmas Eve", "2000-02-10").value == "2000-12-24"
    )


def test_a_holiday_in_a_place_name_is_no_date() -> None:
    assert values("Flights to Christmas Island and Easter Island resumed.", "2000-02-10") == []


def test_a_fiscal_year_told_by_its_end_date_is_a_duration_not_the_current_year() -> None:
    text = "Revenue was $9 million for the year ended March 31."
    assert spans(text, "2018-04-07") == [
        ("the year", "DURATION", "P1Y"),
        ("March 31", "DATE", "2018-03-31"),
    ]


# Quantities written like years: a unit of measure or an approximated count after the number.


def test_a_number_of_feet_or_metres_is_not_a_year() -> None:
    assert values("The well lies under a depth of 1000 feet of water.", "2010-06-01") == []
    assert values("She won the 1500 metres at the games.", "2010-06-01") == []


def test_an_approximated_count_of_people_is_not_a_year() -> None:
    assert values("Officials said some 2000 people were evacuated.", "2010-06-01") == []
    assert values("Nearly 1500 homes were destroyed.", "2010-06-01") == []


def test_a_year_before_a_noun_is_still_a_year() -> None:
    assert values("Turnout in the 2000 elections was low.", "2010-06-01") == [("2000", "2000")]
    assert values("Around 2000, the firm moved to Ohio.", "2010-06-01") == [("2000", "2000")]


# Lengths: a range of counts, a couple, a run of units, bare plural units.


def test_a_range_of_counts_is_a_length_of_unknown_count() -> None:
    assert spans("It takes two or three days to heal.", "2010-01-22") == [
        ("two or three days", "DURATION", "PXD")
    ]
    assert only("Jam will set within 24-48 hours.", "24-48 hours", "2017-12-06").value == "PTXH"
    text = "Symptoms appear between five and seven days after infection."
    assert only(text, "between five and seven days", "2009-05-01").value == "PXD"
    assert only("The score was 3-2 minutes into the game.", "2 minutes", "2019-11-20").value == "PT2M"


def test_a_couple_of_units_is_two() -> None:
    text = "Over the next couple of years we would not be surprised."
    assert only(text, "the next couple of years", "1989-10-26").value == "P2Y"
    assert only("It will not change for a couple of years.", "a couple of years", "1998-01-08").value == "P2Y"


def test_a_run_of_units_is_counted() -> None:
    text = "It was down for four straight years and three consecutive days."
    assert values(text, "2019-11-19") == [("four straight years", "P4Y"), ("three consecutive days", "P3D")]


def test_bare_plural_units_after_a_preposition_are_a_length_of_unknown_count() -> None:
    text = "He was named chairman after years of serving as an executive."
    assert only(text, "years", "2019-11-19").value == "PXY"
    assert only("The pool fills within minutes.", "minutes", "2019-11-19").value == "PTXM"
    assert only("The city was hit by months of protests.", "months", "2019-11-20").value == "PXM"
    assert spans("Years of war left the city in ruins.", "2019-11-20") == []
