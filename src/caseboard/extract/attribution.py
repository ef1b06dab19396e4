"""Who says so, how sure, and whether it is denied: speakers, hedges and negation of a sentence."""

from __future__ import annotations

import re

from caseboard.extract.claims_lexicon import (
    ANONYMOUS_NOUNS,
    HEDGE_PHRASES,
    HEDGE_WORDS,
    REPORT_NOUNS,
    REPORTING_VERBS,
)
from caseboard.extract.claims_records import ANONYMOUS, NAMED, OUTLET, REPORT, Speaker
from caseboard.extract.claims_syntax import SentenceView, span_text
from caseboard.records import Token

SOURCE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MODALS = frozenset({"may", "might", "could"})
_NEAR_NUMBER = frozenset({"about", "around", "approximately", "roughly", "nearly"})
_SPEAKER_DEPS = frozenset({"ROOT", "parataxis", "conj", "advcl"})
_RAISING = frozenset({"appear", "seem", "continue", "try", "refuse", "decline", "go"})


def find_speaker(view: SentenceView, raw: str, outlet: str, entity_of: dict[str, str]) -> Speaker:
    """The source a sentence is attributed to; the outlet's own voice when none is named."""
    return (
        _according_to(view, raw, entity_of)
        or _reporting_subject(view, raw, entity_of)
        or Speaker(outlet, OUTLET)
    )


def _according_to(view: SentenceView, raw: str, entity_of: dict[str, str]) -> Speaker | None:
    for tok in view.tokens:
        if tok.text.lower() != "according":
            continue
        to = next((c for c in view.kids(tok, "prep") if c.text.lower() == "to"), None)
        obj = next(iter(view.kids(to, "pobj"))) if to and view.kids(to, "pobj") else None
        if obj is not None:
            return _classify(view, raw, obj, entity_of)
    return None


def _reporting_subject(view: SentenceView, raw: str, entity_of: dict[str, str]) -> Speaker | None:
    for tok in view.tokens:
        if not _is_reporting_verb(view, tok):
            continue
        subj = reporting_subject(view, tok)
        if subj is None or subj.pos == "PRON" and subj.text.lower() in ("it", "this", "that", "which"):
            continue
        return _classify(view, raw, subj, entity_of)
    return None


def _is_reporting_verb(view: SentenceView, tok: Token) -> bool:
    """A reporting verb in the active voice ("X observes", "X points out"): not a bare participle
    ("with no deaths reported", "cases confirmed yesterday"), whose noun is what is reported."""
    if tok.lemma not in REPORTING_VERBS or tok.pos not in ("VERB", "AUX"):
        return False
    if tok.dep not in _SPEAKER_DEPS and tok.dep != "xcomp" and not _parenthetical(view, tok):
        return False
    if tok.tag == "VBN" and not view.kids(tok, "aux"):
        return False
    return tok.lemma != "point" or any(c.text.lower() == "out" for c in view.kids(tok, "prt"))


def _parenthetical(view: SentenceView, tok: Token) -> bool:
    """ "What is notable, Lind points out, is ...": a reporting verb with no complement of its own,
    which the parser hangs under the clause it reports."""
    return tok.dep == "ccomp" and not view.kids(tok, "ccomp", "dobj", "xcomp", "attr", "acomp", "prep")


def reporting_subject(view: SentenceView, verb: Token) -> Token | None:
    """The subject of a verb; for a subjectless participle or infinitive ("X's report outlines ...,
    claiming ..."; "X appears to contradict"), the subject of the verb it hangs on."""
    for _ in range(3):
        subj = next(iter(view.kids(verb, "nsubj")), None)
        if subj is not None or verb.dep not in ("advcl", "xcomp") or verb.tag not in ("VBG", "VB"):
            return subj
        verb = view.by_index.get(verb.head, verb)
        if verb.dep != "ROOT" and verb.lemma not in _RAISING:
            return None  # "X disputes that the worst is over, claiming ...": "the worst" says nothing
        if verb.pos in ("NOUN", "PROPN"):
            return verb  # a verbless headline-like sentence: "X's report ..., claiming ..."
    return None


def _classify(view: SentenceView, raw: str, head: Token, entity_of: dict[str, str]) -> Speaker:
    toks = view.subtree(head, skip=frozenset({"relcl", "acl", "appos"}))[:12]
    text = span_text(raw, toks).strip(" ,")
    mention = view.mention_in(toks, SOURCE_LABELS)
    noun = head.text.lower()
    if noun in REPORT_NOUNS or head.lemma in REPORT_NOUNS:
        return Speaker(text, REPORT, entity_of.get(mention.id) if mention else None)
    if mention is not None and mention.label in ("PERSON", "ORG"):
        return Speaker(text, NAMED, entity_of.get(mention.id))
    if head.lemma in ANONYMOUS_NOUNS and mention is None or head.pos == "PRON" and noun in ("they", "some"):
        return Speaker(text, ANONYMOUS)
    return Speaker(text, NAMED, entity_of.get(mention.id) if mention else None)


def find_hedges(view: SentenceView) -> list[str]:
    """Hedging cues of a sentence, in order of appearance, each once."""
    found: list[str] = []
    toks = view.tokens
    for i, tok in enumerate(toks):
        word = tok.text.lower()
        if word not in HEDGE_WORDS:
            continue
        if word in _MODALS and tok.tag != "MD":
            continue
        if word in _NEAR_NUMBER and not (i + 1 < len(toks) and toks[i + 1].pos == "NUM"):
            continue
        if word not in found:
            found.append(word)
    lowered = view.lower_text()
    for phrase in HEDGE_PHRASES:
        if re.search(rf"\b{re.escape(phrase)}\b", lowered) and phrase not in found:
            found.append(phrase)
    return found


def is_negated(view: SentenceView, trigger: Token | None) -> bool:
    """A negation attached to the claim's trigger (or to the root when there is none)."""
    anchor = trigger if trigger is not None else next((t for t in view.tokens if t.dep == "ROOT"), None)
    if anchor is None:
        return False
    return any(c.dep == "neg" for c in view.kids(anchor))
