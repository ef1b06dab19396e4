"""Loose time kept with its uncertainty: the part of a year a phrase names ("the closing months of
2001", "the later half of 2012"), half units ("a year and a half ago") and an age in brackets
("Soleimani (62)")."""

from __future__ import annotations

from test_timex_conventions import only, values  # shared helpers, same folder

DCT = "2018-04-07"


def test_the_closing_months_of_a_year_are_its_end() -> None:
    found = only("During the closing months of 2001 the campaign began.", "the closing months of 2001", DCT)
    assert (found.value, found.earliest, found.latest) == ("2001", "2001-09-01", "2001-12-31")


def test_the_opening_weeks_of_a_year_are_its_beginning() -> None:
    found = only("In the opening weeks of 2012, troops left.", "the opening weeks of 2012", DCT)
    assert (found.earliest, found.latest) == ("2012-01-01", "2012-04-30")


def test_the_later_half_of_a_year_is_its_second_half() -> None:
    assert (
        only("In the later half of 2012 the rebels advanced.", "the later half of 2012", DCT).value
        == "2012-H2"
    )
    assert only("In the latter half of 2012 they won.", "the latter half of 2012", DCT).value == "2012-H2"


def test_the_end_of_a_war_named_by_its_year_is_not_the_end_of_the_year() -> None:
    assert values("From the end of the 2006 war, the militia rearmed.", DCT) == [("2006", "2006")]
    found = only("At the end of 2006, he quit.", "the end of 2006", DCT)
    assert (found.earliest, found.latest) == ("2006-09-01", "2006-12-31")


def test_a_year_and_a_half_ago_is_eighteen_months_back() -> None:
    assert only(
        "About a year and a half ago, reports said he would run.", "About a year and a half ago", DCT
    ).value == ("2016-10")
    text = "He arrived in March 2010. Two and a half years later he left."
    assert only(text, "Two and a half years later", DCT).value == "2012-09"


def test_an_age_in_brackets_after_a_name_is_an_age() -> None:
    found = only("Qassem Soleimani (62) was killed in the strike.", "62", "2020-01-07")
    assert (found.type, found.value) == ("AGE", "AGE:62")
    assert values("See Article (5) and Stage (3) of the plan.", DCT) == []


def test_a_half_without_a_year_names_no_date() -> None:
    assert values("He spent the latter half of his life in exile.", DCT) == []


def test_half_units_are_capped_before_they_are_counted_in_the_smaller_unit() -> None:
    assert (
        only("He left 42 and a half years ago.", "42 and a half years ago", "2020-01-07").value == "1977-07"
    )


def test_numbers_in_brackets_after_several_names_are_scores_not_ages() -> None:
    assert values("Chelsea (2) beat Arsenal (1) on Sunday.", DCT) == [("Sunday", "2018-04-01")]
    assert values("The Beatles (4) played.", DCT) == []
