"""What makes a sentence contest an account another sentence reports: a competing account ("other
sources provide an opposite equation"), a source contesting it ("Y denied the claim"), the account said
to be contested ("the claim ... is debated"), "conflicting accounts". Syntactic, not lexical: a word such
as "contradiction" or "contradicts" in a remark about opinions is not enough."""

from __future__ import annotations

from dataclasses import dataclass

from caseboard.extract.attribution import SOURCE_LABELS, is_negated, reporting_subject
from caseboard.extract.claims_lexicon import (
    ACCOUNT_NOUNS,
    ANONYMOUS_NOUNS,
    COMPETING_WORDS,
    CONFLICTING_WORDS,
    CONTEST_VERBS,
    REPORT_NOUNS,
)
from caseboard.extract.claims_records import ANONYMOUS, NAMED
from caseboard.extract.claims_syntax import SentenceView, span_text
from caseboard.records import Token

SOURCE_NOUNS = ANONYMOUS_NOUNS | REPORT_NOUNS | ACCOUNT_NOUNS | {
    "scientist", "researcher", "government", "agency", "company", "group", "newspaper", "family",
    "lawyer", "study", "studies", "critic", "environmentalist", "police", "authority", "ministry",
}  # fmt: skip
GENERIC_MARKS = frozenset({"when", "whenever", "if", "unless", "until", "before", "once"})
NO_ONE = frozenset({"nobody", "none", "noone", "no", "anybody", "anyone", "everybody", "everyone"})
_OBJECTS = ("dobj", "ccomp", "pobj", "attr")
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "punct"})
BACK_REFERENCES = frozenset({"it", "this", "that", "them", "these", "those", "so"})
BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
MODALS = frozenset({"can", "could", "may", "might", "would", "should", "will"})
VERSION_NOUNS = frozenset(
    {"version", "account", "view", "conclusion", "equation", "explanation", "picture", "interpretation",
     "narrative", "assessment"}
)  # fmt: skip
_TITLE_WORDS = frozenset(
    {"a", "an", "the", "mr", "mrs", "ms", "dr", "sen", "gov", "other", "another", "us", "u.s."}
)
CONTESTED_STATES = frozenset({"debated", "disputed", "contested", "challenged", "questioned", "contradicted"})


@dataclass(frozen=True, slots=True)
class Contest:
    """The second source of a cue sentence and the words that show it contests an account."""

    source: str
    cue: str


def find_contest(view: SentenceView, raw: str, prev: SentenceView) -> Contest | None:
    """A second account in the sentence, against what ``prev`` reports: a competing account ("other
    sources provide an opposite equation", "a different conclusion emerged"), a source contesting it
    ("Y denied the claim", "another study appears to contradict that view"), the account said to be
    contested ("the claim ... is debated"), or "conflicting accounts"."""
    for tok in view.tokens:
        found = (
            _competing_account(view, raw, tok)
            or contest_verb(view, raw, tok, prev)
            or _contested_state(view, tok)
            or _conflicting(view, raw, tok)
        )
        if found is not None:
            return found
    return None


def _competing_account(view: SentenceView, raw: str, tok: Token) -> Contest | None:
    """ "an opposite equation", "a different conclusion", "say the opposite"; not "different parts"."""
    opposite = tok.text.lower() == "opposite" and tok.pos == "NOUN" and tok.dep in ("dobj", "attr", "pobj")
    if not opposite and (tok.lemma.lower() not in VERSION_NOUNS or generic(view, tok)):
        return None
    if not opposite and not any(m.text.lower() in COMPETING_WORDS for m in view.kids(tok, "amod")):
        return None
    subj = _clause_subject(view, tok)
    if subj is not None and not is_source(view, subj) or opposite and subj is None or modal(view, tok):
        return None  # "he now takes a different view", "tell it to do the opposite", "can modulate"
    source = phrase(view, raw, subj if subj is not None else tok)
    return Contest(source, span_text(raw, view.subtree(tok, skip=_CLAUSES))[:60])


def contest_verb(view: SentenceView, raw: str, tok: Token, prev: SentenceView | None) -> Contest | None:
    """ "Y denied the claim", "Y disputes that view", "the claim ... is debated" (not negated, not
    generic: "when anybody contradicts his views"), whose subject is a source, about what ``prev``
    reports."""
    if tok.lemma not in CONTEST_VERBS or tok.pos != "VERB" or is_negated(view, tok) or generic(view, tok):
        return None
    passive = next(iter(view.kids(tok, "nsubjpass")), None)
    if passive is not None:
        agent = _agent(view, tok)
        if not is_account(passive) or no_one(view, passive) or agent is not None and no_one(view, agent):
            return None
        if view.kids(tok, "dobj", "oprd", "dative"):
            return None  # "claims have been denied payment": a request refused, not an account contested
        return Contest(phrase(view, raw, agent) if agent is not None else "unnamed others", tok.text)
    subj = reporting_subject(view, tok)
    if subj is None or not is_source(view, subj):
        return None
    if not _contests_prev(view, tok, prev) and not _refers_back(view, subj):
        return None
    return Contest(phrase(view, raw, subj), tok.text)


