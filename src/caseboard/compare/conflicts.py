"""Conflicts: values within one cluster that cannot all be true, every side quoted.

One conflict per cluster and kind; its sides are the claims taking part in an incompatible pair,
one side per (document, value, speaker). The explanation is one neutral line: it says that the
sources differ and on what, never which one is right.
"""

from __future__ import annotations

from caseboard.compare.claims_cluster import conflicting_pairs
from caseboard.extract.claims_records import Claim, Cluster, Conflict, Side
from caseboard.records import content_id

ATTRIBUTE_WORDS = {
    "birth_date": "date of birth",
    "birth_place": "place of birth",
    "death_date": "date of death",
    "death_place": "place of death",
    "death_actor": "who caused the death",
}


def attribute_words(attribute: str) -> str:
    if attribute.startswith("event_date:"):
        return f"date of the {attribute.split(':', 1)[1]} event"
    if attribute.startswith("amount:"):
        return "leaked amount (barrels" + (" a day)" if attribute.endswith(":day") else ")")
    if attribute.startswith("count:"):
        _, category, noun, qualifier = (attribute.split(":") + ["", "", ""])[:4]
        return f"number of {category} ({noun}{', ' + qualifier if qualifier else ''})"
    return ATTRIBUTE_WORDS.get(attribute, attribute.replace("_", " "))


def side_of(c: Claim) -> Side:
    return Side(c.id, c.doc, c.start, c.end, c.quote, c.value, c.speaker.text, c.speaker.type)


def cluster_conflicts(cluster: Cluster, sources: dict[str, str]) -> list[Conflict]:
    by_kind: dict[str, list[Claim]] = {}
    for a, b, kind in conflicting_pairs(cluster.claims, sources):
        members = by_kind.setdefault(kind, [])
        members.extend(c for c in (a, b) if c not in members)
    out = []
    for kind, members in sorted(by_kind.items()):
        sides = _distinct_sides(members)
        explanation = _explain(cluster, kind, sides, sources)
        out.append(Conflict(content_id("conflict", cluster.id, kind), kind, explanation, cluster.id, sides))
    return out


def _distinct_sides(members: list[Claim]) -> list[Side]:
    seen: set[tuple[str, str, str]] = set()
    sides = []
    for c in sorted(members, key=lambda c: (c.doc, c.start)):
        key = (c.doc, c.value.casefold(), c.speaker.text)
        if key not in seen:
            seen.add(key)
            sides.append(side_of(c))
    return sides


def _explain(cluster: Cluster, kind: str, sides: list[Side], sources: dict[str, str]) -> str:
    parts = []
    for s in sides:
        who = sources.get(s.doc, s.doc)
        via = "" if s.speaker_type == "outlet" else f", citing {s.speaker}"
        parts.append(f"{s.value!r} ({who}{via})")
    lead = f"Sources differ on the {attribute_words(cluster.attribute)} of {cluster.subject_text}"
    if kind == "age":
        lead += " (an age read as a birth date at the document's date)"
    return f"{lead}: " + " vs ".join(parts)


def find_conflicts(clusters: list[Cluster], sources: dict[str, str]) -> list[Conflict]:
    return [c for cluster in clusters for c in cluster_conflicts(cluster, sources)]
