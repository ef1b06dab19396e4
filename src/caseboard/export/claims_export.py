"""Export sections for claims, claim clusters, conflicts and framing (streamed dicts). Every table is
read through store.claims in a fixed number of queries, never one per cluster or conflict."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from caseboard.store import Store
from caseboard.store import claims as claim_store

CLAIM_FIELDS = ("id", "doc", "start", "end", "quote", "subject", "subject_text", "attribute", "value",
                "value_type", "earliest", "latest", "number", "bound", "speaker", "speaker_type",
                "speaker_entity", "hedges", "negated", "cluster")  # fmt: skip
SIDE_FIELDS = ("doc", "start", "end", "quote", "value", "speaker", "speaker_type")


def claims(store: Store) -> Iterator[dict[str, Any]]:
    if not claim_store.has_claims(store):
        return
    for r in claim_store.iter_claim_rows(store):
        item = {k: r[k] for k in CLAIM_FIELDS}
        item["hedges"] = list(item["hedges"] or [])
        yield item


def claim_clusters(store: Store) -> Iterator[dict[str, Any]]:
    if not claim_store.has_claims(store):
        return
    members = claim_store.cluster_claim_ids(store)
    for r in claim_store.cluster_rows(store):
        yield {
            "id": r["id"],
            "subject": r["subject"],
            "subject_text": r["subject_text"],
            "attribute": r["attribute"],
            "sources": list(r["sources"] or []),
            "independent_sources": r["independent"],
            "agreement": r["agreement"],
            "claims": members.get(r["id"], []),
        }


def conflicts(store: Store) -> Iterator[dict[str, Any]]:
    if not claim_store.has_claims(store):
        return
    sides_of = claim_store.sides_by_conflict(store)
    for r in claim_store.conflict_rows(store):
        sides = [{k: s[k] for k in SIDE_FIELDS} for s in sides_of.get(r["id"], [])]
        yield {
            "id": r["id"],
            "kind": r["kind"],
            "explanation": r["explanation"],
            "cluster": r["cluster"],
            "sides": sides,
        }


def framing(store: Store) -> Iterator[dict[str, Any]]:
    if not claim_store.has_claims(store):
        return
    yield from claim_store.framing_rows(store)
