"""The date a reader is shown for an event: an ISO calendar prefix, or ``YYYY/YYYY`` for whole years.

A stored event date keeps the tagger's TimeML value ("199" for the 1990s, "1980-FA", "2018-W11",
"2001-09-11TEV") and the ISO range it denotes, which grouping may narrow ("2016" stated by one article,
May 2016 by another). Readers and the JSON export are promised a calendar prefix, so the shown date is
derived from the range: its coarsest calendar form when one equals it exactly, else the calendar
prefix both of its ends share, else the years it spans. The CLI, the timeline JSON, the web pages and
the export all use ``shown_date``; the TimeML value stays beside it as ``value``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from caseboard.extract.events_records import EventDate

CALENDAR = re.compile(r"\d{4}(-\d\d(-\d\d)?)?|\d{4}/\d{4}")


def event_shown(d: EventDate) -> str | None:
    """The date an event shows: ``shown_date`` of its value and range."""
    return shown_date(d.value, d.earliest, d.latest)


def shown_date(value: str | None, earliest: str | None, latest: str | None) -> str | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY/YYYY`` for a range known at both ends
    (``exact_form``, else the shared calendar prefix of its ends, else the years it spans); with an
    open end, the value when it already is such a form, else None."""
    first, last = _day(earliest), _day(latest)
    if first is None or last is None or first > last:
        return value if value is not None and CALENDAR.fullmatch(value) else None
    return exact_form(first, last) or _shared_prefix(first, last) or f"{first.year}/{last.year}"


def exact_form(first: date, last: date) -> str | None:
    """The coarsest calendar form denoting exactly [first, last]: a day, a month, a year, or whole
    years (``1990/1999``); None when no such form is that range (a season, a week, a stretch of days)."""
    if first == last:
        return first.isoformat()
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.year == last.year:
        if first.month == last.month:
            return first.isoformat()[:7]
        if first.month == 1 and last.month == 12:
            return str(first.year)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"{first.year}/{last.year}"
    return None


def equals_range(shown: str | None, earliest: str | None, latest: str | None) -> bool:
    """Whether the shown date says all the range says, so the range need not be shown beside it."""
    first, last = _day(earliest), _day(latest)
    return first is not None and last is not None and shown == exact_form(first, last)


def _shared_prefix(first: date, last: date) -> str | None:
    """The month both ends fall in, else their year (a week of March: ``2018-03``; a season: its year)."""
    if first.year != last.year:
        return None
    return first.isoformat()[:7] if first.month == last.month else str(first.year)


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None
