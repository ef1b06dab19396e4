"""Plain "when" questions asked of the demo caseboard (examples/soleimani): the question's own words
choose the evidence, the answer is a normalized date, and "other sources say" lists only other
sources' dates for the same happening. Every expected answer was checked by reading the texts."""

from __future__ import annotations

import pytest

from caseboard.api import Caseboard
from caseboard.query.ask import ask
from caseboard.query.ask_records import Answer
from caseboard.query.ask_values import date_answer, format_value, states


@pytest.fixture(scope="module")
def answers(seeds_board: Caseboard) -> dict[str, Answer]:
    """The answers to every question of this file, asked once; each citation checked against the text."""
    questions = [
        "When did Soleimani visit Moscow?",
        "When did Soleimani meet Nasrallah?",
        "When did militiamen break into the American Embassy in Baghdad?",
        "When was Jihad Mughniyeh killed?",
        "When was Soleimani granted the rank of major-general?",
        "When was the Marine barracks in Beirut bombed?",
        "When did Soleimani visit Deir ez-Zor?",
        "When was the Iranian drone launched from T-4?",
        "When did Asgari go missing?",
        "When did the Americans attack a base on the Syrian-Iraqi border?",
    ]
    with seeds_board.store() as store:
        raw = dict(store.query("SELECT id, raw_text FROM documents"))
        found = {q: ask(store, q) for q in questions}
    for answer in found.values():
        for c in answer.citations + [c for alt in answer.alternatives for c in alt.citations]:
            assert raw[c.doc][c.start : c.end] == c.quote
    return found


def alternatives(answer: Answer) -> list[str]:
    return [alt.answer for alt in answer.alternatives]


def test_the_place_named_in_the_question_chooses_the_visit(answers: dict[str, Answer]) -> None:
    # "a meeting in Moscow in July" and "visit to Moscow in the summer of 2015", not the Beirut visit
    answer = answers["When did Soleimani visit Moscow?"]
    assert answer.type == "date" and answer.answer == "July 2015"
    assert len({c.doc for c in answer.citations}) >= 2
    assert all("Moscow" in c.quote for c in answer.citations)
    assert not any("Beirut" in c.quote for alt in answer.alternatives for c in alt.citations)


def test_the_person_named_in_the_question_chooses_the_meeting(answers: dict[str, Answer]) -> None:
    # "after meeting Hizbullah chief Hassan Nasrallah in Beirut two days earlier" (than January 3, 2020)
    answer = answers["When did Soleimani meet Nasrallah?"]
    assert answer.answer == "January 1, 2020"
    assert "Nasrallah" in answer.citations[0].quote
    assert "January 29, 2015" not in alternatives(answer)


def test_a_relative_date_is_answered_by_its_resolved_date(answers: dict[str, Answer]) -> None:
    # "Two days later [than December 29, 2019], ... Shiite militiamen broke into the American Embassy"
    answer = answers["When did militiamen break into the American Embassy in Baghdad?"]
    assert answer.answer.startswith("December 31, 2019")
    assert "Two days later" in answer.answer  # the text's own wording beside it
    assert "broke into the American Embassy" in answer.citations[0].quote


def test_a_killing_told_right_after_the_dated_sentence_takes_its_date(answers: dict[str, Answer]) -> None:
    # "In January 2015, ... a convoy ... with Mughniyeh Jr. ... Air Force planes hit and killed the two
    # of them."; the wreaths laid on 29 January 2015 at the graves of the slain do not date the killing
    answer = answers["When was Jihad Mughniyeh killed?"]
    assert answer.answer == "January 2015"
    quote = answer.citations[0].quote
    assert "In January 2015" in quote and "killed the two of them" in quote
    assert not any("29 January 2015" in c.quote for c in answer.citations)


def test_a_sentence_saying_him_after_the_name_answers(answers: dict[str, Answer]) -> None:
    # "In early 2011, in an unusual move, the leader granted him the rank of major-general"
    answer = answers["When was Soleimani granted the rank of major-general?"]
    assert answer.answer == "early 2011"
    assert "major-general" in answer.citations[0].quote


def test_unrelated_dated_sentences_are_no_disagreement(answers: dict[str, Answer]) -> None:
    # the drone strike of January 3, 2020 and "that day" of the 2006 war are other happenings
    answer = answers["When was the Marine barracks in Beirut bombed?"]
    assert answer.answer == "October 23, 1983"
    assert answer.alternatives == []


def test_another_date_of_the_same_sentence_is_not_another_source(answers: dict[str, Answer]) -> None:
    # "In June 2017, ... near the Iraq-Syria border ...; in November 2017, ... a visit to the Deir ez-Zor
    # area"
    answer = answers["When did Soleimani visit Deir ez-Zor?"]
    assert answer.answer == "November 2017"
    assert "June 2017" not in alternatives(answer)


def test_a_yearless_date_is_answered_with_its_year(answers: dict[str, Answer]) -> None:
    # "On February 10, on the night between Friday and Saturday, an Iranian drone was launched" (2018)
    answer = answers["When was the Iranian drone launched from T-4?"]
    assert answer.answer == "February 10, 2018"
    assert alternatives(answer) == []


def test_more_when_questions_read_from_the_texts(answers: dict[str, Answer]) -> None:
    # "Ali-Reza Asgari ... went missing in February 2007."
    assert answers["When did Asgari go missing?"].answer == "February 2007"
    # "the Americans attacked a KH base on the Syrian-Iraqi border on December 29, 2019"
    assert (
        answers["When did the Americans attack a base on the Syrian-Iraqi border?"].answer
        == "December 29, 2019"
    )


def test_date_answers_show_the_normalized_date_beside_relative_wording() -> None:
    assert date_answer("Two days later", "2019-12-31", "2019-12-31", "2019-12-31") == (
        "December 31, 2019 (Two days later)",
        True,
    )
    assert date_answer("July", "2015-07", "2015-07-01", "2015-07-31") == ("July 2015", False)
    assert date_answer("late September", "2020-09", "2020-09-21", "2020-09-30") == (
        "late September 2020",
        False,
    )
    assert date_answer("February 10", "2018-02-10", "2018-02-10", "2018-02-10") == (
        "February 10, 2018",
        False,
    )
    assert date_answer("Saturday", "2018-02-10", "2018-02-10", "2018-02-10") == (
        "February 10, 2018 (Saturday)",
        True,
    )
    assert date_answer("the summer of 2015", "2015-SU", "2015-06-01", "2015-08-31") == (
        "the summer of 2015",
        False,
    )
    assert format_value("2015-SU") == "summer 2015"
    assert format_value("1997/1998") == "1997–1998"
    assert format_value("199") == "the 1990s"


def test_a_quote_states_a_number_written_in_words_as_a_whole():
    quote = "Police said two hundred people were arrested and about two dozen were hurt."
    assert states(quote, "200") and states(quote, "24")
    assert not states(quote, "100") and not states(quote, "12")
