"""Names the tagger found in a document marked again where it missed them in the same document:
one name, one reading per document."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from caseboard.annotate.suffixes import CORPORATE_SUFFIXES
from caseboard.resolve.names import TITLES

# Longest name (in tokens) looked for again elsewhere in its document.
MAX_REPEAT_TOKENS = 6


def _name_like(token: Token) -> bool:
    """A proper noun with a capital (Dow, iPhone) or a model number (787, A380)."""
    text = token.text
    if not text[:1].isalnum():
        return False  # "-RRB-"
    if token.tag_ in ("NNP", "NNPS"):
        return any(c.isupper() for c in text)
    return len(text) >= 3 and any(c.isdigit() for c in text) and text.isalnum()


def _person_name(ent: Span) -> bool:
    """Two words or more, each a capitalised proper noun: a person's name whose last word
    may stand alone."""
    return len(ent) >= 2 and all(t.text[:1].isupper() and t.text.isalpha() for t in ent)


def _names_found(ents: list[Span], lower: set[str]) -> dict[tuple[str, ...], str]:
    """Token texts of the names the tagger found -> their most frequent label; a person's
    family name alone too (Mulally after Alan Mulally). A one-word name the document
    also writes in lower case is a common noun (Company / company) and left out."""
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for ent in ents:
        words = tuple(t.text for t in ent if t.tag_ != "DT")
        if 0 < len(words) <= MAX_REPEAT_TOKENS and all(_name_like(t) for t in ent if t.tag_ != "DT"):
            votes[words][ent.label_] += 1
        if ent.label_ == "PERSON" and _person_name(ent) and _name_like(ent[-1]) and len(ent[-1].text) >= 3:
            votes[(ent[-1].text,)]["PERSON"] += 1
    return {
        k: min(c, key=lambda lab: (-c[lab], lab))
        for k, c in votes.items()
        if len(k) > 1 or (k[0].lower() not in lower and k[0].lower() not in CORPORATE_SUFFIXES)
    }


def repeated_names(doc: Doc, ents: list[Span], lower: set[str], texts: list[str]) -> list[Span]:
    """Spans the tagger left out that read exactly as a name it tagged elsewhere in the
    document (every word a proper noun or a model number): one name, one reading per
    document. The longest name wins; spans inside or across a tagged entity are skipped.
    ``texts``: every token's text (``spans.token_texts``)."""
    found = _names_found(ents, lower)
    if not found:
        return []
    taken = [False] * len(doc)
    for ent in (*doc.ents, *ents):
        for k in range(ent.start, ent.end):
            taken[k] = True
    first_words = {name[0] for name in found}  # a name can only start at one of its first words
    out: list[Span] = []
    i = 0
    while i < len(doc):
        hit = _longest_at(doc, i, found, taken, texts) if texts[i] in first_words else 0
        if hit:
            span = Span(doc, i, i + hit, label=found[tuple(texts[i : i + hit])])
            out.extend(_with_given_names(span, taken))
            i += hit
        else:
            i += 1
    return out


def _with_given_names(span: Span, taken: list[bool]) -> list[Span]:
    """A family name found again right after other capitalised names the tagger missed is
    another person's full name ("the martyr Jihad Jibril" after "Ahmad Jibril"): the whole
    name is the mention. At a sentence start the words before it may not be names, so the
    family name is not marked at all there."""
    if span.label_ != "PERSON" or len(span) != 1:
        return [span]
    doc, start = span.doc, span.start
    while start > span.start - 2 and start > 0 and _bare_name_word(doc[start - 1], taken):
        start -= 1
    if start == span.start:
        return [span]
    if any(doc[k].is_sent_start for k in range(start, span.start)):
        return []
    return [Span(doc, start, span.end, label="PERSON")]


def _bare_name_word(token: Token, taken: list[bool]) -> bool:
    """A capitalised proper noun outside every entity, on the same line, not a title
    ("President Papermaster" is Papermaster)."""
    text = token.text
    proper = token.tag_ in ("NNP", "NNPS") and text[:1].isupper() and text.isalpha()
    return proper and not taken[token.i] and text.lower() not in TITLES and "\n" not in token.whitespace_


def _longest_at(
    doc: Doc, i: int, found: dict[tuple[str, ...], str], taken: list[bool], texts: list[str]
) -> int:
    for n in range(min(MAX_REPEAT_TOKENS, len(doc) - i), 0, -1):
        if tuple(texts[i : i + n]) not in found or any(taken[i : i + n]):
            continue  # tested on the texts first: a span of the doc makes a Token per word
        span = doc[i : i + n]
        if all(_name_like(t) for t in span) and "\n" not in span.text:
            return n
    return 0
