"""Which of a sentence's dates belong to an event trigger: a date dates the clause it is attached to.

"When the U.S. invaded X after the September 11 attacks, they met ..." - the date is the attacks' (a
date right before an event noun dates it, whatever the parse), it orders "invaded" after it
(``after_phrase``: the caller dates that trigger after the day, not on it) and is none of "met". A date
attaches to the first verb or event noun above it; it dates a trigger when that is the trigger itself, a
relative clause of the trigger ("the strike that killed X in 2020"), or the clause the trigger belongs
to: a verb trigger reaches it through conjoined or adverbial clauses ("launched a raid on 12 July,
killing ..."), a noun trigger through its role as subject/object ("an offensive was launched in March"),
an in/during/by/with phrase ("killed in a strike") or the object of a copula that only blames ("was
responsible for the kidnapping in 2000"); a subjectless conjoined verb passes its date to the verb
before it ("invaded and occupied Iraq in April 2003"). A date premodifying another conjunct of a noun
list ("the trauma of X, as well as the 1979 seizure") dates that conjunct only; an event noun in a
parenthetical aside ("the 2012 invasion of X (and the murder of Y)") shares the date of the event noun
the aside follows. See docs/events.md.
"""

from __future__ import annotations

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Timex, Token

VERBAL = frozenset({"VERB", "AUX"})
CLAUSE_LINKS = frozenset({"conj", "advcl", "xcomp", "ccomp", "parataxis"})
NOUN_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "conj", "compound", "appos", "oprd"})
SCOPE_PREPS = frozenset({"in", "during", "by", "with", "at", "amid", "through"})
# "was responsible for / guilty of / behind the kidnapping in 2000": a copula that only says who did an
# event noun ("famous for", "angry about" say when something else held).
BLAME_WORDS = frozenset({"responsible", "guilty", "accountable", "liable"})
BLAME_PREPS = frozenset({"for", "of"})
# "X was the background for / the cause of / the prelude to <event noun>": a relation, no happening.
BACKDROP_NOUNS = frozenset(
    {"background", "backdrop", "cause", "reason", "trigger", "prelude", "catalyst", "pretext"}
)
BACKDROP_PREPS = frozenset({"for", "of", "to"})
MAX_STEPS = 8
DEICTIC_WORDS = frozenset({"today", "now", "currently", "tonight"})
OCCASION_PREPS = SCOPE_PREPS | {"on"}
PREMODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "npadvmod"})
NOMINAL = frozenset({"NOUN", "PROPN"})
NOUN_MODIFIERS = frozenset({"NOUN", "PROPN", "ADJ"})
# "invaded X after the September 11 attacks", "Following the 2001 attacks, ...": the phrase orders the
# trigger after the date's happening; it does not say the trigger happened then.
AFTER_WORDS = frozenset({"after", "following"})
AFTER_LINKS = frozenset({"prep", "advcl"})


def belongs(view: SentenceView, timex: Timex, trigger: Token) -> bool:
    """True when the date expression dates the trigger's clause (see the module docstring)."""
    head = view.timex_head(timex)
    if head is None or not dates_a_clause(view, timex):
        return False
    attach = attachment(view, head)
    if attach is None or attach.index == trigger.index:
        return True
    if (noun := noun_after(view, timex)) is not None and noun.index == trigger.index:
        return True
    if premodifies_other_conjunct(view, head, trigger):
        return False
    host = aside_host(view, trigger)
    if host is not None and attach.index == host.index:
        return True
    if attach.dep in ("relcl", "acl") and attach.head == trigger.index:
        return True
    if shares_subject_conjunct(view, attach, trigger):
        return True
    clause = trigger if trigger.pos in VERBAL else governing_verb(view, trigger)
    return clause is not None and reaches(view, clause, attach)


