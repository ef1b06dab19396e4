"""Acronyms and the one name of their document whose initials spell them.

Initials alone are weak evidence: "BP" is spelled by Bobby Pitre, Belle Pass and Brown
Pelican as well as by the company. An acronym the text does not define joins a name by its
initials only when, over all documents, that name is the one expansion attested for the
acronym (by initials or by a definition) and it names an organisation (or, for an acronym
tagged as a place, a place)."""

from __future__ import annotations

from collections import defaultdict

from caseboard.resolve.kinds import without_unit_word
from caseboard.resolve.linking import Linker
from caseboard.resolve.match import expansions_related
from caseboard.resolve.names import Name, initials
from caseboard.resolve.nodes import Node

# Labels of a name that may spell out an acronym tagged with the key label.
EXPANSION_LABELS = {"ORG": frozenset(["ORG"]), "GPE": frozenset(["GPE"])}


def _acronym_matches(acronym: str, node: Node) -> bool:
    """The initials spell the acronym, or begin with it, or, three words or more, are its
    beginning: a long name the tagger cut short (EADS / European Aeronautic Defence)."""
    full = initials(node.name)
    if len(acronym) < 2:
        return False
    if without_unit_word(node.name) and acronym == full[:-1]:
        return True  # KH / Kataa'b Hizbullah Brigades
    return acronym == full or (len(acronym) >= 3 and (full.startswith(acronym) or _cut_short(acronym, full)))


def _cut_short(acronym: str, full: str) -> bool:
    return len(full) >= 3 and acronym.startswith(full)


def holds_acronym(name: Name) -> bool:
    """A word of the name is itself written as an acronym (U.S. Senate, BST Protesters):
    such a name uses an acronym, it does not spell one out."""
    for word in name.display.split():
        letters = word.replace(".", "").replace("-", "").replace("&", "")
        if len(letters) >= 2 and letters.isalpha() and letters.isupper():
            return True
    return False


def _doc_candidates(link: Linker, by_doc: dict[str, list[int]]) -> list[tuple[int, int]]:
    """(acronym node, expansion node): in each document, an acronym and the one full name
    whose initials spell it."""
    pairs: list[tuple[int, int]] = []
    for members in by_doc.values():
        fulls = [i for i in members if link.nodes[i].full and not holds_acronym(link.nodes[i].name)]
        for i in members:
            node = link.nodes[i]
            if not node.name.acronym:
                continue
            found = [j for j in fulls if _acronym_matches(node.name.joined, link.nodes[j])]
            if len(link.roots(found)) == 1:
                pairs.append((i, found[0]))
    return pairs


def one_expansion(names: list[Name]) -> bool:
    """All the names given for an acronym are spellings or short forms of one name."""
    return all(expansions_related(names[0], other) for other in names[1:])


def _fits_type(acronym: Node, expansion: Node) -> bool:
    """The expansion names an organisation (a place, for an acronym tagged as one); never a
    person (Bobby Pitre), a local place (Belle Pass) or a nationality (Brown Pelican)."""
    return expansion.label in EXPANSION_LABELS.get(acronym.label, frozenset())


def merge_doc_acronyms(link: Linker, by_doc: dict[str, list[int]], defined: dict[str, list[Name]]) -> None:
    """An acronym and the name of its document whose initials spell it, when that name is
    the one expansion attested for the acronym in all documents (``defined``: the names
    the texts define for each acronym key) and is of a type that fits."""
    by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, j in _doc_candidates(link, by_doc):
        by_key[link.nodes[i].name.key].append((i, j))
    for key in sorted(by_key):
        pairs = by_key[key]
        names = [link.nodes[j].name for _, j in pairs] + defined.get(key, [])
        if not one_expansion(names):
            continue
        for i, j in pairs:
            if _fits_type(link.nodes[i], link.nodes[j]):
                link.uf.add_expansion(j, key, link.nodes[j].name)
                link.merge(j, i, "acronym-initials")


def defined_expansions(link: Linker, owners: list[tuple[str, int]]) -> dict[str, list[Name]]:
    """Acronym key -> the full names the texts define for it ((acronym key, owner node) pairs)."""
    out: dict[str, list[Name]] = defaultdict(list)
    for key, owner in owners:
        if link.nodes[owner].full:
            out[key].append(link.nodes[owner].name)
    return out
