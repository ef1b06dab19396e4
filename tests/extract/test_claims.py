"""Claims on sentences written for the tests, through the same annotate and timex stages as a build."""

from caseboard.compare.claims_cluster import build_clusters
from caseboard.compare.conflicts import find_conflicts
from caseboard.compare.conflicts_reported import reported_conflicts
from caseboard.extract.claims import extract_claims, name_key
from caseboard.extract.claims_text import claim_inputs


def claims_of(nlp, text, published="2014-01-01", outlet="Outlet"):
    (inp,) = claim_inputs([(text, published, outlet)], nlp)
    return inp, extract_claims(inp)


def test_according_to_names_a_reported_speaker_and_hedge(nlp):
    inp, claims = claims_of(nlp, "According to unverified reports, Omar Haddad was killed on April 4, 2011.")
    death = next(c for c in claims if c.attribute == "death_date")
    assert death.speaker.type == "report" and "unverified reports" in death.speaker.text
    assert "unverified" in death.hedges and death.earliest == "2011-04-04"
    assert inp.raw_text[death.start : death.end] == death.quote


def test_said_gives_named_speaker_and_outlet_is_default(nlp):
    _, claims = claims_of(nlp, "Lena Fischer was born in 1961, her brother Karl Fischer said.")
    assert next(c for c in claims if c.attribute == "birth_date").speaker.type == "named"
    _, plain = claims_of(nlp, "Lena Fischer was born in 1961.")
    assert next(c for c in plain if c.attribute == "birth_date").speaker.type == "outlet"


def test_conflicting_and_agreeing_dates_across_outlets(nlp):
    texts = [("Ivan Petrov was killed in March 2015.", "2016-01-01", "A"),
             ("Ivan Petrov was killed in September 2015.", "2016-01-01", "B"),
             ("Ivan Petrov was killed in 2015.", "2016-01-01", "C")]  # fmt: skip
    inputs = claim_inputs(texts, nlp)
    claims = [c for inp in inputs for c in extract_claims(inp)]
    sources = {inp.doc: inp.outlet for inp in inputs}
    conflicts = find_conflicts(build_clusters(claims, sources), sources)
    assert len(conflicts) == 1 and conflicts[0].kind == "date"
    assert {s.value for s in conflicts[0].sides} == {"March 2015", "September 2015"}


def test_reported_disagreement_needs_a_contrast_cue(nlp):
    text = (
        "Two newspapers claimed the raid was led by the army. "
        "Other sources provide an opposite version, saying the police led it."
    )
    (inp,) = claim_inputs([(text, "2016-01-01", "A")], nlp)
    found = reported_conflicts(inp)
    assert len(found) == 1 and len(found[0].sides) == 2
    (calm,) = claim_inputs(
        [("Two newspapers claimed the raid was led by the army. It lasted two hours.", None, "A")], nlp
    )
    assert reported_conflicts(calm) == []


def test_name_key_tolerates_transliteration():
    assert name_key("Badr al-Din") == name_key("Badreddine")
    assert name_key("Soleimani") == name_key("Suleimani")
    assert name_key("Haddad") != name_key("Petrov")


def test_other_sources_must_say_something_and_one_source_going_on_is_no_disagreement(nlp):
    energy = (
        "The minister said the leak was a disaster. "
        "It shows why we need to find other sources of energy that are cleaner."
    )
    same = (
        "Analyst Ravi Kumar said the plan failed. "
        "Kumar added that the report is disputed by nobody in the industry."
    )
    inputs = claim_inputs([(energy, "2010-05-28", "A"), (same, "2010-05-28", "A")], nlp)
    assert [reported_conflicts(inp) for inp in inputs] == [[], []]
