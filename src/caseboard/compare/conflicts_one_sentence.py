"""One sentence holding both sides of a disagreement: a source contesting another speaker's account
("X disputes White House claims that the leak has stopped", "X rejected Y's assertion that ...",
"X denied reports that ...") or a statement set against what a source said ("contrary to what Y
said, ..."). The contested account is quoted as the first side, the whole sentence (the contester
and what it contests) as the second; nothing says which one is right.

Precision first: the object must be an account (a claim, report, assertion, statement ...) with its
author or its content in the sentence; "denied the charges", "disputed the bill", "rejected the
offer" contest no account. Negated, hypothetical, refused or conditional contests are not read."""

from __future__ import annotations

from dataclasses import dataclass

from caseboard.compare.conflicts_contest import generic, is_source, modal, phrase, same_source
from caseboard.extract.attribution import SOURCE_LABELS, is_negated, reporting_subject
from caseboard.extract.claims_lexicon import (
    ANONYMOUS_NOUNS,
    CIRCULATING_ACCOUNTS,
    CONTESTED_ACCOUNTS,
    CONTESTING_VERBS,
    REPORT_NOUNS,
    REPORTING_VERBS,
)
from caseboard.extract.claims_records import ANONYMOUS, NAMED, OUTLET, REPORT, Speaker
from caseboard.extract.claims_syntax import SentenceView
from caseboard.records import Token

REFUSING = frozenset({"refuse", "decline", "fail"})  # "refused to deny reports that ..."
PERSONAL = {"he": NAMED, "she": NAMED, "they": ANONYMOUS}  # a contester already named
RELATIVES = frozenset({"who", "which", "that"})
AUTHOR_PREPS = frozenset({"by", "from"})
TEMPORAL = frozenset({"DATE", "TIME"})
BREAKS = frozenset({"--", "\u2014", "\u2013", ";", ":"})
NAMED_LABELS = frozenset({"PERSON", "ORG"})


@dataclass(frozen=True, slots=True)
class Contested:
    """The contested account (its span and author) and the source contesting it, in one sentence."""

    start: int
    end: int
    author: Speaker
    contester: Speaker
    cue: str


def find_contested(view: SentenceView, raw: str, outlet: str) -> Contested | None:
    """The first contest of another speaker's account inside the sentence, if any."""
    for tok in view.tokens:
        found = _contesting_verb(view, raw, tok) or _contrary_to(view, raw, tok, outlet)
        if found is not None and not same_source(found.author.text, found.contester.text):
            return found
    return None


def _contesting_verb(view: SentenceView, raw: str, verb: Token) -> Contested | None:
    """ "X disputes White House claims that ...", "X rejected Y's assertion", "X denied reports that
    ...": an active contesting verb whose object is an account of another speaker."""
    if verb.lemma not in CONTESTING_VERBS or verb.pos != "VERB" or not _asserted(view, verb):
        return None
    contester = _contester(view, raw, verb)
    account = _account_object(view, raw, verb) if contester is not None else None
    if contester is None or account is None:
        return None
    span, author = account
    return Contested(span[0].start, span[-1].end, author, contester, verb.text)


def _asserted(view: SentenceView, verb: Token) -> bool:
    """Not negated, hypothetical, refused ("refused to deny") or conditional ("if X denies ...")."""
    if is_negated(view, verb) or modal(view, verb) or generic(view, verb) or view.kids(verb, "nsubjpass"):
        return False
    head = view.by_index.get(verb.head)
    refused = verb.dep == "xcomp" and head is not None and (head.lemma in REFUSING or is_negated(view, head))
    return not refused


def _contester(view: SentenceView, raw: str, verb: Token) -> Speaker | None:
    """The subject of the contesting verb when it is a source (or "he"/"she"/"they", a source named
    before); the head noun for a relative pronoun ("BP, which denied ..."); none under object control
    ("urged BP to deny": the one urged is not the subject)."""
    head = view.by_index.get(verb.head)
    if verb.dep == "xcomp" and head is not None and view.kids(head, "dobj"):
        return None
    subj = reporting_subject(view, verb)
    if subj is not None and subj.text.lower() in RELATIVES and verb.dep == "relcl" and head is not None:
        subj = head
    if subj is None:
        return None
    if subj.text.lower() in PERSONAL:
        return Speaker(subj.text, PERSONAL[subj.text.lower()])
    return _source_speaker(view, raw, subj)


