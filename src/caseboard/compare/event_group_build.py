"""Building a stored event group from the mentions grouped as one happening: its date (the most
reliable member's, bounded by the group's range), its participants and place, its summary."""

from __future__ import annotations

from collections import Counter
from datetime import date

from caseboard.compare.event_participants import same_participant
from caseboard.extract.events_records import DATE_PUBLICATION, Argument, EventDate, EventGroup, EventMention
from caseboard.extract.events_summary import summarize
from caseboard.records import content_id

SOURCE_ORDER = {"sentence": 0, "age": 1, "narrative": 2, "publication": 3}


def to_group(type_: str, members: list[EventMention], earliest: str | None, latest: str | None) -> EventGroup:
    """The stored group of a cluster's members, dated by ``group_date`` within its range."""
    members = sorted(members, key=lambda m: (m.doc, m.start, m.trigger_start))
    own = [m for m in members if m.type == type_]  # a death's own words before its attack's
    participants = _participants(own)
    others = _participants(members)
    participants += [p for p in others if not any(same_participant(p[1], q) for _, q in participants)]
    place = _most_common([m.place for m in members if m.place is not None])
    date = group_date(members, earliest, latest)
    group_id = content_id("event-group", *sorted(m.id for m in members))
    summary = summarize(type_, participants, place, members)
    return EventGroup(group_id, type_, date, participants, place, summary, members)


def group_date(members: list[EventMention], earliest: str | None, latest: str | None) -> EventDate:
    """The most reliable member date, with the group range as bounds. When the range is one day that
    a member names and the most reliable date is coarser ("in January 2020" in one source, "on 3
    January 2020" told by another), the group is dated that day, still with the reliable date's source."""
    best = min(members, key=lambda m: (SOURCE_ORDER.get(m.date.source, 9), width(m.date)))
    if best.date.source == DATE_PUBLICATION:
        return EventDate(None, None, latest, "unknown", DATE_PUBLICATION)
    one_day = earliest is not None and earliest == latest
    day = next(
        (m.date for m in members if one_day and (m.date.earliest, m.date.latest) == (earliest, latest)), None
    )
    if day is not None and best.date.granularity != "day":
        return EventDate(day.value, earliest, latest, day.granularity, best.date.source)
    return EventDate(best.date.value, earliest, latest, best.date.granularity, best.date.source)


def width(d: EventDate) -> int:
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
