"""The gist of a dated fact's clause, for its one-line summary.

A dated fact (``other``) has no type to name it: its verb alone ("took", "fell", "blown") tells a
reader nothing, and "sent with X" for "X was sent to the front" tells him wrong. The gist is the
clause cut to its core, in the sentence's own words and voice: the subject's phrase, the auxiliaries,
the verb and its particle, then its object, its infinitive or gerund complement, or its first
prepositional phrase that is no date ("The interview took place", "Soleimani was sent to southern
front", "city fell to ISIS", "His car was blown up", "Merkava tanks were destroyed").
"""

from __future__ import annotations

from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Token

AUXILIARY_DEPS = ("aux", "auxpass", "neg")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
ASIDES = frozenset({"example", "instance"})  # "for example": no part of the clause
GIST_WORDS = 12  # longer than this is no gist: the reader is better served by the quote


def clause_gist(view: SentenceView, verb: Token) -> str | None:
    """ "Soleimani was sent to southern front"; None when the clause has no subject and nothing
    after its verb (a bare participle: the summary falls back to the verb)."""
    subject = _subject(view, verb)
    words = [
        *([_named(view, subject)] if subject is not None else []),
        *(t.text for t in view.kids(verb, *AUXILIARY_DEPS) if t.index < verb.index),
        verb.text,
        *(t.text for t in view.kids(verb, "prt")),
    ]
    complement = _complement(view, verb)
    if complement:
        words.append(complement)
    if subject is None and not complement:
        return None
    gist = " ".join(" ".join(words).split())
    return gist if len(gist.split()) <= GIST_WORDS else None


def _subject(view: SentenceView, verb: Token) -> Token | None:
    """The clause's subject, shared along conjoined verbs; a relative pronoun stands for the noun
    its clause modifies ("the stage, which began in 2015": the stage)."""
    cur: Token | None = verb
    for _ in range(4):
        if cur is None:
            return None
        if found := view.kids(cur, *SUBJECT_DEPS):
            return _antecedent(view, found[0])
        if cur.dep in ("relcl", "acl") and cur.tag == "VBN" and (noun := view.head_of(cur)) is not None:
            return noun  # "the barracks destroyed by ...": what the participle says of
        cur = view.head_of(cur) if cur.dep in ("conj", "xcomp") else None
    return None


def _named(view: SentenceView, tok: Token) -> str:
    """A subject by its name when it is one ("President George W. Bush", not the heading's words the
    parser hung on it), else by its phrase."""
    mention = view.mention_at(tok)
    if mention is None:
        return view.phrase(tok)
    first, _, rest = mention.text.partition(" ")
    return rest if first.casefold() == "the" and rest else mention.text


def _antecedent(view: SentenceView, tok: Token) -> Token:
    if tok.tag in ("WP", "WDT") and (clause := view.head_of(tok)) is not None and clause.dep == "relcl":
        return view.head_of(clause) or tok
    return tok


def _complement(view: SentenceView, verb: Token) -> str | None:
    """The object, else the infinitive or gerund complement with its object, else the first
    prepositional phrase after the verb whose object is not a date (the date is shown beside the
    summary; "In the fall of 1980, X was sent to the front": to the front)."""
    for obj in view.kids(verb, "dobj", "attr", "acomp"):
        return view.phrase(_antecedent(view, obj))
    for comp in view.kids(verb, "xcomp"):
        objects = [view.phrase(o) for o in view.kids(comp, "dobj")[:1]]
        return " ".join([*(t.text for t in view.kids(comp, "aux")), comp.text, *objects])
    for prep in (p for p in view.kids(verb, "prep", "agent") if p.index > verb.index):
        objects = [o for o in view.kids(prep, "pobj") if not (_is_date(view, o) or o.lemma in ASIDES)]
        if objects:
            return f"{prep.text} {view.phrase(objects[0])}"
    return None


def _is_date(view: SentenceView, tok: Token) -> bool:
    return any(t.start <= tok.start < t.end for t in view.timexes)
