"""A surname alone in a document that names two people with that surname (Imad and
Jihad Mughniyeh): each mention goes to the nearest full name before it, or, when no
full name precedes it, to the one mentioned most; a mention with two of those full
names in the few sentences before it is left on its own (ambiguous)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from caseboard.records import Mention
from caseboard.resolve.match import persons_compatible, surname_of
from caseboard.resolve.names import GENERATIONAL
from caseboard.resolve.nodes import Node

# A mention is ambiguous when full names of two people were mentioned this many
# sentences before it or fewer (0: the same sentence).
AMBIGUOUS_WINDOW = 2


@dataclass(slots=True)
class SurnameSplit:
    """Nodes after splitting, and for each new sub-node the node it refers to."""

    nodes: list[Node]
    anchors: dict[int, int] = field(default_factory=dict)  # sub-node -> full-name node
    ambiguous: set[int] = field(default_factory=set)  # sub-nodes left on their own


def _people(candidates: list[int], nodes: list[Node]) -> list[list[int]]:
    """Candidate full-name nodes grouped by person (Imad Mughniyeh / Imad Mughniyah)."""
    people: list[list[int]] = []
    for j in candidates:
        for person in people:
            if all(persons_compatible(nodes[j].name, nodes[k].name) for k in person):
                person.append(j)
                break
        else:
            people.append([j])
    return people


def _choose(mention: Mention, people: list[list[int]], nodes: list[Node]) -> int | None:
    """The person (index in ``people``) a surname mention refers to, or None. "Mughniyeh
    Jr." names the younger of two, which the names alone cannot tell: None."""
    if any(_bare_word(w) in GENERATIONAL for w in mention.text.split()[1:]):
        return None
    before = [
        (m.start, p, m.sent)
        for p, person in enumerate(people)
        for j in person
        for m in nodes[j].mentions
        if m.start < mention.start
    ]
    if before:
        near = {p for _, p, sent in before if mention.sent - sent <= AMBIGUOUS_WINDOW}
        if len(near) > 1:
            return None
        return max(before)[1]
    counts = Counter({p: sum(len(nodes[j].mentions) for j in person) for p, person in enumerate(people)})
    (top, n), *rest = counts.most_common()
    return None if rest and rest[0][1] == n else top


def _bare_word(word: str) -> str:
    return word.lower().strip(".,;:")


def split_surnames(nodes: list[Node]) -> SurnameSplit:
    """Split each one-word person node whose surname fits two or more people of its document."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_doc[node.doc].append(i)
    out = SurnameSplit(list(nodes))
    for members in by_doc.values():
        persons = [j for j in members if nodes[j].is_person]
        for i in members:
            node = nodes[i]
            if node.full or node.name.acronym or not node.may_be_person():
                continue
            people = _people([j for j in persons if surname_of(node.name, nodes[j].name)], nodes)
            if len(people) < 2:
                continue
            parts: dict[int | None, list[Mention]] = defaultdict(list)
            for mention in node.mentions:
                parts[_choose(mention, people, nodes)].append(mention)
            _apply(out, i, people, parts)
    return out


def _apply(out: SurnameSplit, i: int, people: list[list[int]], parts: dict) -> None:
    node = out.nodes[i]
    order = sorted(parts, key=lambda p: parts[p][0].start)
    for k, person in enumerate(order):
        mentions = parts[person]
        sub = Node(node.doc, node.name, mentions, Counter(m.label for m in mentions))
        if k == 0:
            out.nodes[i] = sub
            index = i
        else:
            index = len(out.nodes)
            out.nodes.append(sub)
        if person is None:
            out.ambiguous.add(index)
        else:
            out.anchors[index] = people[person][0]
