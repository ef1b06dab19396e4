"""The timeline: grouped events in date order, with uncertainty, participants, place and sources."""

from __future__ import annotations

from dataclasses import dataclass

from caseboard.compare.event_groups import ranges_overlap
from caseboard.errors import InputError
from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_dates import iso_bounds
from caseboard.extract.events_records import (
    DATE_AGE,
    DATE_PLANNED,
    DATE_PUBLICATION,
    DATE_SENTENCE,
    Argument,
    EventGroup,
)
from caseboard.query.timeline_dates import equals_range, event_shown
from caseboard.query.timeline_entity import entity_filter
from caseboard.query.timeline_support import DateSupport
from caseboard.store import Store
from caseboard.store import events as event_store

AGE_ONLY_WEIGHT = 0.5  # a document whose only version of the entry is an age, for the birth day it joined
PLANNED_WEIGHT = 0.1  # per article naming a day ahead of it: below a statement stated once (0.2)


@dataclass(slots=True)
class Source:
    """One document's version of the event: its quote and where it stands in the original text."""

    doc: str
    path: str
    outlet: str | None
    start: int
    end: int
    quote: str
    trigger: str
    date: str | None  # the shown date of this source's version (``timeline_dates.shown_date``)
    date_source: str
    value: str | None = None  # its TimeML value as the tagger wrote it ("199", "2018-W11")
    trigger_start: int | None = None  # original-text offsets of the trigger
    trigger_end: int | None = None


@dataclass(slots=True)
class TimelineEntry:
    """One event group as the timeline lists it; ``date`` is the shown date (an ISO prefix or
    ``YYYY/YYYY``, ``timeline_dates.shown_date``), ``value`` the stored TimeML value."""

    id: str
    type: str
    date: str | None
    earliest: str | None
    latest: str | None
    granularity: str
    date_source: str
    summary: str
    participants: list[tuple[str, Argument]]
    place: Argument | None
    sources: list[Source]  # one per evidence sentence (``sources_of``)
    value: str | None = None
    entity_match: str | None = None  # with --entity: "participant" or "sentence" (``EntityFilter.match``)

    @property
    def documents(self) -> int:
        """How many documents state the entry: its sources, as a reader counts them."""
        return len({s.doc for s in self.sources})

    @property
    def sources_label(self) -> str:
        """The count a reader is shown: "3 sources", or "17 sentences in 3 sources" when some
        document states the entry in more than one sentence (a sentence is no second source)."""
        docs, sentences = self.documents, len(self.sources)
        counted = f"{docs} source{'s' if docs != 1 else ''}"
        return counted if sentences == docs else f"{sentences} sentences in {counted}"

    @property
    def when(self) -> str:
        """The date as a reader sees it, with the range it allows when the date alone does not say it
        ("1980 [1980-09-01..1980-11-30]" for a season; "2016-05" alone for May 2016)."""
        if self.date_source == DATE_PUBLICATION:
            return f"before {self.latest}" if self.latest else "undated"
        shown = self.date or "?"
        if self.earliest and self.latest and not equals_range(self.date, self.earliest, self.latest):
            shown += f" [{self.earliest}..{self.latest}]"
        return shown if self.date_source == "sentence" else f"{shown} ({self.date_source})"


def timeline(
    store: Store,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    *,
    include_undated: bool = False,
    include_statements: bool = False,
) -> list[TimelineEntry]:
    """Event groups in date order, optionally about one entity and within [date_from, date_to].

    About the entity: a source has it as participant or place, or mentions it in its sentence (a
    reported day, with no participant, only so); ``entity_match`` says which (``timeline_entity``).
    Statements ("X said ...") report speech, not happenings: left out unless ``include_statements``.
    An ``entity`` that names nothing raises ``timeline_entity.NoEntityMatch`` (an ``InputError``), and
    so does a ``date_from`` later than ``date_to``: an empty list would not say why."""
    low, high = date_window(date_from, date_to)
    match = entity_filter(store, entity).match if entity else None
    labels = event_store.document_labels(store)
    names = event_store.canonical_names(store)
    out = []
    for group in event_store.iter_groups(store, dated_only=not include_undated):
        if group.type == lex.STATEMENT and not include_statements:
            continue
        if not ranges_overlap(group.date.earliest, group.date.latest, low, high):
            continue
        found = match(group) if match is not None else None
        if match is not None and found is None:
            continue
        entry = entry_of(group, labels, names)
        entry.entity_match = found
        out.append(entry)
    return out


