"""Which stretches of text are time expressions: span rules and their guards, on news sentences.

Each rule is checked with the span and value it gives, and each guard with a sentence it must
leave alone (TimeML conventions: no preposition in the span, a name or title is no time).
"""

from __future__ import annotations

from test_timex_conventions import only, spans, values  # shared helpers, same folder

from caseboard.extract.timex import tag_timexes

# A year after a capitalised determiner, or before a verb ending in -s.


def test_a_year_after_a_sentence_initial_determiner_is_a_year() -> None:
    assert only("A 1996 law named for him tightened the embargo.", "1996", "2000-01-07").value == "1996"
    text = "That 1978 resolution calls for Israel's withdrawal."
    assert only(text, "1978", "1998-03-01").value == "1978"


def test_a_number_after_a_name_is_still_part_of_the_name() -> None:
    assert spans("Unit 2000 was sent to the border.", "1998-03-01") == []
    assert spans("Windows 2000 is installed on the machines.", "2001-05-01") == []


def test_a_year_before_a_verb_ending_in_s_is_a_year() -> None:
    assert only("He said 1995 was a bad year for the firm.", "1995", "1998-03-06").value == "1995"
    text = "Analysts think 1990 has more promise for the brewers."
    assert only(text, "1990", "1989-10-26").value == "1990"


def test_a_number_before_a_plural_noun_stays_a_count() -> None:
    assert spans("The rebels have 1500 fighters in the hills.", "1998-03-06") == []


# Decades named in words.


def test_a_decade_in_words_with_the_is_a_decade() -> None:
    text = "Hate group numbers were dropping through the nineties, but this year they jumped."
    t = only(text, "the nineties", "1998-03-03")
    assert (t.value, t.earliest, t.latest) == ("199", "1990-01-01", "1999-12-31")
    late = only("Prices rose in the late sixties.", "the late sixties", "1998-03-03")
    assert (late.value, late.earliest) == ("196", "1967-01-01")


def test_a_decade_word_without_the_is_an_age() -> None:
    assert spans("A man in his fifties was arrested.", "1998-03-03") == []


# Titles: a normally lowercase time word capitalised inside a sentence.


def test_a_programme_or_newspaper_named_by_a_time_word_is_no_time() -> None:
    text = 'James Baker, speaking on ABC News\' "This Week," said the Kuwaiti request gave them time.'
    assert spans(text, "1990-08-13") == []
    assert spans("This is VOA Today.", "1998-03-31") == []
    assert spans("MSRC spokeswoman Judith Roos told USA Today.", "2010-06-26") == []
    assert spans("Oil could ride the Loop Current to Florida , the Daily Mail said .", "2010-05-17") == []


def test_a_time_word_opening_a_sentence_or_quote_is_still_a_time() -> None:
    text = "The vote was close. Today the Senate meets again."
    assert only(text, "Today", "1998-03-06").value == "1998-03-06"
    assert only('"This week was hard," he said.', "This week", "1998-03-06").value == "1998-W10"
    assert only('He said, "Now we see that edge eroded."', "Now", "1991-02-25").value == "PRESENT_REF"
    assert only("BAGHDAD, Iraq (AP) Today the council meets.", "Today", "1998-03-06").value == "1998-03-06"


# Parts of the day with "mid", "early", "late"; midday.


def test_a_modified_part_of_the_day_after_a_preposition_is_a_time() -> None:
    text = "By mid afternoon, official Serb sources were saying the fighting was over."
    assert only(text, "mid afternoon", "1998-03-06").value == "1998-03-06TAF"
    text = "In London at mid-afternoon yesterday, Ratners's shares were up 2 pence."
    assert only(text, "mid-afternoon yesterday", "1989-11-02").value == "1989-11-01TAF"


def test_midday_is_noon() -> None:
    text = "He will appear before a U.S. magistrate judge in Manhattan at midday, according to a statement."
    t = only(text, "midday", "1999-10-08")
    assert (t.type, t.value) == ("TIME", "1999-10-08T12:00")


