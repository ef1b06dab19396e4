"""caseboard.query.claims on the seeds: typed records whose fields are the stored columns, quotes that
read back from the original text, and the InputErrors a reader sees for an unknown name."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from caseboard.api import Caseboard
from caseboard.errors import InputError
from caseboard.extract.claims_records import FramingTerm
from caseboard.query.claims import claims_about, conflicts, framing
from caseboard.query.claims_records import ClaimView, ConflictView, SideView
from caseboard.store import claims as claim_store


def test_records_hold_every_stored_column_in_table_order(seeds_board: Caseboard) -> None:
    """The JSON of the CLI and the API is ``asdict`` of these records: a column added to a table, or
    moved, must show up here rather than silently change or drop out of that JSON."""
    with seeds_board.store() as store:
        claim_cols = list(next(claim_store.iter_claim_rows(store)))
        conflict = claim_store.conflict_rows(store)[0]["id"]
        side_cols = list(claim_store.side_rows(store, [conflict])[conflict][0])
        framing_cols = list(claim_store.framing_rows(store)[0])
        side = conflicts(store)[0].sides[0]
    assert [f.name for f in fields(ClaimView)] == claim_cols
    assert list(side.to_json()) == side_cols
    assert [f.name for f in fields(FramingTerm)] == framing_cols


def test_claims_about_a_person_quote_the_original_text(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        found = claims_about(store, "Soleimani")
        raw = dict(store.query("SELECT id, raw_text FROM documents"))
        paths = dict(store.query("SELECT id, path FROM documents"))
    assert found and all(isinstance(c, ClaimView) for c in found)
    assert {c.attribute for c in found} >= {"birth_date"}
    for c in found:
        assert raw[c.doc][c.start : c.end] == c.quote
        assert c.path == paths[c.doc]


def test_conflicts_carry_typed_sides_and_filter_by_entity(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        every = conflicts(store)
        about = conflicts(store, "Badreddine")
        raw = dict(store.query("SELECT id, raw_text FROM documents"))
    assert every and all(isinstance(c, ConflictView) for c in every)
    assert about and {c.id for c in about} <= {c.id for c in every}
    for c in every:
        assert len(c.sides) >= 2 and all(isinstance(s, SideView) and s.conflict == c.id for s in c.sides)
        assert [s.idx for s in c.sides] == list(range(len(c.sides)))
        assert all(raw[s.side.doc][s.side.start : s.side.end] == s.side.quote for s in c.sides)
        assert json.loads(json.dumps(c.to_json())) == c.to_json()  # the JSON edge: plain values only


def test_framing_of_one_entity_is_part_of_all_framing(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        everything = framing(store)
        one = framing(store, "Soleimani")
        with pytest.raises(InputError, match="no framing recorded"):
            framing(store, "Nobody Atall")
        with pytest.raises(InputError, match="no claims about"):
            claims_about(store, "Nobody Atall")
    assert one and all(isinstance(t, FramingTerm) for t in one)
    assert len({t.target for t in one}) == 1 and len({t.target for t in everything}) > 1
    assert all(t in everything for t in one)
