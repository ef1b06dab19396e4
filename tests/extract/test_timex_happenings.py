"""Times told from a happening the text dated earlier (``timex_events``): "ten days before the
shooting" counts from the shooting's day, a bare clock time in a sentence telling the killing is on
that day, whatever date the story named last."""

from __future__ import annotations

from test_timex_conventions import only  # shared helpers, same folder

from caseboard.extract.timex import tag_timexes
from caseboard.extract.timex_events import Happenings, classes_in, remember
from caseboard.extract.timex_expr import Resolved

STORY = (
    "The surgeon was shot to death last Oct. 23 at his home in the suburbs. "
    "But on April 8, investigators searched the site of the shooting once more and found a rifle. "
    "A neighbour saw the suspect's car at 6 a.m. ten days before the shooting. "
)
DCT = "1999-04-19"


def test_a_shift_before_a_dated_killing_counts_from_its_day_not_from_the_last_date() -> None:
    found = only(STORY, "6 a.m. ten days before the shooting", DCT)
    assert found.value == "1998-10-13T06:00"
    assert found.anchor == "narrative"
    assert STORY[found.anchor_start : found.anchor_end] == "Oct. 23"


def test_without_a_dated_happening_the_shift_counts_from_the_narrative_day() -> None:
    text = "On April 8, investigators found a rifle. A neighbour saw the car ten days before the shooting."
    assert only(text, "ten days before the shooting", DCT).value == "1999-03-29"


def test_a_bare_clock_in_a_sentence_telling_the_killing_is_on_the_killing_day() -> None:
    text = STORY + "He was shot to death at 10 p.m. as he stood in the kitchen."
    assert only(text, "10 p.m.", DCT).value == "1998-10-23T22:00"


def test_a_clock_before_a_shift_from_the_happening_takes_the_shift_day() -> None:
    text = (
        "The doctor was shot to death on the night of Oct. 23 in his kitchen. On April 8, police "
        "searched the woods again. A jogger saw the car at 6 a.m. near the house 10 days before the murder."
    )
    assert only(text, "6 a.m.", DCT).value == "1998-10-13T06:00"
    assert only(text, "10 days before the murder", DCT).value == "1998-10-13"


def test_a_clock_whose_sentence_names_its_own_day_is_not_moved_to_the_happening() -> None:
    killed = only(STORY + "The gunman was killed around midnight last night, police said.", "midnight", DCT)
    seen = only(STORY + "The gunman was seen around midnight last night, police said.", "midnight", DCT)
    assert killed.value == seen.value != "1998-10-23T00:00"


def test_a_happening_named_as_a_reference_point_is_not_dated_by_the_sentence() -> None:
    text = "Police made an arrest on Jan. 5, three days after the shooting."
    happenings = Happenings()
    for t in tag_timexes(text, DCT):
        remember(happenings, text, (t.start, t.end), Resolved(t.value, t.type, t.granularity))
    assert "arrest" in happenings.dated
    assert "killing" not in happenings.dated


def test_a_date_inside_the_reference_phrase_dates_that_happening() -> None:
    text = "Security was tightened after the Sept. 11, 2001, attacks on New York."
    happenings = Happenings()
    for t in tag_timexes(text, DCT):
        remember(happenings, text, (t.start, t.end), Resolved(t.value, t.type, t.granularity))
    assert happenings.dated["attack"][0].value == "2001-09-11"


def test_happening_words_are_found_by_class() -> None:
    text = "The bombing came a year after the earthquake."
    assert classes_in(text, 0, len(text)) == ["attack", "disaster"]
    assert classes_in(text, 0, len(text), skip=[(text.index("earthquake"), len(text))]) == ["attack"]


def test_a_clock_in_a_sentence_that_names_its_own_day_stays_on_that_day() -> None:
    text = "The soldier was shot on June 1. On June 20 a memorial was held at 3 p.m. for the slain soldier."
    assert only(text, "3 p.m.", "2020-01-07").value == "2019-06-20T15:00"


def test_a_clock_of_another_clause_does_not_take_the_shift_day() -> None:
    text = STORY + "On April 8 he left at 7 a.m. and police said ten days before the shooting, he got a gun."
    assert only(text, "7 a.m.", DCT).value == "1999-04-08T07:00"
