"""The linker the merge rules share: one constrained union-find over the name nodes, and the log of
every merge it applied or refused with the rule and the mentions it rests on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from caseboard.resolve.nodes import Node
from caseboard.resolve.unionfind import ConstrainedUnionFind

# Blocks with more distinct names than this are not compared pairwise (keeps growth linear).
MAX_BLOCK = 40


@dataclass(slots=True, frozen=True)
class MergeDecision:
    """One merge applied or refused, with the rule and the mentions it rests on."""

    action: str  # "merge" | "keep-apart"
    rule: str
    left: str
    right: str
    evidence: tuple[str, ...]


@dataclass(slots=True)
class Linker:
    nodes: list[Node]
    uf: ConstrainedUnionFind
    decisions: list[MergeDecision] = field(default_factory=list)
    ambiguous: set[int] = field(default_factory=set)  # short forms with several candidates
    pairs: list[tuple[int, int]] = field(default_factory=list)  # related, not merged (demonyms)

    def merge(self, i: int, j: int, rule: str, explicit: bool = False, across: bool = False) -> bool:
        if self.uf.find(i) == self.uf.find(j):
            return False
        why = self.uf.conflict(i, j, explicit, across)
        a, b = self.nodes[i], self.nodes[j]
        evidence = (a.first_mention, b.first_mention)
        if why is not None:
            self.decisions.append(MergeDecision("keep-apart", why, a.name.display, b.name.display, evidence))
            return False
        self.uf.union(i, j, explicit, across)
        self.decisions.append(MergeDecision("merge", rule, a.name.display, b.name.display, evidence))
        return True

    def roots(self, indices: Iterable[int]) -> list[int]:
        return sorted({self.uf.find(i) for i in indices})
