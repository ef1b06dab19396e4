"""Disagreements a document reports itself, and the speakers they rest on, on written sentences and on
the labelled pairs (tests/fixtures/claims/pairs.jsonl)."""

import json
from pathlib import Path

import pytest

from caseboard.compare.conflicts_reported import reported_conflicts, same_source
from caseboard.extract.attribution import find_speaker
from caseboard.extract.claims import sentence_views
from caseboard.extract.claims_text import claim_inputs

PAIRS = Path(__file__).resolve().parents[1] / "fixtures" / "claims" / "pairs.jsonl"
REPORTED = [p for p in map(json.loads, PAIRS.read_text().splitlines()) if p["kind"] == "reported"]


def inp_of(nlp, text):
    (inp,) = claim_inputs([(text, "2010-06-16", "Outlet")], nlp)
    return inp


def speakers(nlp, text):
    inp = inp_of(nlp, text)
    return [find_speaker(v, inp.raw_text, "Outlet", inp.entity_of) for v in sentence_views(inp)]


@pytest.mark.parametrize("pair", REPORTED, ids=[p["id"] for p in REPORTED])
def test_reported_pairs_are_found_exactly_when_labelled(nlp, pair):
    found = reported_conflicts(inp_of(nlp, pair["a"]["text"]))
    assert bool(found) == (pair["label"] == "conflict"), found


def test_every_side_is_a_distinct_quote_read_back_from_the_text(nlp):
    text = "Police said the driver had been drinking. His family denied the claim."
    inp = inp_of(nlp, text)
    (found,) = reported_conflicts(inp)
    assert [s.quote for s in found.sides] == [
        "Police said the driver had been drinking.",
        "His family denied the claim.",
    ]
    assert all(inp.raw_text[s.start : s.end] == s.quote for s in found.sides)
    assert found.sides[1].speaker == "His family"


def test_two_clauses_of_one_sentence_are_quoted_as_two_sides(nlp):
    text = (
        "Local media had reported earlier that the man's wife was ill, but Hasan Demir denied those reports."
    )
    (found,) = reported_conflicts(inp_of(nlp, text))
    assert [s.quote for s in found.sides] == [
        "Local media had reported earlier that the man's wife was ill",
        "Hasan Demir denied those reports.",
    ]
    assert [s.speaker_type for s in found.sides] == ["report", "named"]


def test_observes_and_points_out_name_their_speaker(nlp):
    found = speakers(nlp, "Nora Lind observes that the minister has remained silent. "
                          "What is notable, Lind points out, is his silence.")  # fmt: skip
    assert [(s.text, s.type) for s in found] == [("Nora Lind", "named"), ("Lind", "named")]


def test_what_is_reported_is_not_its_speaker(nlp):
    found = speakers(nlp, "Twenty cases have been identified in the United States, with no deaths reported.")
    assert found[0].type == "outlet"


def test_a_report_claiming_something_is_the_speaker_of_its_claim(nlp):
    (found,) = speakers(
        nlp, "Adam Goldman's report in the Post outlines the operation, claiming it was led by the army."
    )
    assert found.type == "report" and found.text.startswith("Adam Goldman's report")


def test_an_organisation_and_its_spokesman_are_one_source():
    assert same_source("A Norcast spokesman, Mark Salt", "Norcast")
    assert same_source("Ravi Somaiya", "Somaiya")
    assert not same_source("Local media", "Hasan Demir")


def test_one_sentence_quotes_the_contested_account_and_the_sentence_contesting_it(nlp):
    text = (
        "Ken Abel, a senior scientist at the agency, disputes Pentagon claims that the worst of the "
        "flooding is over, saying that most of the water remains in the streets."
    )
    inp = inp_of(nlp, text)
    (found,) = reported_conflicts(inp)
    account, sentence = found.sides
    assert account.quote == "Pentagon claims that the worst of the flooding is over"  # not Abel's "saying"
    assert sentence.quote == text
    speakers = [(s.speaker, s.speaker_type) for s in found.sides]
    assert speakers == [("Pentagon", "named"), ("Ken Abel", "named")]
    assert all(inp.raw_text[s.start : s.end] == s.quote for s in found.sides)


def test_authorless_reports_are_the_speaker_of_what_they_report(nlp):
    text = "The ministry denied reports that the minister had resigned."
    (found,) = reported_conflicts(inp_of(nlp, text))
    account = found.sides[0]
    assert (account.quote, account.speaker_type) == ("reports that the minister had resigned", "report")
    assert found.sides[1].speaker == "The ministry"


def test_contrary_to_what_a_source_said_is_set_against_the_outlet(nlp):
    text = "Contrary to what the company said, the leak did not stop in May."
    (found,) = reported_conflicts(inp_of(nlp, text))
    assert [(s.quote, s.speaker, s.speaker_type) for s in found.sides] == [
        ("Contrary to what the company said", "the company", "named"),
        ("Contrary to what the company said, the leak did not stop in May.", "Outlet", "outlet"),
    ]


def test_a_sentence_holding_both_sides_is_not_also_paired_with_the_one_before(nlp):
    text = "Police said the driver had been drinking. His family denied reports that he had been drinking."
    (found,) = reported_conflicts(inp_of(nlp, text))
    assert found.sides[0].quote == "reports that he had been drinking"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale rejected Hale's own assertion that the well was safe.",
        "A Norcast spokesman, Mark Salt, rejected Norcast's earlier statement that the well was safe.",
    ],
)
def test_one_source_contesting_its_own_account_is_no_disagreement(nlp, text):
    assert reported_conflicts(inp_of(nlp, text)) == []
