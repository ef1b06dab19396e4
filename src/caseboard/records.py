"""Typed records passed between pipeline stages.

Every record that says something about a document carries offsets into the
document's *original decoded text* (``RawDocument.text``), so that any fact can
be read back from the file it came from.  Offsets are Python string indices
(code points), half-open ``[start, end)``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def content_id(*parts: object, length: int = 16) -> str:
    """A stable id: the hex SHA-256 of the parts joined by a unit separator."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


# --------------------------------------------------------------------------- ingest


@dataclass(slots=True)
class SourceHints:
    """Metadata supplied by the container (JSONL fields, WARC headers)."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RawDocument:
    """One article as read from disk, before any cleaning.

    ``path`` is the path as given at build time; for containers holding several
    articles (JSONL, WARC) it is suffixed with ``#<line or record number>``.
    ``sha256`` is the hash of the original bytes of this article (for a JSONL
    line: the bytes of that line).  ``text`` is the decoded original text that
    every offset in the project refers to.  ``kind`` is ``"html"`` or ``"text"``.
    """

    path: str
    sha256: str
    text: str
    kind: str
    encoding: str
    hints: SourceHints = field(default_factory=SourceHints)

    @property
    def doc_id(self) -> str:
        return self.sha256[:16]


@dataclass(slots=True)
class Skipped:
    """A file (or part of a container) that could not be used, and why."""

    path: str
    reason: str


# --------------------------------------------------------------------------- clean


@dataclass(slots=True)
class Segment:
    """A run of characters copied unchanged: clean[clean_start:clean_start+length]
    == original[orig_start:orig_start+length]."""

    clean_start: int
    orig_start: int
    length: int


@dataclass(slots=True)
class Removed:
    """A span of the original text left out of the clean text, with the reason."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Caption:
    """A photo caption kept apart from the body."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
    published_precision: str | None = None  # "year" | "month" | "day"
    # Where the publication date was read: hint, markup, published, volume, dateline, url, path,
    # labelled, copyright, mentions; start/end into the original text, the url or the path.
    published_source: str | None = None
    published_start: int | None = None
    published_end: int | None = None
    language: str | None = None
    url: str | None = None


@dataclass(slots=True)
class CleanDocument:
    """The body text of one article and the map back to the original text.

    ``text`` is the clean body, paragraphs separated by ``"\\n"``; ``segments``
    map every body character back to ``raw.text`` (the newline separators
    between paragraphs are not covered by a segment).
    """

    raw: RawDocument
    text: str
    segments: list[Segment]
    removed: list[Removed]
    captions: list[Caption]
    meta: Metadata

    @property
    def doc_id(self) -> str:
        return self.raw.doc_id


# --------------------------------------------------------------------------- annotate


@dataclass(slots=True)
class Sentence:
    doc: str
    index: int
    start: int  # original-text offsets
    end: int
    text: str  # the sentence as it reads in the clean text


@dataclass(slots=True)
class Token:
    doc: str
    sent: int
    index: int  # token index within the document
    start: int  # original-text offsets
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # document token index of the syntactic head
    ent_type: str


@dataclass(slots=True)
class Mention:
    """A named-entity mention with its provenance."""

    id: str
    doc: str
    start: int  # original-text offsets
    end: int
    text: str
    label: str
    sent: int  # sentence index within the document
    sentence: str


@dataclass(slots=True)
class AnnotatedDocument:
    clean: CleanDocument
    sentences: list[Sentence]
    tokens: list[Token]
    mentions: list[Mention]
    timexes: list[Timex] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.clean.doc_id


# --------------------------------------------------------------------------- resolve


@dataclass(slots=True)
class Entity:
    """A real-world entity: the canonical id that mentions point to.

    Merging never rewrites mentions: a mention is linked to an entity id, and a
    merge or split only changes those links (see ``resolve``)."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | ...
    aliases: dict[str, int] = field(default_factory=dict)  # surface form -> count
    mention_count: int = 0
    documents: dict[str, int] = field(default_factory=dict)  # doc id -> mentions


# --------------------------------------------------------------------------- extract


@dataclass(slots=True)
class Timex:
    """A normalized time expression (TimeML-style value) with its provenance.

    ``start``/``end`` are offsets into the text the tagger was given (the
    pipeline converts them to original-text offsets).  ``value`` is a TimeML
    value (``2018-04-07``, ``1997``, ``199``, ``2015-SU``, ``PRESENT_REF``...);
    ``earliest``/``latest`` bound the interval it denotes as ISO dates
    (``None`` when unknown); ``anchor`` names what a relative expression was
    resolved against (``"dct"``, ``"narrative"`` or ``None`` for absolute ones).
    ``anchor_start``/``anchor_end`` are the offsets (same text as ``start``/``end``)
    of the expression a ``"narrative"`` one was counted from ("two days later" ->
    "May 12, 2006"); ``None`` for dct-anchored and absolute expressions.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET | AGE
    value: str
    granularity: str  # time | day | week | month | season | quarter | year | decade | century | age | unknown
    earliest: str | None = None
    latest: str | None = None
    anchor: str | None = None
    doc: str = ""
    anchor_start: int | None = None
    anchor_end: int | None = None
