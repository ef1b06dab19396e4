"""Event mentions: sentences saying that something happened, with participants, place, date, evidence.

Reads the stored rows of one document (tokens with their parse, sentences, entity mentions and
their resolved entities, time expressions) and never re-parses. See docs/events.md.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_dates import (
    age_years,
    ancestors,
    birth_from_age,
    is_at_age,
    is_usable,
    iso_bounds,
    keeps_narrative,
    later_than,
    moves_on,
    present_sentence_date,
    publication_date,
    range_date,
    sentence_date,
    timex_date,
)
from caseboard.extract.events_facts import dated_facts
from caseboard.extract.events_furniture import furniture_spans, in_furniture, is_heading
from caseboard.extract.events_gist import clause_gist
from caseboard.extract.events_participants import PERSONAL_PRONOUNS, people_in, settle, without_details
from caseboard.extract.events_pronouns import referents
from caseboard.extract.events_records import (
    DATE_AGE,
    DATE_NARRATIVE,
    DATE_SENTENCE,
    Argument,
    DocumentRows,
    EventDate,
    EventMention,
    sentence_mention,
)
from caseboard.extract.events_scope import belongs, dates_a_clause
from caseboard.extract.events_sequence import Sequel, bound_sequels, followed_noun
from caseboard.extract.events_syntax import SentenceView
from caseboard.extract.events_triggers import Trigger, find_triggers, subject_of
from caseboard.records import Mention, Timex, Token

__all__ = ["extract_events", "sentence_views"]

# Births are stated with their own date or not at all: never inherit the narrative's.
NO_NARRATIVE = frozenset({"bear", "birth"})
# Age-only facts ("at 18 he joined ...") say nothing without the person they are about (a fact with
# its own date in the sentence does: ``is_dated_fact``).
NEEDS_PARTICIPANT = frozenset({lex.OTHER, lex.BIRTH})


def extract_events(rows: DocumentRows) -> list[EventMention]:
    """All event mentions of one document, dated from the sentence, the narrative or an age."""
    out: list[EventMention] = []
    anchor: EventDate | None = None
    recent: list[Argument] = []  # persons of the last sentence naming one, most salient first
    sequels: list[Sequel] = []  # sentences told after a happening: "Following X's death, ..."
    for view, new_paragraph in sentence_views(rows):
        if new_paragraph:
            anchor = None
        if is_heading(rows.raw_text, view.sentence.start, view.sentence.end):
            continue  # "Death at a Problematic Time": the section's subject, told by its paragraph
        if anchor is not None and moves_on(view):  # "Shortly after he left, ...": past the anchor's day
            anchor = later_than(anchor, rows.published)
            if (after := followed_noun(view)) is not None:
                sequels.append(Sequel(view.sentence.start, after, anchor))
        found = [
            mention_of(view, t, dated(view, t.token, anchor, rows.published)) for t in find_triggers(view)
        ]
        last_person = recent[0] if recent else None
        found = [*found, *age_events(view, found, last_person, rows.published)]
        stamps = furniture_spans(rows.raw_text, view.sentence.start, view.sentence.end)
        found = [*found, *dated_facts(view, found, rows.published, stamps)]
        found = [e for e in found if not in_furniture(e.trigger_start, stamps)]
        earlier = referents(view, recent)  # the sentence's pronouns, once: for its events and its people
        out.extend(without_details(view, [settle(view, e, recent, earlier) for e in found]))
        anchor = last_anchor(view) or anchor
        recent = people_in(view, recent, earlier) or recent
    bound_sequels(out, sequels)
    return [e for e in out if e.participants() or e.type not in NEEDS_PARTICIPANT or is_dated_fact(e)]


def is_dated_fact(event: EventMention) -> bool:
    """An ``other`` event with its own date in the sentence: the date says what it is about."""
    return event.type == lex.OTHER and event.date.source == DATE_SENTENCE


def dated(view: SentenceView, trigger: Token, anchor: EventDate | None, published: str | None) -> EventDate:
    own = sentence_date(view, trigger) or present_sentence_date(view, trigger)
    if own is not None:
        return own
    if any(is_usable(t) for t in view.timexes):  # the sentence's dates belong to other clauses
        return publication_date(published)
    if anchor is not None and trigger.lemma.lower() not in NO_NARRATIVE and keeps_narrative(view, trigger):
        return replace(anchor, source=DATE_NARRATIVE)
    return publication_date(published)


def mention_of(view: SentenceView, trigger: Trigger, date: EventDate) -> EventMention:
    return sentence_mention(
        view.sentence, view.raw_text, trigger.type, trigger.token, date,
        agent=trigger.agent, patient=trigger.patient, place=trigger.place,
    )  # fmt: skip


def sentence_views(rows: DocumentRows) -> Iterator[tuple[SentenceView, bool]]:
    """Each sentence with its tokens, mentions and time expressions; True where a paragraph starts."""
    sents = sorted(rows.sentences, key=lambda s: s.index)
    starts = [s.start for s in sents]
    tokens: dict[int, list[Token]] = {}
    for tok in rows.tokens:
        tokens.setdefault(tok.sent, []).append(tok)
    mentions: dict[int, list[Mention]] = {}
    for mention in rows.mentions:
        mentions.setdefault(mention.sent, []).append(mention)
    timexes: dict[int, list[Timex]] = {}
    for timex in rows.timexes:
        i = bisect_right(starts, timex.start) - 1
        if i >= 0 and timex.start < sents[i].end:
            timexes.setdefault(sents[i].index, []).append(timex)
    previous_end = 0
    for sent in sents:
        view = SentenceView(
            sent, tokens.get(sent.index, []), mentions.get(sent.index, []),
            sorted(timexes.get(sent.index, []), key=lambda t: t.start), rows.entity_of, rows.raw_text,
            rows.entity_names, rows.entity_types,
        )  # fmt: skip
        yield view, "\n" in rows.raw_text[previous_end : sent.start]
        previous_end = sent.end


def last_anchor(view: SentenceView) -> EventDate | None:
    """The narrative time after this sentence: the main clause's date, else its last calendar date
    outside a restrictive relative clause. A date that only describes a noun or ends a state ("until
    early 2012") is no time of the story (``dates_a_clause``), nor is one that only identifies a noun
    by its past ("At 22 he joined the forces that fought Iraq from 1980 to 1988": which forces, not
    when the story is); a non-restrictive clause tells the story on ("an American drone, which
    crashed in Iran in late 2011. The crash was marketed ...")."""
    usable = [t for t in view.timexes if is_usable(t) and t.type == "DATE" and dates_a_clause(view, t)]
    root = next((t for t in view.tokens if t.dep == "ROOT"), None)
    main = [t for t in usable if root is not None and belongs(view, t, root)]
    told = main or [t for t in usable if not identifies_noun(view, t)]
    return timex_date(told[-1]) if told else None


def identifies_noun(view: SentenceView, timex: Timex) -> bool:
    """The date is in a restrictive relative clause (no comma before it): part of a noun's name."""
    head = view.timex_head(timex)
    clause = next((t for t in ancestors(view, head) if t.dep == "relcl"), None) if head else None
    if clause is None:
        return False
    first = min(view.subtree(clause))
    before = [t for t in view.tokens if t.index < first]
    return not before or before[-1].text != ","


def age_events(
    view: SentenceView, found: list[EventMention], last_person: Argument | None, published: str | None
) -> list[EventMention]:
    """Ages: "X, 58" gives X's birth range; "at the age of 18" dates the clause once X's birth is known."""
    out: list[EventMention] = []
    for timex in (t for t in view.timexes if t.type == "AGE"):
        years = age_years(timex)
        if years is None:
            continue
        own = next((timex_date(t) for t in view.timexes if is_usable(t)), None)
        if is_at_age(view, timex):
            holder = clause_subject(view, timex, last_person)
            if holder is None:
                continue
            if own is None:
                out.extend(aged(view, found, timex, years, holder))
                continue
            reference = own
        else:
            holder = appositive_person(view, timex)
            if holder is not None and (told := told_birth(timex)) is not None:
                out.append(age_mention(view, timex, lex.BIRTH, None, holder, told))
                continue
            reference = own or publication_reference(published)
        birth = birth_from_age(years, reference) if holder is not None and reference else None
        if birth is not None:
            out.append(age_mention(view, timex, lex.BIRTH, None, holder, birth))
    return out


def told_birth(timex: Timex) -> EventDate | None:
    """The birth range the tagger gave an appositive age ("Soleimani (62) served ... beginning in
    1998" is 62 at publication, not in 1998): the tagger decides whether an age is told at the story's
    time or the publication's (``timex_ages.story_year``); None when it could not (no dct)."""
    if timex.earliest is None or timex.latest is None:
        return None
    return range_date(timex.earliest, timex.latest, DATE_AGE)


def publication_reference(published: str | None) -> EventDate | None:
    if not published:
        return None
    earliest, latest = iso_bounds(published)
    return EventDate(published, earliest, latest, "day", DATE_SENTENCE) if earliest else None


def aged(
    view: SentenceView, found: list[EventMention], timex: Timex, years: int, holder: Argument
) -> list[EventMention]:
    """Mark this sentence's events (or its main verb as a fact) as happening at ``years`` of age."""
    for event in found:
        if event.date.source != DATE_SENTENCE:
            event.age, event.age_holder = years, holder
    if found:
        return []
    root = next((t for t in view.tokens if t.dep == "ROOT" and t.pos in ("VERB", "AUX")), None)
    if root is None:
        return []
    fact = age_mention(view, timex, lex.OTHER, holder, None, EventDate(None, None, None, "unknown", "age"),
                       trigger=root, years=years)  # fmt: skip
    fact.gist = clause_gist(view, root)
    return [fact]


def age_mention(
    view: SentenceView, timex: Timex, type_: str, agent: Argument | None, patient: Argument | None,
    date: EventDate, *, trigger: Token | None = None, years: int | None = None,
) -> EventMention:  # fmt: skip
    return sentence_mention(
        view.sentence, view.raw_text, type_, trigger or timex, date, agent=agent, patient=patient,
        age=years, age_holder=(agent or patient) if years is not None else None,
    )  # fmt: skip


def clause_subject(view: SentenceView, timex: Timex, last_person: Argument | None) -> Argument | None:
    """Who was that age: the subject of the age's clause (a pronoun: the main clause's, else the
    person named last), or a name right after the age ("at the age of 18 X joined")."""
    cur = view.timex_head(timex)
    while cur is not None and cur.pos not in ("VERB", "AUX"):
        cur = view.head_of(cur)
    subject = subject_of(view, cur)[0] if cur is not None else None
    if subject is None:
        return name_after(view, timex)
    if not view.is_pronoun(subject):
        return view.argument(subject)
    root = next((t for t in view.tokens if t.dep == "ROOT"), None)
    main = subject_of(view, root)[0] if root is not None else None
    if main is not None and not view.is_pronoun(main):
        return view.argument(main)
    return last_person if subject.text.lower() in PERSONAL_PRONOUNS else None


def name_after(view: SentenceView, timex: Timex) -> Argument | None:
    following = [t for t in view.tokens if t.start >= timex.end][:3]
    name = next((t for t in following if t.pos == "PROPN"), None)
    if name is None:
        return None
    mention = view.mention_at(name)
    return view.of_mention(mention) if mention else None


def appositive_person(view: SentenceView, timex: Timex) -> Argument | None:
    """ "X, 58," / "58-year-old X": the name the age is attached to, else the person mention next to it."""
    head = view.timex_head(timex)
    noun = view.head_of(head) if head is not None and head.dep in ("appos", "amod", "nummod") else None
    if noun is not None and noun.pos == "PROPN":
        return view.argument(noun)
    people = [m for m in view.mentions if view.label_of(m) == "PERSON"]
    before = [m for m in people if m.end <= timex.start and timex.start - m.end <= 4]
    after = [m for m in people if m.start >= timex.end and m.start - timex.end <= 24]
    chosen = before[-1] if before else (after[0] if after and "old" in timex.text.lower() else None)
    return view.of_mention(chosen) if chosen else None
