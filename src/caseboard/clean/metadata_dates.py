"""Publication dates read from the text of a page: general patterns, with their precision.

Every function returns ``(iso_prefix, precision)`` or ``None``; an ISO prefix is
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and the precision ``year``, ``month`` or
``day``.  A date must be plausible: not before 1900 and not after today.

``DateFound`` is a candidate with its provenance (what kind of signal, and where it is), and
``choose`` picks the publication date among candidates: a date the page marks as its own
(a hint, the markup, a "Published:" line, an issue line, a wire dateline) wins; else a date
in the document's URL or path; else a weaker guess from the text (a generic "Label: date"
line, a copyright year, the dates reported on), which must not be older than 1990.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

DatePrefix = tuple[str, str]

MIN_UNMARKED_YEAR = 1990  # an unmarked in-text date older than this is history, not the dateline
MARKED = frozenset({"hint", "markup", "published", "volume", "dateline"})
LOCATED = frozenset({"url", "path"})


@dataclass(frozen=True, slots=True)
class DateFound:
    """A publication-date candidate and where it came from.

    ``source`` is one of ``hint``, ``markup``, ``published`` (a line labelled with a
    publication verb), ``volume``, ``dateline``, ``url``, ``path``, ``labelled`` (any other
    label), ``copyright``, ``mentions``.  ``start``/``end`` are offsets into the original
    text for a date read from the text, into the URL for ``url``, into the document's path
    for ``path``; ``None`` for hints and markup.
    """

    value: str
    precision: str
    source: str
    start: int | None = None
    end: int | None = None

    @property
    def marked(self) -> bool:
        return self.source in MARKED


MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(?P<year>\d{{4}})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<year>\d{{4}})\b", re.I
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s*,?\s+(?P<year>\d{{4}})\b", re.I)
_DOTTED = re.compile(r"(?<![\d.])(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4}|\d{2})(?![\d.])")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_TIME = r"(?:\s*[,|·-]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
# A label: a few words of any script ending in a colon, or an English publication verb.
_LABEL = (
    r"(?:[^\W\d_][^\W\d_'’\"״׳ -]*(?:[ '’\"״׳-][^\W\d_]+){0,3}\s*:"
    r"|(?:first\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*:?)"
)
_LABELLED = re.compile(rf"^\s*(?P<label>{_LABEL})\s*(?P<date>.{{6,40}}?){_TIME}\s*$", re.I)
# "Published:", "Last updated", "Posted on", "Date:" (not "Date of birth:")
_PUBLICATION_LABEL = re.compile(r"\b(?:published|updated|posted|modified)\b|^dated?\s*:?$", re.I)
# The agency closing a wire dateline, "(Reuters) -" (also read by ``metadata_outlet.wire_agency``)
WIRE_AGENCY = (
    r"\s*(?:\(|-LRB-)\s*(?P<name>[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,2})\s*(?:\)|-RRB-)\s*(?:--?|–|—)\s"
)
# A wire dateline opening an article: "GENEVA (Reuters) -", "Sat Apr 25, 2009 12:51 am BST (Reuters) -"
_DATELINE = re.compile(rf"^\s*(?P<lead>[^()]{{3,60}}?){WIRE_AGENCY}")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–—]\s*)?(?P<year>(?:19|20)\d{2})\b", re.I)
_VOLUME = re.compile(r"^\s*(?:vol(?:ume)?\.?|issue|no\.)\s*\d+", re.I)


def plausible(year: int, month: int = 1, day: int = 1, today: date | None = None) -> bool:
    try:
        value = date(year, month, day)
    except ValueError:
        return False
    return date(1900, 1, 1) <= value <= (today or date.today())


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    now = date.today().year % 100
    return 2000 + year if year <= now else 1900 + year


def day_prefix(year: int, month: int, day: int) -> DatePrefix | None:
    return (f"{year:04d}-{month:02d}-{day:02d}", "day") if plausible(year, month, day) else None


def parse_date(text: str) -> DatePrefix | None:
    """The first date in ``text`` with the precision it is written with.

    Dotted and slashed numeric dates are read day first (``07.04.18`` is 7 April 2018).
    """
    for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _DOTTED):
        match = pattern.search(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            return day_prefix(_full_year(match["year"]), number, int(match["day"]))
    match = _MONTH_YEAR.search(text)
    if match and plausible(int(match["year"]), MONTHS[match["month"].lower()]):
        return f"{int(match['year']):04d}-{MONTHS[match['month'].lower()]:02d}", "month"
    return None


def labelled_date(line: str) -> DatePrefix | None:
    """A date on a short line of its own after a label, in any language.

    ("Published: 3 January 2020", "Updated Jan. 6, 2020", "פרסום ראשון: 07.04.18, 01:00")
    """
    match = _LABELLED.match(line)
    return parse_date(match["date"]) if match else None


def publication_label(line: str) -> bool:
    """Whether a labelled date line is labelled with a publication verb ("Published:", "Posted on")."""
    match = _LABELLED.match(line)
    return bool(match) and bool(_PUBLICATION_LABEL.search(match["label"].strip()))


def dateline_date(line: str) -> DatePrefix | None:
    """The date of a wire dateline that opens an article ("Sat Apr 25, 2009 ... (Reuters) - ")."""
    match = _DATELINE.match(line[:200])
    return parse_date(match["lead"]) if match else None


def copyright_year(line: str) -> DatePrefix | None:
    """The year of a copyright notice ("© 2021", "Copyright 2000-2019" gives 2019)."""
    match = _COPYRIGHT.search(line)
    if match and plausible(int(match["year"])):
        return match["year"], "year"
    return None


def volume_date(line: str) -> DatePrefix | None:
    """The date of an issue line ("Vol. 20, No. 1, January 2020")."""
    return parse_date(line) if _VOLUME.match(line) and len(line) < 120 else None


def _day_mentions(text: str) -> Iterator[tuple[tuple[int, int, int], re.Match[str]]]:
    """Each plausible day-precise date written out in ``text``, with its match."""
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            day = (int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
            if plausible(*day):
                yield day, match


def mentioned_days(text: str) -> list[tuple[int, int, int]]:
    """Distinct day-precise dates written out in ``text`` (``January 3, 2020``, ``3 January 2020``)."""
    return sorted({day for day, _ in _day_mentions(text)})


def latest_mention(text: str, prefix: str) -> tuple[str, int, int] | None:
    """The latest day-precise mention in ``text`` that falls in ``prefix`` (YYYY or YYYY-MM):
    ``(iso day, start, end)``."""
    found = []
    for (year, month, day), match in _day_mentions(text):
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if iso.startswith(prefix):
            found.append((iso, match.start(), match.end()))
    return max(found) if found else None


def mentioned_years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(19\d{2}|20\d{2})\b", text) if plausible(int(y))]


def inferred_from_mentions(text: str) -> DatePrefix | None:
    """A dateline inferred from the dates an article reports on, when it names no date of its own.

    When the latest year named anywhere is also the year of the latest day-precise
    date, and several distinct days fall in that latest month, the article was
    written in that month (month precision).  With a single latest day-precise
    date in the latest year named, only the year is given.  Otherwise nothing.
    """
    days = mentioned_days(text)
    years = mentioned_years(text)
    if not days or max(years, default=0) > days[-1][0]:
        return None
    year, month, _ = days[-1]
    if sum(1 for d in days if d[:2] == (year, month)) >= 2:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def _unmarked_plausible(found: DateFound) -> bool:
    return found.marked or found.source in LOCATED or int(found.value[:4]) >= MIN_UNMARKED_YEAR


def _refined(located: DateFound, weak: list[DateFound]) -> DateFound:
    """The path's date, or a more precise text date that agrees with it."""
    agreeing = [w for w in weak if w.value.startswith(located.value) and len(w.value) > len(located.value)]
    return agreeing[0] if agreeing else located


def choose(candidates: Iterable[DateFound | None]) -> DateFound | None:
    """The publication date: the first marked date, else the URL or path date (made more precise
    by an agreeing text date), else the first plausible weak guess.  Candidates come in order of
    trust; a marked date is kept even when the path disagrees."""
    found = [c for c in candidates if c and _unmarked_plausible(c)]
    marked = [c for c in found if c.marked]
    located = [c for c in found if c.source in LOCATED]
    weak = [c for c in found if not c.marked and c.source not in LOCATED]
    if marked:
        return marked[0]
    if located:
        return _refined(located[0], weak)
    return weak[0] if weak else None
