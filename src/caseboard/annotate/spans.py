"""Entity spans from the tagger, tidied before they become mentions: cut at paragraph
breaks, heading words and capitalised common words left out, names cut apart joined,
corporate suffixes joined, possessives split off, and the names the tagger found in a
document marked again where it missed them in the same document."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

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


def _is_heading(sent: Span) -> bool:
    """A short line in title case without closing punctuation ("The Hizbullah Model Copied
    in Iraq", "Direct Confrontation"): every word of five letters or more capitalised."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > 12 or words[-1].is_punct:
        return False
    long_words = [t.text for t in words if t.is_alpha and len(t.text) >= 5]
    return len(long_words) >= 2 and all(w[:1].isupper() for w in long_words)


def _without_heading_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name found only in a heading, which the body of the document never writes, is
    the heading's capitalised words ("Direct Confrontation" tagged ORG), not a name."""
    headings = [s for s in doc.sents if _is_heading(s)]
    if not headings:
        return ents
    inside = {k for s in headings for k in range(s.start, s.end)}
    body = " ".join(t.text for t in doc if t.i not in inside)
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


# Corporate suffixes the tagger leaves outside a company's name ("Chrysler LLC").
CORPORATE_SUFFIXES = frozenset(
    ["inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc"]
    + ["plc", "lp", "l.p.", "ag", "sa", "nv", "n.v.", "gmbh"]
)
POSSESSIVE_MARKS = frozenset(["'s", "'", "’s", "’"])


def entity_spans(doc: Doc, labels: frozenset[str]) -> list[Span]:
    """The tagger's entities with the given labels, tidied: cut at a paragraph break, a
    heading's capitalised words the body never writes left out, a person cut in two joined,
    a corporate suffix left outside joined to its company, a name owned by another ("Apple
    Computer's Mac OS") split in two at the possessive, which is left out, a capitalised
    common word left out; then the names the tagger missed where it tagged them elsewhere in
    the document, in text order."""
    ents = [e for e in (_within_paragraph(e) for e in doc.ents if e.label_ in labels) if e is not None]
    ents = _without_heading_words(doc, ents)
    ents = [_with_particle_name(e) for e in _join_split_people(_with_group_word(ents))]
    ents = [part for ent in _join_suffixes(ents) for part in _split_possessive(ent)]
    lower = {t.text for t in doc if t.text.islower()}  # the words the document writes in lower case
    ents = _without_common_words(ents, lower)
    return sorted(ents + _repeated_names(doc, ents, lower), key=lambda e: e.start)


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


def _repeated_names(doc: Doc, ents: list[Span], lower: set[str]) -> list[Span]:
    """Spans the tagger left out that read exactly as a name it tagged elsewhere in the
    document (every word a proper noun or a model number): one name, one reading per
    document. The longest name wins; spans inside or across a tagged entity are skipped."""
    found = _names_found(ents, lower)
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
            span = Span(doc, i, i + hit, label=found[tuple(t.text for t in doc[i : i + hit])])
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


def _possessive_at(doc: Doc, k: int) -> bool:
    """Token ``k`` marks a possessive: tagged so, or an apostrophe alone after a plural
    the tagger read as a quote ("the Revolutionary Guards’ Quds Force")."""
    if doc[k].text not in POSSESSIVE_MARKS:
        return False
    if doc[k].tag_ == "POS":
        return True
    plural = doc[k - 1].text.endswith("s") and not doc[k - 1].whitespace_
    return doc[k].text in ("'", "’") and plural and doc[k + 1].text[:1].isupper()


def _split_possessive(ent: Span) -> list[Span]:
    """ "The Beatles' Apple Corps" -> "The Beatles", "Apple Corps"; a possessive at the
    end is left out ("China Eastern's" -> "China Eastern"); "McDonald's Corp." stays."""
    doc = ent.doc
    end = ent.end - 1 if len(ent) > 1 and ent[-1].text in POSSESSIVE_MARKS else ent.end
    for k in range(ent.start + 1, end - 1):
        if not _possessive_at(doc, k):
            continue
        left, right = doc[ent.start : k], doc[k + 1 : end]
        if _has_capital(left) and _has_capital(right) and not all(_is_suffix(t) for t in right):
            rest = Span(doc, right.start, right.end, label=ent.label)
            return [Span(doc, left.start, left.end, label=ent.label), *_split_possessive(rest)]
    return [Span(doc, ent.start, end, label=ent.label) if end < ent.end else ent]
