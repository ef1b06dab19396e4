"""The parsed (not yet anchored) form of a time expression, its anchors and its resolved reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class Expr:
    """What a rule read from the text, before it is resolved against an anchor.

    ``kind`` is one of ``date`` (calendar fields, possibly without a year), ``rel``
    (``count`` units from the anchor's own unit: "last week" is unit week, count -1),
    ``shift`` (``count`` units from the anchor day: "two days later"), ``weekday``,
    ``ref`` (PRESENT_REF...), ``time``, ``range`` (two parts), ``age``, ``duration`` (counted from
    the dct), ``length`` and ``frequency`` (unanchored DURATION and SET), and ``none``: a phrase
    that names no time ("today's world", "the Sunday Times"), matched only so that it shadows the
    shorter time word inside it, and resolved to nothing.  ``holiday`` names a day
    whose date depends on the year ("easter"); ``unit`` "week" on a day date means its week.
    ``base`` is ``dct`` or ``narrative``: the anchor a relative expression needs (``quarter``: the
    quarter under discussion; ``reported``: that quarter unless the sentence is in the future, else
    the dct's, as "this quarter").
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    weekday: int | None = None
    mod: str | None = None
    unit: str | None = None
    count: int = 0
    base: str = "dct"
    ref: str | None = None
    parts: tuple[Expr, Expr] | None = None
    age: int | None = None
    past: bool = False
    holiday: str | None = None

    @property
    def absolute(self) -> bool:
        """True when the expression names its own year (or decade, century)."""
        if self.kind == "range":
            return self.parts is not None and all(p.absolute for p in self.parts)
        return self.kind == "date" and (self.year, self.decade, self.century) != (None, None, None)


@dataclass(slots=True)
class Resolved:
    """A resolved reading; ``source`` names the ``Anchors`` field a narrative reading counted from
    ("day", "month", "quarter" or "year"), so the tagger can tell which expression it was."""

    value: str
    type: str
    granularity: str
    earliest: date | None = None
    latest: date | None = None
    anchor: str | None = None
    source: str | None = None


Span = tuple[int, int]


@dataclass(slots=True)
class Anchors:
    """What relative expressions are resolved against; updated as the text is read in order.

    ``*_from`` are the spans of the expressions that last set ``day``, ``month``, ``quarter`` and
    ``year``: the provenance of a narrative reading (``Timex.anchor_start``/``anchor_end``).
    """

    dct: date | None = None
    dct_grain: str | None = None
    day: date | None = None
    month: date | None = None
    quarter: tuple[int, int] | None = None
    year: int | None = None
    last_grain: str | None = None
    months_period: bool = False  # "the first nine months": the period under discussion is no quarter
    quarter_unknown: bool = False  # the quarter under discussion was last told as "QX" (fiscal vs calendar)
    quarter_fiscal: bool = False  # the quarter under discussion was named a fiscal one ("the fiscal first")
    day_from: Span | None = None
    month_from: Span | None = None
    quarter_from: Span | None = None
    year_from: Span | None = None