def dates_a_clause(view: SentenceView, timex: Timex) -> bool:
    """Whether the date can date a clause at all: not when it ends a state ("led the agency until
    October", "was held until 2008": the state held before it; no happening is dated by its end),
    nor when it only describes the noun it follows ("the revolution 40 years ago", "Israel's most
    dangerous enemy today": when the noun was or is so, not when the clause's verb happened)."""
    head = view.timex_head(timex)
    parent = view.head_of(head) if head is not None else None
    if head is None or parent is None:
        return True
    if head.dep == "pobj" and parent.text.lower() in lex.UNTIL_WORDS:
        verb = view.head_of(parent)  # "did not reach it until Saturday": it reached it on Saturday
        return verb is not None and bool(view.kids(verb, "neg"))
    return not describes_noun(view, timex, head, parent)


def describes_noun(view: SentenceView, timex: Timex, head: Token, parent: Token) -> bool:
    """ "the revolution 40 years ago", "the enemy today ... was completed": a date "... ago", or a
    deictic one ("today", "now") in a past clause, right after a common noun that is no event, and
    no occasion of the clause either ("said in an interview today": the interview's day is the
    saying's). Only these: other dates the parser hangs on a noun ("admitted defeat Saturday",
    "signed contracts earlier this year", "ZURICH, May 10") are the clause's."""
    words = timex.text.lower().split()
    if not words or (words[-1] != "ago" and words[0] not in DEICTIC_WORDS):
        return False
    if head.dep not in ("advmod", "npadvmod") or parent.pos != "NOUN" or parent.start > head.start:
        return False
    verb = attachment(view, head)
    if words[-1] != "ago" and (verb is None or not is_past(view, verb)):
        return False  # "the weather today looks the same": the noun's today is the clause's
    prep = view.head_of(parent) if parent.dep == "pobj" else None
    occasion = prep is not None and prep.text.lower() in OCCASION_PREPS
    return not is_event_noun(parent) and not occasion


def is_past(view: SentenceView, verb: Token) -> bool:
    """A past tense: the verb's own ("completed") or its auxiliary's ("was completed")."""
    return verb.tag == "VBD" or any(a.tag == "VBD" for a in view.kids(verb, "aux", "auxpass"))


def premodifies_other_conjunct(view: SentenceView, head: Token, trigger: Token) -> bool:
    """ "the trauma of X (and the murder of Y), as well as the 1979 seizure of Z": a date premodifying a
    noun conjoined in a list belongs to that conjunct's phrase, not to the list's other event nouns."""
    noun = premodified_noun(view, head)
    parent = view.head_of(noun) if noun is not None else None
    return (
        noun is not None and parent is not None and noun.dep == "conj" and parent.pos in NOMINAL
        and trigger.index not in view.subtree(noun)
    )  # fmt: skip


def premodified_noun(view: SentenceView, head: Token) -> Token | None:
    """The noun a date modifies from the left ("the 1979 seizure"), None for a date that is no modifier."""
    cur, noun = head, None
    for _ in range(MAX_STEPS):
        parent = view.head_of(cur)
        if cur.dep not in PREMODIFIERS or parent is None or parent.pos not in NOMINAL:
            return noun
        cur = noun = parent
    return noun


def after_phrase(view: SentenceView, timex: Timex, trigger: Token | None = None) -> bool | None:
    """None when the date is not the object of an after/following phrase above ``trigger`` (a trigger
    inside the phrase, "after the 2001 attacks" for "attacks", has the date as its own); else whether
    the date premodifies the noun the phrase names ("after the 2001 attacks": True, the attacks' time)
    rather than being the object itself ("after September 11": False, the day the phrase follows)."""
    head = view.timex_head(timex)
    if head is None:
        return None
    noun = premodified_noun(view, head) or noun_after(view, timex)
    for obj in (noun, head):
        word = view.head_of(obj) if obj is not None else None
        if word is not None and word.text.lower() in AFTER_WORDS and word.dep in AFTER_LINKS:
            inside = trigger is not None and trigger.index in view.subtree(word)
            return None if inside else noun is not None
    return None


