"""Times told from a happening the text dated earlier.

"Slepian was shot to death last Oct. 23 ... A jogger saw the car at 6 a.m. ten days before the
shooting ... He was shot to death at 10 p.m.": "ten days before the shooting" counts from the day of
the shooting, and "at 10 p.m." in a sentence that tells the killing is on that day, as TimeML anchors
them (to the event), whatever date the story named last ("the rifle was found April 8").

The tagger reads no parse, so a happening is known by its words: a small set of classes of news
happenings (killing, attack, disaster, crash, arrest), each a list of word forms; elections, wars and
protests are left out (on Timeline17 "the election" was another one the text named in passing). Every
calendar date the anchoring pass resolves is remembered for each class whose words its sentence holds;
a shift "before / after the <noun>" whose noun is of a remembered class, and a bare clock time whose
sentence holds such a word, are read against that date instead of the narrative anchors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from caseboard.extract.timex_anchors import update_anchors
from caseboard.extract.timex_expr import Anchors, Expr, Resolved, Span
from caseboard.extract.timex_lexicon import DEICTIC_DAYS, WEEKDAYS
from caseboard.extract.timex_tense import sentence_bounds
from caseboard.records import Timex

_CLASS_WORDS: dict[str, str] = {
    "killing": r"kill(?:ed|ings?)|shot|shootings?|slain|slayings?|murder(?:ed|s)?|"
    r"assassinat(?:ed|ion)|gunned\s+down|stabbed|stabbing",
    "attack": r"attack(?:s|ed)?|bomb(?:ed|ings?)|blasts?|explosions?|exploded|(?:air)?strikes?|"
    r"raids?|ambush(?:ed)?|massacre",
    "disaster": r"(?:earth)?quakes?|tsunami|hurricane|cyclone|typhoon|floods?|flooding|eruption|erupted",
    "crash": r"crash(?:ed|es)?|derail(?:ed|ment)|sank|sinking|collision|collided",
    "arrest": r"arrest(?:ed|s)?|detained|detention|captured|capture|kidnapp(?:ed|ing)|abducted|abduction",
}
_CLASS_OF_WORD = {name: re.compile(rf"(?i:\b(?:{words})\b)") for name, words in _CLASS_WORDS.items()}
# A remembered date: a calendar value of a year, month or day ("1998-10-23", "1998-10", "1998"),
# or a clock time on a day.
_CALENDAR = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)?)?$")
_GRAIN_RANK = {"year": 1, "season": 2, "quarter": 2, "month": 3, "week": 4, "day": 5, "time": 6}
_NEEDED_GRAIN = {"day": "month", "week": "month", "month": "month"}  # years and decades: any date
_NEAR = 60  # characters between a date and the word of the happening it dates
# "before the shooting", "since his arrest", "after the 2006 war": a happening named as a reference point.
_REFERENCE_POINT = re.compile(
    r"(?i:\b(?:before|after|since|following|until|prior\s+to|site\s+of|scene\s+of|charges\s+of|for)\s+(?:the|that|this|his|her|its|their)"
    r"(?:\s+[\w/.-]+){1,3})"
)
_DETERMINED_NOUN = re.compile(r"(?i:\b(?:before|after|prior\s+to)\s+(?:the|that|this)\s+(?P<noun>\w+))$")


@dataclass(slots=True)
class Happenings:
    """The last date each class of happening was told with, and that date's span; ``days``: the
    last such date that names a day (a clock time is given on a day: "in 1994, 1995 and 1997 ...
    doctors were shot" does not tell which day the killing at 10 p.m. was)."""

    dated: dict[str, tuple[Resolved, Span]] = field(default_factory=dict)
    days: dict[str, tuple[Resolved, Span]] = field(default_factory=dict)


def classes_in(text: str, start: int, end: int, skip: list[Span] | None = None) -> list[str]:
    """The classes of happenings whose words ``text[start:end]`` holds (outside the ``skip`` spans)."""
    found = []
    for name, words in _CLASS_OF_WORD.items():
        hits = words.finditer(text, start, end)
        if any(not any(a <= m.start() < b for a, b in skip or ()) for m in hits):
            found.append(name)
    return found


def remember(happenings: Happenings, text: str, span: Span, resolved: Resolved) -> None:
    """Remember ``resolved`` (a calendar date at ``span``) for each class of happening told near it.

    Near: within ``_NEAR`` characters of the date in its sentence ("was shot to death on the night
    of Oct. 23"), not the far end of a long one ("But on April 8, investigators ... searched the
    site of the shooting once more"). A happening named as a reference point ("ten days before the
    shooting", "since the war") is not the one this date is of, unless the date stands inside that
    phrase ("after the 9/11 attacks", "since the 2006 war")."""
    if resolved.type not in {"DATE", "TIME"} or not _CALENDAR.match(resolved.value):
        return
    left, right = sentence_bounds(text, *span)
    left, right = max(left, span[0] - _NEAR), min(right, span[1] + _NEAR)
    skip = [
        m.span() for m in _REFERENCE_POINT.finditer(text, left, right) if not m.start() <= span[0] < m.end()
    ]
    for name in classes_in(text, left, right, skip):
        happenings.dated[name] = (resolved, span)
        if len(resolved.value) >= 10:
            happenings.days[name] = (resolved, span)


def event_of_shift(text: str, start: int, end: int, expr: Expr) -> str | None:
    """The class of the happening a shift names its base by ("ten days before the shooting")."""
    if expr.kind != "shift":
        return None
    m = _DETERMINED_NOUN.search(text, start, end)
    if m is None:
        return None
    return next(iter(classes_in(text, m.start("noun"), m.end("noun"))), None)


def anchors_at(anchors: Anchors, resolved: Resolved, span: Span) -> Anchors:
    """Narrative anchors standing at the date ``resolved`` names (nothing finer than it)."""
    fresh = replace(anchors, day=None, month=None, year=None, day_from=None, month_from=None, year_from=None)
    update_anchors(fresh, resolved, span)
    return fresh


def shift_anchors(
    text: str, start: int, end: int, expr: Expr, happenings: Happenings, anchors: Anchors
) -> Anchors | None:
    """The anchors a shift counted from a dated happening is read against, or None."""
    name = event_of_shift(text, start, end, expr)
    if name is None or name not in happenings.dated:
        return None
    resolved, span = happenings.dated[name]
    if _GRAIN_RANK.get(resolved.granularity, 0) < _GRAIN_RANK[_NEEDED_GRAIN.get(expr.unit or "day", "year")]:
        return None  # "a week after the blast" and a blast told "in 2005": another one, told in passing
    return anchors_at(anchors, resolved, span)


def clock_anchors(
    text: str, start: int, end: int, expr: Expr, happenings: Happenings, anchors: Anchors
) -> Anchors | None:
    """The anchors of a bare clock time ("at 10 p.m.") in a sentence telling a happening dated to a
    day, unless the sentence names a day of its own or counts a shift from a happening
    ("at 6 a.m. near his home 10 days before the murder" is on the shift's day, see ``redate_clock``)."""
    if expr.kind != "time" or expr.day is not None or expr.weekday is not None:
        return None
    left, right = sentence_bounds(text, start, end)
    if _DETERMINED_NOUN_ANYWHERE.search(text, left, right) or _NAMES_A_DAY.search(text, left, right):
        return None
    if any(
        a is not None and left <= a[0] < right
        for a in (anchors.day_from, anchors.month_from, anchors.year_from)
    ):
        return None  # "On June 20 a memorial was held at 3 p.m. for the slain soldier": that day
    left, right = max(left, start - _NEAR), min(right, end + _NEAR)
    skip = [m.span() for m in _REFERENCE_POINT.finditer(text, left, right)]  # "the charges of the arrest"
    for name in classes_in(text, left, right, skip):
        dated = happenings.days.get(name)
        if dated is not None:
            return anchors_at(anchors, dated[0], dated[1])
    return None


# "suspended pumping around midnight local time last night": the sentence names the clock's day itself.
_NAMES_A_DAY = re.compile(rf"(?i:\b(?:{'|'.join([*DEICTIC_DAYS, *WEEKDAYS])}|last\s+night)\b)")
_DETERMINED_NOUN_ANYWHERE = re.compile(
    r"(?i:\b(?:days?|weeks?|hours?)\s+(?:before|after|prior\s+to)\s+(?:the|that|this)\s+\w+)"
)


_BARE_CLOCK = re.compile(r"(?i:(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight))")
_CLOCK_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT(\d\d:\d\d)$")
_SENTENCE_BREAK = re.compile(r"[!?;]|\.\s+[A-Z]")
_ANOTHER_CLAUSE = re.compile(r"(?i:\b(?:and|but|or|while|said|says|told|when)\b|,)")


def redate_clock(text: str, clock: Timex, shift: Timex) -> Timex | None:
    """ "at 6 a.m. near Slepian's home 10 days before the murder": a bare clock time just before a
    shift counted from a happening, in the same clause, is on the shift's day. The clock was read
    first, against the narrative day; this is its record on the shift's day, or None."""
    m = _CLOCK_VALUE.match(clock.value)
    if m is None or shift.granularity != "day" or not _BARE_CLOCK.fullmatch(clock.text):
        return None
    between = text[clock.end : shift.start]
    if len(between) > 80 or _SENTENCE_BREAK.search(between) or _ANOTHER_CLAUSE.search(between):
        return None  # "left home at 6 a.m. and police said ten days before the shooting": another clause
    return replace(
        clock, value=f"{shift.value}T{m[1]}", earliest=shift.earliest, latest=shift.latest,
        anchor=shift.anchor, anchor_start=shift.anchor_start, anchor_end=shift.anchor_end,
    )  # fmt: skip
