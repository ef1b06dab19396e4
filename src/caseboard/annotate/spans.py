"""Entity spans from the tagger, tidied before they become mentions: cut at paragraph
breaks, corporate suffixes joined, possessives split off, and the names the tagger found
in a document marked again where it missed them in the same document."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token


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


# Corporate suffixes the tagger leaves outside a company's name ("Chrysler LLC").
CORPORATE_SUFFIXES = frozenset(
    ["inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc"]
    + ["plc", "lp", "l.p.", "ag", "sa", "nv", "n.v.", "gmbh"]
)
POSSESSIVE_MARKS = frozenset(["'s", "'", "’s", "’"])


def entity_spans(doc: Doc, labels: frozenset[str]) -> list[Span]:
    """The tagger's entities with the given labels, tidied: cut at a paragraph break, a
    corporate suffix left outside joined to its company, a name owned by another ("Apple
    Computer's Mac OS") split in two at the possessive, which is left out; then the names
    the tagger missed where it tagged them elsewhere in the document, in text order."""
    ents = [e for e in (_within_paragraph(e) for e in doc.ents if e.label_ in labels) if e is not None]
    ents = [part for ent in _join_suffixes(ents) for part in _split_possessive(ent)]
    return sorted(ents + _repeated_names(doc, ents), key=lambda e: e.start)


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


def _names_found(doc: Doc, ents: list[Span]) -> dict[tuple[str, ...], str]:
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
    lower = {t.text for t in doc if t.text.islower()}
    return {
        k: min(c, key=lambda lab: (-c[lab], lab))
        for k, c in votes.items()
        if len(k) > 1 or (k[0].lower() not in lower and k[0].lower() not in CORPORATE_SUFFIXES)
    }


def _repeated_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Spans the tagger left out that read exactly as a name it tagged elsewhere in the
    document (every word a proper noun or a model number): one name, one reading per
    document. The longest name wins; spans inside or across a tagged entity are skipped."""
    found = _names_found(doc, ents)
    if not found:
        return []
    taken = [False] * len(doc)
    for ent in (*doc.ents, *ents):
        for k in range(ent.start, ent.end):
            taken[k] = True
    out: list[Span] = []
    i = 0
    while i < len(doc):
        hit = _longest_at(doc, i, found, taken)
        if hit:
            out.append(Span(doc, i, i + hit, label=found[tuple(t.text for t in doc[i : i + hit])]))
            i += hit
        else:
            i += 1
    return out


def _longest_at(doc: Doc, i: int, found: dict[tuple[str, ...], str], taken: list[bool]) -> int:
    for n in range(min(MAX_REPEAT_TOKENS, len(doc) - i), 0, -1):
        span = doc[i : i + n]
        known = tuple(t.text for t in span) in found and not any(taken[i : i + n])
        if known and all(_name_like(t) for t in span) and "\n" not in span.text:
            return n
    return 0


def _is_suffix(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.lower() in CORPORATE_SUFFIXES


def _join_suffixes(ents: list[Span]) -> list[Span]:
    """An organisation followed by a corporate suffix takes it in, whether the tagger left
    the suffix out or made it an entity of its own."""
    out: list[Span] = []
    for ent in ents:
        alone = all(_is_suffix(t) for t in ent)
        if alone and out and out[-1].end == ent.start and out[-1].label_ == "ORG":
            prev = out.pop()
            out.append(Span(ent.doc, prev.start, ent.end, label=prev.label))
            continue
        end = ent.end
        while ent.label_ == "ORG" and end < len(ent.doc) and _is_suffix(ent.doc[end]):
            if ent.doc[end].ent_type_ or "\n" in ent.doc[end - 1].whitespace_:
                break
            end += 1
        out.append(Span(ent.doc, ent.start, end, label=ent.label) if end > ent.end else ent)
    return out


def _has_capital(tokens: Span) -> bool:
    return any(t.text[:1].isupper() for t in tokens)


def _split_possessive(ent: Span) -> list[Span]:
    """ "The Beatles' Apple Corps" -> "The Beatles", "Apple Corps"; a possessive at the
    end is left out ("China Eastern's" -> "China Eastern"); "McDonald's Corp." stays."""
    doc = ent.doc
    end = ent.end - 1 if len(ent) > 1 and ent[-1].text in POSSESSIVE_MARKS else ent.end
    for k in range(ent.start + 1, end - 1):
        if doc[k].text not in POSSESSIVE_MARKS or doc[k].tag_ != "POS":
            continue
        left, right = doc[ent.start : k], doc[k + 1 : end]
        if _has_capital(left) and _has_capital(right) and not all(_is_suffix(t) for t in right):
            rest = Span(doc, right.start, right.end, label=ent.label)
            return [Span(doc, left.start, left.end, label=ent.label), *_split_possessive(rest)]
    return [Span(doc, ent.start, end, label=ent.label) if end < ent.end else ent]
