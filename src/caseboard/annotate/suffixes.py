"""The ends of company names: a corporate suffix the tagger left outside joined to its company
("Chrysler LLC"), and a name owned by another split at the possessive ("The Beatles' Apple Corps")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Corporate suffixes the tagger leaves outside a company's name ("Chrysler LLC").
CORPORATE_SUFFIXES = frozenset(
    ["inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc"]
    + ["plc", "lp", "l.p.", "ag", "sa", "nv", "n.v.", "gmbh"]
)
POSSESSIVE_MARKS = frozenset(["'s", "'", "’s", "’"])


def _is_suffix(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.lower() in CORPORATE_SUFFIXES


def join_suffixes(ents: list[Span]) -> list[Span]:
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


def split_possessive(ent: Span) -> list[Span]:
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
            return [Span(doc, left.start, left.end, label=ent.label), *split_possessive(rest)]
    return [Span(doc, ent.start, end, label=ent.label) if end < ent.end else ent]
