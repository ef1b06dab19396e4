"""What each page shows, gathered through caseboard.query: typed records in, plain JSON-ready dicts out."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import asdict
from typing import Any

from caseboard.errors import InputError
from caseboard.query import documents as reads
from caseboard.query.claims import claims_about
from caseboard.query.claims import framing as framing_about
from caseboard.query.claims_records import ClaimView
from caseboard.query.entities import entity_examples, entity_profile, list_entities
from caseboard.store import Store
from caseboard.web.links import Links
from caseboard.web.paging import numbered

OVERVIEW_SOURCES = 25  # rows of the sources table on the overview; /sources has them all
SOURCES_PAGE = 100  # rows per page of /sources
ENTITY_EXAMPLES = 12  # example sentences on an entity's page; /api/entity/{id}/examples has them all
ALL = 1_000_000_000  # "no limit" for the query functions that take one


def sources(store: Store) -> list[dict[str, Any]]:
    """The documents, each with ``name``: its title, else its path below the folder all sources share."""
    rows = [asdict(s) for s in reads.sources(store)]
    short = short_paths([r["path"] for r in rows])
    for r in rows:
        r["name"] = r["title"] or short[r["path"]]
    return rows


def short_paths(paths: list[str]) -> dict[str, str]:
    """Each path below the deepest folder all of them share (a lone file keeps its file name)."""
    folders = [p.rsplit("/", 1)[0] if "/" in p else "" for p in paths]
    try:
        root = os.path.commonpath(folders) if folders else ""
    except ValueError:  # absolute and relative paths mixed
        root = ""
    cut = len(root) + 1 if root else 0
    return {p: (p[cut:] if p.startswith(root) else p) or p for p in paths}


def labels(store: Store, rows: list[dict[str, Any]]) -> dict[str, str]:
    """How quotes cite each document: outlet and title, else title, else its short path (a bare file name
    like ``441.htm.txt`` is ambiguous across the folders of a large corpus); ``rows``: ``sources(store)``."""
    named = reads.labels(store)
    for r in rows:
        if not r["title"] and not r["outlet"]:
            named[r["id"]] = r["name"]
    return named


def outlets(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """(outlet, documents), most documents first; documents without an outlet count as "outlet unknown"."""
    counts = Counter(r["outlet"] or "outlet unknown" for r in rows)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def overview(
    store: Store, rows: list[dict[str, Any]], timeline: dict[str, Any], conflicts: list[dict[str, Any]]
) -> dict[str, Any]:
    """The overview: how many sources from which outlets, the first of them, main entities and the first
    of the ``conflicts`` (``data_events.conflicts``, which the conflicts page lists too)."""
    dates = sorted(r["published"] for r in rows if r["published"])
    return {
        "sources": rows[:OVERVIEW_SOURCES],
        "source_count": len(rows),
        "outlets": [o for o in outlets(rows) if o[0] != "outlet unknown"],
        "unknown_outlet": sum(1 for r in rows if not r["outlet"]),
        "preview": preview_events(timeline["events"]),
        "dates": (dates[0], dates[-1]) if dates else None,
        "entities": entities(store, top=18),
        "conflicts": conflicts[:5],
        "timeline": timeline,
    }


def preview_events(events: list[dict[str, Any]], count: int = 8) -> list[dict[str, Any]]:
    """The overview's timeline preview: the ``count`` most salient events, in date order."""
    chosen = sorted(events, key=lambda e: e.get("rank", 0))[:count]
    return [e for e in events if any(e is c for c in chosen)]


def source_page(
    rows: list[dict[str, Any]], page: int | None = 1, outlet: str | None = None
) -> dict[str, Any]:
    """One page of the sources (``page`` None: all of them), optionally of one outlet only."""
    chosen = [r for r in rows if (r["outlet"] or "outlet unknown") == outlet] if outlet else rows
    number, pages, first = numbered(len(chosen), page or 1, SOURCES_PAGE)
    shown = chosen if page is None else chosen[first : first + SOURCES_PAGE]
    return {"sources": shown, "total": len(chosen), "first": first, "page": None if page is None else number,
            "pages": pages, "outlet": outlet or "", "outlets": outlets(rows)}  # fmt: skip


def entities(store: Store, top: int | None = 30, type_: str | None = None) -> list[dict[str, Any]]:
    if not reads.has_table(store, "entities"):
        return []
    return [asdict(e) for e in list_entities(store, type_=type_, top=top)]


def entity(store: Store, ident: str) -> dict[str, Any] | None:
    """An entity's profile, facts (claims about it) and framing per source; None when unknown."""
    if not reads.has_table(store, "entities"):
        return None
    try:
        profile = entity_profile(store, ident, examples=ENTITY_EXAMPLES, related=15)
    except InputError:
        return None
    out = asdict(profile)
    eid = profile.entity.id
    out["facts"] = facts(store, eid)
    out["framing"] = framing(store, eid)
    return out


def examples(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Every mention of the entity in its sentence: one per source first, then more, longest first."""
    try:
        return [asdict(x) for x in entity_examples(store, entity_id, limit=ALL)]
    except InputError:
        return []


def facts(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Claims about the entity grouped by (attribute, value), each with every citation; the values the
    most sources state first."""
    try:
        found = claims_about(store, entity_id)
    except InputError:
        return []
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for claim in found:
        key = (claim.attribute, claim.value)
        fresh = {"attribute": key[0], "value": key[1], "citations": [], "sources": set()}
        group = groups.setdefault(key, fresh)
        group["citations"].append(_citation(claim))
        group["sources"].add(claim.doc)
    out = sorted(groups.values(), key=lambda g: (-len(g["sources"]), g["attribute"], g["value"]))
    for g in out:
        g["sources"] = sorted(g["sources"])
    return out


def _citation(claim: ClaimView) -> dict[str, Any]:
    return {
        "doc": claim.doc,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "speaker": None if claim.speaker_type == "outlet" else claim.speaker,
        "source": claim.outlet or claim.path or claim.doc,
        "hedges": list(claim.hedges or []),
        "negated": bool(claim.negated),
    }


def framing(store: Store, entity_id: str | None = None) -> list[dict[str, Any]]:
    """Framing terms per source, side by side: [{target, sources: {source: [terms]}}], the sources
    that use the most framing terms first."""
    if not reads.has_table(store, "framing"):
        return []
    try:
        found = framing_about(store, entity_id or None)
    except InputError:
        return []
    by_target: dict[str, dict[str, Any]] = {}
    for f in found:
        t = by_target.setdefault(f.target, {"target": f.target, "name": f.target_text,
                                            "sources": defaultdict(list)})  # fmt: skip
        t["sources"][f.source].append(
            {k: getattr(f, k) for k in ("kind", "term", "count", "doc", "start", "end", "quote")}
        )
    out = list(by_target.values())
    for t in out:
        weight = {src: sum(term["count"] for term in terms) for src, terms in t["sources"].items()}
        t["sources"] = dict(sorted(t["sources"].items(), key=lambda kv: (-weight[kv[0]], kv[0])))
    return out


def network(store: Store, top: int = 40) -> dict[str, Any]:
    nodes, edges = reads.cooccurrence(store, top)
    links = Links()
    for n in nodes:
        n["href"] = links("entity", n["id"])
    return {"nodes": nodes, "edges": [{"a": a, "b": b, "weight": w} for a, b, w in edges]}