def date_window(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """The first day of ``date_from`` and the last of ``date_to`` (ISO prefixes; either may be None)."""
    low, high = _bound(date_from, 0), _bound(date_to, 1)
    if low is not None and high is not None and low > high:
        raise InputError(f"from {date_from} is later than to {date_to}: give the earlier date first")
    return low, high


def event_weight(entry: TimelineEntry) -> float:
    """Distinct documents stating the entry, weighted by type (a statement counts 0.2; a document
    that gives only an age counts half); a day named only ahead of it (``planned``) ranks below every
    happening."""
    weight = PLANNED_WEIGHT if entry.date_source == DATE_PLANNED else lex.TYPE_WEIGHT.get(entry.type, 1.0)
    by_doc: dict[str, float] = {}
    for s in entry.sources:  # a document that only gives an age ("X (62)") tells the year, not the day
        by_doc[s.doc] = max(by_doc.get(s.doc, 0.0), AGE_ONLY_WEIGHT if s.date_source == DATE_AGE else 1.0)
    return sum(by_doc.values()) * weight


def salience(entry: TimelineEntry) -> tuple[float, bool, bool, int]:
    """How much the timeline owes a reader this entry on its own: weighted sources stating it, named
    participants, a date stated in the sentence, a precise date (larger is more salient)."""
    precision = {"day": 3, "month": 2, "season": 2, "week": 2}.get(entry.granularity, 1)
    return (event_weight(entry), len(entry.participants) > 0, is_stated(entry), precision)


def is_stated(entry: TimelineEntry) -> bool:
    """Dated in its own sentence (a date, or an age from a stated birth): a date a reader can check."""
    return entry.date_source in (DATE_SENTENCE, DATE_AGE)


def ranked(entries: list[TimelineEntry], support: DateSupport | None = None) -> list[TimelineEntry]:
    """Entries most salient first. With ``support``, the most salient entry of each date range also
    counts the documents referring to that range: the dates the collection keeps coming back to lead,
    each with its best-stated event, rather than every event of one busy day. Among entries of equal
    standing (most often: one article each), a date stated in the sentence and precise to the day
    comes first (a reader can check it), then the story's order, the earlier first, as the
    most-mentioned-days baseline breaks its ties: what a story opens with is what the rest follows
    from, and the later days of a collection hold more plans and aftermath."""
    own = sorted(entries, key=salience, reverse=True)
    if support is None:
        return own
    leaders: dict[tuple[str | None, str | None], int] = {}
    for i, entry in enumerate(own):
        leaders.setdefault((entry.earliest, entry.latest), i)
    lead = set(leaders.values())
    scored = [(event_weight(e) + (support.of(e) if i in lead else 0.0), i) for i, e in enumerate(own)]
    return [own[i] for _, i in sorted(scored, key=lambda p: (-p[0], *tie_order(own[p[1]]), p[1]))]


def tie_order(entry: TimelineEntry) -> tuple[bool, bool, str]:
    """Entries of equal standing: stated in the sentence, precise to the day, then earlier in the story
    (its first possible day, else its last; undated last)."""
    return (not is_stated(entry), entry.granularity != "day", entry.earliest or entry.latest or "9999")


def top_entries(
    entries: list[TimelineEntry], n: int, support: DateSupport | None = None
) -> list[TimelineEntry]:
    """The ``n`` most salient entries (see ``ranked``), in date order."""
    chosen = {id(e) for e in ranked(entries, support)[:n]}
    return [e for e in entries if id(e) in chosen]


def _bound(value: str | None, side: int) -> str | None:
    if value is None:
        return None
    found = iso_bounds(value)[side]
    if found is None:
        raise InputError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return found


Names = tuple[dict[str, str], dict[str, str]]  # entity id -> canonical name, and -> type


def entry_of(
    group: EventGroup, labels: dict[str, tuple[str, str | None]], names: Names = ({}, {})
) -> TimelineEntry:
    """The group as the timeline lists it: shown dates, its sources (``sources_of``), each linked
    participant and place with its entity's name and type (``store.events.canonical_names``)."""
    sources = sources_of(group, labels)
    d = group.date
    participants = [(role, named(a, names)) for role, a in group.participants]
    place = named(group.place, names) if group.place else None
    return TimelineEntry(group.id, group.type, event_shown(d), d.earliest, d.latest, d.granularity, d.source,
                         group.summary, participants, place, sources, d.value)  # fmt: skip


def sources_of(group: EventGroup, labels: dict[str, tuple[str, str | None]]) -> list[Source]:
    """One source per evidence sentence, in the members' order: a sentence telling the event twice
    ("killed by an American airstrike": the death and the attack) quotes it once, with its first
    trigger. The stored mentions and the export's evidence keep every trigger."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in group.members:
        if (m.doc, m.start, m.end) in seen:
            continue
        seen.add((m.doc, m.start, m.end))
        path, outlet = labels.get(m.doc, (m.doc, None))
        out.append(Source(m.doc, path, outlet, m.start, m.end, m.quote, m.trigger, event_shown(m.date),
                          m.date.source, m.date.value, m.trigger_start, m.trigger_end))  # fmt: skip
    return out


def named(arg: Argument, names: Names) -> Argument:
    """The argument with its entity's canonical name and type as label (unchanged when unlinked)."""
    if arg.entity is None:
        return arg
    name, label = names[0].get(arg.entity, arg.name), names[1].get(arg.entity, arg.label)
    return Argument(arg.text, arg.entity, name, label)
