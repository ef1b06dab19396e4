"""Counted facts (tolls, cases, leaked amounts) and dated happenings, compared across outlets."""

from pathlib import Path

import pytest

from caseboard.compare.claims_cluster import build_clusters
from caseboard.compare.conflicts import find_conflicts
from caseboard.extract.claims import extract_claims
from caseboard.extract.claims_text import claim_inputs

TIMELINE17 = Path(__file__).resolve().parents[3] / "shared" / "bench" / "timeline17"
_TOKENS = {"-LRB-": "(", "-RRB-": ")", "``": '"', "''": '"', " 's": "'s", " ,": ",", " .": ".", " n't": "n't"}


def numbers(nlp, text, published="2009-04-26"):
    (inp,) = claim_inputs([(text, published, "Outlet")], nlp)
    return [c for c in extract_claims(inp) if c.value_type == "number"]


def board(nlp, texts):
    inputs = claim_inputs(texts, nlp)
    claims = [c for inp in inputs for c in extract_claims(inp)]
    sources = {inp.doc: inp.outlet for inp in inputs}
    clusters = build_clusters(claims, sources)
    return clusters, find_conflicts(clusters, sources)


def test_gallons_and_barrels_are_one_leak_rate(nlp):
    (gallons,) = numbers(nlp, "The well is leaking 42,000 gallons of oil a day into the Gulf.", "2010-04-26")
    (barrels,) = numbers(nlp, "Some 1,000 barrels of oil a day are leaking from the well.", "2010-04-26")
    assert gallons.attribute == barrels.attribute == "amount:leak:day"
    assert gallons.number == pytest.approx(1000) and barrels.bound == "approx"
    assert gallons.subject == barrels.subject == "leak@published 2010-04-26"


def test_confirmed_and_suspected_tolls_are_different_figures(nlp):
    (confirmed,) = numbers(nlp, "Mexico has confirmed 20 deaths from the virus.")
    (suspected,) = numbers(nlp, "The virus is suspected of killing 81 people in Mexico.")
    (plain,) = numbers(nlp, "The virus has killed 81 people in Mexico.")
    assert confirmed.attribute == "count:deaths:people:confirmed"
    assert suspected.attribute == "count:deaths:people:suspected"
    assert plain.attribute == "count:deaths:people" and plain.subject.endswith("@published 2009-04-26")


def test_hypotheticals_increments_generic_rates_and_lists_are_not_counted(nlp):
    assert numbers(nlp, "Up to 100,000 barrels of oil could spill into the Gulf.") == []
    assert numbers(nlp, "Officials have confirmed 20 more deaths in Mexico.") == []
    assert (
        numbers(nlp, "Seasonal flu kills about 36,000 people in the United States in an average year.") == []
    )
    listing = (
        "In 1991, 520m gallons were released in Kuwait, and in 1979, 140m gallons were spilled in Mexico."
    )
    assert numbers(nlp, listing) == []  # which year goes with which amount is not clear


def test_a_finished_happening_at_a_named_site_is_compared_across_days(nlp):
    texts = [("The explosion on the Northfield rig killed 11 workers.", "2012-03-05", "A"),
             ("The explosion on the Northfield rig killed 15 workers.", "2012-03-20", "B"),
             ("In 2005 an explosion at the Northfield refinery killed 3 workers.", "2012-03-20",
              "C")]  # fmt: skip
    _, conflicts = board(nlp, texts)
    assert len(conflicts) == 1 and conflicts[0].kind == "number"
    assert {s.value for s in conflicts[0].sides} == {"11", "15"}


def test_event_dates_of_a_site_conflict_only_when_disjoint(nlp):
    texts = [("The Northfield Star rig exploded on March 3, 2012.", "2012-03-10", "A"),
             ("The Northfield Star rig exploded in March 2012.", "2012-04-10", "B"),
             ("The Northfield Star rig exploded on March 6, 2012.", "2012-03-10", "C"),
             ("The Northfield Star rig sank on March 5, 2012.", "2012-03-10", "D")]  # fmt: skip
    clusters, conflicts = board(nlp, texts)
    assert len(conflicts) == 1 and conflicts[0].kind == "date"
    assert {s.value for s in conflicts[0].sides} == {"March 3, 2012", "March 6, 2012"}
    assert any(c.attribute == "event_date:sink" and c.agreement == "single" for c in clusters)


def _article(outlet: str, day: str, name: str) -> tuple[str, str, str]:
    text = " ".join((TIMELINE17 / f"bpoil_{outlet}" / "InputDocs" / day / name).read_text().splitlines())
    for old, new in _TOKENS.items():
        text = text.replace(old, new)
    return text, day, outlet


@pytest.mark.skipif(not TIMELINE17.exists(), reason="public bench data not present")
def test_two_real_outlets_agree_on_the_leak_rate_of_the_day(nlp):
    """BBC in barrels, Fox News in gallons, the same day (Timeline17 bpoil, 26 April 2010)."""
    texts = [_article("bbc", "2010-04-26", "1623.htm.txt"), _article("foxnews", "2010-04-26", "1231.htm.txt")]
    clusters, conflicts = board(nlp, texts)
    rate = next(c for c in clusters if c.attribute == "amount:leak:day")
    assert set(rate.sources) == {"bbc", "foxnews"} and rate.independent >= 2 and rate.agreement == "agree"
    assert {c.value for c in rate.claims} >= {"1,000 barrels", "42,000 gallons"}
    assert not [c for c in conflicts if c.kind == "number"]
