"""Structured attribute claims found by clear syntactic patterns: birth, death, age, role.

Each finder returns ``Found`` values (an attribute of a subject, with the tokens that support it);
``claims.py`` turns them into ``Claim`` records with the sentence's speaker, hedges and evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseboard.extract.claims_lexicon import FACILITY_NOUNS, SITE_NOUNS
from caseboard.extract.claims_records import AGE, DATE, ENTITY, PLACE, TEXT
from caseboard.extract.claims_syntax import SentenceView, span_text
from caseboard.records import Mention, Timex, Token

PERSON = frozenset({"PERSON"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
ACTORS = frozenset({"PERSON", "ORG"})
# any name: a by-agent or a facility's name is taken whatever label the tagger gave it
NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
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
    # "met X at the airport": a place the parser hung on the object
    on_object = [p for o in view.kids(trigger, "dobj") for p in view.kids(o, "prep")]
    return first + second + on_object


def place_under(view: SentenceView, raw: str, trigger: Token) -> str | None:
    """A place attached to the trigger by a locative preposition (a facility keeps its name)."""
    for prep in _near_preps(view, trigger):
        if prep.text.lower() not in LOCATIVE:
            continue
        for obj in view.kids(prep, "pobj"):
            m = view.mention_at(obj, PLACES)
            if m is not None:
                return raw[m.start : _container_end(view, raw, m)]
            if obj.lemma.lower() in FACILITY_NOUNS:  # "the Tunis airport", whatever the name's label
                named = [view.mention_at(c, NAMES) for c in view.kids(obj, "compound", "amod", "nmod")]
                first = next((n for n in named if n is not None), None)
                if first is not None:
                    return raw[first.start : obj.end]
    return None


def _container_end(view: SentenceView, raw: str, m: Mention) -> int:
    """ "Lyon, France": a place followed by the region containing it keeps both (the end offset)."""
    after = [x for x in view.mentions if x.label in ("GPE", "LOC") and x.start > m.end]
    nxt = min(after, key=lambda x: x.start) if after else None
    if nxt is not None and raw[m.end : nxt.start].strip() == ",":
        return nxt.end
    return m.end


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
        labels = NAMES if actor is not None and actor.dep == "pobj" else ACTORS  # "by the Black Hand"
        actor_mention = view.mention_in(view.subtree(actor, CLAUSE_EDGES), labels) if actor else None
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


HAPPENING_VERBS = frozenset({"explode", "sink", "collapse", "crash", "capsize", "erupt"})


def happenings(view: SentenceView, raw: str) -> list[Found]:
    """ "the Deepwater Horizon rig exploded on 20 April": the date of a one-off happening of a named
    site (an explosion, a sinking, a crash), comparable across sources like a death date."""
    out = []
    for tok in view.tokens:
        if tok.pos != "VERB" or tok.lemma not in HAPPENING_VERBS:
            continue
        site = _named_site(view, next(iter(view.kids(tok, "nsubj")), None))
        date = _own_date(view, tok) if site is not None else None
        if site is not None and date is not None and _dates_the_trigger(date, tok):
            out.append(date_found(site, f"event_date:{tok.lemma}", tok, date))
    return out


def _own_date(view: SentenceView, trigger: Token) -> Timex | None:
    """The calendar date under the trigger itself, not under a conjoined verb ("exploded on 20 April
    and sank on 22 April") nor a present reference ("now")."""
    toks = view.subtree(trigger, skip=CLAUSE_EDGES | {"conj", "advcl"})
    lo, hi = toks[0].start, toks[-1].end
    dates = [t for t in view.timexes if t.type == "DATE" and t.earliest and t.value[:1].isdigit()
             and lo <= t.start and t.end <= hi]  # fmt: skip
    return min(dates, key=lambda t: abs(t.start - trigger.start)) if dates else None


_RELATIVE_TO = ("after", "before", "later", "earlier", "since", "ago")


def _dates_the_trigger(date: Timex, trigger: Token) -> bool:
    """Not "two days after the rig sank" (a date of something else, counted from the happening)."""
    inside = date.start <= trigger.start < date.end
    return not inside and not any(w in date.text.lower().split() for w in _RELATIVE_TO)


def _named_site(view: SentenceView, subject: Token | None) -> Mention | None:
    if subject is None:
        return None
    direct = view.mention_at(subject, NAMES)
    if direct is not None and direct.label != "PERSON" or subject.lemma.lower() not in SITE_NOUNS:
        return direct if direct is not None and direct.label in ("FAC", "PRODUCT", "EVENT") else None
    named = [view.mention_at(k, NAMES) for k in view.kids(subject, "compound", "nmod")]
    found = next((m for m in named if m is not None), None)
    return found or _proper_compound(view, subject)


def _proper_compound(view: SentenceView, noun: Token) -> Mention | None:
    """ "the Northfield Star rig" with no entity tagged: the proper nouns compounded on the site noun."""
    names = [
        k for k in view.subtree(noun) if k.pos == "PROPN" and k.index < noun.index and k.dep == "compound"
    ]
    if not names or any(b.index - a.index != 1 for a, b in zip(names, names[1:], strict=False)):
        return None
    first, last = names[0], names[-1]
    text = view.sentence.text[first.start - view.sentence.start : last.end - view.sentence.start]
    return Mention("", noun.doc, first.start, last.end, text, "FAC", view.sentence.index, view.sentence.text)
