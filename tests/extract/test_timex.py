"""The temporal tagger on news-style text: forms, anchoring, ages and false-positive guards."""

from __future__ import annotations

import pytest

from caseboard.extract.timex import infer_day_first, tag_timexes
from caseboard.records import Timex

DCT = "2018-04-07"  # a Saturday


def only(text: str, surface: str, dct: str | None = DCT, **kw: bool) -> Timex:
    """The single timex whose text is ``surface``; fails if it is missing or its offsets are wrong."""
    found = [t for t in tag_timexes(text, dct, **kw) if t.text == surface]
    assert len(found) == 1, (surface, [(t.text, t.value) for t in tag_timexes(text, dct, **kw)])
    assert text[found[0].start : found[0].end] == surface
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "granularity"),
    [
        ("He was born on 11 March 1957 in a village.", "11 March 1957", "1957-03-11", "day"),
        ("He was born on March 11, 1957, in a village.", "March 11, 1957", "1957-03-11", "day"),
        ("First published: 07.04.18", "07.04.18", "2018-04-07", "day"),
        ("The report is dated 2016-09-30.", "2016-09-30", "2016-09-30", "day"),
        ("Talks collapsed in May 2016.", "May 2016", "2016-05", "month"),
        ("The deal was struck in 2006.", "2006", "2006", "year"),
        ("Inflation soared during the 1990s.", "the 1990s", "199", "decade"),
        ("Troops arrived in early February 2016.", "early February 2016", "2016-02", "month"),
        ("The plan dates from mid 2007.", "mid 2007", "2007", "year"),
        ("Riots broke out in late March 2017.", "late March 2017", "2017-03", "month"),
        ("He enlisted in the fall of 1980.", "the fall of 1980", "1980-FA", "season"),
        ("They met in the summer of 2015.", "the summer of 2015", "2015-SU", "season"),
        ("The empire declined in the 19th century.", "the 19th century", "18", "century"),
        ("Profit fell in the third quarter of 2017.", "the third quarter of 2017", "2017-Q3", "quarter"),
        ("The talks began in nineteen ninety-six.", "nineteen ninety-six", "1996", "year"),
    ],
)
def test_absolute_forms(text: str, surface: str, value: str, granularity: str) -> None:
    timex = only(text, surface)
    assert (timex.value, timex.granularity, timex.type, timex.anchor) == (value, granularity, "DATE", None)


@pytest.mark.parametrize(
    ("surface", "earliest", "latest"),
    [
        ("early February 2016", "2016-02-01", "2016-02-10"),
        ("mid 2007", "2007-05-01", "2007-08-31"),
        ("late March 2017", "2017-03-21", "2017-03-31"),
        ("the 1990s", "1990-01-01", "1999-12-31"),
        ("the fall of 1980", "1980-09-01", "1980-11-30"),
    ],
)
def test_fuzzy_dates_bound_their_interval(surface: str, earliest: str, latest: str) -> None:
    timex = only(f"It happened in {surface}, officials said.", surface)
    assert (timex.earliest, timex.latest) == (earliest, latest)


def test_clock_time_joins_its_date() -> None:
    timex = only("First published: 07.04.18, 01:00", "07.04.18, 01:00")
    assert (timex.type, timex.value, timex.granularity) == ("TIME", "2018-04-07T01:00", "time")


def test_disjunction_is_one_interval() -> None:
    timex = only("He took command in late 1997 or early 1998, aides said.", "late 1997 or early 1998")
    assert (timex.value, timex.earliest, timex.latest) == ("1997/1998", "1997-09-01", "1998-04-30")


def test_range_is_one_interval() -> None:
    timex = only("The war lasted from 1980 to 1988.", "from 1980 to 1988")
    assert (timex.value, timex.earliest, timex.latest) == ("1980/1988", "1980-01-01", "1988-12-31")


def test_separate_years_joined_by_and_stay_apart() -> None:
    values = [t.value for t in tag_timexes("Floods hit in 2004 and 2011.", DCT)]
    assert values == ["2004", "2011"]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Prices rose last week.", "last week", "2018-W13"),
        ("Prices rose this week.", "this week", "2018-W14"),
        ("Sales fell last year.", "last year", "2017"),
        ("He resigned last month.", "last month", "2018-03"),
        ("The envoy arrived yesterday.", "yesterday", "2018-04-06"),
        ("The envoy leaves tomorrow.", "tomorrow", "2018-04-08"),
        ("The army is now in control.", "now", "PRESENT_REF"),
        ("He currently lives abroad.", "currently", "PRESENT_REF"),
        ("Strikes have intensified recently.", "recently", "PAST_REF"),
        ("Rockets were fired on Monday.", "Monday", "2018-04-02"),
        ("The minister will visit on Monday.", "Monday", "2018-04-09"),
        ("Witnesses heard blasts at 01:00.", "01:00", "2018-04-07T01:00"),
        ("The vote ended at 9:30 p.m.", "9:30 p.m.", "2018-04-07T21:30"),
        ("The militia was founded three years ago.", "three years ago", "2015"),
        ("He was last seen in February.", "February", "2018-02"),
    ],
)
def test_relative_to_publication_date(text: str, surface: str, value: str) -> None:
    timex = only(text, surface)
    assert timex.value == value
    assert timex.anchor == "dct"


