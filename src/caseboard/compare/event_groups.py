"""Grouping event mentions from several documents that report the same happening.

Two mentions are the same happening when they have the same type, compatible dates (their [earliest,
latest] ranges overlap; a mention known only to precede its publication is compatible with anything
before that) and places (equal, or one unknown), share a participant in the same role (same entity id,
else the same surface text) and name no different patient or agent (the one the happening befalls
tells two attacks apart). Only a birth or a death, which befall their patient once, join on a shared
patient however loosely dated; any other match needs both dated within a year (a statement: the same
day), never through an open or multi-year range, and a dated fact (``other``) also the same verb. A
meeting or an agreement names its parties in any role ("X met Y" / "Y met X"), still with close dates
and no different named partner on each side. A
disaster names what it befell in any role, and joins only its own kind (explosion, spill, fire,
sinking); one without participants joins on the day its sentence states. Clustering is greedy against
the group's intersected range, so a chain of loosely compatible mentions never merges two
incompatible ones. A ``reported`` day (``extract.events_reported``: no participants) is one group per
day: the articles naming it. An attack and the death it caused are one entry, the death
(``join_fatal_attacks``). See docs/events.md, "Grouping".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from caseboard.compare.event_group_build import SOURCE_ORDER, days_between, to_group, width
from caseboard.compare.event_participants import name_words, same_participant
from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_records import (
    DATE_SENTENCE,
    Argument,
    EventGroup,
    EventMention,
)

# A shared agent alone joins two mentions only when both are dated this closely (in days).
AGENT_ONLY_DAYS = 366
# Types whose participants match in any role, and whose mentions without participants are still one
# happening on one stated day and place.
ROLELESS_TYPES = frozenset({lex.DISASTER})
# Types whose participants are all parties to it whatever the grammar ("X met Y" / "Y met X", "Obama
# visited Louisiana" / "a meeting with Obama", "X signed a deal with Y" / "Y agreed with X").
SYMMETRIC_TYPES = frozenset({lex.MEETING, lex.AGREEMENT})
# Disaster trigger words by the kind of happening they name (prefixes of the word as written).
DISASTER_KINDS = {
    "explosion": ("explo", "blast", "blew", "blow"),
    "spill": ("spill", "leak", "gush"),
    "fire": ("fire", "burn", "blaz"),
    "sinking": ("sank", "sink", "sunk"),
}
# Types that befall their patient once: a shared patient is enough whoever is named as the agent and
# however loosely both are dated; any other type also needs two close dates (an attack on X, a
# lawsuit against BP, a meeting with Obama happen many times).
ONCE_PER_PATIENT = frozenset({lex.BIRTH, lex.DEATH})
# An attack joins the death it caused only when both are dated this closely (in days: a month).
FATAL_ATTACK_DAYS = 31


@dataclass(slots=True)
class _Cluster:
    type: str
    earliest: str | None
    latest: str | None
    agents: list[Argument]
    patients: list[Argument]
    place: str | None
    members: list[EventMention] = field(default_factory=list)


def group_events(mentions: list[EventMention]) -> list[EventGroup]:
    """Group mentions of the same happening; every mention ends up in exactly one group: the first
    group (in the order groups were opened) it ``fits``, else a new one."""
    indexes: dict[str, _Index] = {}
    for mention in sorted(mentions, key=_precision_first):
        index = indexes.setdefault(mention.type, _Index())
        home = next((i for i in index.candidates(mention) if fits(index.clusters[i], mention)), None)
        index.absorb(index.open(mention.type) if home is None else home, mention)
    clusters = [c for index in indexes.values() for c in index.clusters]
    return [to_group(c.type, c.members, c.earliest, c.latest) for c in join_fatal_attacks(clusters)]


def join_fatal_attacks(clusters: list[_Cluster]) -> list[_Cluster]:
    """An attack and the death it caused are one happening on a timeline ("killed by an American
    airstrike" / "the airstrike on X" / "murdered in a drone strike at Baghdad airport"): a reader
    wants one entry, the death, citing the attack's sources. An attack group joins the first death
    group it ``caused``; any other attack stays its own entry."""
    deaths = [c for c in clusters if c.type == lex.DEATH]
    kept = []
    for cluster in clusters:
        death = next((d for d in deaths if caused(cluster, d)), None) if cluster.type == lex.ATTACK else None
        if death is None:
            kept.append(cluster)
            continue
        for m in cluster.members:
            _absorb(death, m)
    return kept


def caused(attack: _Cluster, death: _Cluster) -> bool:
    """The attack is the death's cause: both dated to the month or closer and overlapping, and the
    attack names only the death's patient as its target and either names it ("an American drone
    targeted X", X killed that day) or is told in a sentence of the death ("X was murdered in a
    drone strike"). An attack on other targets ("attacked a base, resulting in the deaths of 25") or
    dated only loosely is another happening."""
    if max(days_between(c.earliest, c.latest) for c in (attack, death)) > FATAL_ATTACK_DAYS:
        return False
    if not ranges_overlap(attack.earliest, attack.latest, death.earliest, death.latest):
        return False
    if attack.place is not None and death.place is not None and attack.place != death.place:
        return False
    if not all(any(same_participant(p, q) for q in death.patients) for p in attack.patients):
        return False
    sentences = {(m.doc, m.start) for m in death.members}
    return bool(attack.patients) or any((m.doc, m.start) in sentences for m in attack.members)


class _Index:
    """The groups of one type, looked up by what a mention must share with a group to fit it: a
    participant (by entity id or by any word of its name: ``same_participant`` needs one of them),
    for a reported day or a disaster without participants the group's exact date range, and for a
    birth or a death with a doer any group naming a doer (it befalls its patient once, whoever is
    named as its cause: ``_other_agent``). Only these candidates are tried, in the order the groups
    were opened, so the result is the one of trying every group (a mention is checked against a few
    groups instead of all of its type)."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_key: dict[tuple[str, str], set[int]] = {}
        self.by_range: dict[tuple[str | None, str | None], set[int]] = {}
        self.with_agents: set[int] = set()

    def candidates(self, m: EventMention) -> list[int]:
        """The positions (opening order) of the groups ``m`` could fit, first opened first."""
        found: set[int] = set()
        for arg in m.participants():
            for key in _keys(arg):
                found |= self.by_key.get(key, set())
        if m.type == lex.REPORTED or m.type in ROLELESS_TYPES:
            found |= self.by_range.get((m.date.earliest, m.date.latest), set())
        if m.type in ONCE_PER_PATIENT and m.agent is not None:
            found |= self.with_agents
        return sorted(found)

    def open(self, type_: str) -> int:
        """A new empty group; its position."""
        self.clusters.append(_Cluster(type_, None, None, [], [], None))
        self.by_range.setdefault((None, None), set()).add(len(self.clusters) - 1)
        return len(self.clusters) - 1

    def absorb(self, i: int, m: EventMention) -> None:
        cluster = self.clusters[i]
        self.by_range[(cluster.earliest, cluster.latest)].discard(i)
        _absorb(cluster, m)
        self.by_range.setdefault((cluster.earliest, cluster.latest), set()).add(i)
        for arg in m.participants():
            for key in _keys(arg):
                self.by_key.setdefault(key, set()).add(i)
        if m.agent is not None:
            self.with_agents.add(i)


def _keys(arg: Argument) -> set[tuple[str, str]]:
    """What two participants ``same_participant`` joins have in common: the entity id, or a word of
    the name (one name's words contain the other's)."""
    keys = {("word", w) for w in name_words(arg.text)}
    return keys | {("entity", arg.entity)} if arg.entity is not None else keys


def _precision_first(m: EventMention) -> tuple[int, str, str]:
    return (SOURCE_ORDER.get(m.date.source, 9), m.doc, m.id)


def fits(cluster: _Cluster, m: EventMention) -> bool:
    """Whether ``m`` tells the happening of ``cluster``: see the module docstring."""
    if m.type == lex.REPORTED:  # the day is all a reported mention says
        return (cluster.earliest, cluster.latest) == (m.date.earliest, m.date.latest)
    if m.place is not None and cluster.place is not None and m.place.key != cluster.place:
        return False
    if not ranges_overlap(cluster.earliest, cluster.latest, m.date.earliest, m.date.latest):
        return False
    if m.type in ROLELESS_TYPES:
        return _same_disaster(cluster, m)
    if m.type in SYMMETRIC_TYPES:
        return _same_parties(cluster, m)
    if _other_agent(cluster, m):
        return False
    if m.patient is not None and cluster.patients:
        if not any(same_participant(m.patient, p) for p in cluster.patients):
            return False  # two attacks on different targets
        return _same_verb(cluster, m) and (m.type in ONCE_PER_PATIENT or _close_dates(cluster, m))
    if m.agent is None or not cluster.agents:
        return False
    return _close_dates(cluster, m) and _same_verb(cluster, m)


def _other_agent(cluster: _Cluster, m: EventMention) -> bool:
    """Both name who did it and they differ ("the US sues BP" / "Mr Benton is suing BP": two
    lawsuits); a death or a birth befalls its patient once, whoever is named as its cause."""
    if m.agent is None or not cluster.agents or m.type in ONCE_PER_PATIENT:
        return False
    return not any(same_participant(m.agent, a) for a in cluster.agents)


def _same_disaster(cluster: _Cluster, m: EventMention) -> bool:
    """A disaster befalls a thing rather than being done to it: "the rig exploded", "the explosion on
    the rig", "the Deepwater Horizon explosion" name it in any role. Without a participant on one side,
    only the same day stated in the sentence ties them ("the explosion on 20 April")."""
    if any(disaster_kind(x.trigger) != disaster_kind(m.trigger) for x in cluster.members):
        return False  # the explosion, the fire, the sinking and the spill are told apart
    people = [*cluster.agents, *cluster.patients]
    if m.participants() and people:
        return any(same_participant(a, b) for a in m.participants() for b in people)
    return _same_stated_day(cluster, m)


def _same_parties(cluster: _Cluster, m: EventMention) -> bool:
    """A meeting or an agreement: a shared party in any role, no different named partner on each side
    ("X met Y" and "X met Z" are two meetings) and two close dates (X meets many times)."""
    mine, theirs = m.participants(), [*cluster.agents, *cluster.patients]
    if not any(same_participant(a, b) for a in mine for b in theirs):
        return False
    mine_rest = [a for a in mine if not any(same_participant(a, b) for b in theirs)]
    theirs_rest = [b for b in theirs if not any(same_participant(a, b) for a in mine)]
    return not (mine_rest and theirs_rest) and _close_dates(cluster, m)


def disaster_kind(trigger: str) -> str:
    """What kind of disaster a trigger word names ("blast", "exploded", "blew up": an explosion)."""
    word = trigger.casefold()
    return next((kind for kind, starts in DISASTER_KINDS.items() if word.startswith(starts)), _stem(word))


def _close_dates(cluster: _Cluster, m: EventMention) -> bool:
    """Both the mention and the group are dated within a year (a statement: the same day), so that
    a shared agent is not the only thing they have in common."""
    limit = 0 if m.type == lex.STATEMENT else AGENT_ONLY_DAYS
    return width(m.date) <= limit and days_between(cluster.earliest, cluster.latest) <= limit


def _same_stated_day(cluster: _Cluster, m: EventMention) -> bool:
    """The mention's day is stated in its sentence and is the group's whole range."""
    if m.date.source != DATE_SENTENCE or width(m.date) != 0:
        return False
    return (cluster.earliest, cluster.latest) == (m.date.earliest, m.date.latest)


def _same_verb(cluster: _Cluster, m: EventMention) -> bool:
    """A dated fact has no type of its own: its verb is what two mentions must share."""
    return m.type != lex.OTHER or all(_stem(x.trigger) == _stem(m.trigger) for x in cluster.members)


def _stem(word: str) -> str:
    w = word.casefold()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def ranges_overlap(a0: str | None, a1: str | None, b0: str | None, b1: str | None) -> bool:
    """Closed ISO-date ranges; None is an open end."""
    return (a0 is None or b1 is None or a0 <= b1) and (b0 is None or a1 is None or b0 <= a1)


def _absorb(c: _Cluster, m: EventMention) -> None:
    c.members.append(m)
    c.agents.extend([m.agent] if m.agent is not None else [])
    c.patients.extend([m.patient] if m.patient is not None else [])
    if c.place is None and m.place is not None:
        c.place = m.place.key
    if m.date.earliest is not None and (c.earliest is None or m.date.earliest > c.earliest):
        c.earliest = m.date.earliest
    if m.date.latest is not None and (c.latest is None or m.date.latest < c.latest):
        c.latest = m.date.latest
