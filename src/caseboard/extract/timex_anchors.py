"""The narrative anchors move as the text is read: the last day, month, quarter and year it named."""

from __future__ import annotations

import re

from caseboard.extract.timex_calendar import make_date
from caseboard.extract.timex_expr import Anchors, Resolved, Span

_UNKNOWN_QUARTER = re.compile(r"^\d{4}-QX$")
_VALUE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q(\d)|-(?:SP|SU|FA|WI|H\d))?(?:T|$)")


def update_anchors(
    anchors: Anchors, resolved: Resolved, span: Span | None = None, moves_quarter: bool = True
) -> None:
    """Move the narrative anchors to the period a resolved date names; ``span`` (the expression's
    offsets) is recorded as the provenance of each field it sets.

    A shifted quarter ("a year earlier" read as last year's quarter) does not
    move the quarter anchor: it names a comparison, not the quarter under discussion. A range
    ("from 1980 to 1988") moves them to its end, where the story is once it is told (as its
    TimeML projection, the two endpoints read in order, does).
    """
    if _UNKNOWN_QUARTER.match(resolved.value):  # "the quarter ended Sept. 30" of a fiscal first quarter
        anchors.quarter_unknown, anchors.last_grain = True, "quarter"
        return
    m = _VALUE.match(resolved.value.rpartition("/")[2])
    if m is None or resolved.type == "AGE":
        return
    year = int(m[1])
    if m[3]:
        day = make_date(year, int(m[2]), int(m[3]))
        anchors.day, anchors.month = day, day.replace(day=1) if day else None
        anchors.day_from = anchors.month_from = span
    elif m[2]:
        month = make_date(year, int(m[2]), 1)
        if anchors.day is None or month is None or anchors.day.replace(day=1) != month:
            anchors.day = anchors.day_from = None
        anchors.month, anchors.month_from = month, span
    elif m[4] and moves_quarter:
        anchors.quarter, anchors.quarter_from = (year, int(m[4])), span
        anchors.months_period = anchors.quarter_unknown = False
    elif anchors.year != year:
        anchors.day = anchors.month = anchors.day_from = anchors.month_from = None
    anchors.year, anchors.year_from = year, span
    anchors.last_grain = resolved.granularity
