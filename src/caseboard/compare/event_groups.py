"""Grouping event mentions from several documents that report the same happening.

Two mentions are the same happening when they have the same type, share a participant (same entity
id, else the same surface text), have compatible dates (their [earliest, latest] ranges overlap; a
mention known only to precede its publication is compatible with anything before that) and
compatible places (equal, or one unknown). Clustering is greedy against the group's intersected
range, so a chain of loosely compatible mentions never merges two incompatible ones. A ``reported``
day (``extract.events_reported``: no participants) is one group per day: the articles naming it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_records import DATE_PUBLICATION, Argument, EventDate, EventGroup, EventMention
from caseboard.extract.events_summary import summarize
from caseboard.records import content_id

STOPWORDS = frozenset({"the", "a", "an", "of", "and", "his", "her", "its", "their"})
SOURCE_ORDER = {"sentence": 0, "age": 1, "narrative": 2, "publication": 3}


@dataclass(slots=True)
class _Cluster:
    type: str
    earliest: str | None
    latest: str | None
    people: list[Argument]
    place: str | None
    members: list[EventMention] = field(default_factory=list)


def group_events(mentions: list[EventMention]) -> list[EventGroup]:
    """Group mentions of the same happening; every mention ends up in exactly one group."""
    clusters: dict[str, list[_Cluster]] = {}
    for mention in sorted(mentions, key=_precision_first):
        candidates = clusters.setdefault(mention.type, [])
        home = next((c for c in candidates if fits(c, mention)), None)
        if home is None:
            home = _Cluster(mention.type, None, None, [], None)
            candidates.append(home)
        _absorb(home, mention)
    return [to_group(c) for cs in clusters.values() for c in cs]


def _precision_first(m: EventMention) -> tuple[int, str, str]:
    return (SOURCE_ORDER.get(m.date.source, 9), m.doc, m.id)


def fits(cluster: _Cluster, m: EventMention) -> bool:
    if m.type == lex.REPORTED:  # the day is all a reported mention says
        return (cluster.earliest, cluster.latest) == (m.date.earliest, m.date.latest)
    if not any(same_participant(a, b) for a in m.participants() for b in cluster.people):
        return False
    if m.place is not None and cluster.place is not None and m.place.key != cluster.place:
        return False
    return ranges_overlap(cluster.earliest, cluster.latest, m.date.earliest, m.date.latest)


def same_participant(a: Argument, b: Argument) -> bool:
    """Same entity id when both are resolved; else one name's words contain the other's."""
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    wa, wb = name_words(a.text), name_words(b.text)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def name_words(text: str) -> set[str]:
    words = text.casefold().replace("’s", " ").replace("'s", " ").split()
    return {w for w in words if w.isalpha() and w not in STOPWORDS}


def ranges_overlap(a0: str | None, a1: str | None, b0: str | None, b1: str | None) -> bool:
    """Closed ISO-date ranges; None is an open end."""
    return (a0 is None or b1 is None or a0 <= b1) and (b0 is None or a1 is None or b0 <= a1)


def _absorb(c: _Cluster, m: EventMention) -> None:
    c.members.append(m)
    c.people.extend(m.participants())
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
    """The most precise member date inside the group range, with the group range as bounds."""
    best = min(members, key=lambda m: (SOURCE_ORDER.get(m.date.source, 9), _width(m.date)))
    if best.date.source == DATE_PUBLICATION:
        return EventDate(None, None, latest, "unknown", DATE_PUBLICATION)
    return EventDate(best.date.value, earliest, latest, best.date.granularity, best.date.source)


def _width(d: EventDate) -> int:
    if d.earliest is None or d.latest is None:
        return 10**6
    from datetime import date

    return (date.fromisoformat(d.latest) - date.fromisoformat(d.earliest)).days


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