def test_midnight_and_a_bare_night_are_not_read_as_a_modified_part_of_the_day() -> None:
    text = "Gibbs announced in a statement just after midnight."
    assert only(text, "midnight", "2010-06-04").value.endswith("T00:00")
    assert spans("Temperatures drop sharply at night.", "2010-06-04") == []
    assert spans("The morning-after pill is sold at pharmacies.", "2010-06-04") == []


# Vague counts back from the dct.


def test_a_vague_count_ago_is_a_past_reference() -> None:
    text = "The share rose from about 35 percent several years ago to about 51 percent this year."
    t = only(text, "several years ago", "1998-02-13")
    assert (t.type, t.value) == ("DATE", "PAST_REF")


def test_a_vague_count_before_an_event_is_no_date() -> None:
    found = spans("He was seen several days before the attack.", "1998-02-13")
    assert all(kind != "DATE" for _, kind, _ in found), found


# Bare month names.


def test_a_month_listed_after_another_month_is_a_date() -> None:
    text = "Mine inspections in February, March and April this year found no violations."
    assert only(text, "March", "2010-05-06").value == "2010-03"


def test_a_month_after_into_around_or_upcoming_is_a_date() -> None:
    assert only("Exams are scheduled from now into June.", "June", "2009-05-05").value == "2009-06"
    assert only("The season is expected to start around June.", "June", "2010-01-20").value == "2010-06"
    assert only("Officials said so as recently as April.", "April", "2010-06-01").value == "2010-04"
    text = "He spoke before the upcoming November elections."
    assert only(text, "November", "2010-05-06").value == "2010-11"


def test_may_the_verb_after_a_comma_stays_out() -> None:
    assert spans("Kristen, May I ask you something?", "2010-05-06") == []


# The comma between a date's parts.


def test_a_tokenised_comma_joins_the_date_and_its_year() -> None:
    text = "who lost numerous constituents in the December 21 , 1988 , bombing"
    assert only(text, "December 21 , 1988", "2010-06-01").value == "1988-12-21"
    text = "Michael Jackson died aged 50 in June , 2009 while rehearsing"
    assert only(text, "June , 2009", "2011-11-08").value == "2009-06"
    assert only("Wednesday , December 15 , 2010 ; 8:18 PM", "Wednesday , December 15 , 2010", "2010-12-15")


def test_a_comma_after_a_date_without_a_year_is_not_part_of_it() -> None:
    text = "Nine days later, on 20 January, Qais al-Khazali's men attacked."
    assert only(text, "20 January", "2007-02-01").value == "2007-01-20"


# Forms found in the Timeline17 sample (tests/fixtures/timex/news_sample.jsonl, issue #4).


def test_a_dotted_clock_time_with_a_zone_joins_the_date_after_it() -> None:
    text = "A version appeared on p33 of the Guardian on 15.58 BST on Thursday 11 June 2009 ."
    t = only(text, "15.58 BST on Thursday 11 June 2009", "2009-06-11")
    assert (t.type, t.value) == ("TIME", "2009-06-11T15:58")
    text = "Monday 11 May 2009 13.41 BST A student returned from Mexico ."
    assert only(text, "Monday 11 May 2009 13.41 BST", "2009-05-12").value == "2009-05-11T13:41"


def test_a_dotted_clock_time_with_am_or_pm_is_a_time() -> None:
    # with the deictic day after it, one TIME (round 3: a clock time joins "today / tonight ...")
    t = only("The film will be broadcast on BBC Four at 7.30 pm tonight .", "7.30 pm tonight", "2009-06-11")
    assert (t.type, t.value) == ("TIME", "2009-06-11T19:30")


def test_a_dotted_number_without_am_pm_or_zone_stays_a_number() -> None:
    assert spans("Shares in the bank closed at 15.58 on Monday , down 2.45 percent .", "2009-06-11") == [
        ("Monday", "DATE", "2009-06-08")
    ]


