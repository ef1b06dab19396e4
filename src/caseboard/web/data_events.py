"""Conflicts, search and ask for the pages and the API: through caseboard.query, degrading when absent."""

from __future__ import annotations

import importlib
from dataclasses import asdict, is_dataclass
from typing import Any

from caseboard.errors import InputError
from caseboard.query import documents as reads
from caseboard.query.claims import conflicts as query_conflicts
from caseboard.store import Store
from caseboard.web.paging import window

SEARCH = "caseboard.query.search"


def conflicts(store: Store, limit: int | None = None, entity: str | None = None) -> list[dict[str, Any]]:
    """Each conflict with its sides, side by side, each side with its quote and offsets."""
    if not reads.has_table(store, "conflicts"):
        return []
    try:
        views = query_conflicts(store, entity)
    except InputError:
        return []
    return [v.to_json() for v in (views[:limit] if limit else views)]


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def ranked(store: Store, terms: str, entity: str | None = None) -> dict[str, Any]:
    """Every sentence matching ``terms`` (optionally naming ``entity``), best first, as (key, score):
    the whole ranking, so that its pages join up and ``total`` is the number of matching sentences."""
    rank, load = _optional(SEARCH, "rank_sentences"), _optional(SEARCH, "load_index")
    if rank is None or load is None:
        return {"ranked": [], "missing": "search"}
    if not terms.strip():
        return {"ranked": [], "missing": None}
    try:
        allowed = _optional(SEARCH, "entity_sentences")(store, entity) if entity else None
        index = load(store)
        return {"ranked": rank(index, terms, allowed, len(index.rows) + 1), "missing": None}
    except InputError as exc:
        return {"ranked": [], "missing": None, "error": str(exc)}


def search_page(store: Store, found: dict[str, Any], limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """The sentences ranked ``offset`` to ``offset + limit`` of a ``ranked`` search, with their offsets."""
    page = found["ranked"][offset : offset + limit]
    hits = _plain(_optional(SEARCH, "hits_for")(store, page)) if page else []
    rest = {k: v for k, v in found.items() if k != "ranked"}
    return {"results": hits} | window(len(found["ranked"]), limit, offset) | rest


def ask(store: Store, question: str) -> dict[str, Any]:
    func = _optional("caseboard.query.ask", "ask")
    if func is None:
        return {"answer": None, "missing": "ask"}
    if not question.strip():
        return {"answer": None, "missing": None}
    try:
        return {"answer": _plain(func(store, question)), "missing": None}
    except InputError as exc:
        return {"answer": None, "missing": None, "error": str(exc)}
