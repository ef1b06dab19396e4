"""Dating event mentions: the sentence's own date, the narrative anchor, ages, the publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from caseboard.extract.events_records import DATE_AGE, DATE_PUBLICATION, DATE_SENTENCE, EventDate
from caseboard.extract.events_scope import belongs
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Timex, Token

DATED_TYPES = frozenset({"DATE", "TIME"})
AT_AGE = re.compile(r"\b(at|when)\b[\w\s]{0,16}$", re.IGNORECASE)


def timex_date(timex: Timex, source: str = DATE_SENTENCE) -> EventDate:
    return EventDate(timex.value, timex.earliest, timex.latest, timex.granularity, source)


def is_usable(timex: Timex) -> bool:
    """A DATE/TIME expression that bounds a stretch of the calendar (not "now", not a decade)."""
    return (
        timex.type in DATED_TYPES
        and timex.earliest is not None
        and timex.latest is not None
        and timex.granularity not in ("century", "unknown")
    )


def sentence_date(view: SentenceView, trigger: Token) -> EventDate | None:
    """The sentence's date of the trigger's clause closest to it in the parse (then in the text)."""
    candidates = [t for t in view.timexes if is_usable(t) and belongs(view, t, trigger)]
    if not candidates:
        return None

    def rank(timex: Timex) -> tuple[int, int]:
        head = view.timex_head(timex)
        steps = view.distance_up(head, trigger) if head is not None else None
        return (steps if steps is not None else 99, abs(timex.start - trigger.start))

    return timex_date(min(candidates, key=rank))


def is_present(view: SentenceView, timex: Timex) -> bool:
    """ "now", "currently" as an adverb of a sentence with no calendar date: the clause holds on the
    publication day (TimeML PRESENT_REF, anchored to the document creation time)."""
    head = view.timex_head(timex)
    return (
        timex.value == "PRESENT_REF" and timex.earliest is not None and timex.earliest == timex.latest
        and head is not None and head.pos == "ADV" and not any(is_usable(t) for t in view.timexes)
    )  # fmt: skip


def present_date(timex: Timex) -> EventDate:
    return EventDate(timex.earliest, timex.earliest, timex.latest, "day", DATE_SENTENCE)


def present_sentence_date(view: SentenceView, trigger: Token) -> EventDate | None:
    """ "has now capped": a present reference of the trigger's clause dates it to the publication day."""
    found = next((t for t in view.timexes if is_present(view, t) and belongs(view, t, trigger)), None)
    return present_date(found) if found is not None else None


def moves_on(view: SentenceView) -> bool:
    """ "Shortly after he left, ...": a sentence with no date of its own that orders what it tells after
    an untimed happening ("after" introducing a clause) moves the narrative past its anchor."""
    return not any(is_usable(t) for t in view.timexes) and any(
        t.dep == "mark" and t.text.lower() == "after" for t in view.tokens
    )


def later_than(anchor: EventDate, published: str | None) -> EventDate:
    """The narrative time once the story has moved past ``anchor``: from its first day to the
    publication (open when there is none), as a range, not the anchor's day."""
    latest = iso_bounds(published)[1] if published else None
    if anchor.earliest is None or latest is None or latest < anchor.earliest:
        return EventDate(None, anchor.earliest, None, "unknown", anchor.source)
    return range_date(anchor.earliest, latest, anchor.source)


def is_ahead(day: str, published: str | None) -> bool:
    """A day after the last day the article can have been published: it names a plan or a schedule
    ("the trial opens on 4 January"), not a happening. One rule for dated facts, reported days and
    the timeline's date support; a publication known only to the month or the year is after none of
    its own days."""
    latest = iso_bounds(published)[1] if published else None
    return latest is not None and day > latest


def publication_date(published: str | None) -> EventDate:
    """No date in the text: the event is only known to precede the publication."""
    return EventDate(None, None, iso_bounds(published)[1] if published else None, "unknown", DATE_PUBLICATION)


def iso_bounds(prefix: str) -> tuple[str | None, str | None]:
    """First and last day of an ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD)."""
    parts = prefix.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        month = int(parts[1])
        first = date(year, month, 1)  # rejects a month outside 1-12
        if len(parts) == 2:
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return first.isoformat(), (nxt - timedelta(days=1)).isoformat()
        day = date(year, month, int(parts[2][:2]))
        return day.isoformat(), day.isoformat()
    except (ValueError, IndexError):
        return None, None


def shift_years(iso: str, years: int) -> str:
    d = date.fromisoformat(iso)
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28).isoformat()


def age_years(timex: Timex) -> int | None:
    match = re.search(r"P(\d{1,3})Y", timex.value) or re.search(r"\b(\d{1,3})\b", timex.text)
    if match is None:
        return None
    years = int(match.group(1))
    return years if 0 < years < 125 else None


def birth_from_age(age: int, reference: EventDate) -> EventDate | None:
    """Someone aged ``age`` during [earliest, latest] was born in (earliest-age-1y, latest-age]."""
    if reference.earliest is None or reference.latest is None:
        return None
    earliest = (date.fromisoformat(shift_years(reference.earliest, -age - 1)) + timedelta(days=1)).isoformat()
    latest = shift_years(reference.latest, -age)
    return range_date(earliest, latest, DATE_AGE)


def date_at_age(age: int, birth: EventDate) -> EventDate | None:
    """When someone born during [earliest, latest] was ``age`` years old."""
    if birth.earliest is None or birth.latest is None:
        return None
    latest = (date.fromisoformat(shift_years(birth.latest, age + 1)) - timedelta(days=1)).isoformat()
    return range_date(shift_years(birth.earliest, age), latest, DATE_AGE)


def range_date(earliest: str, latest: str, source: str) -> EventDate:
    """A date for a range: the shared ISO prefix when there is one, else the year interval."""
    if earliest[:4] != latest[:4]:
        return EventDate(f"{earliest[:4]}/{latest[:4]}", earliest, latest, "year", source)
    if earliest[:7] != latest[:7]:
        return EventDate(earliest[:4], earliest, latest, "year", source)
    if earliest != latest:
        return EventDate(earliest[:7], earliest, latest, "month", source)
    return EventDate(earliest, earliest, latest, "day", source)


def is_at_age(view: SentenceView, timex: Timex) -> bool:
    """ "at the age of 18", "when he was 18", "aged 18 he...": the age dates the clause."""
    before = view.raw_text[max(view.sentence.start, timex.start - 24) : timex.start]
    return bool(AT_AGE.search(before)) or timex.text.lower().startswith(("at ", "age"))