def test_a_year_clipped_to_two_digits_after_a_year_word_is_a_year() -> None:
    text = "I caught Asian flu in the '57 pandemic and spent a week in bed ."
    assert only(text, "'57", "2009-04-30").value == "1957"
    assert only("In '08 the bank failed and the state took it over .", "'08", "2009-04-30").value == "2008"


def test_a_quotation_mark_before_a_number_is_no_clipped_year() -> None:
    assert spans("He said '57 people died ' at the site .", "2009-04-30") == []


def test_a_vague_count_from_now_is_a_future_reference() -> None:
    text = "There is also fear that months from now , those tar balls could move west to Texas ."
    assert only(text, "months from now", "2010-07-17").value == "FUTURE_REF"
    text = "A few years from now the wells will be dry ."
    assert only(text, "A few years from now", "2010-07-17").value == "FUTURE_REF"


def test_a_bare_months_ago_or_a_count_before_from_now_is_no_vague_reference() -> None:
    text = "Control Data , which just months ago was losing money , is profitable ."
    assert spans(text, "1989-10-30") == []
    found = spans("Two and a half years from now the plant will close .", "2010-07-17")
    assert found == [("Two and a half years from now", "DATE", "2013-01")]  # a count: no vague time


def test_a_day_listed_before_a_day_and_month_shares_them() -> None:
    assert values("The summit will be held on 24 and 25 April in Prague .", "2009-04-01") == [
        ("24", "2009-04-24"),
        ("25 April", "2009-04-25"),
    ]
    assert values("Talks were held on 1 , 2 and 3 June 2009 .", "2010-01-01") == [
        ("1", "2009-06-01"),
        ("2", "2009-06-02"),
        ("3 June 2009", "2009-06-03"),
    ]


def test_a_number_listed_before_a_plain_noun_is_no_day() -> None:
    assert values("He scored 2 and 3 goals in May .", "2009-06-01") == [("May", "2009-05")]


def test_a_holiday_with_a_tokenised_apostrophe_is_the_holiday() -> None:
    text = "Crowds gathered in Port-au-Prince on New Year 's Eve ."
    assert only(text, "New Year 's Eve", "2010-01-05").value == "2009-12-31"


# Forms the second Timeline17 sample (tests/fixtures/timex/news_sample2.jsonl) and the team's
# requests showed.


def test_the_fourth_of_july_is_the_holiday_not_the_month() -> None:
    text = "Fireworks are planned for the Fourth of July in the capital ."
    assert spans(text, "2010-06-20") == [("Fourth of July", "DATE", "2010-07-04")]
    text = "The families will celebrate July Fourth at home ."
    assert spans(text, "2010-06-20") == [("July Fourth", "DATE", "2010-07-04")]


def test_a_month_in_a_shouted_headline_needs_a_day_or_year() -> None:
    assert spans("THE COUNCIL WILL ACT AS MAY BEFIT THE OCCASION", "2010-06-20") == []
    assert spans("THE VOTE IN MAY 2009 WAS CLOSE", "2010-06-20") == [("MAY 2009", "DATE", "2009-05")]
    assert spans("The vote in May was close .", "2010-06-20") == [("May", "DATE", "2010-05")]


def test_a_year_range_token_is_one_interval_and_two_timeml_years() -> None:
    text = "He coached the team in the 2008-2009 season and in 1980-88 ."
    assert values(text, "2010-06-20") == [("2008-2009", "2008/2009"), ("1980-88", "1980/1988")]
    projected = tag_timexes(text, "2010-06-20", timeml_ranges=True)
    assert [(t.text, t.value) for t in projected] == [
        ("2008", "2008"),
        ("2009", "2009"),
        ("1980", "1980"),
        ("88", "1988"),
    ]
    assert spans("Shares fell 2008-1990 points .", "2010-06-20") == []  # no later year: no range


def test_an_award_of_the_year_is_no_year() -> None:
    text = "Photojournalist of the Year : Toby Melville for his photographs ."
    assert spans(text, "2009-03-24") == []
    assert values("They toasted the New Year 's Eve crowd .", "2010-01-05") == [
        ("New Year 's Eve", "2009-12-31")
    ]


