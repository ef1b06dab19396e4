"""Structured attribute claims found by clear syntactic patterns: birth, death, age, role.

Each finder returns ``Found`` values (an attribute of a subject, with the tokens that support it);
``claims.py`` turns them into ``Claim`` records with the sentence's speaker, hedges and evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseboard.extract.claims_lexicon import FACILITY_NOUNS
from caseboard.extract.claims_records import AGE, DATE, ENTITY, PLACE, TEXT
from caseboard.extract.claims_syntax import SentenceView, span_text
from caseboard.records import Mention, Timex, Token

PERSON = frozenset({"PERSON"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
ACTORS = frozenset({"PERSON", "ORG"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})
DEATH_VERBS = frozenset({"kill", "assassinate", "murder", "eliminate", "execute", "slay", "die"})
DEATH_NOUNS = frozenset({"death", "killing", "assassination", "murder", "execution", "elimination"})
CLAUSE_EDGES = frozenset({"relcl", "acl", "ccomp", "parataxis"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


@dataclass(slots=True)
class Found:
    """One attribute value found in a sentence, before speaker and evidence are attached."""

    subject: Mention | None  # None: a pronoun resolved to the document's main person
    attribute: str
    value: str
    value_type: str
    trigger: Token | None
    earliest: str | None = None
    latest: str | None = None
    inherited: bool = False  # the value comes from the previous sentence of the paragraph


@dataclass(slots=True)
class Setting:
    """When and where, found under a trigger."""

    date: Timex | None
    place: str | None


def person_of(view: SentenceView, tok: Token | None) -> tuple[bool, Mention | None]:
    """(is a person, the mention): a PERSON mention at ``tok``, or (True, None) for a pronoun."""
    if tok is None:
        return False, None
    m = view.mention_at(tok, PERSON)
    if m is not None:
        return True, m
    return tok.text.lower() in PRONOUNS, None


def setting_under(view: SentenceView, raw: str, trigger: Token) -> Setting:
    toks = view.subtree(trigger, skip=CLAUSE_EDGES)
    lo, hi = toks[0].start, toks[-1].end
    dates = [t for t in view.timexes if t.type == "DATE" and t.earliest and lo <= t.start and t.end <= hi]
    date = min(dates, key=lambda t: abs(t.start - trigger.start)) if dates else None
    return Setting(date, place_under(view, raw, trigger))


def _near_preps(view: SentenceView, trigger: Token) -> list[Token]:
    """Prepositions on the trigger, or on the object of one of them ("in a strike at X")."""
    first = view.kids(trigger, "prep")
    second = [p for q in first for o in view.kids(q, "pobj") for p in view.kids(o, "prep")]
    return first + second


def place_under(view: SentenceView, raw: str, trigger: Token) -> str | None:
    """A place attached to the trigger by a locative preposition (a facility keeps its name)."""
    for prep in _near_preps(view, trigger):
        if prep.text.lower() not in LOCATIVE:
            continue
        for obj in view.kids(prep, "pobj"):
            m = view.mention_at(obj, PLACES)
            if m is not None:
                return raw[m.start : m.end]
            if obj.lemma.lower() in FACILITY_NOUNS:
                named = [view.mention_at(c, PLACES) for c in view.kids(obj, "compound", "amod", "nmod")]
                first = next((n for n in named if n is not None), None)
                if first is not None:
                    return raw[first.start : obj.end]
    return None


def date_found(subject: Mention | None, attribute: str, trigger: Token, t: Timex) -> Found:
    return Found(subject, attribute, t.text, DATE, trigger, t.earliest, t.latest)


def births(view: SentenceView, raw: str) -> list[Found]:
    out: list[Found] = []
    for tok in view.tokens:
        if tok.lemma != "bear" or tok.tag != "VBN":
            continue
        is_person, subject = person_of(view, next(iter(view.kids(tok, "nsubjpass")), None))
        if not is_person:
            continue
        setting = setting_under(view, raw, tok)
        if setting.date is not None:
            out.append(date_found(subject, "birth_date", tok, setting.date))
        if setting.place is not None:
            out.append(Found(subject, "birth_place", setting.place, PLACE, tok))
    return out


def deaths(view: SentenceView, raw: str) -> list[tuple[Found | None, Setting, Token]]:
    """(a death-subject marker, its setting, trigger) for each death told in the sentence."""
    out = []
    for tok in view.tokens:
        victim, actor = _victim_and_actor(view, tok)
        is_person, subject = person_of(view, victim)
        if not is_person:
            continue
        marker = Found(subject, "death", "", TEXT, tok)
        out.append((marker, setting_under(view, raw, tok), tok))
        actor_mention = view.mention_in(view.subtree(actor, CLAUSE_EDGES), ACTORS) if actor else None
        if actor_mention is not None and actor_mention is not subject:
            text = raw[actor_mention.start : actor_mention.end]
            out.append((Found(subject, "death_actor", text, ENTITY, tok), Setting(None, None), tok))
    return out


def _victim_and_actor(view: SentenceView, tok: Token) -> tuple[Token | None, Token | None]:
    if tok.pos == "VERB" and tok.lemma in DEATH_VERBS:
        if tok.lemma == "die":
            return next(iter(view.kids(tok, "nsubj")), None), None
        passive = view.kids(tok, "nsubjpass")
        if passive:
            agent = next((a for a in view.kids(tok, "agent")), None)
            by_obj = next(iter(view.kids(agent, "pobj")), None) if agent else None
            return passive[0], by_obj
        return next(iter(view.kids(tok, "dobj")), None), next(iter(view.kids(tok, "nsubj")), None)
    if tok.pos == "NOUN" and tok.lemma in DEATH_NOUNS:
        return _owner(view, tok), None
    if tok.pos == "NOUN" and tok.lemma == "body":
        verb = view.by_index.get(tok.head)
        if verb is not None and verb.lemma == "find" and tok.dep == "nsubjpass":
            return _owner(view, tok), None
    return None, None


def _owner(view: SentenceView, noun: Token) -> Token | None:
    poss = view.kids(noun, "poss")
    if poss:
        return poss[0]
    for prep in view.kids(noun, "prep"):
        if prep.text.lower() == "of":
            return next(iter(view.kids(prep, "pobj")), None)
    return None


def ages(view: SentenceView, raw: str) -> list[Found]:
    """ "X, 58": an age told in the present, read as the birth interval it implies."""
    out = []
    for t in view.timexes:
        if t.type != "AGE" or not t.earliest or t.anchor != "dct":
            continue
        near = [m for m in view.mentions if m.label == "PERSON" and 0 <= t.start - m.end <= 3]
        near += [m for m in view.mentions if m.label == "PERSON" and 0 <= m.start - t.end <= 3]
        if near:
            out.append(Found(near[0], "birth_date", t.text, AGE, None, t.earliest, t.latest))
    return out


def roles(view: SentenceView, raw: str) -> list[Found]:
    """ "X, commander of Y": an apposition naming what a person is."""
    out = []
    for tok in view.tokens:
        if tok.dep != "appos" or tok.pos != "NOUN":
            continue
        head = view.by_index.get(tok.head)
        subject = view.mention_at(head, PERSON) if head is not None else None
        if subject is None:
            continue
        words = view.subtree(tok, skip=frozenset({"relcl", "acl", "appos", "punct", "cc", "conj"}))[:10]
        out.append(Found(subject, "role", span_text(raw, words), TEXT, tok))
    return out
