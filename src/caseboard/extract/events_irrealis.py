"""Irrealis: triggers that name a happening the sentence only fears, threatens, plans or supposes.

A timeline lists what happened. "Any attacks on U.S. interests" (a warning), "future attacks", "a
possible meeting", "threatened an attack", "calls for the arrest of", "considered attacking", "if Iran
attacks", "would meet X and sign a deal", "can you get me a meeting?", "whoever replaces him" name no
happening, while "the planned attack was carried out",
"Mughniyeh planned the 2006 kidnapping" and "revenge for the attack" do. Negation, modals and
infinitives are gated in ``events_triggers.happened``; this module adds the rest. See docs/events.md.
"""

from __future__ import annotations

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Token

INDEFINITE = frozenset({"a", "an", "some", "more", "another", "new"})
# Clause boundaries above which an if-clause no longer covers a trigger: a relative clause asserts its
# own fact ("if the man who killed X is caught": the killing happened).
OWN_CLAUSE = frozenset({"relcl", "acl"})


def is_irrealis(view: SentenceView, tok: Token) -> bool:
    """Whether the trigger names something that has not happened (see the module docstring)."""
    if tok.pos in ("NOUN", "PROPN") and (
        irrealis_modifier(view, tok) or wished_noun(view, tok) or unreal_object(view, tok)
    ):
        return True
    if tok.pos in ("VERB", "AUX") and (
        wished_verb(view, tok) or shares_modal(view, tok) or anyone_subject(view, tok)
    ):
        return True
    return is_conditional(view, tok)


def unreal_object(view: SentenceView, noun: Token) -> bool:
    """ "can you get me a meeting?", "would hold talks", "summits would be held": an indefinite event
    noun that is the object of a modal verb names no happening ("could attend the summit" may well
    name one that took place: a definite noun is left alone; a negation is not enough: "did not
    cause his own death" does not deny the death)."""
    gov, prep = governor(view, noun)
    if gov is None or prep is not None or gov.pos not in ("VERB", "AUX"):
        return False
    modal = {a.lemma.lower() for a in view.kids(gov, "aux")} & lex.MODALS
    return bool(modal) and indefinite(view, first_conjunct(view, noun))


def anyone_subject(view: SentenceView, verb: Token) -> bool:
    """ "whoever replaces him will also be ...": a free relative names anyone who might, not a doer."""
    return any(s.text.lower() in lex.FREE_RELATIVES for s in view.kids(verb, "nsubj", "nsubjpass"))


def first_conjunct(view: SentenceView, tok: Token) -> Token:
    """The head of a list the token is conjoined in ("attacks and kidnappings": "attacks")."""
    cur = tok
    for _ in range(4):
        head = view.head_of(cur)
        if cur.dep != "conj" or head is None or head.pos != cur.pos:
            break
        cur = head
    return cur


def irrealis_modifier(view: SentenceView, noun: Token) -> bool:
    """ "any attacks", "future attacks", "a possible meeting" (shared by a list without its own
    determiner); "planned"/"further"/"possible" yield to a realising verb ("the planned attack was
    carried out"), "any"/"no" never do."""
    words = {m.text.lower() for m in view.kids(noun, "det", "amod", "advmod")}
    if not words and (head := first_conjunct(view, noun)) is not noun:
        words = {m.text.lower() for m in view.kids(head, "det", "amod", "advmod")}
    found = words & lex.IRREALIS_MODIFIERS
    if not found:
        return False
    if found == {"further"} and not indefinite(view, noun):  # "the coroner's further verdict"
        return False
    return bool(found & lex.NEVER_REALISED) or not realised(view, noun)


def realised(view: SentenceView, noun: Token) -> bool:
    """The noun is subject or object of a realising verb that itself happened ("was carried out",
    "took place", "hit the city")."""
    noun = first_conjunct(view, noun)
    verb = view.head_of(noun)
    if noun.dep not in ("dobj", "nsubj", "nsubjpass") or verb is None or verb.pos != "VERB":
        return False
    return verb.lemma.lower() in lex.REALISING_VERBS and not negated_or_modal(view, verb)


def negated_or_modal(view: SentenceView, verb: Token) -> bool:
    """ "did not attack", "would attack": a negation or a modal auxiliary of its own."""
    aux = {a.lemma.lower() for a in view.kids(verb, "aux")}
    return bool(view.kids(verb, "neg")) or bool(aux & lex.MODALS)