def test_narrative_anchor_for_later_days() -> None:
    text = (
        "The convoy was hit on September 7, 2017. Two days later, a second strike followed, "
        "and that same evening the border closed. The next day, talks began."
    )
    got = {t.text: (t.value, t.anchor) for t in tag_timexes(text, DCT)}
    assert got["Two days later"] == ("2017-09-09", "narrative")
    assert got["that same evening"] == ("2017-09-09TEV", "narrative")
    assert got["The next day"] == ("2017-09-10", "narrative")


def test_years_later_uses_last_year_and_a_dated_explosion_its_own() -> None:
    text = (
        "The embassy was bombed in 2008. About four years later, he returned. "
        "A decade after that explosion, a statue stood."
    )
    got = {t.text: t.value for t in tag_timexes(text, DCT)}
    assert got["About four years later"] == "2012"
    # counted from the bombing the text dated, not from the last year it named (timex_events)
    assert got["A decade after that explosion"] == "2018"


def test_relative_without_anchor_is_underspecified() -> None:
    later = only("Two days later, the rebels withdrew.", "Two days later", dct=None)
    assert (later.value, later.anchor) == ("XXXX-XX-XX", None)
    weekday = only("The rebels withdrew on Friday.", "Friday", dct=None)
    assert weekday.value == "XXXX-WXX-5"
    now = only("The rebels are now in the hills.", "now", dct=None)
    assert (now.value, now.anchor) == ("PRESENT_REF", None)


def test_month_precision_dct_gives_coarser_values() -> None:
    assert only("Today the ministry denied it.", "Today", dct="2020-01").value == "2020-01"


@pytest.mark.parametrize(
    ("text", "surface", "age", "anchored"),
    [
        ("Soleimani, 58, has led the force for years.", "58", 58, True),
        ("He joined the guard at the age of 18.", "at the age of 18", 18, False),
        ("Then came the talented 21-year-old from the north.", "21-year-old", 21, True),
        ("He worked on building sites when he was 13 years old.", "13 years old", 13, False),
        ("The commander, aged 40, took over in May.", "aged 40", 40, True),
    ],
)
def test_ages(text: str, surface: str, age: int, anchored: bool) -> None:
    timex = only(text, surface)
    assert (timex.type, timex.value, timex.granularity) == ("AGE", f"AGE:{age}", "age")
    assert (timex.anchor == "dct") is anchored
    if anchored:
        assert timex.latest == f"{2018 - age}-04-07"
        assert timex.earliest == f"{2018 - age - 1}-04-08"


