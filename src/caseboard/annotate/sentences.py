"""Sentence starts the parser must not make: a clitic or a closing quote glued to the word
before it, and a lower-case word continuing after an abbreviation.

spaCy's parser sometimes cuts "Iran" from "’s entire leadership vowed ..." (most often after a
heading) or "at 8:30 a.m." from "but the talks failed". No English sentence opens with a
possessive or contracted clitic, nor with the quote mark that closes the sentence before ("...
for the Americans.”4", a footnote number after it), nor with a lower-case word right after an
abbreviation (a token the tokenizer kept whole with its period: "U.S.", "a.m.", "Gen."; when one
does end a sentence, the next opens with a capital and may still start there). Those tokens are
marked ``is_sent_start = False`` *before* the parser, which never breaks a sentence at such a
token: the glued sentence then gets one parse of its own ("Iran" the possessor of "leadership",
the subject of "vowed") instead of two fragments with a root each, which merging the boundaries
after the parse would leave behind.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

# Clitics the tokenizer splits off the word they belong to (lower-cased): possessive and
# contracted "'s", "n't", "'re", ... in straight and typographic apostrophes.
CLITICS = frozenset(
    mark + rest for mark in ("'", "’") for rest in ("s", "re", "ve", "ll", "d", "m")
) | frozenset(["n't", "n’t"])
# Alone and glued to the word before, followed by a space or punctuation: a bare apostrophe after
# a plural ("protesters’ anger") or a closing quote (an opening one is glued to the word after it).
QUOTES_ALONE = frozenset(["'", "’", '"'])
# A quote mark the tokenizer kept with a footnote after it ('."4', '."[47][48'); "”" closes always.
STRAIGHT_QUOTES = "'\"’"
_CLITIC_IDS = np.array([get_string_id(text) for text in sorted(CLITICS)], dtype=np.uint64)
_QUOTE_IDS = np.array([get_string_id(text) for text in sorted(QUOTES_ALONE)], dtype=np.uint64)
NOT_A_START = np.uint64(2**64 - 1)  # SENT_START -1 as ``to_array`` / ``from_array`` store it (uint64)
GLUED_STARTS = "caseboard_glued_starts"  # the component's name in a pipeline (registered on import)


@Language.component(GLUED_STARTS)
def forbid_glued_starts(doc: Doc) -> Doc:
    """Mark the tokens that cannot open a sentence (see the module's docstring) as non-starts.

    Read and written column-wise with ``to_array`` / ``from_array`` like
    ``caseboard_paragraphs``: setting ``Token.is_sent_start`` one token at a time re-checks
    the whole document for a parse at every call."""
    if len(doc) < 2:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("caseboard_glued_starts must run before the parser (sentence starts are fixed)")
    glued = non_start_positions(doc)
    if len(glued) == 0:
        return doc
    starts = doc.to_array([SENT_START])
    glued = glued[starts[glued] != 1]  # a paragraph break still starts a sentence
    starts[glued] = NOT_A_START
    doc.from_array([SENT_START], starts)
    return doc


def non_start_positions(doc: Doc) -> np.ndarray:
    """Indices of the tokens that continue the sentence of the token before them."""
    cols = doc.to_array([LOWER, ORTH, SPACY, IS_SPACE, IS_ALPHA, IS_LOWER, IS_PUNCT])
    lower, orth = cols[:, 0], cols[:, 1]
    spaced, space, alpha, lowercase, punct = (cols[:, k].astype(bool) for k in (2, 3, 4, 5, 6))
    distinct = [(h, doc.vocab.strings[h]) for h in np.unique(orth).tolist()]
    # Indexed by j for the candidate token j + 1: ``[:-1]`` slices are its predecessor, ``[1:]`` itself.
    prev_word = ~space[:-1]
    attached = prev_word & ~spaced[:-1]
    # token j + 1 followed by whitespace or punctuation (or nothing)
    before_break = np.append(spaced[1:-1] | space[2:] | punct[2:], True)
    clitic = np.isin(lower[1:], _CLITIC_IDS)
    quote_alone = np.isin(lower[1:], _QUOTE_IDS) & before_break
    closing = np.isin(orth[1:], _hashes_where(distinct, _is_closing_quote))
    abbreviation = np.isin(orth[:-1], _hashes_where(distinct, _is_abbreviation))
    after_abbreviation = prev_word & spaced[:-1] & abbreviation
    continuation = after_abbreviation & alpha[1:] & lowercase[1:]
    return np.flatnonzero((attached & (clitic | quote_alone | closing)) | continuation) + 1


def _hashes_where(distinct: list[tuple[int, str]], test: Callable[[str], bool]) -> list[int]:
    """The hashes of the document's distinct token strings that pass ``test``."""
    return [h for h, text in distinct if test(text)]


def _is_abbreviation(text: str) -> bool:
    """An abbreviation the tokenizer kept whole ("U.S.", "a.m.", "Gen.", "etc."): a period at the
    end of a token with a letter."""
    return len(text) > 1 and text.endswith(".") and any(c.isalpha() for c in text)


def _is_closing_quote(text: str) -> bool:
    """A closing quote mark, or one the tokenizer kept with a footnote marker after it."""
    footnote = text[1:2].isdigit() or text[1:2] == "["
    return text[:1] == "”" or (text[:1] in STRAIGHT_QUOTES and footnote)
