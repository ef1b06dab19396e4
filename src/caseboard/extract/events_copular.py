"""Happenings told without a trigger verb of their own: taking an office with a copula ("became head of
X", "was made chief of X", "served as head of X, beginning in 1998") and a trigger under a verb that
says it was done ("helped establish X", "managed to kill X")."""

from __future__ import annotations

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Token


def copular_type(view: SentenceView, verb: Token) -> str | None:
    """``appointment`` for a person taking an office: "became head of the agency", "was made chief of
    police" (the office noun is the verb's complement), and the "beginning" of "served as director of X,
    beginning in 1998" (a term told with its start: the start is the appointment; "served as director
    in 1998" is a state)."""
    lemma = verb.lemma.lower()
    if lemma == "become" and office_complement(view, verb, "attr", "oprd"):
        return lex.APPOINTMENT if person_subject(view, verb) else None
    if lemma == "make" and view.kids(verb, "auxpass", "nsubjpass") and office_complement(view, verb, "oprd"):
        return lex.APPOINTMENT if person_subject(view, verb) else None
    term = view.head_of(verb) if lemma in lex.START_VERBS and verb.dep in ("advcl", "xcomp") else None
    if term is not None and term.lemma.lower() == "serve" and serves_as_office(view, term):
        return lex.APPOINTMENT if person_subject(view, term) else None  # the start dates the term
    return None


def office_holder(view: SentenceView, verb: Token) -> Token | None:
    """Who takes the office: the copula's subject, or for the "beginning" of a term the subject of
    "served"."""
    if verb.lemma.lower() in lex.START_VERBS and (term := view.head_of(verb)) is not None:
        return first_subject(view, term)
    return first_subject(view, verb)


def carried_event(view: SentenceView, noun: Token) -> Token | None:
    """The event noun a light noun carries: "the 2007 imposition of a siege on X" is the siege
    (its date and its by-phrase are the light noun's, its target the event noun's)."""
    if noun.lemma.lower() not in lex.LIGHT_NOUNS:
        return None
    objects = (o for p in view.kids(noun, "prep") if p.text.lower() == "of" for o in view.kids(p, "pobj"))
    return next((o for o in objects if o.ent_type == "" and o.lemma.lower() in lex.NOUN_TRIGGERS), None)


def office_complement(view: SentenceView, verb: Token, *deps: str) -> Token | None:
    """The complement naming an office ("head", "chief of staff", "prime minister", "its new commander")."""
    return next((c for c in view.kids(verb, *deps) if is_office(view, c)), None)


def is_office(view: SentenceView, noun: Token) -> bool:
    """An office noun ("head", "minister"), or a noun for people an office word modifies ("chief
    executive", "head coach"); an office word modifying anything else is none ("the chief suspect")."""
    lemma = noun.lemma.lower()
    if noun.pos not in ("NOUN", "PROPN"):
        return False
    if lemma in lex.OFFICE_NOUNS:
        return True
    modifiers = view.kids(noun, "compound", "amod")
    return lemma in lex.PEOPLE_NOUNS and any(m.lemma.lower() in lex.OFFICE_NOUNS for m in modifiers)


def serves_as_office(view: SentenceView, verb: Token) -> bool:
    return any(
        is_office(view, obj)
        for prep in view.kids(verb, "prep")
        if prep.text.lower() == "as"
        for obj in view.kids(prep, "pobj")
    )


def person_subject(view: SentenceView, verb: Token) -> bool:
    """The one who takes the office is a person: a person's name (or a name the tagger left unlabelled),
    a personal pronoun or "who", or a noun for people ("the mayor became head of ..."), not "the country
    became a leader in solar power", "Iran became a leader in ..."."""
    subject = first_subject(view, verb)
    if subject is None:
        return False
    lemma = subject.lemma.lower()
    if lemma in lex.SUBJECT_PRONOUNS:
        return True
    mention = view.mention_at(subject)
    if mention is not None:
        return view.label_of(mention) == "PERSON"
    return subject.pos == "PROPN" or lemma in lex.PEOPLE_NOUNS or lemma in lex.OFFICE_NOUNS


def first_subject(view: SentenceView, verb: Token) -> Token | None:
    cur: Token | None = verb
    for _ in range(4):
        if cur is None:
            return None
        if found := view.kids(cur, "nsubj", "nsubjpass"):
            return found[0]
        cur = view.head_of(cur) if cur.dep in ("conj", "xcomp") else None
    return None


def done_through(view: SentenceView, verb: Token) -> Token | None:
    """The verb whose complement ``verb`` is when that verb says it was done: "helped (to) establish",
    "managed to kill" (an implicative verb: it happened if the helping did)."""
    head = view.head_of(verb)
    if verb.pos != "VERB" or verb.dep != "xcomp" or head is None:
        return None
    return head if head.lemma.lower() in lex.IMPLICATIVE_VERBS else None
