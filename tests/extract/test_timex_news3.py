"""Values and spans from the third round on the hand-labelled Timeline17 samples (issue #4): a clock
time with its deictic day or across a bracketed restatement, and the other fixes of that round. The
sentences are written for these tests in the shape of the articles the bugs were found in."""

from __future__ import annotations

from test_timex_conventions import only  # shared helper, same folder

from caseboard.extract.timex import tag_timexes


def _found(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct)}


def test_a_clock_time_joins_the_deictic_day_after_or_before_it() -> None:
    assert _found("Doors will open at 4pm tomorrow .", "2010-01-20") == {"4pm tomorrow": "2010-01-21T16:00"}
    assert _found("He left at 10 p.m. yesterday .", "2010-01-20") == {"10 p.m. yesterday": "2010-01-19T22:00"}
    assert _found("Trading closes today at 4 pm .", "2008-09-24") == {"today at 4 pm": "2008-09-24T16:00"}
    # a deictic day farther off is no day the clock is given on
    found = _found("At 4pm the board met , and tomorrow it votes .", "2010-01-20")
    assert found == {"4pm": "2010-01-20T16:00", "tomorrow": "2010-01-21"}


def test_a_clock_time_joins_its_day_across_a_bracketed_restatement_with_on() -> None:
    text = "The quake struck at 3 p.m. local time -LRB- 2000 GMT -RRB- on Thursday ."
    assert _found(text, "2010-01-16") == {
        "3 p.m. local time -LRB- 2000 GMT -RRB- on Thursday": "2010-01-14T15:00"
    }
    assert only("It struck at 3 p.m. (2000 GMT) on Thursday .", "3 p.m. (2000 GMT) on Thursday", "2010-01-16")
    # without "on", TimeBank tags the clock and the day apart ("10:35 a.m. (0735 GMT) Friday")
    found = _found("The plane landed at 10:35 a.m. (0735 GMT) Friday .", "1998-08-08")
    assert found == {"10:35 a.m.": "1998-08-08T10:35", "Friday": "1998-08-07"}


def test_a_fraction_of_a_century_or_a_year_is_the_whole_shift() -> None:
    assert (
        only("It ended a quarter of a century ago .", "a quarter of a century ago", "2000-05-01").value
        == "1975"
    )
    assert only("The plant closed half a year ago .", "half a year ago", "2000-05-01").value == "1999-11"
    assert only("It was built half a century ago .", "half a century ago", "2000-05-01").value == "1950"
    # a fraction of a count of units is no fraction of the shift
    assert _found("It began a quarter of two years ago .", "2000-05-01") == {"two years ago": "1998"}


def test_the_next_decade_and_in_the_next_year_are_spans_ahead() -> None:
    assert _found("Prices will rise over the next decade .", "2009-05-07") == {"the next decade": "P10Y"}
    assert _found("The next decade , then , seems likely to be hard .", "2009-05-07") == {
        "The next decade": "P10Y"
    }
    assert _found("A third may be infected in the next year .", "2009-05-07") == {"the next year": "P1Y"}
    assert only("It must be done within the next month .", "the next month", "2009-05-07").type == "DURATION"
    # without the article, and after "over" (TimeBank), the next year is the calendar year
    assert _found("Sales will rise next year .", "2009-05-07") == {"next year": "2010"}
    assert _found("Plants will be closed over the next year or so .", "2009-05-07") == {
        "the next year": "2010"
    }


def test_the_latest_year_for_which_figures_exist_is_no_date() -> None:
    text = "In 2007 , the latest year for which figures are available , deaths fell ."
    assert _found(text, "2009-06-12") == {"2007": "2007"}
    assert only("The latest year was bad for the firm .", "The latest year", "2009-06-12").value == "2008"


def test_a_speech_tag_closing_the_sentence_does_not_tell_its_tense() -> None:
    text = "Those funds will keep the lights on through March , Mason said ."
    assert only(text, "March", "2008-11-17").value == "2009-03"
    assert (
        only("The EU will discuss travel on Thursday , she added .", "Thursday", "2009-04-28").value
        == "2009-04-30"
    )
    # a speech verb that opens the main clause tells when it was said
    assert only("On Wednesday , BP said it would pay .", "Wednesday", "2010-06-03").value == "2010-06-02"
    assert (
        only("In February , the administration said it planned cuts .", "February", "2009-06-11").value
        == "2009-02"
    )


def test_what_someone_is_bidden_to_do_leans_ahead_of_the_bidding() -> None:
    home = "Calderon has asked Mexicans to stay at home over the weekend ."
    assert only(home, "the weekend", "2009-05-01").value == "2009-W18-WE"  # a Friday: the coming one
    debate = "He simply asked to reschedule Friday 's debate ."
    assert only(debate, "Friday", "2008-09-24").value == "2008-09-26"
    # a past verb nearer to the expression than the bidding keeps the past
    told = "PEOPLE URGED TO COME FORWARD The man arrived in Hong Kong on Thursday ."
    assert only(told, "Thursday", "2009-05-02").value == "2009-04-30"
    assert only("Police arrested him over the weekend .", "the weekend", "2009-05-01").value == "2009-W17-WE"


def test_a_holiday_or_long_weekend_is_the_weekend() -> None:
    washed = "Tar balls also washed up on Texas beaches over the holiday weekend ."
    assert only(washed, "the holiday weekend", "2010-07-03").value == "2010-W26-WE"
    shares = "Shares fell following the long weekend ."
    assert only(shares, "the long weekend", "2010-05-04").value == "2010-W17-WE"
    # another word before "weekend" is no part of it
    assert _found("They met at the rainy weekend fair .", "2010-05-04") == {}


def test_a_yearless_quarter_not_begun_by_the_dct_is_last_years_unless_ahead() -> None:
    text = "The economy grew in the first quarter following a contraction in the fourth quarter ."
    assert _found(text, "2009-06-12") == {"the first quarter": "2009-Q1", "the fourth quarter": "2008-Q4"}
    # a fiscal quarter, named apart from the calendar, keeps the dct's year
    fiscal = "Earnings for its fourth quarter ended Sept. 30 fell 50% ."
    assert only(fiscal, "fourth quarter", "1989-09-02").value == "1989-Q4"
    # a future sentence keeps the dct's year
    assert (
        only("Sales will rise in the fourth quarter .", "the fourth quarter", "2009-06-12").value == "2009-Q4"
    )