def _account_object(view: SentenceView, raw: str, verb: Token) -> tuple[list[Token], Speaker] | None:
    """The contested account and its author: "Y's assertion", "White House claims", "claims by Y",
    or an authorless "reports that ..." (the reports are the side's speaker)."""
    for obj in view.kids(verb, "dobj"):
        found = _account(view, raw, obj) or _misread_compound(view, raw, verb, obj)
        if found is not None:
            return found
    return _misread_clause(view, raw, verb)


def _account(view: SentenceView, raw: str, noun: Token) -> tuple[list[Token], Speaker] | None:
    if not _is_contested_noun(noun) or any(p.pos == "PRON" for p in view.kids(noun, "poss")):
        return None  # "his own earlier report": whose it is cannot be told apart from the contester
    author = _author(view, raw, noun)
    if author is None and not (noun.lemma.lower() in CIRCULATING_ACCOUNTS and _that_clause(view, noun)):
        return None
    if author is None:
        author = Speaker(phrase(view, raw, noun), REPORT)
    return _account_span(view, noun), author


def _misread_compound(
    view: SentenceView, raw: str, verb: Token, obj: Token
) -> tuple[list[Token], Speaker] | None:
    """ "disputes White House claims that ...", parsed with "White House" as the object and "claims"
    as a verb of its own (a subjectless clause right after it): the account is the two together."""
    author = _source_speaker(view, raw, obj)
    after = view.subtree(obj)[-1].index + 1
    for clause in view.kids(verb, "ccomp"):
        compound = clause.index == after and _is_contested_noun(clause) and not view.kids(clause, "nsubj")
        if compound and author is not None and _that_clause(view, clause):
            return view.subtree(obj) + _account_span(view, clause), author
    return None


def _misread_clause(view: SentenceView, raw: str, verb: Token) -> tuple[list[Token], Speaker] | None:
    """ "disputes City Hall claims that ...", parsed as a clause "City Hall claims that ..." with no
    "that" of its own right after the verb: "X disputes Y claims" cannot be read so in English."""
    for clause in view.kids(verb, "ccomp"):
        subj = next(iter(view.kids(clause, "nsubj")), None)
        if subj is None or view.kids(clause, "mark") or not _is_contested_noun(clause):
            continue
        adjacent = subj.index == clause.index - 1 and view.subtree(subj)[0].index == verb.index + 1
        author = _source_speaker(view, raw, subj) if adjacent else None
        if author is not None and _that_clause(view, clause):
            return _account_span(view, clause), author
    return None


def _is_contested_noun(tok: Token) -> bool:
    return tok.lemma.lower() in CONTESTED_ACCOUNTS or tok.text.lower().rstrip("s") in CONTESTED_ACCOUNTS


def _author(view: SentenceView, raw: str, noun: Token) -> Speaker | None:
    """Whose account it is: a possessive or compound source ("Y's", "White House claims", "media
    reports"), or "by"/"from" Y ("claims by the commission", "claims made by Y")."""
    for kid in view.kids(noun, "poss", "compound"):
        found = _source_speaker(view, raw, kid) or (_owner(view, raw, kid) if kid.dep == "poss" else None)
        if found is not None:
            return found
    preps = [p for p in view.kids(noun, "prep") if p.text.lower() in AUTHOR_PREPS]
    preps += [a for acl in view.kids(noun, "acl") for a in view.kids(acl, "agent")]
    for prep in preps:
        for obj in view.kids(prep, "pobj"):
            found = _source_speaker(view, raw, obj) or _named_in(view, obj)
            if found is not None:
                return found
    return None


def _owner(view: SentenceView, raw: str, tok: Token) -> Speaker | None:
    """ "the commission's claims": a possessive noun says whose account it is (a day does not:
    "Monday's report")."""
    if tok.pos not in ("NOUN", "PROPN") or tok.ent_type in TEMPORAL:
        return None
    return Speaker(_name(view, raw, tok), NAMED)


