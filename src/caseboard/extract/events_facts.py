"""Dated facts: the clause a sentence's own date is attached to, when no trigger of a known type has it.

"Oil began gushing into the Gulf on 20 April", "He joined the Guards in 1979": the date says when the
clause happened even though "began" and "joined" are in no lexicon. Such a clause is an event of type
``other`` (the verb is its trigger), dated by the expression, with the verb's subject and object as
participants when they are named. A date already dating a trigger of the sentence, a negated or
hypothetical verb, a future date (after the publication), a statement verb ("said on Monday": the
statement trigger has it), a page stamp ("Last updated at 10:32 GMT": ``events_furniture``) and a
state ("Iran feared ...", "is linked to the attacks ... in 1994": ``holds``) give nothing.
"Now"/"currently" (an adverb, in a sentence with no calendar date) dates its clause to the
publication day: "the well is now capped" holds on that day. See docs/events.md.
"""

from __future__ import annotations

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_dates import (
    is_ahead,
    is_present,
    is_usable,
    iso_bounds,
    phrase_date,
    present_date,
)
from caseboard.extract.events_furniture import is_furniture_timex
from caseboard.extract.events_gist import clause_gist
from caseboard.extract.events_records import DATE_SENTENCE, EventDate, EventMention, sentence_mention
from caseboard.extract.events_scope import attachment, dates_a_clause, is_event_noun
from caseboard.extract.events_syntax import SentenceView
from caseboard.extract.events_triggers import happened, verb_arguments
from caseboard.records import Timex, Token

# Verbs that carry no happening of their own ("it was", "there were"): their date is left alone.
EMPTY_VERBS = frozenset({"be", "have", "do", "get", "become", "seem", "remain"})


def dated_facts(
    view: SentenceView, found: list[EventMention], published: str | None, stamps: list[tuple[int, int]]
) -> list[EventMention]:
    """One ``other`` event per verb that a date of the sentence dates and no found trigger covers;
    ``stamps``: the sentence's page furniture (``events_furniture.furniture_spans``)."""
    covered = {(m.date.earliest, m.date.latest) for m in found if m.date.source == DATE_SENTENCE}
    triggers = {m.trigger_start for m in found}
    out: list[EventMention] = []
    for timex in view.timexes:
        if not (is_usable(timex) or is_present(view, timex)) or timex.type != "DATE":
            continue
        if is_furniture_timex(timex, stamps):  # "Last updated at 10:32 GMT": the page's, not the story's
            continue
        date = phrase_date(view, timex) if is_usable(timex) else present_date(timex)
        if date is None:  # "After 2006, X expanded ...": later than the year, no date of its own
            continue
        if (timex.earliest, timex.latest) in covered or (date.earliest, date.latest) in covered:
            continue
        if timex.earliest is not None and is_ahead(timex.earliest, published):
            continue  # a date after the publication is a plan, not a happening
        verb = fact_verb(view, timex)
        if verb is None or verb.start in triggers or holds(view, verb, timex, published):
            continue
        triggers.add(verb.start)
        out.append(fact_mention(view, verb, date))
    return out


def fact_verb(view: SentenceView, timex: Timex) -> Token | None:
    """The verb the date is attached to (the sentence's root when no verb is above the date: "Stocks
    closed Friday up 3 percent" tagged as an adjective), when it reports something that happened."""
    head = view.timex_head(timex)
    if head is None or not dates_a_clause(view, timex):
        return None
    verb = attachment(view, head) or next((t for t in view.tokens if t.dep == "ROOT"), None)
    if verb is None or verb.index == head.index or verb.pos == "AUX" or is_event_noun(verb):
        return None
    lemma = verb.lemma.lower()
    if lemma in EMPTY_VERBS or lex.VERB_TRIGGERS.get(lemma) == lex.STATEMENT:
        return None
    return verb if happened(view, verb) else None


def holds(view: SentenceView, verb: Token, timex: Timex, published: str | None) -> bool:
    """A state, not a happening: a state or opinion verb ("Iran feared ...", "this pattern epitomizes
    ..."), or a present tense or present perfect with a date before the publication ("is linked to
    the attacks ... in 1994", "has disclosed that X was present throughout January 2009": English
    dates neither by a closed past time in a phrase, so the date is another clause's; "has worked
    there since 2009", "have been turned away in the past week" span to the present and keep it,
    and a caption's bare date is its own: "July 12: The new cap is lowered over the wellhead")."""
    if verb.lemma.lower() in lex.STATIVE_VERBS:
        return True
    tenses = {a.tag for a in view.kids(verb, "aux", "auxpass")}
    if not tenses & {"VBZ", "VBP"} or tenses & {"VBD", "MD"} or reaches_now(view, timex):
        return False
    head = view.timex_head(timex)
    if head is None or head.dep != "pobj":  # "July 12: The cap is lowered ...": a caption's own day
        return False
    start = iso_bounds(published)[0] if published else None
    return timex.latest is not None and (start is None or timex.latest < start)


def reaches_now(view: SentenceView, timex: Timex) -> bool:
    """ "since 2009", "in the past week", "in the last week", "in recent weeks": up to the present."""
    text = timex.text.lower()
    if set(text.split()) & lex.UP_TO_NOW_WORDS or text.startswith("the last "):
        return True
    head = view.timex_head(timex)
    parent = view.head_of(head) if head is not None else None
    return parent is not None and head.dep == "pobj" and parent.text.lower() in lex.SINCE_WORDS


def fact_mention(view: SentenceView, verb: Token, date: EventDate) -> EventMention:
    agent, patient = verb_arguments(view, verb, lex.OTHER)
    sent, raw = view.sentence, view.raw_text
    mention = sentence_mention(sent, raw, lex.OTHER, verb, date, agent=agent, patient=patient)
    mention.gist = clause_gist(view, verb)
    return mention
