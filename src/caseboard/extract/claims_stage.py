"""Reduce stage: claims per document, then clusters, conflicts and framing across documents."""

from __future__ import annotations

from collections import Counter

from caseboard.compare.claims_cluster import build_clusters
from caseboard.compare.conflicts import find_conflicts
from caseboard.compare.conflicts_reported import reported_conflicts
from caseboard.compare.framing import document_framing
from caseboard.config import Config
from caseboard.extract.claims import extract_claims, full_names, subject_key
from caseboard.extract.claims_records import Claim, ClaimInput, Conflict, FramingTerm
from caseboard.store import Store
from caseboard.store import claims as claim_store

FRAMING_TARGETS = 40  # entities (by sources, then mentions) whose framing is compared
TARGET_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def claims_stage(store: Store, cfg: Config) -> None:
    """Rewrite the claims tables from the stored per-document rows, reading each document once (one
    at a time: a large caseboard's tokens are never all in memory)."""
    claim_store.ensure_tables(store)
    sources = claim_store.source_names(store)
    claims: list[Claim] = []
    reported: list[Conflict] = []
    framing: list[FramingTerm] = []
    by_docs: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for inp in claim_store.iter_claim_inputs(store):
        doc = inp.doc
        claims.extend(extract_claims(inp))
        reported.extend(reported_conflicts(inp))
        # the targets are known only once every document has been read: each document's framing is
        # taken for all its entities and cut to the targets at the end (one target's terms do not
        # depend on the others)
        framing.extend(document_framing(inp, None, sources.get(doc, doc)))
        keys = target_keys(inp)
        mentions.update(keys)
        by_docs.update(set(keys))
    targets = framing_targets(by_docs, mentions)
    clusters = build_clusters(claims, sources)
    conflicts = find_conflicts(clusters, sources) + reported
    claim_store.write_all(store, claims, clusters, conflicts, [f for f in framing if f.target in targets])


def target_keys(inp: ClaimInput) -> list[str]:
    """The subject key of each mention of a person, organisation, place or group of the document."""
    full = full_names(inp.mentions)
    return [subject_key(m, inp.entity_of, full) for m in inp.mentions if m.label in TARGET_LABELS]


def framing_targets(by_docs: Counter[str], mentions: Counter[str]) -> set[str]:
    """Subject keys of the entities most sources mention (at least two sources; ``by_docs``: documents
    naming each key, ``mentions``: its mentions), the most mentioned first among equals."""
    ranked = sorted((k for k, n in by_docs.items() if n >= 2), key=lambda k: (-by_docs[k], -mentions[k], k))
    return set(ranked[:FRAMING_TARGETS])
