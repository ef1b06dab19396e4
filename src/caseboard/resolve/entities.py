"""From clusters of name nodes to Entity records: type vote, canonical name, stable id."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from caseboard.records import Entity, content_id
from caseboard.resolve.demonyms import governed_place
from caseboard.resolve.evidence import Alias
from caseboard.resolve.kinds import kind_of_mentions
from caseboard.resolve.match import org_leading_form
from caseboard.resolve.names import clean_name, surface
from caseboard.resolve.nodes import PLACE_LABELS, Node, label_name, name_part

# Tie-break order when label votes are equal.
LABEL_ORDER = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")


def vote_type(nodes: Iterable[Node]) -> str:
    """Label vote over all mentions; a multi-word mention counts twice.

    A person's surname is often tagged as a place, so a cluster holding a given+family
    name labelled PERSON is a PERSON unless its multi-word mentions say otherwise more
    often. A cluster voted PERSON whose names say they name a group or a province (a word
    for brigades opening it, "Division" or "Governorate" ending it) takes that type. NORP
    (Iranian) and GPE (Iran) are separate types; they are never merged because their names
    differ."""
    nodes = list(nodes)
    votes: Counter[str] = Counter()
    full_votes: Counter[str] = Counter()
    for node in nodes:
        weight = 2 if node.full else 1
        for label, count in node.labels.items():
            votes[label] += weight * count
            if node.full:
                full_votes[label] += count
    best = min(votes, key=lambda lab: (-votes[lab], _order(lab)))
    if not full_votes["PERSON"] and (best in PLACE_LABELS or best == "PERSON") and _company_by_suffix(nodes):
        return "ORG"  # "Halliburton Co.", "Transocean Ltd.": the tagger's places are a company
    if best == "PERSON":  # "Kata'ib Hezbollah", "Sarollah Division": not people
        return kind_of_mentions(m.text for node in nodes for m in node.mentions) or best
    if best in PLACE_LABELS and full_votes["PERSON"] and full_votes["PERSON"] >= full_votes[best]:
        return "PERSON"
    return best


# Legal forms that only a company's name ends with, written after a capitalised name word.
_LEGAL_FORM = re.compile(
    r"[A-Z][\w&'’.-]*,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|LLC|PLC|Plc|AG|NV|GmbH)\.?$"
)
# Documents that must write the name with a legal form for it to type the cluster.
LEGAL_FORM_DOCUMENTS = 2


def _company_by_suffix(nodes: list[Node]) -> bool:
    """The cluster's name is written with a company's legal form ("Halliburton Co.",
    "Transocean Ltd.") in two documents or more: a company, whatever the tagger called its
    bare name. One article's "City of London Corporation" does not make the city one."""
    docs = {m.doc for node in nodes for m in node.mentions if _LEGAL_FORM.search(name_part(m.text).strip())}
    return len(docs) >= LEGAL_FORM_DOCUMENTS


def _order(label: str) -> int:
    return LABEL_ORDER.index(label) if label in LABEL_ORDER else len(LABEL_ORDER)


def canonical_name(nodes: Iterable[Node]) -> str:
    """The most informative frequent form: a full (multi-word) name over a short form or an
    acronym, then the most frequent, then the longest; titles are left out. A form written in
    one or two documents only and fifty times less often than the most frequent one is never
    chosen."""
    forms: Counter[str] = Counter()
    words: dict[str, tuple[bool, int]] = {}
    docs: dict[str, set[str]] = {}
    for node in nodes:
        for mention in node.mentions:
            name = label_name(name_part(mention.text), mention.label)
            display = name.display if name and name.key == node.name.key else node.name.display
            forms[display] += 1
            docs.setdefault(display, set()).add(mention.doc)
            words[display] = (node.name.acronym, min(len(node.name.tokens), 2))
    secondary = _secondary_forms(forms) | _rare_forms(forms, docs)
    return min(forms, key=lambda f: (f in secondary, words[f][0], -words[f][1], -forms[f], -len(f), f))


# A name written fewer than once per this many mentions of the entity's most frequent form,
# and in this many documents or fewer, does not name it ("Deepcoffee Horizon" once beside
# "Horizon" 553 times).
RARE_FORM_RATIO = 50
RARE_FORM_DOCUMENTS = 2


def _rare_forms(forms: Counter[str], docs: dict[str, set[str]]) -> set[str]:
    """Forms too rare beside the most frequent one to be the entity's name: a joke, a typo,
    a name run together with a neighbouring word ("PS BBC"); a name many documents write
    stays a candidate (United Kingdom beside UK)."""
    top = max(forms.values())
    rare = {f for f, n in forms.items() if n * RARE_FORM_RATIO < top and len(docs[f]) <= RARE_FORM_DOCUMENTS}
    return rare if len(rare) < len(forms) else set()


def _secondary_forms(forms: Counter[str]) -> set[str]:
    """Forms that name a part or an organ of the entity rather than the entity itself:
    a country's government (the US Government), or a company name with a trade word
    (Boeing Commercial Airplanes) when the bare name is written more often (Boeing)."""
    names = {f: clean_name(f, org_like=True) for f in forms}
    out = {f for f, n in names.items() if n is not None and governed_place(n)}
    for f, n in names.items():
        if n is None or len(n.tokens) != 1:
            continue
        out |= {
            g for g, m in names.items() if m is not None and forms[g] < forms[f] and org_leading_form(n, m)
        }
    return out if len(out) < len(forms) else set()


def canonical_key(name: str) -> str:
    """Type-independent normalized key of a canonical name (what the id hashes)."""
    cleaned = clean_name(name)
    return cleaned.key if cleaned else name.lower()


def make_entity(nodes: list[Node], aliases: list[Alias]) -> Entity:
    name = canonical_name(nodes)
    forms: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    for node in nodes:
        for mention in node.mentions:
            forms[surface(mention.text)] += 1
            documents[mention.doc] += 1
    for alias in aliases:  # names the text gives only in apposition (another script, a nickname)
        if alias.surface not in forms:
            forms[alias.surface] = 0
    for alias in aliases:
        if forms[alias.surface] == 0 or alias.rule == "script-pair":
            forms[alias.surface] += 1
    entity = Entity(id="", name=name, type=vote_type(nodes))
    entity.aliases = dict(sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])))
    entity.mention_count = sum(documents.values())
    entity.documents = dict(sorted(documents.items()))
    return entity


def assign_ids(entities: list[Entity], first_mentions: list[tuple[str, int]]) -> None:
    """id = content hash of the canonical key; when two entities share a key (kept apart by
    a rule or an override) the later ones also hash their first mention's position."""
    seen: Counter[str] = Counter()
    order = sorted(range(len(entities)), key=lambda k: (canonical_key(entities[k].name), first_mentions[k]))
    for k in order:
        key = canonical_key(entities[k].name)
        entities[k].id = (
            content_id("entity", key) if not seen[key] else content_id("entity", key, *first_mentions[k])
        )
        seen[key] += 1