def governor(view: SentenceView, tok: Token) -> tuple[Token | None, Token | None]:
    """The word governing the token as its object or complement, with the preposition between them
    ("calls for the arrest": calls, for; "threatened an attack": threatened, None)."""
    tok = first_conjunct(view, tok)
    head = view.head_of(tok)
    if head is None or head.index == tok.index:
        return None, None
    if tok.dep in ("pobj", "pcomp") and head.dep == "prep":
        return view.head_of(head), head
    if tok.dep in (("dobj", "nsubjpass") if tok.pos in ("NOUN", "PROPN") else ("xcomp",)):
        return head, None
    return None, None


def wished_noun(view: SentenceView, noun: Token) -> bool:
    """ "threatened an attack", "calls for the arrest of", "the threat of an attack", "planned an
    attack"; not "planned the 2006 kidnapping" nor "was planned by", a plan that was carried out."""
    gov, prep = governor(view, noun)
    if gov is None or (lemma := gov.lemma.lower()) not in lex.WISH_WORDS or presupposed(view, noun):
        return False
    if prep is None and lemma in lex.WISH_NEEDS_PREPOSITION:
        return False
    if prep is not None and prep.text.lower() not in lex.EVENT_NOUN_PREPOSITIONS:
        return False
    if lemma == "aim" and gov.pos == "NOUN":  # "the aim of the summit": its purpose
        return False
    if lemma in lex.PLANNING_WORDS and noun.dep == "nsubjpass":
        return False
    return lemma not in lex.WEAK_WISH_WORDS or indefinite(view, first_conjunct(view, noun))


def presupposed(view: SentenceView, noun: Token) -> bool:
    """An event noun told as known: a relative clause in the past ("the explosion that killed 11
    workers") or a named modifier ("the April 20 Deepwater Horizon explosion")."""
    noun = first_conjunct(view, noun)
    if any(r.tag == "VBD" for r in view.kids(noun, "relcl")):
        return True
    return any(view.mention_at(m) for m in view.kids(noun, "compound", "nmod"))


def indefinite(view: SentenceView, noun: Token) -> bool:
    """No definite determiner, possessor or named modifier: "an attack", "attacks on X"."""
    modifiers = view.kids(noun, "compound", "nmod", "amod")
    if view.kids(noun, "poss") or any(view.mention_at(m) for m in modifiers):
        return False
    dets = {d.text.lower() for d in view.kids(noun, "det")}
    return not dets or bool(dets & INDEFINITE)


def wished_verb(view: SentenceView, verb: Token) -> bool:
    """ "considered attacking", "warned against striking", "called for arresting": a verb complement
    of a wish or planning verb ("to"-infinitives are gated already)."""
    gov, prep = governor(view, verb)
    if gov is None or verb.dep not in ("xcomp", "pcomp") or gov.lemma.lower() in ("fear", "expect"):
        return False
    return gov.lemma.lower() in lex.WISH_WORDS and (prep is None or prep.text.lower() != "after")


def shares_modal(view: SentenceView, verb: Token) -> bool:
    """ "would meet X and sign a deal": a conjoined verb without its own subject or auxiliary
    shares the first one's modal."""
    if verb.dep != "conj" or view.kids(verb, "nsubj", "nsubjpass", "aux"):
        return False
    head = first_conjunct(view, verb)
    modals = {a.lemma.lower() for a in view.kids(head, "aux")} & lex.MODALS
    return head is not verb and head.pos in ("VERB", "AUX") and bool(modals)


def is_conditional(view: SentenceView, tok: Token) -> bool:
    """Inside an if/unless clause ("if Iran attacks", "if the attack goes ahead"), up to the clause
    the condition belongs to. A definite event noun in it ("if the current outbreak continues", "not
    clear if the deaths were linked"), a relative clause and a since/after phrase are presupposed."""
    noun = tok.pos in ("NOUN", "PROPN")
    if tok.dep == "amod" or (noun and not indefinite(view, first_conjunct(view, tok))):
        return False  # "the leaking riser", "if the deaths were linked"
    cur: Token | None = tok
    for _ in range(8):
        if cur is None:
            return False
        head = view.head_of(cur)
        if cur.dep == "pobj" and head is not None and head.text.lower() in lex.PRESUPPOSING_PREPOSITIONS:
            return False
        if cur.pos in ("VERB", "AUX") and any(
            m.text.lower() in lex.CONDITIONAL_MARKS for m in view.kids(cur, "mark")
        ):
            return True
        if cur.dep in OWN_CLAUSE or cur.dep == "ROOT":
            return False
        cur = head
    return False
