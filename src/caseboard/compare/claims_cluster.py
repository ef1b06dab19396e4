"""Corroboration: claims about the same thing clustered across documents, with who states them.

A cluster is (subject, attribute): an age joins the birth dates of the same person. Sources are
outlets (the document id when the outlet is unknown). Independent sources count distinct origins:
an outlet speaking in its own voice is its own origin, a quoted or reported source is that source,
so two outlets repeating one report count once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from caseboard.compare.claims_values import incompatible
from caseboard.extract.claims_records import NUMBER, OUTLET, Claim, Cluster
from caseboard.records import content_id

CLUSTERED = (
    "birth_date",
    "birth_place",
    "death_date",
    "death_place",
    "death_actor",
    "count:",
    "amount:",
    "event_date:",
)


def cluster_key(c: Claim) -> str | None:
    """What a claim is about, or None for claims that are only listed (statements, roles)."""
    if not c.attribute.startswith(CLUSTERED):
        return None
    if c.match and not c.match.startswith("site:") and not c.subject.startswith("name:"):
        return f"{c.subject}|{c.attribute}"  # a resolved person: "Juan Perez" is not "Santiago Perez"
    subject = c.match + c.subject[c.subject.find("@") :] if c.match and "@" in c.subject else c.match
    return f"{subject or c.subject}|{c.attribute}"


def origin(c: Claim, source: str) -> str:
    """Where a claim comes from: the outlet's own voice, or the source it quotes."""
    if c.speaker.type == OUTLET:
        return "outlet:" + source
    if c.speaker.entity:
        return "entity:" + c.speaker.entity
    return "speaker:" + re.sub(r"\W+", " ", c.speaker.text.casefold()).strip()


def build_clusters(claims: list[Claim], sources: dict[str, str]) -> list[Cluster]:
    """Cluster the comparable claims; ``sources`` maps doc id -> outlet (or doc id)."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        key = cluster_key(c)
        if key is not None:
            groups[key].append(c)
    return [_cluster(key, members, sources) for key, members in sorted(groups.items())]


def _cluster(key: str, members: list[Claim], sources: dict[str, str]) -> Cluster:
    first = members[0]
    names = sorted({sources.get(c.doc, c.doc) for c in members})
    origins = {origin(c, sources.get(c.doc, c.doc)) for c in members if not c.negated}
    return Cluster(
        id=content_id("cluster", key),
        key=key,
        subject=first.subject,
        subject_text=max((c.subject_text for c in members), key=len),
        attribute=first.attribute,
        claims=members,
        sources=names,
        independent=len(origins),
        agreement=agreement(members, sources),
    )


def agreement(members: list[Claim], sources: dict[str, str]) -> str:
    """single (one document) | conflict (some pair cannot both be true) | agree."""
    if len({c.doc for c in members}) < 2:
        return "conflict" if conflicting_pairs(members, sources) else "single"
    return "conflict" if conflicting_pairs(members, sources) else "agree"


def conflicting_pairs(members: list[Claim], sources: dict[str, str]) -> list[tuple[Claim, Claim, str]]:
    """Incompatible pairs from different origins. Inside one document only between different
    speakers, never for counts (an article listing several incidents); and one origin against
    itself (an outlet's own voice in two articles, one quoted speaker twice) is a revision of a
    figure or a wording, not a disagreement between sources."""
    out = []
    for a, b in combinations(members, 2):
        if a.doc == b.doc and (a.speaker.text == b.speaker.text or a.value_type == NUMBER):
            continue
        if origin(a, sources.get(a.doc, a.doc)) == origin(b, sources.get(b.doc, b.doc)):
            continue
        kind = incompatible(a, b)
        if kind is not None:
            out.append((a, b, kind))
    return out
