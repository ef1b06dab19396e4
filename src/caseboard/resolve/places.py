"""Places: other names of one country (U.S. / America / United States) and demonyms
(Iranian -> Iran), the latter kept as a relation unless ``MERGE_DEMONYMS`` is set."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from caseboard.resolve.demonyms import governed_place, place_key, place_of_demonym
from caseboard.resolve.linking import Linker

PLACE_TYPES = frozenset(["GPE", "LOC"])
# Merge a nationality into its country (MEANTIME's gold does); off: a nationality or a
# people ("Iranian officials", "Iranians") is not the state, so it is only related to it.
MERGE_DEMONYMS = False


@dataclass(slots=True, frozen=True)
class Relation:
    """A typed link between two entities that are not merged."""

    kind: str  # "demonym-of"
    source: str  # entity id (the nationality)
    target: str  # entity id (the place)


def _places(link: Linker) -> dict[str, list[int]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(link.nodes):
        if node.label in PLACE_TYPES:
            by_key[place_key(node.name)].append(i)
    return by_key


def merge_place_names(link: Linker) -> None:
    """Places written under another common name (US, America, United States of America),
    and a country's government named after it (the US Government, the Canadian government)."""
    places = _places(link)
    for _key, members in sorted(places.items()):
        for other in members[1:]:
            if link.nodes[other].name.key != link.nodes[members[0]].name.key:
                link.merge(members[0], other, "place-name")
    for i, node in enumerate(link.nodes):
        key = governed_place(node.name) if node.label not in PLACE_TYPES else None
        if key and places.get(key):
            link.merge(places[key][0], i, "government-of-place")


def demonym_pairs(link: Linker) -> list[tuple[int, int]]:
    """(nationality node, place node) pairs; merged too when ``MERGE_DEMONYMS``."""
    places = _places(link)
    pairs = []
    for i, node in enumerate(link.nodes):
        if node.label != "NORP":
            continue
        key = place_of_demonym(node.name)
        if key and places.get(key):
            pairs.append((i, places[key][0]))
            if MERGE_DEMONYMS:
                link.merge(places[key][0], i, "demonym")
    return pairs
