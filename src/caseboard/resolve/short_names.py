"""One-word names: a surname, a given name or a short form joined to the one full person name it
stands for in its document, then across documents; never a guess between several."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from caseboard.resolve.demonyms import is_place_word
from caseboard.resolve.linker import MAX_BLOCK, Linker
from caseboard.resolve.match import reads_as_person, surname_of, tokens_variant, typo_of
from caseboard.resolve.names import skeleton
from caseboard.resolve.nodes import Node
from caseboard.resolve.unionfind import orgs_apart


def short_form_candidates(link: Linker, i: int, fulls: list[int]) -> list[int]:
    node = link.nodes[i]
    if node.full or node.name.acronym:
        return []
    if not node.may_be_person():
        return link.roots(_mislabelled_surname_of(link, i, fulls))
    token = node.name.tokens[0]
    hits = [j for j in fulls if surname_of(node.name, link.nodes[j].name)]
    if not hits and node.name.given_honorific:  # Sheikh Yassin after Sheikh Ahmed Yassin
        hits = [j for j in fulls if tokens_variant(token, link.nodes[j].name.tokens[-1])]
    if not hits:
        hits = [j for j in fulls if typo_of(token, link.nodes[j].name.tokens[-1])]
    if not hits and node.label == "PERSON" and len(token) >= 4:  # Imad after Imad Mughniyeh
        hits = [
            j for j in fulls if link.nodes[j].name.tokens[0] == token and reads_as_person(link.nodes[j].name)
        ]
    found = link.roots(hits)
    if len(found) > 1:  # a 4+ word "name" is usually two names the tagger ran together
        found = link.roots(j for j in hits if len(link.nodes[j].name.tokens) < 4) or found
    return found


def _mislabelled_surname_of(link: Linker, i: int, fulls: list[int]) -> list[int]:
    """A one-word name the tagger called a place or an organisation ("Henderson" GPE)
    that is exactly the surname of the one person named in full in an earlier sentence of
    the document, and not a country's name or demonym ("Jordan" stays a place)."""
    node = link.nodes[i]
    if node.name.given_honorific or is_place_word(node.name):
        return []
    first = node.mentions[0].sent
    hits = [
        j
        for j in fulls
        if link.nodes[j].name.tokens[-1] == node.name.tokens[0] and link.nodes[j].mentions[0].sent < first
    ]
    return hits if len(link.roots(hits)) == 1 else []


def merge_doc_short_forms(link: Linker, by_doc: dict[str, list[int]]) -> None:
    """A surname (or given name after Haj/Sayyed, or a given name alone) and the one full
    name in its document (organisation short forms: ``orgs.merge_doc_org_short_forms``)."""
    for members in by_doc.values():
        persons = [j for j in members if link.nodes[j].is_person]
        for i in members:
            found = short_form_candidates(link, i, persons)
            if len(found) == 1:
                link.merge(found[0], i, _short_form_rule(link.nodes[i], [link.nodes[j] for j in persons]))
            elif len(found) > 1:
                link.ambiguous.add(i)


def _short_form_rule(node: Node, persons: list[Node]) -> str:
    family = node.name.given_honorific and any(
        tokens_variant(node.name.tokens[0], p.name.tokens[-1]) for p in persons
    )
    if family or any(surname_of(node.name, p.name) for p in persons):
        return "short-form"
    if any(typo_of(node.name.tokens[0], p.name.tokens[-1]) for p in persons):
        return "typo"
    return "given-name"


def _variant_classes(link: Linker, singles: list[int]) -> list[list[int]]:
    """Single-word names grouped by spelling (Hezbollah, Hizbullah), via skeleton blocks."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in singles:
        by_key[link.nodes[i].name.key].append(i)
    parent = {k: k for k in by_key}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    blocks: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_key):
        blocks[skeleton(key)].append(key)
    for keys in blocks.values():
        for a, b in combinations(keys[:MAX_BLOCK], 2):
            if tokens_variant(a, b):
                parent[max(find(a), find(b))] = min(find(a), find(b))
    classes: dict[str, list[int]] = defaultdict(list)
    for key in sorted(by_key):
        classes[find(key)].extend(by_key[key])
    return [classes[k] for k in sorted(classes)]


def _person_index(link: Linker) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(link.nodes):
        if node.is_person:
            index[skeleton(node.name.tokens[-1])].append(i)
            index["given:" + skeleton(node.name.tokens[0])].append(i)
    return index


def merge_single_names(link: Linker) -> None:
    """One-word names across documents: join the entity they already resolve to when that
    is one entity; otherwise join a unique full person name; never guess between several."""
    singles = [i for i, n in enumerate(link.nodes) if not n.full and not n.name.acronym]
    persons = _person_index(link)
    doc_persons: dict[str, list[int]] = defaultdict(list)
    for j, node in enumerate(link.nodes):
        if node.is_person:
            doc_persons[node.doc].append(j)
    for members in _variant_classes(link, singles):
        anchored = link.roots(i for i in members if link.uf.groups[link.uf.find(i)].full)
        for root in anchored[1:]:
            if not _full_orgs_apart(link, anchored[0], root):
                link.merge(anchored[0], root, "same-name")
        anchored = link.roots(i for i in members if link.uf.groups[link.uf.find(i)].full)
        free = [i for i in members if not link.uf.groups[link.uf.find(i)].full and i not in link.ambiguous]
        if len(anchored) > 1:  # several people: each free one to the one named in its document
            free = [i for i in free if not _anchor_in_document(link, i, anchored, doc_persons)]
        for i in free[1:]:
            link.merge(free[0], i, "same-name")
        if free and len(anchored) <= 1:
            target = anchored or _unique_person(link, free[0], persons)
            if target:
                link.merge(target[0], free[0], "short-form-cross-doc")


def _full_orgs_apart(link: Linker, i: int, j: int) -> bool:
    """Both entities hold multi-word organisation names and none of one side's is related
    to any of the other's: a one-word name they share (Apple: Apple Computer / Apple
    Corps) does not make them one."""
    a, b = ([n for n in link.uf.groups[link.uf.find(k)].orgs if len(n.tokens) > 1] for k in (i, j))
    return orgs_apart(a, b)


def _anchor_in_document(link: Linker, i: int, anchored: list[int], doc_persons: dict[str, list[int]]) -> bool:
    """Merge a one-word name into the one of several entities that has a full person
    name it fits in the name's own document; True when merged."""
    node = link.nodes[i]
    if is_place_word(node.name):
        return False
    hits = [j for j in doc_persons[node.doc] if surname_of(node.name, link.nodes[j].name)]
    found = [r for r in link.roots(hits) if r in anchored]
    return len(found) == 1 and link.merge(found[0], i, "short-form-in-document")


def _unique_person(link: Linker, i: int, persons: dict[str, list[int]]) -> list[int]:
    node = link.nodes[i]
    if not node.may_be_person():
        return []
    prefix = "given:" if node.name.given_honorific else ""
    hits = [
        j
        for j in persons.get(prefix + skeleton(node.name.tokens[0]), [])
        if surname_of(node.name, link.nodes[j].name)
    ]
    found = link.roots(hits)
    return found if len(found) == 1 else []
