"""The entity benchmark's own pieces (bench/resolve_data.py, bench/resolve_score.py): a MEANTIME CAT
document read back, the head-word rule, gold-to-predicted matching and B-cubed, on small cases whose
answers are worked out by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from caseboard.records import Mention

BENCH = Path(__file__).resolve().parents[2] / "bench"

CAT = """<?xml version="1.0" ?><Document doc_id="7" doc_name="seven" lang="en">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">of</token>
<token number="2" sentence="0" t_id="3">Cupertino</token>
<token number="3" sentence="1" t_id="4">Apple</token>
<token number="4" sentence="1" t_id="5">sued</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NOM"><token_anchor t_id="5"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="ORG" instance_id="ORG1"/>
<ENTITY m_id="11" ent_type="LOC"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><source m_id="4"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
</Relations>
</Document>
"""


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        import resolve_data
        import resolve_score

        yield resolve_data, resolve_score
    finally:
        sys.path.remove(str(BENCH))


def test_a_cat_document_reads_back_one_sentence_a_line_with_its_named_gold(bench, tmp_path) -> None:
    data, _ = bench
    path = tmp_path / "seven.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = data.read_document(path)
    assert doc.doc == "7" and doc.text == "Apple of Cupertino\nApple sued"
    found = [(g.text, g.cluster) for g in doc.gold]  # the NOM mention is not a named one
    assert found == [("Apple", "ORG1"), ("Cupertino", "7:11"), ("Apple", "ORG1")]
    assert all(doc.text[g.start : g.end] == g.text for g in doc.gold)


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (["Cupertino", ",", "California"], 0),
        (["Apple", "'s", "iTunes", "store"], 3),
        (["the", "Chief", "Executive", "Officer", "of", "General", "Motors"], 3),
        (["of", "Motors"], 1),  # nothing before the post-modifier: the last word
    ],
)
def test_the_head_is_the_last_word_before_a_post_modifier(bench, words: list[str], head: int) -> None:
    data, _ = bench
    assert data.head_token(words) == head


def gold(data, start: int, end: int, cluster: str, head: tuple[int, int] | None = None):  # noqa: ANN001, ANN201
    return data.GoldMention("d", start, end, head or (start, end), cluster, "x" * (end - start), (start, end))


def predicted(start: int, end: int, ident: str) -> Mention:
    return Mention(ident, "d", start, end, "x" * (end - start), "ORG", 0, "")


def test_one_predicted_mention_stands_for_the_gold_mention_it_fits_best(bench) -> None:
    data, score = bench
    city = gold(data, 0, 21, "a", head=(0, 9))  # "Cupertino, California": its head is Cupertino
    state = gold(data, 11, 21, "b")  # the "California" inside it, a gold mention of its own
    other = gold(data, 30, 35, "c")
    mentions = [predicted(0, 21, "p1"), predicted(28, 36, "p2")]
    matched = score.match_gold([city, state, other], mentions)
    assert [m.id if m else None for m in matched] == ["p1", None, "p2"]
    old = score.match_gold([city, state, other], mentions[:1], rule="last-token")
    assert [m.id if m else None for m in old] == ["p1", "p1", None]


def test_bcubed_over_gold_mentions(bench) -> None:
    data, score = bench
    two = [gold(data, 0, 1, "a"), gold(data, 2, 3, "a")]
    assert score.bcubed(two, ["e", "e"]) == (1.0, 1.0, 1.0)
    p, r, f = score.bcubed(two, [None, None])  # undetected: singletons
    assert (p, r) == (1.0, 0.5) and f == pytest.approx(2 / 3)
    p, r, _ = score.bcubed([*two, gold(data, 4, 5, "b")], ["e", "e", "e"])
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3) and r == 1.0
