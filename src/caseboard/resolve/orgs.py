"""Organisation short forms: a qualified name and its short form (Islamic Jihad /
Palestinian Islamic Jihad, Air Force / U.S. Air Force) and a company's opening word
(Apple / Apple Computer), in one document and across documents."""

from __future__ import annotations

from collections import Counter, defaultdict

from caseboard.resolve.demonyms import is_place_word
from caseboard.resolve.linking import Linker, short_form_candidates
from caseboard.resolve.match import org_leading_form, org_prefix_form, org_short_form
from caseboard.resolve.names import skeleton
from caseboard.resolve.nodes import ORG_LIKE, Node


def merge_doc_org_short_forms(link: Linker, by_doc: dict[str, list[int]]) -> None:
    """In each document, an organisation's short form and its one qualified name."""
    for members in by_doc.values():
        persons = [j for j in members if link.nodes[j].is_person]
        orgs = [j for j in members if link.nodes[j].full and link.nodes[j].is_org]
        named: dict[str, list[int]] = defaultdict(list)  # by the skeleton of the first word
        for j in members:
            if link.nodes[j].full and link.nodes[j].label in ORG_LIKE:
                named[skeleton(link.nodes[j].name.tokens[0])].append(j)
        for i in members:
            if not link.nodes[i].name.acronym and not short_form_candidates(link, i, persons):
                _merge_org_short_form(link, i, orgs)
                _merge_opening_words(link, i, named)


def _merge_org_short_form(link: Linker, i: int, orgs: list[int]) -> None:
    """Qualified short forms first (several candidates: ambiguous, left alone everywhere),
    then a company's opening word (several candidates: just not merged here)."""
    name = link.nodes[i].name
    if link.nodes[i].label != "ORG":
        return
    found = link.roots(j for j in orgs if org_short_form(name, link.nodes[j].name))
    if len(found) > 1:
        link.ambiguous.add(i)
        return
    for test in (org_short_form, org_leading_form):
        found = link.roots(j for j in orgs if test(name, link.nodes[j].name))
        if found:
            if len(found) == 1:
                link.merge(found[0], i, "org-short-form")
            return


def _may_open_a_name(node: Node) -> bool:
    """A name that may be the opening words of a longer organisation or product name: the
    tagger calls it an organisation or a product, never a nationality or group (Palestinian /
    Palestinian Islamic Jihad) or a person, and it is not a country or demonym of the place
    table (China / China Eastern)."""
    return (
        node.label in ORG_LIKE
        and not node.labels["NORP"]
        and node.person_share() < 1 / 3
        and not is_place_word(node.name)
    )


def _opens(short: Node, full: Node) -> bool:
    return org_prefix_form(short.name, full.name) or org_leading_form(short.name, full.name)


def _merge_opening_words(link: Linker, i: int, named: dict[str, list[int]]) -> None:
    """A name and the one longer organisation or product name of its document that it
    opens, written in full *earlier* in the document (Dow Jones ... Dow, Northrop Grumman
    ... Northrop, iTunes Music Store ... iTunes). The document's own order is the
    evidence, so the organisation-name check does not apply; several candidates: none."""
    node = link.nodes[i]
    if not _may_open_a_name(node):
        return
    start = node.mentions[0].start
    pool = named.get(skeleton(node.name.tokens[0]), [])
    related = [j for j in pool if j != i and _opens(node, link.nodes[j])]
    found = link.roots(related)
    if len(found) == 1 and all(link.nodes[j].mentions[0].start < start for j in related):
        link.merge(found[0], i, "org-opening-words", explicit=True)


def merge_firm_bases(link: Linker) -> None:
    """A firm written with its partnership's legal form and its bare name tagged an
    organisation in any document (Oppenheimer & Co. / Oppenheimer, Goldman Sachs & Co. /
    Goldman Sachs), when one firm has that bare name and the bare name's entity is not mostly
    a person's. Run after the one-word names have found their people: the union-find keeps a
    firm out of an entity holding a person's full name, and the share keeps it out of a family
    name left alone between several people (Paulson & Co. / "Paulson" tagged ORG now and then)."""
    firms: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(link.nodes):
        if node.name.firm:
            firms[" ".join(node.name.tokens[:-1])].append(i)
    people = _person_shares(link)
    for i, node in enumerate(link.nodes):
        if node.name.firm or not node.is_org or people[link.uf.find(i)] >= 1 / 3:
            continue
        found = link.roots(firms.get(node.name.key, []))
        if len(found) == 1:
            link.merge(found[0], i, "firm-short-form")


def _person_shares(link: Linker) -> dict[int, float]:
    """Each entity's share of mentions the tagger calls a person, by root."""
    persons: Counter[int] = Counter()
    totals: Counter[int] = Counter()
    for i, node in enumerate(link.nodes):
        root = link.uf.find(i)
        persons[root] += node.labels["PERSON"]
        totals[root] += sum(node.labels.values())
    return {root: persons[root] / max(1, total) for root, total in totals.items()}


def merge_org_short_forms_across(link: Linker) -> None:
    """An organisation's short form in one document and its one qualified full name in
    others (Islamic Jihad / Palestinian Islamic Jihad); several candidates: left alone."""
    by_tail: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(link.nodes):
        if node.is_org and node.full:
            by_tail[skeleton(node.name.tokens[-1])].append(i)
    for i, node in enumerate(link.nodes):
        if not node.is_org or i in link.ambiguous:
            continue
        pool = by_tail.get(skeleton(node.name.tokens[-1]), [])
        found = link.roots(j for j in pool if org_short_form(node.name, link.nodes[j].name))
        if len(found) == 1:
            link.merge(found[0], i, "org-short-form-cross-doc")