def test_british_in_future_without_the_article_is_the_future() -> None:
    text = "Leaders called for BP to be barred from drilling in the country in future ."
    assert only(text, "future", "2010-10-19").value == "FUTURE_REF"
    assert spans("The fund will pay for damage in future years .", "2010-10-19") == []


def test_a_few_hours_ago_is_the_publication_day() -> None:
    text = "Haiti Quake : Corpses Used In Aid Protest - 9 hrs ago Guardian ."
    assert only(text, "9 hrs ago", "2010-01-14").value == "2010-01-14"
    assert only("The rig sank three hours ago .", "three hours ago", "2010-04-22").value == "2010-04-22"


def test_the_end_of_the_week_is_the_week() -> None:
    text = "You will be informed by the end of the week when children should return ."
    assert only(text, "the end of the week", "2009-05-04").value == "2009-W19"


def test_a_four_digit_gmt_clock_on_a_day_is_a_time_but_a_bracketed_one_is_not() -> None:
    text = "The quake struck at 0305 GMT on Monday (0735 GMT) ."
    assert spans(text, "2009-04-28") == [("0305 GMT on Monday", "TIME", "2009-04-27T03:05")]
    text = "It struck at 2153 GMT on Tuesday 12 January , killing thousands ."
    assert spans(text, "2010-01-13") == [("2153 GMT on Tuesday 12 January", "TIME", "2010-01-12T21:53")]
    assert spans("The talks resume at 1100 GMT .", "2010-01-13") == []  # a clock, no year 1100


def test_present_before_a_noun_is_the_present() -> None:
    text = "The new site will double the present daily capacity of the camp ."
    assert only(text, "present", "2010-01-22").value == "PRESENT_REF"
    assert spans("The present study found no link .", "2010-01-22") == []


def test_the_shopping_days_after_thanksgiving_are_holidays() -> None:
    text = "Black Friday sales will start early, and Cyber Monday deals follow."
    assert values(text, "2019-11-20") == [("Black Friday", "2019-11-29"), ("Cyber Monday", "2019-12-02")]


def test_a_holiday_naming_a_thing_is_no_date() -> None:
    assert spans("It has become a Christmas tree bill .", "2008-10-01") == []
    assert spans("The Good Friday Agreement was signed ; kids hunt Easter eggs .", "2010-06-01") == []
    text = "They sent Christmas cards at Christmas ."
    assert [t.start for t in tag_timexes(text, "2010-06-20")] == [text.rindex("Christmas")]


# Round 4 (the web sample and dev/dev2): phrases that name no time, days told as something under way.


def test_a_time_word_in_a_phrase_that_names_no_time_is_left_out() -> None:
    assert spans("Hayward told the Sunday Telegraph and the Mail on Sunday .", "2010-06-06") == []
    assert only("He told the Sunday Times on Monday .", "Monday", "2010-06-06").value == "2010-05-31"
    assert spans("Gates told `` Fox News Sunday '' that not all troops would go .", "2010-06-20") == []
    assert only('He said "Last Friday" twice .', "Last Friday", "2010-06-01").value == "2010-05-28"
    assert spans("In today's world, children text more than they talk.", "2018-10-15") == []
    assert only("Today's hearing ran late.", "Today", "2019-11-20").value == "2019-11-20"
    assert spans("Search engines find it at the moment in time that it goes live.", "2018-08-08") == []
    text = "There are no shipments at the moment."
    assert only(text, "at the moment", "1990-08-16").value == "PRESENT_REF"
    assert spans("That is very important to the future of our peoples.", "1998-02-13") == []
    assert only("Rates will fall in the future.", "the future", "1998-02-13").value == "FUTURE_REF"


