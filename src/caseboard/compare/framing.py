"""Framing: the words each source chooses for an entity, side by side. Descriptive only.

Per entity and per source: labels (appositions, copula attributes and title words before the name),
the verbs and nouns used for a killing or attack of which it is the target, scare quotes around its
name, and loaded terms (claims_lexicon.LOADED_TERMS) in the sentences that mention it. Every term
has a count and one example quote with original-text offsets. The same rules run for every source;
nothing is scored.
"""

from __future__ import annotations

from collections import defaultdict

from caseboard.extract.claims import full_names, sentence_views, subject_key
from caseboard.extract.claims_lexicon import (
    KILLING_LEMMAS,
    KILLING_NOUNS,
    LOADED_TERMS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
)
from caseboard.extract.claims_records import ClaimInput, FramingTerm
from caseboard.extract.claims_syntax import SentenceView, span_text
from caseboard.records import Mention, Token

LABEL_SKIP = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "prep"})
VAGUE_LABELS = frozenset({"one", "himself", "herself", "someone", "name", "man", "person", "it", "him"})
TITLE_DEPS = frozenset({"compound", "amod"})


def document_framing(inp: ClaimInput, targets: set[str] | None, source: str) -> list[FramingTerm]:
    """Framing terms of one document for the entities (subject keys) in ``targets`` (None: for every
    entity it mentions)."""
    counts: dict[tuple[str, str, str], list] = defaultdict(list)  # (target, kind, term) -> [(view, text)]
    names: dict[str, str] = {}
    seen: set[tuple[str, int]] = set()
    full = full_names(inp.mentions)
    for view in sentence_views(inp):
        for m in view.mentions:
            key = subject_key(m, inp.entity_of, full)
            if targets is not None and key not in targets:
                continue
            names.setdefault(key, m.text)
            first = (key, view.sentence.index) not in seen
            seen.add((key, view.sentence.index))
            for kind, term in _terms(view, inp.raw_text, m, first):
                counts[(key, kind, term)].append(view)
    out = []
    for (key, kind, term), views in sorted(counts.items()):
        s = views[0].sentence
        out.append(FramingTerm(key, names[key], inp.doc, source, kind, term, len(views), s.start, s.end,
                               inp.raw_text[s.start : s.end]))  # fmt: skip
    return out


def _terms(view: SentenceView, raw: str, m: Mention, with_loaded: bool) -> list[tuple[str, str]]:
    head = view.head_of(m)
    if head is None:
        return []
    found = [("label", t) for t in labels(view, raw, head, m)]
    found += [("verb", t) for t in target_verbs(view, head)]
    if scare_quoted(raw, m):
        found.append(("scare_quote", m.text))
    if with_loaded:
        found += [("loaded", t) for t in loaded_terms(view)]
    return found


def labels(view: SentenceView, raw: str, head: Token, m: Mention) -> list[str]:
    out = []
    for tok in view.kids(head, "appos"):
        if view.mention_at(tok, frozenset({"PERSON"})) is None:
            out.append(span_text(raw, view.subtree(tok, LABEL_SKIP)[:8]))
    parent = view.by_index.get(head.head)
    if head.dep == "appos" and parent is not None and parent.pos == "NOUN":
        out.append(span_text(raw, view.subtree(parent, LABEL_SKIP | {"det"})[:8]))
    if head.dep == "nsubj" and parent is not None and parent.lemma == "be":
        for attr in view.kids(parent, "attr"):
            out.append(span_text(raw, [t for t in view.subtree(attr, LABEL_SKIP) if t.dep != "det"][:8]))
    titles = [t for t in view.kids(head, *TITLE_DEPS) if t.end <= m.start and t.pos in ("NOUN", "ADJ")]
    if titles:
        out.append(span_text(raw, titles))
    return [t.strip() for t in out if t.strip() and t.strip().lower() not in VAGUE_LABELS]


def target_verbs(view: SentenceView, head: Token) -> list[str]:
    """Verbs (or nouns) for an act of which the entity is the target: killed, assassinated, ..."""
    parent = view.by_index.get(head.head)
    if parent is None:
        return []
    if head.dep in ("dobj", "nsubjpass") and parent.pos == "VERB" and parent.lemma in KILLING_LEMMAS:
        return [parent.lemma]
    if head.dep == "poss" and parent.lemma.lower() in KILLING_NOUNS:
        return [parent.lemma.lower()]
    if head.dep == "pobj" and parent.text.lower() == "of":
        noun = view.by_index.get(parent.head)
        if noun is not None and noun.lemma.lower() in KILLING_NOUNS:
            return [noun.lemma.lower()]
    return []


def scare_quoted(raw: str, m: Mention) -> bool:
    before = raw[m.start - 1] if m.start > 0 else ""
    after = raw[m.end] if m.end < len(raw) else ""
    return before in QUOTE_OPEN and after in QUOTE_CLOSE


def loaded_terms(view: SentenceView) -> list[str]:
    return [LOADED_TERMS[t.text.lower()] for t in view.tokens if t.text.lower() in LOADED_TERMS]
