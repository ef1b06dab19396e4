"""What each page shows, gathered through caseboard.query and caseboard.store (plain dicts, JSON-ready)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from typing import Any

from caseboard.errors import InputError
from caseboard.query import documents as reads
from caseboard.query.claims import claims_about
from caseboard.query.claims import framing as framing_about
from caseboard.query.entities import entity_profile, list_entities
from caseboard.store import Store
from caseboard.store import claims as claim_store
from caseboard.web.links import Links


def sources(store: Store) -> list[dict[str, Any]]:
    return [asdict(s) for s in reads.sources(store)]


def entities(store: Store, top: int = 30, type_: str | None = None) -> list[dict[str, Any]]:
    if not reads.has_table(store, "entities"):
        return []
    return [asdict(e) for e in list_entities(store, type_=type_, top=top)]


def entity(store: Store, ident: str) -> dict[str, Any] | None:
    """An entity's profile, facts (claims about it) and framing per source; None when unknown."""
    if not reads.has_table(store, "entities"):
        return None
    try:
        profile = entity_profile(store, ident, examples=12, related=15)
    except InputError:
        return None
    out = asdict(profile)
    eid = profile.entity.id
    out["facts"] = facts(store, eid)
    out["framing"] = framing(store, eid)
    return out


def facts(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Claims about the entity grouped by (attribute, value), each with every citation."""
    try:
        rows = claims_about(store, entity_id)
    except InputError:
        return []
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["attribute"], row["value"])
        fresh = {"attribute": key[0], "value": key[1], "citations": [], "sources": set()}
        group = groups.setdefault(key, fresh)
        group["citations"].append(_citation(row))
        group["sources"].add(row["doc"])
    out = sorted(groups.values(), key=lambda g: (g["attribute"], -len(g["sources"])))
    for g in out:
        g["sources"] = sorted(g["sources"])
    return out


def _citation(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc": row["doc"],
        "start": row["start"],
        "end": row["end"],
        "quote": row["quote"],
        "speaker": None if row.get("speaker_type") == "outlet" else row.get("speaker"),
        "source": row.get("outlet") or row.get("path") or row["doc"],
        "hedges": list(row.get("hedges") or []),
        "negated": bool(row.get("negated")),
    }


def framing(store: Store, entity_id: str | None = None) -> list[dict[str, Any]]:
    """Framing terms per source, side by side: [{target, sources: {source: [terms]}}]."""
    if not reads.has_table(store, "framing"):
        return []
    try:
        rows = framing_about(store, entity_id) if entity_id else claim_store.framing_rows(store)
    except InputError:
        return []
    by_target: dict[str, dict[str, Any]] = {}
    for row in rows:
        t = by_target.setdefault(row["target"], {"target": row["target"], "name": row["target_text"],
                                                 "sources": defaultdict(list)})  # fmt: skip
        t["sources"][row["source"]].append(
            {k: row[k] for k in ("kind", "term", "count", "doc", "start", "end", "quote")}
        )
    out = list(by_target.values())
    for t in out:
        t["sources"] = dict(t["sources"])
    return out


def network(store: Store, top: int = 40) -> dict[str, Any]:
    nodes, edges = reads.cooccurrence(store, top)
    links = Links()
    for n in nodes:
        n["href"] = links("entity", n["id"])
    return {"nodes": nodes, "edges": [{"a": a, "b": b, "weight": w} for a, b, w in edges]}
