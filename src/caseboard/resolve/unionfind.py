"""Union-find over name nodes with cannot-link constraints checked before every union."""

from __future__ import annotations

from dataclasses import dataclass, field

from caseboard.resolve.kinds import is_company_name
from caseboard.resolve.match import expansions_related, orgs_related, persons_compatible
from caseboard.resolve.names import Name


@dataclass(slots=True)
class Group:
    """What a cluster root knows to keep wrong merges out."""

    persons: list[Name] = field(default_factory=list)  # full (2+ token) person names
    orgs: list[Name] = field(default_factory=list)  # organisation names (not acronyms)
    apart: set[tuple[int, int]] = field(default_factory=set)  # (override rule, side) tags
    full: bool = False  # holds a multi-token name (an anchor for short forms)
    # (acronym key, full name) pairs: what an acronym of the cluster was expanded to
    expansions: list[tuple[str, Name]] = field(default_factory=list)


def _person_conflict(a: Group, b: Group) -> bool:
    """Both hold full person names and none of one side's can be any of the other's.
    (A cluster may hold several by explicit evidence: "X, also known as Y".)"""
    return bool(a.persons and b.persons) and not any(
        persons_compatible(x, y) for x in a.persons for y in b.persons
    )


def orgs_apart(a: list[Name], b: list[Name]) -> bool:
    """Both sides hold organisation names and none of one side's is related to any of the other's."""
    return bool(a and b) and not any(orgs_related(x, y) for x in a for y in b)


def _org_conflict(a: Group, b: Group) -> bool:
    return orgs_apart(a.orgs, b.orgs)


def _names_company(person: Name, company: Name) -> bool:
    """The company name opens with the whole person name ("Goldman Sachs" / "Goldman Sachs
    Group"): the tagger's person is the company, not a person it is named after."""
    return company.tokens[: len(person.tokens)] == person.tokens


def _person_company_conflict(a: Group, b: Group) -> bool:
    """One side holds a full person name, the other a company's name ("David Cameron" /
    "Cameron International"), and no person name of one opens a company name of the other:
    a family name the two share ("Cameron") does not make a person a company."""
    for persons, orgs in ((a.persons, b.orgs), (b.persons, a.orgs)):
        companies = [o for o in orgs if is_company_name(o)]
        if persons and companies and not any(_names_company(p, c) for p in persons for c in companies):
            return True
    return False


def _expansion_conflict(a: Group, b: Group) -> bool:
    """Both expand one acronym, and none of one side's expansions is any of the other's:
    BP for British Petroleum in one article and for Belle Pass in another is two bodies."""
    for key in {k for k, _ in a.expansions} & {k for k, _ in b.expansions}:
        mine = [x for k, x in a.expansions if k == key]
        theirs = [y for k, y in b.expansions if k == key]
        if not any(expansions_related(x, y) for x in mine for y in theirs):
            return True
    return False


def _apart(a: Group, b: Group) -> bool:
    return any((rule, 1 - side) in b.apart for rule, side in a.apart)


class ConstrainedUnionFind:
    """Disjoint sets of node indices; a union is refused when it would join a
    "different" override pair or, unless the evidence is explicit (an alias the text
    gives, a "same" override), two incompatible full person names or two unrelated
    organisation names."""

    def __init__(self, groups: list[Group]) -> None:
        self.parent = list(range(len(groups)))
        self.groups = groups

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def conflict(self, i: int, j: int, explicit: bool = False, across: bool = False) -> str | None:
        """Why nodes ``i`` and ``j`` must stay apart, or None. ``across``: explicit evidence
        from another document, which still may not join two expansions of one acronym."""
        a, b = self.groups[self.find(i)], self.groups[self.find(j)]
        if _apart(a, b):
            return "override-different"
        if (across or not explicit) and _expansion_conflict(a, b):
            return "different-acronym-expansions"
        if explicit:  # the text itself says the two names are one (an acronym, "also known as")
            return None
        if _person_conflict(a, b):
            return "different-person-names"
        if _org_conflict(a, b):
            return "different-organisation-names"
        if _person_company_conflict(a, b):
            return "person-and-company"
        return None

    def add_expansion(self, i: int, acronym: str, name: Name) -> None:
        """Record that ``name`` (node ``i``'s) is what ``acronym`` stands for in its document."""
        expansions = self.groups[self.find(i)].expansions
        if (acronym, name) not in expansions:
            expansions.append((acronym, name))

    def expanded_alike(self, i: int, j: int, key: str) -> bool:
        """Both clusters spell out acronym ``key``, and to related names (EADS for European
        Aeronautic Defence & Space here, for European Aeronautic Defense there): one body,
        though the organisation-name check cannot relate the two names."""
        a, b = self.groups[self.find(i)], self.groups[self.find(j)]
        mine, theirs = ([n for k, n in g.expansions if k == key] for g in (a, b))
        return bool(mine and theirs) and all(expansions_related(x, y) for x in mine for y in theirs)

    def union(self, i: int, j: int, explicit: bool = False, across: bool = False) -> bool:
        """Join the sets of ``i`` and ``j`` unless a constraint forbids it; True if joined now."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj or self.conflict(ri, rj, explicit, across):
            return False
        if ri > rj:
            ri, rj = rj, ri
        self.parent[rj] = ri
        a, b = self.groups[ri], self.groups[rj]
        a.persons.extend(n for n in b.persons if n not in a.persons)
        a.orgs.extend(n for n in b.orgs if n not in a.orgs)
        a.apart |= b.apart
        a.expansions.extend(e for e in b.expansions if e not in a.expansions)
        a.full = a.full or b.full
        return True
