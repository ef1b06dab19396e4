"""Publication dates written in a document's path or URL (as htmldate reads URLs).

A folder ``2010-06-01/``, a URL ``/2010/06/01/`` or ``/2010/jun/01/``, or ``20100601`` in a
file name is a strong publication-date candidate.  Only the tail of a path is read (the
file name and its nearest folders), so a dated folder far above the corpus does not count.
Every function returns a ``PathDate`` with the span of the date in the string it was
given, or ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from caseboard.clean.metadata_dates import MONTHS, plausible

_TAIL_PARTS = 4  # file name and the three folders above it
_MIN_YEAR = 1990  # web news: an older "date" in a path is a number, not a publication day
_SEP = r"[-_./]"
_ALNUM_BEFORE = r"(?<![A-Za-z0-9])"
_ALNUM_AFTER = r"(?![A-Za-z0-9])"
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = re.compile(
    rf"{_ALNUM_BEFORE}(?P<year>(?:19|20)\d{{2}})(?P<sep>{_SEP}?)(?P<month>\d{{2}}|{_MONTH_NAME})"
    rf"(?P=sep)(?P<day>\d{{2}}){_ALNUM_AFTER}",
    re.I,
)
_MONTH = re.compile(
    rf"(?<![^/])(?P<year>(?:19|20)\d{{2}})/(?P<month>\d{{2}}|{_MONTH_NAME})(?:/|$)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class PathDate:
    value: str  # ISO prefix YYYY-MM or YYYY-MM-DD
    precision: str  # "month" | "day"
    start: int  # span of the date in the string it was read from
    end: int


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else MONTHS.get(text.lower(), 0)


def _day_date(match: re.Match[str]) -> PathDate | None:
    if match["sep"] == "" and not match["month"].isdigit():
        return None  # "2010jun01" is not a date format anyone writes
    year, month, day = int(match["year"]), _month_number(match["month"]), int(match["day"])
    if year < _MIN_YEAR or not plausible(year, month, day):
        return None
    return PathDate(f"{year:04d}-{month:02d}-{day:02d}", "day", match.start(), match.end())


def _month_date(match: re.Match[str]) -> PathDate | None:
    year, month = int(match["year"]), _month_number(match["month"])
    if year < _MIN_YEAR or not plausible(year, month):
        return None
    end = match.start("month") + len(match["month"])
    return PathDate(f"{year:04d}-{month:02d}", "month", match.start(), end)


def date_in(text: str, offset: int = 0) -> PathDate | None:
    """The date nearest the end of ``text`` (the file name before its folders): a day, else a month."""
    for pattern, read in ((_DAY, _day_date), (_MONTH, _month_date)):
        found = [d for d in (read(m) for m in pattern.finditer(text)) if d]
        if found:
            last = found[-1]
            return PathDate(last.value, last.precision, last.start + offset, last.end + offset)
    return None


def path_tail_start(path: str) -> int:
    """Where the last ``_TAIL_PARTS`` components of ``path`` begin."""
    cuts = [i for i, char in enumerate(path) if char in "/\\"]
    return cuts[-_TAIL_PARTS] + 1 if len(cuts) >= _TAIL_PARTS else 0


def path_date(path: str) -> PathDate | None:
    """A date in the tail of a document's path; none for an article inside a container
    (``file.jsonl#L3``: the container's name dates the crawl, not the article)."""
    if not path or "#" in path:
        return None
    start = path_tail_start(path)
    return date_in(path[start:], start)


def url_date(url: str | None) -> PathDate | None:
    """A date in the path of a URL (``https://site/2010/06/01/story``); offsets into ``url``."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    start = url.find(parts.path) if parts.path else -1
    return date_in(parts.path, start) if start >= 0 else None