def _named_in(view: SentenceView, tok: Token) -> Speaker | None:
    """ "claims by the Russian president Dmitry Medvedev", "claims by members of the Congress": the
    person or organisation the phrase names."""
    found = view.mention_in(view.subtree(tok, skip=frozenset({"relcl", "acl"})), NAMED_LABELS)
    return Speaker(found.text, NAMED) if found is not None else None


def _that_clause(view: SentenceView, noun: Token) -> bool:
    """ "claims that the leak has stopped": a content clause, not a relative one ("the claims that
    he made", where "that" is the clause's object)."""
    clauses = view.kids(noun, "acl", "ccomp")
    return any(m.text.lower() == "that" for c in clauses for m in view.kids(c, "mark"))


def _account_span(view: SentenceView, noun: Token) -> list[Token]:
    """The account's words, without what follows a dash or semicolon, or a trailing ", claiming ..."
    participle (the contester's own words: "... is over -- with one group announcing ..."), nor
    punctuation."""
    toks = view.subtree(noun)
    cut = next((t for t in toks if t.dep == "advcl" and t.tag == "VBG" and _after_comma(view, t)), None)
    if cut is not None:
        toks = [t for t in toks if t.index < view.subtree(cut)[0].index]
    dash = next((t for t in toks if t.index > noun.index and t.text in BREAKS), None)
    if dash is not None:
        toks = [t for t in toks if t.index < dash.index]
    while toks and toks[-1].pos == "PUNCT":
        toks.pop()
    return toks


def _after_comma(view: SentenceView, tok: Token) -> bool:
    before = view.by_index.get(view.subtree(tok)[0].index - 1)
    return before is not None and before.text == ","


def _contrary_to(view: SentenceView, raw: str, tok: Token, outlet: str) -> Contested | None:
    """ "Contrary to what BP said, ...", "Contrary to the company's claims, ...": the sentence is set
    against a source's account; its contester is the main clause's speaker, else the outlet."""
    if tok.text.lower() != "contrary":
        return None
    to = view.by_index.get(tok.index + 1)  # "to" hangs on "contrary" or, misread, on the main verb
    if to is None or to.text.lower() != "to" or to.dep != "prep":
        return None
    author = _said_by(view, raw, to)
    obj = next(iter(view.kids(to, "pobj")), None)
    if author is None and obj is not None:
        author = (_account(view, raw, obj) or ([], None))[1]
    if author is None:
        return None  # "contrary to expectations", "contrary to popular belief": nobody's account
    end, contester = view.subtree(to)[-1].end, _main_speaker(view, raw, tok, outlet)
    return Contested(tok.start, end, author, contester, "contrary to")


def _said_by(view: SentenceView, raw: str, to: Token) -> Speaker | None:
    """ "to what Y said": the source subject of a reporting verb."""
    for verb in view.kids(to, "pcomp"):
        subj = next(iter(view.kids(verb, "nsubj")), None)
        if verb.lemma in REPORTING_VERBS and subj is not None and not is_negated(view, verb):
            return _source_speaker(view, raw, subj)
    return None


def _main_speaker(view: SentenceView, raw: str, tok: Token, outlet: str) -> Speaker:
    root = tok
    while root.head != root.index and root.head in view.by_index:
        root = view.by_index[root.head]
    subj = next(iter(view.kids(root, "nsubj")), None)
    found = _source_speaker(view, raw, subj) if root.lemma in REPORTING_VERBS and subj is not None else None
    return found or Speaker(outlet, OUTLET)


def _source_speaker(view: SentenceView, raw: str, tok: Token) -> Speaker | None:
    """A source as a speaker, typed as the attribution of a sentence is (docs/claims.md)."""
    media = tok.text.lower() in REPORT_NOUNS
    if not media and not is_source(view, tok):
        return None
    text = _name(view, raw, tok)
    mention = view.mention_at(tok, SOURCE_LABELS)
    if media or tok.lemma.lower() in REPORT_NOUNS:
        return Speaker(text, REPORT)
    if mention is None and tok.lemma.lower() in ANONYMOUS_NOUNS:
        return Speaker(text, ANONYMOUS)
    return Speaker(text, NAMED)


def _name(view: SentenceView, raw: str, tok: Token) -> str:
    """The phrase of a source without its possessive ending ("environmental groups'")."""
    return phrase(view, raw, tok).removesuffix("'s").removesuffix("\u2019s").rstrip(" '\u2019")
