"""resolve_entities: cross-document entity resolution over stored mentions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from caseboard.records import Entity, Mention
from caseboard.resolve.acronyms import defined_expansions, merge_doc_acronyms
from caseboard.resolve.entities import assign_ids, make_entity
from caseboard.resolve.evidence import Alias, find_aliases
from caseboard.resolve.linking import (
    Linker,
    MergeDecision,
    merge_aliases,
    merge_doc_short_forms,
    merge_same_keys,
    merge_single_names,
    merge_variants,
)
from caseboard.resolve.names import clean_name
from caseboard.resolve.nodes import Node, build_nodes, named_mentions
from caseboard.resolve.orgs import merge_doc_org_short_forms, merge_firm_bases, merge_org_short_forms_across
from caseboard.resolve.overrides import Overrides, Ref
from caseboard.resolve.places import Relation, demonym_pairs, merge_place_names
from caseboard.resolve.products import merge_doc_products
from caseboard.resolve.surnames import SurnameSplit, split_surnames
from caseboard.resolve.unionfind import ConstrainedUnionFind, Group


@dataclass(slots=True)
class Resolution:
    entities: list[Entity]
    links: dict[str, str]  # mention id -> entity id
    decisions: list[MergeDecision] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)  # e.g. Iranian demonym-of Iran


def _group(node: Node) -> Group:
    group = Group(full=node.full)
    if node.is_person:
        group.persons.append(node.name)
    if node.is_org:
        group.orgs.append(node.name)
    return group


def _matches(ref: Ref, node: Node, idx: int, by_id: dict[str, set[int]]) -> bool:
    if ref.kind == "id":
        return idx in by_id.get(ref.value, set())
    names = (clean_name(ref.value), clean_name(ref.value, named_place=True))  # Prince William Sound
    return any(name is not None and name.key == node.name.key for name in names)


def _link(
    split: SurnameSplit, aliases: list[Alias], overrides: Overrides, by_id: dict[str, set[int]]
) -> Linker:
    nodes = split.nodes
    groups = [_group(n) for n in nodes]
    for k, decision in enumerate(overrides.different):
        for side, ref in enumerate((decision.left, decision.right)):
            for i, node in enumerate(nodes):
                if _matches(ref, node, i, by_id):
                    groups[i].apart.add((k, side))
    link = Linker(nodes, ConstrainedUnionFind(groups))
    for decision in overrides.same:
        left = [i for i, n in enumerate(nodes) if _matches(decision.left, n, i, by_id)]
        right = [i for i, n in enumerate(nodes) if _matches(decision.right, n, i, by_id)]
        for i in left[1:] + right:
            link.merge(left[0], i, f"override-same (line {decision.line})", explicit=True) if left else None
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_doc[node.doc].append(i)
    node_of = {m.id: i for i, n in enumerate(nodes) for m in n.mentions}
    alias_index = merge_aliases(link, aliases, node_of)
    owners = [
        (a.name.key, node_of[a.mention])
        for a in aliases
        if a.rule == "acronym-definition" and a.mention in node_of
    ]
    merge_doc_acronyms(link, by_doc, defined_expansions(link, owners))
    link.ambiguous |= split.ambiguous
    for i, j in sorted(split.anchors.items()):
        link.merge(j, i, "short-form-nearest")
    merge_same_keys(link, alias_index)
    merge_variants(link)
    merge_doc_short_forms(link, by_doc)
    merge_doc_org_short_forms(link, by_doc)
    merge_doc_products(link, by_doc)
    merge_single_names(link)
    merge_org_short_forms_across(link)
    merge_firm_bases(link)
    merge_place_names(link)
    link.pairs = demonym_pairs(link)
    return link


def _build(
    nodes: list[Node], aliases: list[Alias], link: Linker
) -> tuple[list[Entity], dict[str, str], list[list[int]]]:
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        clusters[link.uf.find(i)].append(i)
    members = [clusters[r] for r in sorted(clusters)]
    node_of = {m.id: i for i, n in enumerate(nodes) for m in n.mentions}
    aliases_by_root: dict[int, list[Alias]] = defaultdict(list)
    for alias in aliases:
        if alias.mention in node_of:
            aliases_by_root[link.uf.find(node_of[alias.mention])].append(alias)
    entities = [make_entity([nodes[i] for i in m], aliases_by_root[link.uf.find(m[0])]) for m in members]
    firsts = [min((nodes[i].mentions[0].doc, nodes[i].mentions[0].start) for i in m) for m in members]
    assign_ids(entities, firsts)
    links = {
        mention.id: entity.id
        for entity, m in zip(entities, members, strict=True)
        for i in m
        for mention in nodes[i].mentions
    }
    return entities, links, members


def resolve_entities(mentions: Iterable[Mention], overrides: Overrides | None = None) -> Resolution:
    """Merge mentions into entities across documents (see docs/overrides.md for overrides)."""
    overrides = overrides or Overrides()
    named = list(named_mentions(mentions))
    split = split_surnames(build_nodes(named))
    nodes = split.nodes
    aliases = list(find_aliases(named))
    link = _link(split, aliases, overrides, {})
    entities, links, members = _build(nodes, aliases, link)
    if any(ref.kind == "id" for d in overrides.decisions for ref in (d.left, d.right)):
        by_id = {e.id: set(m) for e, m in zip(entities, members, strict=True)}
        link = _link(split, aliases, overrides, by_id)
        entities, links, _ = _build(nodes, aliases, link)
    entities.sort(key=lambda e: (-e.mention_count, e.name, e.id))
    return Resolution(entities, links, link.decisions, _relations(nodes, link, links))


def _relations(nodes: list[Node], link: Linker, links: dict[str, str]) -> list[Relation]:
    found = {(links[nodes[i].first_mention], links[nodes[j].first_mention]) for i, j in link.pairs}
    return [Relation("demonym-of", a, b) for a, b in sorted(found) if a != b]
