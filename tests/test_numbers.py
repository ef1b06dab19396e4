"""The shared number words and the stages that read counts with them."""

from __future__ import annotations

import pytest

from caseboard.annotate import load_nlp
from caseboard.compare.event_participants import count_of, different_counts
from caseboard.config import load_config
from caseboard.extract.claims import extract_claims
from caseboard.extract.claims_text import claim_inputs
from caseboard.extract.timex import tag_timexes
from caseboard.extract.timex_lexicon import number_value
from caseboard.numbers import CARDINALS, NUMBER_WORDS, number_words, read_number
from caseboard.query.ask_values import number_key, number_phrases, parse_number, states


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-one", 21),
        ("Forty nine", 49),
        ("two hundred", 200),
        ("a dozen", 12),
        ("two dozen", 24),
        ("hundred", 100),
        ("a thousand", 1_000),
        ("two hundred thousand", 200_000),
        ("one thousand two hundred", 1_200),
        ("three million five hundred thousand", 3_500_000),
        ("5,000", 5_000),
        ("1.5 million", 1_500_000),
        ("6m", 6_000_000),
        ("2bn", 2_000_000_000),
        ("zero", 0),
    ],
)
def test_a_number_is_read_in_digits_words_or_both(text: str, value: float) -> None:
    assert read_number(text) == value


@pytest.mark.parametrize("text", ["several", "dozens", "more than five", "thousand", "m", "1.5.2", ""])
def test_what_is_no_number_reads_as_none(text: str) -> None:
    assert read_number(text) is None


def test_the_words_of_a_number_are_split_as_written() -> None:
    assert number_words("Twenty-One") == ["twenty", "one"]
    assert number_words("6m litres, 1,500") == ["6", "m", "litres", "1500"]


def test_every_word_below_a_hundred_has_its_value() -> None:
    assert [CARDINALS[w] for w in ("zero", "seven", "sixteen", "ninety")] == [0, 7, 16, 90]
    assert sorted(v for v in CARDINALS.values() if v < 20) == list(range(20))
    assert NUMBER_WORDS["dozen"] == 12 and NUMBER_WORDS["hundred"] == 100


def test_the_tagger_counts_units_in_words_and_with_an_article() -> None:
    read = [number_value(t) for t in ("forty  nine", "twenty-four", "a couple of", "an", "12")]
    assert read == [49, 24, 2, 1, 12]
    assert number_value("several") is None


def test_the_tagger_reads_a_duration_written_in_words() -> None:
    (forty_nine,) = tag_timexes("They waited forty nine hours for the rescue.", "2010-05-03")
    (couple,) = tag_timexes("The talks lasted a couple of days.", "2010-05-03")
    assert (forty_nine.value, couple.value) == ("PT49H", "P2D")


def test_ask_reads_a_spoken_number_with_its_scale() -> None:
    assert parse_number("more than two hundred") == 200  # not 2 + 100
    assert parse_number("nearly two dozen") == 24
    assert parse_number("five thousand") == parse_number("5,000") == 5_000
    assert parse_number("several thousand") is None and parse_number("thousands") is None
    assert number_key("Two hundred") == number_key("200") == "n:200"
    assert states("Police said 200 people were arrested.", "two hundred")


def test_ask_finds_the_numbers_a_text_states() -> None:
    found = [p for _, _, p in number_phrases("Sixty people died and nearly zero were saved in 2009.")]
    assert found == ["Sixty", "nearly zero"]  # the year is left out


def test_a_participant_count_in_tens_keeps_two_groups_of_people_apart() -> None:
    assert count_of("at least thirty soldiers") == 30 and count_of("seventy fighters") == 70
    assert different_counts("thirty soldiers", "five soldiers")
    assert not different_counts("thirty soldiers", "30 soldiers")
    assert count_of("a dozen soldiers") is None  # an article opens it: the common words differ


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp(load_config().annotate.model)


@pytest.mark.parametrize(("count", "value"), [("sixteen", 16), ("sixty", 60), ("two dozen", 24)])
def test_a_toll_in_words_is_a_counted_fact(nlp, count: str, value: int) -> None:  # noqa: ANN001
    text = f"The explosion on the Northfield rig killed {count} workers."
    (inp,) = claim_inputs([(text, "2012-03-05", "Outlet")], nlp)
    (toll,) = [c for c in extract_claims(inp) if c.value_type == "number"]
    assert (toll.number, toll.value, toll.attribute) == (value, count, "count:deaths:worker")
