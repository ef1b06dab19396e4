"""How often the collection comes back to a day: the documents reporting each day, their
publication days and how many days each names (a chronology), which ``timeline.ranked`` adds to the
most salient entry of each day."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from caseboard.extract.events_dates import is_ahead, iso_bounds
from caseboard.store import Store
from caseboard.store import events as event_store

if TYPE_CHECKING:
    from caseboard.query.timeline import TimelineEntry

NEWS_DAYS = 3  # a day's own news: the day and the three after it; a later article looks back on it
LOOK_BACK_DAYS = 365  # ... and up to a year after it: an older day is background history
CHRONOLOGY_DAYS = 10  # an article naming more days than this shares this many citations between them


@dataclass(slots=True)
class DateSupport:
    """The documents reporting each day: a DATE expression of exactly that day ("20 April", "Tuesday",
    "now" for the publication day) in a document not published before it (an earlier document names a
    plan, not a happening: ``events_dates.is_ahead``); with each document's publication day, to see
    who looks back on the day, and the number of days it names, to see a chronology."""

    citing: dict[str, set[str]]
    published: dict[str, str] = field(default_factory=dict)
    named: dict[str, int] = field(default_factory=dict)

    def of(self, entry: TimelineEntry) -> float:
        """A day-precise entry's support: the documents reporting its day that are not its sources
        (those count already in its own salience, each document once however often it names the day)
        plus, for a day two or more documents name, one per later publication day looking back on it
        (``looking_back``; one article alone is no coverage coming back to a day, only a story telling
        its past). A month or a year holds too many happenings for its citations to single one out: a
        coarser entry gets none."""
        day = entry.earliest
        if day is None or day != entry.latest:
            return 0.0
        citing = self.citing.get(day, set())
        others = citing - {s.doc for s in entry.sources}
        looked_back = len(self.looking_back(day, citing)) if len(citing) > 1 else 0
        return sum(self.share(doc) for doc in others) + looked_back

    def share(self, doc: str) -> float:
        """A chronology or a retold story names many days in one article: its citations share
        ``CHRONOLOGY_DAYS`` between them instead of counting as a report of each day."""
        named = self.named.get(doc, 0)
        return min(1.0, CHRONOLOGY_DAYS / named) if named else 1.0

    def looking_back(self, day: str, docs: set[str]) -> set[str]:
        """The publication days of the documents naming the day, after the day's own news
        (``NEWS_DAYS``) and within a year (``LOOK_BACK_DAYS``): a day the coverage still comes back to
        weeks later is a key day of the story; a day named only while it was news is news of the day,
        however many articles that day had; a day named years later is background (a birth, an old
        attack), not the story's own."""
        after, until = shift_days(day, NEWS_DAYS), shift_days(day, LOOK_BACK_DAYS)
        return {pub for doc in docs if (pub := self.published.get(doc)) is not None and after < pub <= until}


def date_support(store: Store) -> DateSupport:
    citing: dict[str, set[str]] = {}
    published: dict[str, str] = {}
    named: Counter[str] = Counter()
    for day, doc, stored in event_store.day_citations(store):
        named[doc] += 1
        if not is_ahead(day, stored):
            citing.setdefault(day, set()).add(doc)
        first, last = iso_bounds(stored) if stored else (None, None)
        if first is not None and first == last:
            published[doc] = first
    return DateSupport(citing, published, dict(named))


def shift_days(day: str, days: int) -> str:
    """The ISO day ``days`` later (a stored day that is no ISO date stays as it is: no window)."""
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return day
