"""The sentence search index: BM25 (bm25s) over stemmed, lowercased words, kept in the caseboard file.

``search_index_stage`` is a reduce stage: it rebuilds the index from the stored sentences and
writes it in one transaction. ``load_index`` reads it back once per caseboard and process (cached
by the stamp written with it); a caseboard built before the stage existed is indexed in memory.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

from caseboard.config import Config
from caseboard.records import content_id
from caseboard.store import Store
from caseboard.store import search as search_store
from caseboard.store.search import SentenceKey

STAGE_VERSION = "search-1"


@dataclass(slots=True)
class SearchIndex:
    """A loaded BM25 index and the sentence each of its rows stands for."""

    retriever: bm25s.BM25
    rows: list[SentenceKey]
    stamp: str
    position: dict[SentenceKey, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.position = {key: i for i, key in enumerate(self.rows)}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lowercased words without English stop words, Snowball-stemmed."""
    found = bm25s.tokenize(texts, stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False)
    return [list(words) for words in found]


def stem_words(words: list[str]) -> list[str]:
    """The Snowball stems of lowercased words (the index's own normal form)."""
    return _stemmer().stemWords([w.lower() for w in words])


def build_index(store: Store) -> SearchIndex:
    """Index every stored sentence (in memory)."""
    rows: list[SentenceKey] = []
    texts: list[str] = []
    for doc, idx, text in search_store.iter_sentence_texts(store):
        rows.append((doc, idx))
        texts.append(text)
    retriever = bm25s.BM25()
    if texts:
        retriever.index(tokenize(texts), show_progress=False)
    return SearchIndex(retriever, rows, content_id(STAGE_VERSION, search_store.content_stamp(store)))


def search_index_stage(store: Store, cfg: Config) -> None:
    """Reduce stage: rebuild the stored BM25 index of the sentences in one transaction."""
    del cfg  # no settings
    index = build_index(store)
    search_store.write_index(store, serialize(index), index.rows, index.stamp)


def serialize(index: SearchIndex) -> dict[str, bytes]:
    if not index.rows:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        index.retriever.save(tmp)
        return {p.name: p.read_bytes() for p in Path(tmp).iterdir() if p.is_file()}


def deserialize(files: dict[str, bytes], rows: list[SentenceKey], stamp: str) -> SearchIndex:
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files.items():
            (Path(tmp) / name).write_bytes(data)
        retriever = bm25s.BM25.load(tmp, show_progress=False)
    return SearchIndex(retriever, rows, stamp)


_CACHE: dict[str, SearchIndex] = {}


def load_index(store: Store) -> SearchIndex:
    """The caseboard's index, loaded once per file and stamp; built in memory when none is stored."""
    stamp = search_store.index_stamp(store)
    live = stamp is None
    if live:
        stamp = content_id(STAGE_VERSION, search_store.content_stamp(store))
    key = str(store.path.resolve())
    cached = _CACHE.get(key)
    if cached is not None and cached.stamp == stamp:
        return cached
    stored = None if live else search_store.read_index(store)
    index = build_index(store) if stored is None else deserialize(*stored, stamp)
    _CACHE[key] = index
    return index


def scores(index: SearchIndex, terms: str) -> np.ndarray:
    """BM25 score of every row for ``terms`` (zeros when no word of them is indexed)."""
    if not index.rows:
        return np.zeros(0)
    vocab = index.retriever.vocab_dict
    words = [w for w in tokenize([terms])[0] if w in vocab]
    if not words:
        return np.zeros(len(index.rows))
    return np.asarray(index.retriever.get_scores(words), dtype=float)
