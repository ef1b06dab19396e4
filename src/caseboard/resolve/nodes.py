"""Name nodes: the mentions of one document that carry the same cleaned name."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from caseboard.records import Mention
from caseboard.resolve.match import reads_as_person
from caseboard.resolve.names import SAINT_TITLES, Name, clean_name, untokenize

# spaCy labels that name things; anything else (DATE, CARDINAL, ...) is left unresolved.
NAME_LABELS = frozenset(
    ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"]
)
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC", "NORP"])
ORG_LIKE = frozenset(["ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"])
# Labels whose names keep a title as their own word (Prince William Sound, King County).
TITLED_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC", "ORG"])


def label_name(text: str, label: str) -> Name | None:
    """The cleaned name of a mention's text as its label reads it (titles kept on places)."""
    return clean_name(text, label in ORG_LIKE, label in TITLED_PLACE_LABELS)


def name_part(text: str) -> str:
    """The text before a parenthesis or a citation mark the tagger swallowed:
    "Islamic Jihad (PIJ)", "Ali Abdullah.[22][23", "Minerals Management Service -LRB- MMS"."""
    text = untokenize(text)
    for mark in ("(", "["):
        if text.find(mark) > 0:
            text = text.split(mark)[0]
    return text


@dataclass(slots=True)
class Node:
    doc: str
    name: Name
    mentions: list[Mention] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)

    @property
    def label(self) -> str:
        """Most frequent label; ties go to the alphabetically first label (deterministic)."""
        return min(self.labels, key=lambda lab: (-self.labels[lab], lab))

    @property
    def full(self) -> bool:
        return len(self.name.tokens) > 1

    @property
    def is_person(self) -> bool:
        return self.full and self.label == "PERSON"

    @property
    def is_org(self) -> bool:
        return self.label == "ORG" and not self.name.acronym

    @property
    def first_mention(self) -> str:
        return self.mentions[0].id

    def person_share(self) -> float:
        return self.labels["PERSON"] / max(1, sum(self.labels.values()))

    def may_be_person(self) -> bool:
        """Tagged a person, or a person in a third of its mentions at least."""
        return self.label == "PERSON" or self.person_share() >= 1 / 3


def named_mentions(mentions: Iterable[Mention]) -> Iterator[tuple[Mention, Name]]:
    """Mentions with a name label and a usable cleaned name, in document order."""
    ordered = [
        m for m in sorted(mentions, key=lambda m: (m.doc, m.start, m.end, m.id)) if m.label in NAME_LABELS
    ]
    person_names: dict[str, set[str]] = defaultdict(set)  # keys and family names of people
    owners: dict[str, set[str]] = defaultdict(set)  # family names and one-word organisations
    read = []  # (mention, its name part, the name as its label reads it): cleaned once
    for mention in ordered:
        text = name_part(mention.text)
        name = label_name(text, mention.label)
        read.append((mention, text, name))
        if name is not None and mention.label == "PERSON" and not name.firm:
            person_names[mention.doc].update((name.key, name.tokens[-1]))
            owners[mention.doc].update(name.tokens[-1:] if len(name.tokens) > 1 else ())
        elif name is not None and mention.label == "ORG" and len(name.tokens) == 1:
            owners[mention.doc].add(name.tokens[0])
    for mention, text, labelled in read:
        name = _cleaned(mention, text, labelled, person_names[mention.doc])
        name = _without_bare_possessive(mention, name, owners[mention.doc])
        if name is not None and _looks_like_name(name):
            yield mention, name


def _without_bare_possessive(mention: Mention, name: Name | None, owners: set[str]) -> Name | None:
    """A possessive written without its apostrophe ("Soleimanis consent", "Hezbollahs help")
    when the document names the owner without the s: a family name of a person named in
    full, or a one-word organisation. The stem's own label (PERSON, ORG) is left to the vote."""
    if name is None or len(name.tokens) != 1 or mention.label == "PERSON":
        return name
    token = name.tokens[0]
    if len(token) < 6 or not token.endswith("s") or token.endswith("ss") or token[:-1] not in owners:
        return name
    return clean_name(name.display[:-1]) or name


def _cleaned(mention: Mention, text: str, name: Name | None, person_names: set[str]) -> Name | None:
    """The cleaned name (``name``: ``text``, the mention's name part, as its label reads it); a
    title the tagger put at the head of an organisation-like or a place name is dropped when the
    rest names a person of the document ("General Soleimani" tagged as a work of art, "President
    Obama" as a place: the rest is a person's name or ends with a family name of the document;
    "General Motors", "Prince William Sound" stay whole)."""
    if name is None or (mention.label not in ORG_LIKE and mention.label not in TITLED_PLACE_LABELS):
        return name
    as_person = clean_name(text)
    if as_person is None or as_person.tokens == name.tokens or _saint_place(name, mention.label):
        return name
    if as_person.key in person_names:
        return as_person
    if as_person.tokens[-1] in person_names and reads_as_person(as_person):  # Interior Ken Salazar
        return as_person
    return name


def _saint_place(name: Name, label: str) -> bool:
    """A place or body named after a saint (St Marks, St. Martin): never a person's title."""
    return label in TITLED_PLACE_LABELS and name.tokens[0] in SAINT_TITLES


def _looks_like_name(name: Name) -> bool:
    """At least one word written with a capital (iPod counts) or in another script, or a
    model number (A380, 787); two letters or more unless a model number."""
    letters = sum(c.isalpha() for c in name.display)
    if letters < 2:
        return any(c.isdigit() for c in name.display)
    return any(not w[:1].islower() or any(c.isupper() for c in w) for w in name.display.split())


def build_nodes(named: Iterable[tuple[Mention, Name]]) -> list[Node]:
    """One node per (document, name key, given-name honorific), sorted by document and key. A
    name written with a partnership's legal form counts as an organisation whatever the tagger
    called it: it names a firm (``firms``)."""
    by_key: dict[tuple[str, str, bool], Node] = {}
    for mention, name in named:
        key = (mention.doc, name.key, name.given_honorific)
        node = by_key.get(key)
        if node is None:
            node = by_key[key] = Node(mention.doc, name)
        node.mentions.append(mention)
        node.labels["ORG" if name.firm else mention.label] += 1  # "Walker & Co." tagged a person
    return [by_key[k] for k in sorted(by_key)]
