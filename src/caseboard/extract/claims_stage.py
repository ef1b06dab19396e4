"""Reduce stage: claims per document, then clusters, conflicts and framing across documents."""

from __future__ import annotations

from collections import Counter

from caseboard.compare.claims_cluster import build_clusters
from caseboard.compare.conflicts import find_conflicts
from caseboard.compare.conflicts_reported import reported_conflicts
from caseboard.compare.framing import document_framing
from caseboard.config import Config
from caseboard.extract.claims import extract_claims, full_names, subject_key
from caseboard.extract.claims_records import Claim, Conflict, FramingTerm
from caseboard.store import Store
from caseboard.store import claims as claim_store

FRAMING_TARGETS = 40  # entities (by sources, then mentions) whose framing is compared


def claims_stage(store: Store, cfg: Config) -> None:
    """Rewrite the claims tables from the stored per-document rows (one document at a time)."""
    claim_store.ensure_tables(store)
    sources = claim_store.source_names(store)
    docs = claim_store.document_ids(store)
    targets = framing_targets(store, docs)
    claims: list[Claim] = []
    reported: list[Conflict] = []
    framing: list[FramingTerm] = []
    for doc in docs:
        inp = claim_store.claim_input(store, doc)
        claims.extend(extract_claims(inp))
        reported.extend(reported_conflicts(inp))
        framing.extend(document_framing(inp, targets, sources.get(doc, doc)))
    clusters = build_clusters(claims, sources)
    conflicts = find_conflicts(clusters, sources) + reported
    claim_store.write_all(store, claims, clusters, conflicts, framing)


def framing_targets(store: Store, docs: list[str]) -> set[str]:
    """Subject keys of the entities most sources mention (at least two sources)."""
    by_docs: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for doc in docs:
        inp = claim_store.claim_input(store, doc)
        full = full_names(inp.mentions)
        keys = [
            subject_key(m, inp.entity_of, full)
            for m in inp.mentions
            if m.label in ("PERSON", "ORG", "GPE", "NORP")
        ]
        mentions.update(keys)
        by_docs.update(set(keys))
    ranked = sorted((k for k, n in by_docs.items() if n >= 2), key=lambda k: (-by_docs[k], -mentions[k], k))
    return set(ranked[:FRAMING_TARGETS])