@pytest.mark.parametrize(
    "text",
    [
        "The missiles can fly 1,500 kilometers.",
        "Each family received $200 in aid.",
        "Some 2,000 fighters crossed the border.",
        "The militia sent 1500 fighters north.",
        "Officials may decide soon whether to act.",
        "The March on the capital drew crowds.",
        "See Jerusalem Issue Briefs, Vol. 20, No. 1.",
        "The claim was disputed.[12] Others agreed.",
        "The unit, Unit 8200, listened in.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert [(t.text, t.value) for t in tag_timexes(text, DCT)] == []


def test_scores_and_ratios_are_no_clock_times() -> None:
    found = tag_timexes("Scores ended 3:1 after 90 minutes; the ratio was 1.5.", DCT)
    assert [(t.text, t.type, t.value) for t in found] == [("90 minutes", "DURATION", "PT90M")]


def test_may_with_a_day_is_a_month() -> None:
    assert only("The vote may be held on May 12.", "May 12").value == "2018-05-12"


def test_day_first_is_read_from_the_document() -> None:
    text = "Signed 25.12.2017. Ratified 03.04.2018."
    assert infer_day_first(text) is True
    assert only(text, "03.04.2018").value == "2018-04-03"
    us = "Filed 12/25/2017. Amended 03/04/2018."
    assert infer_day_first(us) is False
    assert only(us, "03/04/2018").value == "2018-03-04"
    assert only(us, "03/04/2018", day_first=True).value == "2018-04-03"


def test_empty_and_bad_inputs() -> None:
    assert tag_timexes("", DCT) == []
    assert tag_timexes("Nothing happened here.", "not a date") == []
    assert only("It fell on 31 February 2015 or so.", "February 2015", dct="garbage").value == "2015-02"


def test_age_helpers() -> None:
    from datetime import date

    from caseboard.extract.timex_ages import birth_interval, date_at_age

    assert birth_interval(58, date(2015, 6, 1)) == (date(1956, 6, 2), date(1957, 6, 1))
    assert birth_interval(58, date(2015, 1, 1), "year") == (date(1956, 1, 1), date(1957, 12, 31))
    assert date_at_age(18, 1957) == (date(1975, 1, 1), date(1976, 12, 31))


def test_demo_article() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "soleimani" / "000_5f6a6901afb38d45.txt"
    text = path.read_text("utf-8", errors="replace")
    got = tag_timexes(text, "2018-04-07")
    by_text = {t.text: t for t in got}
    assert by_text["March 11, 1957"].value == "1957-03-11"
    assert by_text["late 1997 or early 1998"].earliest == "1997-09-01"
    assert by_text["07.04.18, 01:00"].value == "2018-04-07T01:00"
    assert all(text[t.start : t.end] == t.text for t in got)
    assert not any(t.value == "1800" for t in got)  # "Unit 1800" is a name, not a year


@pytest.mark.parametrize(
    ("text", "surface", "dct", "value"),
    [
        # tense of the nearest verb decides the direction of a bare weekday or month
        ("Officials said the board will meet Tuesday.", "Tuesday", DCT, "2018-04-10"),
        ("The ministry announced Tuesday that talks will resume.", "Tuesday", DCT, "2018-04-03"),
        ("The summit will be held in April.", "April", "2018-12-05", "2019-04"),
        ("The new tariff takes effect Feb. 1, the agency said.", "Feb. 1", "2018-10-26", "2018-02-01"),
        ("The new chief will take over, effective Feb. 1.", "Feb. 1", "2018-10-26", "2019-02-01"),
        # a month used as a noun modifier; a month followed by its day
        ("Police linked him to the October shooting.", "October", DCT, "2017-10"),
        ("He was shot dead last Oct. 23 at his home.", "Oct. 23", "2018-04-19", "2017-10-23"),
        # a quarter without a year is of the dct's year, even in a future-tense sentence
        ("The firm will cut jobs after a weak third quarter.", "third quarter", "2018-11-02", "2018-Q3"),
        ("Profit rose in the fiscal first quarter.", "the fiscal first quarter", "2018-10-26", "2018-Q1"),
        # a clock time with its weekday
        ("Talks broke off at noon Thursday.", "noon Thursday", DCT, "2018-04-05T12:00"),
    ],
)
def test_tense_and_context_rules(text: str, surface: str, dct: str, value: str) -> None:
    assert only(text, surface, dct).value == value


def test_year_period_takes_the_quarter_under_discussion() -> None:
    text = "Net income rose in the third quarter of 2018. In the 2017 quarter, it earned $5 million."
    assert only(text, "the 2017 quarter", "2018-11-02").value == "2017-Q3"
    assert only("Sales in the 2017 period fell.", "the 2017 period", "2018-11-02").value == "2017"


@pytest.mark.parametrize(
    ("text", "surface", "value", "earliest", "latest"),
    [
        ("Jobs have moved abroad over the past 20 years.", "the past 20 years", "P20Y", "1998-04-07", DCT),
        ("Fighting has eased in recent days.", "recent days", "PXD", None, DCT),
        ("Talks are expected in the coming weeks.", "coming weeks", "PXW", DCT, None),
        ("Prices rose over the last few months.", "the last few months", "PXM", None, DCT),
    ],
)
def test_durations_are_not_dates(
    text: str, surface: str, value: str, earliest: str | None, latest: str | None
) -> None:
    timex = only(text, surface)
    assert (timex.type, timex.value, timex.earliest, timex.latest) == ("DURATION", value, earliest, latest)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Flights leave each Thursday from May 6.", "Thursday"),
        ("Flights leave on Tuesday nights.", "Tuesday"),
    ],
)
def test_recurring_weekdays_are_sets(text: str, surface: str) -> None:
    timex = only(text, surface)
    assert timex.type == "SET" and timex.value.startswith("XXXX-WXX-")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A day after he was arrested, protests began.", "A day after"),
        ("The film High Noon was shown.", "Noon"),
        ("It posted its first quarterly loss.", "first quarter"),
        ("The quarter-to-quarter comparison improved.", "The quarter"),
    ],
)
def test_context_guards(text: str, absent: str) -> None:
    assert not any(t.text.startswith(absent) for t in tag_timexes(text, DCT))


def test_shift_after_a_demonstrative_is_kept() -> None:
    text = "The plant closed on 4 May 2016. Two days after that, workers protested."
    assert only(text, "Two days after that").value == "2016-05-06"


def test_part_of_day_keeps_its_time_value() -> None:
    timex = only("Shares fell this morning in Tokyo.", "this morning")
    assert (timex.type, timex.value) == ("TIME", "2018-04-07TMO")


def test_year_back_comparison_does_not_move_the_anchor() -> None:
    text = "Profit was $5 million a year ago. Sales were $9 million compared with $8 million a year earlier."
    assert only(text, "a year earlier").value == "2017"