def _contested_state(view: SentenceView, tok: Token) -> Contest | None:
    """ "the claim ... is debated" parsed as a copula and an attribute (or "is disputed.8" with a
    footnote mark glued to it)."""
    word = tok.text.lower().rstrip("0123456789.[]")
    if tok.dep not in ("acomp", "attr") or word not in CONTESTED_STATES:
        return None
    be = view.by_index.get(tok.head)
    if be is None or be.lemma != "be" or is_negated(view, be) or generic(view, be):
        return None
    subj = next(iter(view.kids(be, "nsubj", "nsubjpass")), None)
    ok = subj is not None and is_account(subj) and not no_one(view, subj)
    return Contest("unnamed others", word) if ok else None


def _conflicting(view: SentenceView, raw: str, tok: Token) -> Contest | None:
    """ "conflicting reports", "contradictory accounts": accounts, plural, from several sources."""
    if tok.dep != "amod" or tok.text.lower() not in CONFLICTING_WORDS:
        return None
    head = view.by_index.get(tok.head)
    if head is None or not is_account(head) or head.tag not in ("NNS", "NNPS") or generic(view, head):
        return None
    text = phrase(view, raw, head)
    return Contest(text, text)


def _contests_prev(view: SentenceView, verb: Token, prev: SentenceView | None) -> bool:
    """What is contested is what was just said: a back reference ("denied that", "disputes this
    view", "rejected the claim"), or an account or clause sharing two content words with ``prev``."""
    objs = view.kids(verb, *_OBJECTS)
    for o in objs:
        if o.dep != "ccomp" and o.text.lower() in BACK_REFERENCES and o.pos in ("PRON", "DET"):
            return True
        if _refers_back(view, o, BACK_DETERMINERS):
            return True
        shared = _content(view.subtree(o)) & _content(prev.tokens) if prev is not None else set()
        if (o.dep == "ccomp" or is_account(o)) and len(shared) >= 3:
            return True
    return False


def _refers_back(view: SentenceView, tok: Token, determiners: frozenset[str] = DEMONSTRATIVES) -> bool:
    """ "that statement", "those reports", "the claim": an account already told."""
    return is_account(tok) and any(d.text.lower() in determiners for d in view.kids(tok, "det"))


def modal(view: SentenceView, tok: Token) -> bool:
    """A hypothetical ("can modulate", "could show"), on the clause of ``tok``."""
    verb = view.by_index.get(tok.head, tok) if tok.pos in ("NOUN", "PROPN") else tok
    return any(a.dep == "aux" and a.text.lower() in MODALS for a in view.kids(verb))


def _content(toks: list[Token]) -> set[str]:
    return {t.lemma.lower() for t in toks if t.pos in ("NOUN", "PROPN", "VERB", "ADJ") and len(t.text) > 2}


def _clause_subject(view: SentenceView, tok: Token) -> Token | None:
    if tok.dep in ("nsubj", "nsubjpass"):
        return None
    head = view.by_index.get(tok.head)
    return next(iter(view.kids(head, "nsubj")), None) if head is not None else None


def no_one(view: SentenceView, tok: Token) -> bool:
    """ "nobody", "no claims", "anybody": nobody in particular."""
    return tok.text.lower() in NO_ONE or any(d.text.lower() == "no" for d in view.kids(tok, "det"))


def is_account(tok: Token) -> bool:
    return tok.lemma.lower() in ACCOUNT_NOUNS or tok.text.lower() in ACCOUNT_NOUNS


def is_source(view: SentenceView, tok: Token) -> bool:
    """A subject that can make a statement: a named person/organisation, or a source noun."""
    if tok.pos == "PRON" or no_one(view, tok):
        return False
    return view.mention_at(tok, SOURCE_LABELS) is not None or tok.lemma.lower() in SOURCE_NOUNS


def _agent(view: SentenceView, verb: Token) -> Token | None:
    by = next((c for c in view.kids(verb, "agent")), None)
    return next(iter(view.kids(by, "pobj")), None) if by is not None else None


def generic(view: SentenceView, tok: Token) -> bool:
    """Inside a "when"/"if"/"until" clause: a habit or a condition, not a reported event."""
    for _ in range(4):
        if any(c.dep == "mark" and c.text.lower() in GENERIC_MARKS for c in view.kids(tok)):
            return True
        if tok.head == tok.index or tok.head not in view.by_index:
            return False
        tok = view.by_index[tok.head]
    return False


def phrase(view: SentenceView, raw: str, head: Token) -> str:
    toks = view.subtree(head, skip=frozenset({"relcl", "acl", "appos", "prep", "punct"}))[:8]
    return span_text(raw, toks).strip(" ,") or head.text


def contest_type(contest: Contest) -> str:
    return ANONYMOUS if contest.source == "unnamed others" else NAMED


def same_source(a: str, b: str) -> bool:
    """ "Ravi Somaiya" and "Somaiya", "BP" and "A BP spokesman, Mark Salt": one source, or an
    organisation and its own spokesman (a capitalized name word in common)."""
    x, y = a.split(), b.split()
    if x and y and x[-1].casefold() == y[-1].casefold():
        return True
    names = {w.strip(",.'’s").casefold() for w in x if w[:1].isupper()} - _TITLE_WORDS
    return bool(names & ({w.strip(",.'’s").casefold() for w in y if w[:1].isupper()} - _TITLE_WORDS))
