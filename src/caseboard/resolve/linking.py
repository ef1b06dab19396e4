"""The merge rules, applied strongest evidence first over one constrained union-find
(``caseboard.resolve.linker``): aliases, identical names and spelling variants of multi-word names
here; one-word names, in a document and across documents, in ``caseboard.resolve.short_names``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

from caseboard.resolve.evidence import Alias
from caseboard.resolve.kinds import without_unit_word
from caseboard.resolve.linker import MAX_BLOCK, Linker, MergeDecision
from caseboard.resolve.match import names_variant, persons_compatible
from caseboard.resolve.names import skeleton
from caseboard.resolve.nodes import Node
from caseboard.resolve.short_names import merge_doc_short_forms, merge_single_names, short_form_candidates

# The rules' modules import these from here (caseboard.resolve.core, orgs, places, products, acronyms).
__all__ = [
    "Linker",
    "MergeDecision",
    "merge_aliases",
    "merge_doc_short_forms",
    "merge_same_keys",
    "merge_single_names",
    "merge_variants",
    "short_form_candidates",
]


def merge_aliases(link: Linker, aliases: list[Alias], node_of: dict[str, int]) -> dict[str, list[int]]:
    """Acronym definitions, appositions and script pairs: merge with the same document's
    mentions of the alias; return alias key -> nodes, for matching in other documents."""
    by_doc_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, node in enumerate(link.nodes):
        by_doc_key[(node.doc, node.name.key)].append(i)
    alias_index: dict[str, list[int]] = defaultdict(list)
    defined: dict[tuple[str, str], int] = {}  # (document, acronym) -> the first name it defines
    for alias in aliases:
        owner = node_of.get(alias.mention)
        if owner is None:
            continue
        for other in by_doc_key.get((alias.doc, alias.name.key), []):
            link.merge(owner, other, alias.rule, explicit=True)
        if alias.rule == "acronym-definition":  # one acronym defined twice in a document: one body
            link.uf.add_expansion(owner, alias.name.key, link.nodes[owner].name)
            first = defined.setdefault((alias.doc, alias.name.key), owner)
            link.merge(first, owner, "acronym-defined-twice", explicit=True)
        if len(alias.name.tokens) > 1 or alias.name.acronym:  # one word is too weak across documents
            alias_index[alias.name.key].append(owner)
    return alias_index


def merge_same_keys(link: Linker, alias_index: dict[str, list[int]]) -> None:
    """Identical multi-word names and acronyms across documents; then a name another
    document gave as an alias (explicit evidence, so the name checks do not apply)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(link.nodes):
        index[node.name.key].append(i)
    for key in sorted(index):
        members = index[key]  # an acronym and a word spelled alike: a headline in capitals
        if any(link.nodes[i].full or link.nodes[i].name.acronym for i in members):
            for other in members[1:]:
                expanded = link.uf.expanded_alike(members[0], other, key)
                link.merge(members[0], other, "same-name", explicit=expanded, across=True)
    for key in sorted(alias_index):
        for owner in alias_index[key] if key in index else []:
            link.merge(owner, index[key][0], "alias-in-other-document", explicit=True, across=True)


def _blocking_keys(node: Node) -> list[str]:
    tokens = node.name.tokens
    joined = skeleton(node.name.joined)
    keys = [joined, joined.rstrip("s")]
    if len(tokens) > 1:
        keys.append(f"{skeleton(tokens[0])}~{skeleton(tokens[-1])}")
    short = without_unit_word(node.name)
    if short:  # Kataa'b Hizbullah Brigades is compared with Kata'ib Hezbollah
        keys.append(skeleton("".join(short)))
    return keys


def _compare_blocks(link: Linker, members: list[int], same: Callable[[Node, Node], bool], rule: str) -> None:
    blocks: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in members:
        for key in _blocking_keys(link.nodes[i]):
            blocks[key][link.nodes[i].name.key].append(i)
    for key in sorted(blocks):
        names = blocks[key]
        if len(names) > MAX_BLOCK:
            continue
        for a, b in combinations(sorted(names), 2):
            first, second = names[a][0], names[b][0]
            if same(link.nodes[first], link.nodes[second]):
                link.merge(first, second, rule)


def merge_variants(link: Linker) -> None:
    """Multi-word names spelled differently (Qasem/Qassem Soleimani), found by blocking."""
    fulls = [i for i, n in enumerate(link.nodes) if n.full]

    def same(a: Node, b: Node) -> bool:
        if a.is_person and b.is_person:
            return persons_compatible(a.name, b.name)
        return names_variant(a.name, b.name)

    _compare_blocks(link, fulls, same, "spelling-variant")
