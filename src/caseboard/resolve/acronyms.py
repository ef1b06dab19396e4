"""Acronyms and the one name of their document whose initials spell them."""

from __future__ import annotations

from caseboard.resolve.kinds import without_unit_word
from caseboard.resolve.linking import Linker
from caseboard.resolve.names import initials
from caseboard.resolve.nodes import Node


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


def merge_doc_acronyms(link: Linker, by_doc: dict[str, list[int]]) -> None:
    """An acronym and the one name in the same document whose initials spell it."""
    for members in by_doc.values():
        fulls = [i for i in members if link.nodes[i].full]
        for i in members:
            node = link.nodes[i]
            if not node.name.acronym:
                continue
            found = link.roots(j for j in fulls if _acronym_matches(node.name.joined, link.nodes[j]))
            if len(found) == 1:
                link.merge(found[0], i, "acronym-initials")
