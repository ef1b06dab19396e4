"""Entity spans from the tagger, tidied before they become mentions: cut at paragraph
breaks, heading words and capitalised common words left out, names cut apart joined,
corporate suffixes joined, possessives split off, and the names the tagger found in a
document marked again where it missed them in the same document (``caseboard.annotate.repeated``;
suffixes and possessives: ``caseboard.annotate.suffixes``)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from caseboard.annotate.repeated import repeated_names
from caseboard.annotate.suffixes import join_suffixes, split_possessive
from caseboard.resolve.kinds import ARABIC_ORG_WORDS
from caseboard.resolve.match import GENERIC_HEADS
from caseboard.resolve.names import CORP_SUFFIXES, PARTICLES, TITLES, fold_token


def _within_paragraph(ent: Span) -> Span | None:
    """Cut an entity that runs across a paragraph break at the break (keep the left part)."""
    tokens = list(ent)
    for j, tok in enumerate(tokens):
        if "\n" in tok.text:
            keep = ent.doc[ent.start : ent.start + j] if j else None
            return Span(ent.doc, keep.start, keep.end, label=ent.label) if keep else None
        if j < len(tokens) - 1 and "\n" in tok.whitespace_:
            return Span(ent.doc, ent.start, ent.start + j + 1, label=ent.label)
    return ent


# Labels a heading's capitalised words are wrongly given; places in headings are kept.
HEADING_PRONE = frozenset(["ORG", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC"])


def _is_heading(sent: Span, texts: list[str]) -> bool:
    """A short line in title case without closing punctuation ("The Hizbullah Model Copied
    in Iraq", "Direct Confrontation"): every word of five letters or more capitalised."""
    if sent.end - sent.start > 12 and sum(not texts[i].isspace() for i in range(sent.start, sent.end)) > 12:
        return False  # most sentences, told from the texts (iterating a span makes a Token per word)
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > 12 or words[-1].is_punct:
        return False
    long_words = [t.text for t in words if t.is_alpha and len(t.text) >= 5]
    return len(long_words) >= 2 and all(w[:1].isupper() for w in long_words)


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, from the ORTH column with each distinct string looked up once:
    iterating a ``Doc`` makes a ``Token`` object per token, and the three passes over the
    document that read only texts were most of this module's time."""
    distinct, inverse = np.unique(doc.to_array(ORTH), return_inverse=True)
    strings = doc.vocab.strings
    names = [strings[h] for h in distinct.tolist()]
    return [names[i] for i in inverse.ravel().tolist()]


def _without_heading_words(doc: Doc, ents: list[Span], texts: list[str]) -> list[Span]:
    """A name found only in a heading, which the body of the document never writes, is
    the heading's capitalised words ("Direct Confrontation" tagged ORG), not a name."""
    headings = [s for s in doc.sents if _is_heading(s, texts)]
    if not headings:
        return ents
    inside = {k for s in headings for k in range(s.start, s.end)}
    body = " ".join(text for i, text in enumerate(texts) if i not in inside)
    return [e for e in ents if e.start not in inside or e.label_ not in HEADING_PRONE or _written_in(e, body)]


def _written_in(ent: Span, body: str) -> bool:
    return " ".join(t.text for t in ent if t.tag_ != "DT") in body


# One-word "organisations" that are words for a kind of body or a title.
COMMON_WORDS = GENERIC_HEADS | CORP_SUFFIXES | TITLES


def _without_common_words(ents: list[Span], lower: set[str]) -> list[Span]:
    """A one-word organisation that is a word for a kind of body or a title, which the
    document also writes in lower case (``lower``), is that word capitalised ("the Company",
    "Supreme Leader", "Unit 1800" beside "the unit"), not a name; "Apple" beside "apple" stays."""
    common = lower & COMMON_WORDS
    return [e for e in ents if not (e.label_ == "ORG" and _one_common_word(e, common))]


def _one_common_word(ent: Span, common: set[str]) -> bool:
    words = [t.text for t in ent if t.tag_ != "DT"]
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() in common


def _with_group_word(ents: list[Span]) -> list[Span]:
    """An Arabic word for a kind of armed group the tagger left outside a name, or tagged on
    its own, opens that group's name ("Liwaa" + "Abu Fadl Al-Abbas", "Kata'ib" + "Hezbollah":
    Kata'ib Hezbollah is not Hezbollah)."""
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        prev = doc[start - 1] if start else None
        if prev is None or "\n" in prev.whitespace_ or not prev.whitespace_ or not _group_word(prev):
            out.append(ent)
            continue
        if out and out[-1].start == prev.i and out[-1].end == start:
            out.pop()  # "Liwaa" tagged GPE on its own
        elif prev.ent_type_:
            out.append(ent)
            continue
        out.append(Span(doc, prev.i, ent.end, label="ORG"))
    return out


def _group_word(token: Token) -> bool:
    return token.text[:1].isupper() and any(w in ARABIC_ORG_WORDS for w in fold_token(token.text))


def _join_split_people(ents: list[Span]) -> list[Span]:
    """Two person names the tagger cut apart at a non-breaking space or at a title inside
    the name ("Hassan\u00a0Nasrallah", "Izz El-Deen Sheikh Khalil") are one name."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and _joinable_gap(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label=ent.label)
        else:
            out.append(ent)
    return out


def _joinable_gap(left: Span, right: Span) -> bool:
    gap = left.doc[left.end : right.start]
    if "\n" in gap.text or "\n" in left[-1].whitespace_:
        return False
    if all(t.is_space for t in gap) and len(gap) > 0:
        return True
    return len(gap) == 1 and gap[0].text.lower() in TITLES and gap[0].text[:1].isupper()


def _with_particle_name(ent: Span) -> Span:
    """A name followed by an Arabic article joined to the next name ("Muqtada a-Sadr",
    "Muqtada al-Sadr") that the tagger left out takes it in."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or end + 3 > len(doc):
        return ent
    particle, hyphen, word = doc[end : end + 3]
    glued = ent[-1].whitespace_ == " " and not particle.whitespace_ and not hyphen.whitespace_
    name = word.text[:1].isupper() and not word.ent_type_
    joined = glued and name and particle.text in PARTICLES and hyphen.text == "-"
    return Span(doc, ent.start, end + 3, label=ent.label) if joined else ent


def entity_spans(doc: Doc, labels: frozenset[str]) -> list[Span]:
    """The tagger's entities with the given labels, tidied: cut at a paragraph break, a
    heading's capitalised words the body never writes left out, a person cut in two joined,
    a corporate suffix left outside joined to its company, a name owned by another ("Apple
    Computer's Mac OS") split in two at the possessive, which is left out, a capitalised
    common word left out; then the names the tagger missed where it tagged them elsewhere in
    the document, in text order."""
    texts = token_texts(doc)
    ents = [e for e in (_within_paragraph(e) for e in doc.ents if e.label_ in labels) if e is not None]
    ents = _without_heading_words(doc, ents, texts)
    ents = [_with_particle_name(e) for e in _join_split_people(_with_group_word(ents))]
    ents = [part for ent in join_suffixes(ents) for part in split_possessive(ent)]
    lower = {text for text in set(texts) if text.islower()}  # the words the document writes in lower case
    ents = _without_common_words(ents, lower)
    return sorted(ents + repeated_names(doc, ents, lower, texts), key=lambda e: e.start)