def noun_after(view: SentenceView, timex: Timex) -> Token | None:
    """ "the September 11, 2001 attacks", "the 1995 Kfar Darom bus attack": the event noun a date
    premodifies in the text, whatever the parse made of it (it often makes the noun a conjunct of
    the month): the date's tokens then up to three nominal modifiers, then the event noun."""
    after = [t for t in view.tokens if t.start >= timex.end][:4]
    for tok in after:
        if is_event_noun(tok):
            return tok
        if tok.pos not in NOUN_MODIFIERS:
            return None
    return None


def aside_host(view: SentenceView, trigger: Token) -> Token | None:
    """ "the 2012 invasion of X (and the murder of Y)": the event noun a parenthesis opened by the
    trigger's phrase follows, with no verb or other punctuation between them."""
    if trigger.pos not in NOMINAL:
        return None
    before = [t for t in view.tokens if t.index < trigger.index]
    while before and (before[-1].pos == "DET" or before[-1].text.lower() in ("and", "or")):
        before.pop()
    if not before or before[-1].text != "(":
        return None
    for tok in reversed(before[:-1]):
        if tok.pos in VERBAL or tok.pos == "PUNCT":
            return None
        if is_event_noun(tok):
            return tok
    return None


def shares_subject_conjunct(view: SentenceView, verb: Token, trigger: Token) -> bool:
    """ "invaded and occupied Iraq in April 2003": a date of a conjoined verb without a subject of its
    own dates the verb it is conjoined to ("killed in 2001 and his son died in 2005" does not)."""
    return (
        verb.dep == "conj" and verb.head == trigger.index and trigger.pos in VERBAL
        and not view.kids(verb, "nsubj", "nsubjpass")
    )  # fmt: skip


def attachment(view: SentenceView, head: Token) -> Token | None:
    """The first verb or event noun above the date's head word (None at the root of a fragment)."""
    cur = view.head_of(head)
    for _ in range(MAX_STEPS):
        if cur is None or cur.pos in VERBAL or is_event_noun(cur):
            return cur
        cur = view.head_of(cur)
    return None


def is_event_noun(tok: Token) -> bool:
    return tok.pos in ("NOUN", "PROPN") and tok.lemma.lower() in lex.NOUN_TRIGGERS


def governing_verb(view: SentenceView, noun: Token) -> Token | None:
    """The verb whose subject, object or in/by/with phrase the event noun is."""
    cur = noun
    for _ in range(MAX_STEPS):
        if cur.pos in VERBAL:
            return cur
        head = view.head_of(cur)
        if head is None:
            return None
        if cur.dep in NOUN_LINKS:
            cur = head
        elif cur.dep == "pobj" and head.text.lower() in SCOPE_PREPS and view.head_of(head) is not None:
            cur = view.head_of(head)
        elif cur.dep == "pobj" and (copula := blamed_copula(view, head)) is not None:
            cur = copula
        else:
            return None
    return None


def blamed_copula(view: SentenceView, prep: Token) -> Token | None:
    """The copula of "X was responsible for / guilty of / behind <event noun>" or "X was the
    background for / the cause of <event noun>": it has no happening of its own, so a date of its
    clause is the event noun's."""
    head = view.head_of(prep)
    if head is None:
        return None
    word = prep.text.lower()
    if head.dep == "acomp" and head.lemma.lower() in BLAME_WORDS and word in BLAME_PREPS:
        head = view.head_of(head)
    elif head.dep == "attr" and head.lemma.lower() in BACKDROP_NOUNS and word in BACKDROP_PREPS:
        head = view.head_of(head)  # "This was the background for the downing of a jet in February 2018"
    elif word != "behind":
        return None
    return head if head is not None and head.lemma.lower() == "be" else None


def reaches(view: SentenceView, clause: Token, target: Token) -> bool:
    """``target`` is ``clause`` or a clause it hangs from by conjunction or subordination."""
    cur: Token | None = clause
    for _ in range(MAX_STEPS):
        if cur is None:
            return False
        if cur.index == target.index:
            return True
        cur = view.head_of(cur) if cur.dep in CLAUSE_LINKS else None
    return False
