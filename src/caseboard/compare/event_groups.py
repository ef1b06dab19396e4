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
day: the articles naming it. See docs/events.md, "Grouping".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_records import (
    DATE_PUBLICATION,
    DATE_SENTENCE,
    Argument,
    EventDate,
    EventGroup,
    EventMention,
)
from caseboard.extract.events_summary import summarize
from caseboard.records import content_id

STOPWORDS = frozenset({"the", "a", "an", "of", "and", "his", "her", "its", "their"})
# Lower-case words of a name that do not change whom it names ("commander Qassem Soleimani").
TITLES = frozenset(
    {"commander", "general", "president", "minister", "chief", "leader", "mr", "mrs", "dr", "former", "late"}
)
SOURCE_ORDER = {"sentence": 0, "age": 1, "narrative": 2, "publication": 3}
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
    """Group mentions of the same happening; every mention ends up in exactly one group."""
    clusters: dict[str, list[_Cluster]] = {}
    for mention in sorted(mentions, key=_precision_first):
        candidates = clusters.setdefault(mention.type, [])
        home = next((c for c in candidates if fits(c, mention)), None)
        if home is None:
            home = _Cluster(mention.type, None, None, [], [], None)
            candidates.append(home)
        _absorb(home, mention)
    return [to_group(c) for cs in clusters.values() for c in cs]


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
    return _width(m.date) <= limit and days_between(cluster.earliest, cluster.latest) <= limit


def _same_stated_day(cluster: _Cluster, m: EventMention) -> bool:
    """The mention's day is stated in its sentence and is the group's whole range."""
    if m.date.source != DATE_SENTENCE or _width(m.date) != 0:
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


def same_participant(a: Argument, b: Argument) -> bool:
    """Same entity id when both are resolved; else one name's words contain the other's. A phrase
    that only names an entity as modifier ("U.S. interests", "U.S. forces") stands for its head noun:
    the common nouns of one must be among the other's too."""
    ca, cb = common_words(a.text), common_words(b.text)
    if not (ca <= cb or cb <= ca):
        return False
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    wa, wb = name_words(a.text), name_words(b.text)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def common_words(text: str) -> set[str]:
    """The lower-case words of a participant's text (its common nouns), titles aside."""
    return {w for w in name_words(text) if w in text.split() and w not in TITLES}


def name_words(text: str) -> set[str]:
    words = text.casefold().replace("’s", " ").replace("'s", " ").split()
    return {w for w in words if w.isalpha() and w not in STOPWORDS}


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


def to_group(c: _Cluster) -> EventGroup:
    members = sorted(c.members, key=lambda m: (m.doc, m.start, m.trigger_start))
    participants = _participants(members)
    place = _most_common([m.place for m in members if m.place is not None])
    date = group_date(members, c.earliest, c.latest)
    group_id = content_id("event-group", *sorted(m.id for m in members))
    summary = summarize(c.type, participants, place, members)
    return EventGroup(group_id, c.type, date, participants, place, summary, members)


def group_date(members: list[EventMention], earliest: str | None, latest: str | None) -> EventDate:
    """The most reliable member date, with the group range as bounds. When the range is one day that
    a member names and the most reliable date is coarser ("in January 2020" in one source, "on 3
    January 2020" told by another), the group is dated that day, still with the reliable date's source."""
    best = min(members, key=lambda m: (SOURCE_ORDER.get(m.date.source, 9), _width(m.date)))
    if best.date.source == DATE_PUBLICATION:
        return EventDate(None, None, latest, "unknown", DATE_PUBLICATION)
    one_day = earliest is not None and earliest == latest
    day = next(
        (m.date for m in members if one_day and (m.date.earliest, m.date.latest) == (earliest, latest)), None
    )
    if day is not None and best.date.granularity != "day":
        return EventDate(day.value, earliest, latest, day.granularity, best.date.source)
    return EventDate(best.date.value, earliest, latest, best.date.granularity, best.date.source)


def _width(d: EventDate) -> int:
    return days_between(d.earliest, d.latest)


def days_between(earliest: str | None, latest: str | None) -> int:
    """Days from ``earliest`` to ``latest``; an open range is very wide."""
    if earliest is None or latest is None:
        return 10**6
    return (date.fromisoformat(latest) - date.fromisoformat(earliest)).days


def _participants(members: list[EventMention]) -> list[tuple[str, Argument]]:
    """Each distinct participant once, with its most frequent role and surface form."""
    out: list[tuple[str, Argument]] = []
    for role in ("agent", "patient"):
        args = [a for m in members if (a := getattr(m, role)) is not None]
        for arg in sorted(args, key=lambda a: -sum(same_participant(a, b) for b in args)):
            if not any(same_participant(arg, known) for _, known in out):
                out.append((role, _best_surface([a for a in args if a is arg or same_participant(a, arg)])))
    return out


def _best_surface(args: list[Argument]) -> Argument:
    """The canonical name when linked, else the most frequent (then longest) surface form."""
    counts = Counter(a.shown for a in args)
    text = max(counts, key=lambda t: (counts[t], len(t)))
    return Argument(text, args[0].entity, next((a.name for a in args if a.name), None), args[0].label)


def _most_common(args: list[Argument]) -> Argument | None:
    if not args:
        return None
    key, _ = Counter(a.key for a in args).most_common(1)[0]
    return _best_surface([a for a in args if a.key == key])
