"""Name nodes: the mentions of one document that carry the same cleaned name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from caseboard.records import Mention
from caseboard.resolve.names import Name, clean_name

# spaCy labels that name things; anything else (DATE, CARDINAL, ...) is left unresolved.
NAME_LABELS = frozenset(
    ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"]
)
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC", "NORP"])
ORG_LIKE = frozenset(["ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"])


def name_part(text: str) -> str:
    """The text before a parenthesis or a citation mark the tagger swallowed:
    "Islamic Jihad (PIJ)", "Ali Abdullah.[22][23"."""
    for mark in ("(", "["):
        if text.find(mark) > 0:
            text = text.split(mark)[0]
    return text


@dataclass(slots=True)
class Node:
    doc: str
    name: Name
    mentions: list[Mention] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)

    @property
    def label(self) -> str:
        """Most frequent label; ties go to the alphabetically first label (deterministic)."""
        return min(self.labels, key=lambda lab: (-self.labels[lab], lab))

    @property
    def full(self) -> bool:
        return len(self.name.tokens) > 1

    @property
    def is_person(self) -> bool:
        return self.full and self.label == "PERSON"

    @property
    def is_org(self) -> bool:
        return self.label == "ORG" and not self.name.acronym

    @property
    def first_mention(self) -> str:
        return self.mentions[0].id

    def person_share(self) -> float:
        return self.labels["PERSON"] / max(1, sum(self.labels.values()))


def named_mentions(mentions: Iterable[Mention]) -> Iterator[tuple[Mention, Name]]:
    """Mentions with a name label and a usable cleaned name, in document order."""
    ordered = sorted(mentions, key=lambda m: (m.doc, m.start, m.end, m.id))
    for mention in ordered:
        if mention.label not in NAME_LABELS:
            continue
        name = clean_name(name_part(mention.text), mention.label in ORG_LIKE)
        if name is not None and _looks_like_name(name):
            yield mention, name


def _looks_like_name(name: Name) -> bool:
    """At least one word written with a capital (iPod counts) or in another script, or a
    model number (A380, 787); two letters or more unless a model number."""
    letters = sum(c.isalpha() for c in name.display)
    if letters < 2:
        return any(c.isdigit() for c in name.display)
    return any(not w[:1].islower() or any(c.isupper() for c in w) for w in name.display.split())


def build_nodes(named: Iterable[tuple[Mention, Name]]) -> list[Node]:
    """One node per (document, name key, given-name honorific), sorted by document and key."""
    by_key: dict[tuple[str, str, bool], Node] = {}
    for mention, name in named:
        key = (mention.doc, name.key, name.given_honorific)
        node = by_key.get(key)
        if node is None:
            node = by_key[key] = Node(mention.doc, name)
        node.mentions.append(mention)
        node.labels[mention.label] += 1
    return [by_key[k] for k in sorted(by_key)]
