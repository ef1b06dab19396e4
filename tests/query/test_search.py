"""Sentence search over the seeds' caseboard: ranking, provenance, entity filter, the stored index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseboard.api import Caseboard
from caseboard.errors import InputError
from caseboard.query.search import entity_sentences, search
from caseboard.query.search_index import load_index, search_index_stage
from caseboard.store import Store
from caseboard.store import search as search_store


def raw_texts(store: Store) -> dict[str, str]:
    return dict(store.query("SELECT id, raw_text FROM documents"))


def test_hits_are_ranked_and_quote_the_original_text(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        hits = search(store, "missile factory", limit=5)
        raw = raw_texts(store)
    assert hits, "the seeds mention a missile factory"
    assert "factory" in hits[0].quote.lower() and "missile" in hits[0].quote.lower()
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for hit in hits:
        assert raw[hit.doc][hit.start : hit.end] == hit.quote
        assert hit.path.endswith(".txt")


def test_stemming_matches_other_word_forms(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        hits = search(store, "assassinations", limit=10)
    assert any("assassinated" in h.quote for h in hits)


def test_entity_filter_keeps_only_sentences_naming_it(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        allowed = entity_sentences(store, "Soleimani")
        hits = search(store, "born", entity="Soleimani", limit=10)
        unfiltered = search(store, "born", limit=50)
    assert hits and all((h.doc, h.sentence) in allowed for h in hits)
    assert any("born on March 11, 1957" in h.quote for h in hits)
    assert len(unfiltered) >= len(hits)


def test_unknown_entity_and_empty_terms_are_user_errors(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        with pytest.raises(InputError):
            search(store, "born", entity="Zzyzx Qwertyuiop")
        with pytest.raises(InputError):
            search(store, "   ")


def test_stored_index_round_trips_inside_the_caseboard_file(seeds_board: Caseboard, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(seeds_board.path, copy)
    with Store(copy) as store:
        search_index_stage(store, seeds_board.cfg)
        search_index_stage(store, seeds_board.cfg)  # rebuilt, not appended
        stamp = search_store.index_stamp(store)
        rows = store.query("SELECT count(*) FROM search_rows")[0][0]
        sentences = store.query("SELECT count(*) FROM sentences")[0][0]
    assert stamp is not None and rows == sentences
    with Store(copy, read_only=True) as store:
        index = load_index(store)
        stored = [(h.doc, h.sentence) for h in search(store, "drone strike airport", limit=5)]
        assert index.stamp == stamp and load_index(store) is index  # loaded once, then cached
    with seeds_board.store() as store:
        live = [(h.doc, h.sentence) for h in search(store, "drone strike airport", limit=5)]
    assert stored == live
