"""Dating event mentions: the sentence's own date, the narrative anchor, ages, the publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from caseboard.extract.events_records import DATE_AGE, DATE_PUBLICATION, DATE_SENTENCE, EventDate
from caseboard.extract.events_scope import AFTER_LINKS, AFTER_WORDS, after_phrase, belongs
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Timex, Token

DATED_TYPES = frozenset({"DATE", "TIME"})
# "He was later captured": the clause comes after the narrative's time ("two days later" is a date).
LATER_ADVERBS = frozenset({"later", "afterwards", "afterward", "subsequently", "thereafter"})
# "met him a few weeks earlier": before the narrative's time, not on it.
EARLIER_ADVERBS = frozenset({"earlier", "before", "previously", "formerly"})
# "after the attacks", "since the revolution": the noun's happening precedes the clause's time.
FOLLOWED_WORDS = frozenset({"after", "following", "since"})
DURING_WORDS = frozenset({"in", "during", "throughout"})
HAPPENING_NAMES = frozenset({"war", "battle", "operation", "revolution", "intifada", "uprising", "crisis"})
# "discussing the bombing that killed X": the speech is at the narrative's time, its topic is not.
TOPIC_VERBS = frozenset({"discuss", "describe", "recall", "mention", "recount", "remember", "detail"})
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

    dates = (phrase_date(view, t, trigger) for t in sorted(candidates, key=rank))
    return next((d for d in dates if d is not None), None)


def phrase_date(view: SentenceView, timex: Timex, trigger: Token | None = None) -> EventDate | None:
    """The date an expression gives the clause it belongs to: its own, or after it when it is the
    object of an after/following phrase ("invaded X after the September 11, 2001 attacks"); None
    when it bounds the clause on one side only ("after 2006")."""
    premodifies = after_phrase(view, timex, trigger)
    return timex_date(timex) if premodifies is None else after_date(timex, premodifies=premodifies)


def after_date(timex: Timex, *, premodifies: bool) -> EventDate | None:
    """A clause told "after <date>": from the day after it ("after September 11": 12 September), or from
    the date itself when it only premodifies the happening followed ("after the 2001 attacks": those
    attacks may have been early that year), to the end of that year. News sequences an event after the
    one it follows closely; a sentence that means years later says so ("years after", "in 2004"), and
    the narrative does not give any better bound. A bare year ("after 2006") says only that the clause
    is later, from the next year on: no date (an open range would overlap every date filter)."""
    if timex.earliest is None or timex.latest is None:
        return timex_date(timex)
    next_day = (date.fromisoformat(timex.latest) + timedelta(days=1)).isoformat()
    start = timex.earliest if premodifies or timex.type == "TIME" else next_day  # "after 10 pm": that day
    end = f"{timex.latest[:4]}-12-31"
    return range_date(start, end, DATE_SENTENCE) if start <= end else None


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
    """ "Shortly after he left, ...", "He was later captured", "Following his death, ...": a sentence
    with no date of its own that orders what it tells after the narrative's time ("after" introducing
    a clause, a later/afterwards adverb, an after/following phrase naming an untimed happening) moves
    the narrative past its anchor."""
    return not any(is_usable(t) for t in view.timexes) and any(orders_later(view, t) for t in view.tokens)


def orders_later(view: SentenceView, tok: Token) -> bool:
    """ "after" opening a clause, "later"/"afterwards" modifying a verb, "after/following X's death"."""
    word = tok.text.lower()
    if tok.dep == "mark":
        return word == "after"
    if tok.dep == "advmod" and word in LATER_ADVERBS:
        head = view.head_of(tok)
        return head is not None and head.pos in ("VERB", "AUX")
    return word in AFTER_WORDS and tok.dep in AFTER_LINKS and bool(view.kids(tok, "pobj", "dobj"))


def keeps_narrative(view: SentenceView, trigger: Token) -> bool:
    """Whether a trigger of a sentence with no date of its own takes the narrative's time. Not when
    the sentence places it elsewhere: before that time ("he met X a few weeks earlier"), in a named
    happening ("during the Second Lebanon War", "in the First Lebanon War": its time, not the
    story's), as the named happening the clause follows ("after the 9/11 attacks"), or as the
    topic of a speech whose time the narrative holds ("began the interview by discussing the
    bombing that killed X"). Such a trigger is only known to precede the publication."""
    chain = ancestors(view, trigger)
    placed = any(told_earlier(view, tok) or in_named_happening(view, tok) for tok in chain)
    return not placed and not followed(view, trigger) and not any(is_topic_verb(tok) for tok in chain[1:])


def followed(view: SentenceView, noun: Token) -> bool:
    """ "It was only after the 9/11 attacks that ...", "since the Madrid bombing": a happening named
    in itself (a number or a name modifies it) that a clause is told after is a known earlier one,
    not one at the narrative's time ("After its capture, ..." refers back to the story's capture)."""
    head = view.head_of(noun)
    if noun.dep != "pobj" or head is None or head.text.lower() not in FOLLOWED_WORDS:
        return False
    names = view.kids(noun, "compound", "nmod", "nummod")
    return any(m.pos in ("PROPN", "NUM") or view.mention_at(m) for m in names)


def ancestors(view: SentenceView, tok: Token) -> list[Token]:
    """``tok`` and the words above it up to the root."""
    out: list[Token] = []
    cur: Token | None = tok
    while cur is not None and len(out) < 16 and all(t.index != cur.index for t in out):
        out.append(cur)
        cur = view.head_of(cur)
    return out


def told_earlier(view: SentenceView, tok: Token) -> bool:
    return any(k.text.lower() in EARLIER_ADVERBS for k in view.kids(tok, "advmod"))


def in_named_happening(view: SentenceView, tok: Token) -> bool:
    """ "during the Second Lebanon War": an in/during phrase naming an event (a named EVENT, or a
    proper name headed by War, Battle, Operation, ...)."""
    for prep in view.kids(tok, "prep"):
        if prep.text.lower() not in DURING_WORDS:
            continue
        for obj in view.kids(prep, "pobj"):
            mention = view.mention_at(obj)
            named = mention is not None and view.label_of(mention) == "EVENT"
            if named or (obj.pos == "PROPN" and obj.lemma.lower() in HAPPENING_NAMES):
                return True
    return False


def is_topic_verb(tok: Token) -> bool:
    return tok.pos == "VERB" and tok.lemma.lower() in TOPIC_VERBS


def later_than(anchor: EventDate, published: str | None) -> EventDate:
    """The narrative time once the story has moved past ``anchor``: from its first day to the
    publication, as a range, not the anchor's day. With no publication to bound it the anchor stays:
    a range open to the future would overlap every date filter of the timeline."""
    latest = iso_bounds(published)[1] if published else None
    if anchor.earliest is None or latest is None or latest < anchor.earliest:
        return anchor
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