def test_a_half_or_quarter_in_a_game_report_is_a_period_of_play() -> None:
    text = "He scored 20 of his season-high 31 points in a phenomenal first half for the Thunder."
    assert spans(text, "2019-11-19") == []
    text = "Stocks scored gains during the third quarter, a record high."  # finance words, no game
    assert values(text, "2009-11-19") == [("the third quarter", "2009-Q3")]
    assert spans("Kuzma left in the second quarter after the game started.", "2019-11-19") == []
    text = "Profits rose in the second half and sales fell in the third quarter."
    assert values(text, "2019-11-19") == [("the second half", "2019-H2"), ("the third quarter", "2019-Q3")]


def test_one_day_before_the_verb_it_modifies_is_some_day_ahead() -> None:
    text = "Islam will one day be the second largest religion."
    assert spans(text, "1998-03-03") == [("one day", "DATE", "FUTURE_REF")]
    assert only("He was sentenced to one day in jail.", "one day", "1998-03-03").value == "P1D"


def test_the_day_of_something_under_way_told_in_the_present_is_the_publication_day() -> None:
    text = "It's the second day of an offensive by the security forces."
    assert spans(text, "1998-03-06") == [("the second day", "DATE", "1998-03-06")]
    text = "In Saudi Arabia, today is the eighth day of Desert Shield."
    assert only(text, "the eighth day", "1990-08-15").value == "1990-08-15"
    assert spans("Monday was the third day of protests.", "1998-03-06") == [("Monday", "DATE", "1998-03-02")]
    assert spans("The first day of the trial ended early.", "1998-03-06") == []


def test_an_approximate_year_end_is_its_december() -> None:
    text = "The transaction is expected to close around year end."
    assert spans(text, "1989-10-30") == [("around year end", "DATE", "1989-12")]
    assert spans("Prices fell around year-end levels.", "1989-10-30") == []


def test_a_part_of_a_year_named_by_its_deixis_is_one_expression() -> None:
    text = "It should happen in the second half of the year."
    assert spans(text, "2010-06-10") == [("the second half of the year", "DATE", "2010-H2")]
    text = "Sales fell in the fourth quarter of last year and the first half of this year."
    assert values(text, "2010-06-10") == [
        ("the fourth quarter of last year", "2009-Q4"),
        ("the first half of this year", "2010-H1"),
    ]


def test_a_month_or_season_name_is_a_whole_word() -> None:
    assert spans("2 Martin Truex Jr. 5035 ; Ep 3 Mark Doyle ; he shot 4 Augusta .", "2019-11-20") == []
    assert spans("Suppose they fish out this fallen drill pipe in this Springfield lab .", "2010-06-01") == []
    assert values("Yesterday nightclubs closed .", "2019-11-20") == [("Yesterday", "2019-11-19")]
    assert values("It was 3 Mar. 2019 and 5 Sep 2019.", "2019-11-20") == [
        ("3 Mar. 2019", "2019-03-03"),
        ("5 Sep 2019", "2019-09-05"),
    ]


def test_nine_eleven_after_a_determiner_or_preposition_names_the_day_of_the_attacks() -> None:
    assert spans("Since the 9/11 attacks, security has tightened.", "2019-11-20") == [
        ("9/11", "DATE", "2001-09-11")
    ]
    assert only("The post-9/11 wars cost trillions.", "9/11", "2019-11-20").value == "2001-09-11"
    assert spans("He shot 9/11 from the field.", "2019-11-20") == []


def test_a_footnote_number_glued_to_a_year_leaves_the_year() -> None:
    assert spans("The regime fell in 1979.1 Later it came back.", "2010-01-01") == [("1979", "DATE", "1979")]
    assert spans("The index closed at 2082.1, down 4.5%.", "1989-10-30") == []
    assert spans("The index rose to 1979.5 points.", "1989-10-30") == []


def test_a_few_weeks_earlier_is_a_vague_past() -> None:
    assert (
        only("He had arrived a few weeks earlier.", "a few weeks earlier", "1991-02-25").value == "PAST_REF"
    )
    assert spans("Weeks earlier, he had left.", "1991-02-25") == []
    text = "Pumping stopped for several hours earlier today."  # the length, then "earlier today"
    assert values(text, "2010-06-01") == [("today", "2010-06-01")]
