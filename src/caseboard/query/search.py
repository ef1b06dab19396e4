"""Ranked sentences for a few words, optionally only those naming one entity."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from caseboard.errors import InputError
from caseboard.query.search_index import SearchIndex, load_index, scores
from caseboard.store import Store
from caseboard.store import search as search_store
from caseboard.store.search import SentenceKey

SEMANTIC_POOL = 40  # BM25 candidates reranked by the embedding model


@dataclass(slots=True)
class SearchHit:
    doc: str
    path: str
    outlet: str | None
    sentence: int  # sentence index in the document
    start: int  # original-text offsets of the sentence
    end: int
    quote: str
    score: float


def search(
    store: Store, terms: str, *, entity: str | None = None, limit: int = 10, semantic: bool = False
) -> list[SearchHit]:
    """The sentences best matching ``terms`` (BM25; reranked by sentence embeddings if ``semantic``)."""
    if not terms.strip():
        raise InputError("give some words to search for")
    index = load_index(store)
    allowed = entity_sentences(store, entity) if entity else None
    pool = max(limit, SEMANTIC_POOL) if semantic else limit
    hits = hits_for(store, rank_sentences(index, terms, allowed, pool))
    if semantic:
        from caseboard.query.embeddings import rerank

        hits = rerank(terms, hits)
    return hits[:limit]


def entity_sentences(store: Store, name: str) -> set[SentenceKey]:
    """Sentences naming the entity called ``name`` (by resolved links, else by mention text)."""
    if not search_store.has_rows(store, "entities"):
        found = search_store.sentences_mentioning(store, name)
        if not found:
            raise InputError(f"no mention matches {name!r}")
        return found
    ids = search_store.entity_ids_named(store, name)
    if not ids:
        from caseboard.query.entities import find_entity

        ids = [find_entity(store, name)]
    return search_store.entity_sentences(store, ids)


def rank_sentences(
    index: SearchIndex, terms: str, allowed: Collection[SentenceKey] | None, limit: int
) -> list[tuple[SentenceKey, float]]:
    """The ``limit`` best (sentence, score) pairs with a positive score, best first."""
    values = scores(index, terms)
    if allowed is not None:
        mask = np.zeros(len(values), dtype=bool)
        mask[[index.position[k] for k in allowed if k in index.position]] = True
        values = np.where(mask, values, 0.0)
    positive = np.flatnonzero(values > 0)
    if positive.size > limit:
        positive = positive[np.argpartition(-values[positive], limit - 1)[:limit]]
    order = sorted(positive.tolist(), key=lambda i: (-values[i], index.rows[i]))
    return [(index.rows[i], float(values[i])) for i in order]


def hits_for(store: Store, ranked: list[tuple[SentenceKey, float]]) -> list[SearchHit]:
    rows = search_store.sentence_rows(store, [key for key, _ in ranked])
    return [
        SearchHit(r["doc"], r["path"], r["outlet"], r["idx"], r["start"], r["end"], r["text"], score)
        for key, score in ranked
        if (r := rows.get(key)) is not None
    ]
