"""The story's time: ages told in a past narrative, ages opening a clause ("At 22 he joined"), and
holidays dated by the year written with them ("Labor Day of 1936", "the 2004 Good Friday ambush")."""

from __future__ import annotations

import pytest
from test_timex_conventions import only, values  # shared helpers, same folder

from caseboard.extract.timex import tag_timexes


def _ages(text: str, dct: str = "2018-04-07") -> list[str]:
    return [t.text for t in tag_timexes(text, dct) if t.type == "AGE"]


def test_an_age_in_a_past_paragraph_counts_from_the_story_year() -> None:
    text = "In 1985 the band moved to Leeds. The gifted 19-year-old drummer left soon after."
    age = only(text, "19-year-old", "2018-04-07")
    bounds = (age.value, age.earliest, age.latest, age.anchor)
    assert bounds == ("AGE:19", "1965-01-01", "1966-12-31", "narrative")
    assert text[age.anchor_start : age.anchor_end] == "1985"


@pytest.mark.parametrize(
    "text",
    [
        # present tense: the age on the day of publication
        "In 1985 the band moved to Leeds. Jones, 52, is still touring.",
        # reported speech is told on the day of publication
        "In 1985 the band moved to Leeds. Jones, 52, said the drummer left.",
        # the year was named in another paragraph
        "In 1985 the band moved to Leeds.\n\nThe gifted 52-year-old drummer left the band.",
    ],
)
def test_an_age_told_now_or_far_from_the_year_keeps_the_dct(text: str) -> None:
    age = next(t for t in tag_timexes(text, "2018-04-07") if t.type == "AGE")
    assert (age.anchor, age.latest) == ("dct", "1966-04-07")


def test_a_year_after_the_dct_is_no_story_time() -> None:
    text = "The plan runs to 2030. The 40-year-old engineer drew it up."
    assert only(text, "40-year-old", "2018-04-07").anchor == "dct"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("At 22 he joined the merchant navy.", "At 22"),
        ("At 22, Maria Lopez opened her first shop.", "At 22"),
        ("Like many of his friends, at 18 she enlisted.", "at 18"),
    ],
)
def test_an_age_opening_a_clause_is_tagged_as_told_in_the_past(text: str, surface: str) -> None:
    age = only(text, surface, "2018-04-07")
    assert (age.type, age.value, age.earliest, age.anchor) == ("AGE", f"AGE:{surface.split()[1]}", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment stood at 22 percent last year.",
        "Water boils there at 92 degrees.",
        "The minister lives at 22 Downing Street.",
        "The index closed at 22, Smith said.",
        "The count was at 40 he said.",
        "The ferry leaves at 10 he thinks, or at 11.",
        "At 45 Smith Street, police found a car.",
    ],
)
def test_a_number_after_at_is_no_age_without_a_clause_subject(text: str) -> None:
    assert _ages(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("On Labor Day of 1936, the president spoke of drought.", "Labor Day of 1936", "1936-09-07"),
        ("The family met in Rome at Christmas of 2003.", "Christmas of 2003", "2003-12-25"),
    ],
)
def test_a_year_after_of_is_the_holidays_own(text: str, surface: str, value: str) -> None:
    assert only(text, surface, "2010-01-03").value == value


def test_a_holiday_after_a_written_year_is_of_that_year() -> None:
    text = "Insurgents struck convoys, as in the 2004 Good Friday ambush near the airport."
    holiday = only(text, "Good Friday", "2020-01-03")
    assert (holiday.value, holiday.anchor) == ("2004-04-09", "narrative")


def test_a_holiday_sentences_after_the_year_keeps_the_dct_rule() -> None:
    # tried: the paragraph's year for holidays; on Timeline17 it dated "Christmas parties" and
    # "Operation Easter" in the year of a passing mention (docs/timex.md)
    text = "In 2003 the company opened a store. Shoppers crowd its Christmas sales."
    assert only(text, "Christmas", "2010-01-03").value == "2009-12-25"


def test_numbers_after_at_in_scores_and_readings_are_no_ages() -> None:
    for text in [
        "With the game tied at 21, they scored twice.",
        "The score was level at 14, they kicked a goal.",
        "Oil was trading at 65 they expect it to rise.",
        "Unemployment peaked at 25 we think.",
    ]:
        assert not [t for t in tag_timexes(text, "2019-05-01") if t.type == "AGE"], text
    # after a comma or a conjunction "at 16" opens a clause and is an age
    found = tag_timexes("He left school, and at 16 he joined the army.", "2019-05-01")
    assert [(t.text, t.value) for t in found] == [("at 16", "AGE:16")]


def test_one_day_after_the_preposition_to_is_a_length_not_some_day() -> None:
    assert values("The festival was cut to one day this year.", "2019-05-01")[0] == ("one day", "P1D")
    assert values("I hope to one day visit Rome.", "2019-05-01") == [("one day", "FUTURE_REF")]


def test_a_possessive_before_the_nth_day_of_is_no_day_under_way() -> None:
    text = "On March 3, 1990, during the siege's fifth day of fighting, rebels attacked."
    assert values(text, "2019-05-01") == [("March 3, 1990", "1990-03-03")]
    assert values("It's the second day of an offensive.", "2019-05-01") == [("the second day", "2019-05-01")]


def test_a_decimal_after_a_year_like_number_is_no_footnoted_year() -> None:
    assert values("The Dow rose from 1950.25 The gains held.", "2019-05-01") == []
    assert values("They took the embassy in 1979.1 The regime fell.", "2019-05-01") == [("1979", "1979")]
