"""Clean an HTML page: main text with trafilatura, residual-noise pass, map back to the page.

The main text is extracted by trafilatura (one paragraph a line), the same
line classifier as for plain text (``clean_text``) removes what noise is left,
and every kept character is aligned back to its offset in the original HTML
(``align``).  Everything of the page that is not kept is recorded as a
``Removed`` span: the residual pass's own spans with its reasons, the rest as
``html-boilerplate`` (visible text) or ``markup`` (tags and whitespace only).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import htmldate
import trafilatura

from caseboard.clean.align import UNMAPPED, VisibleText, align_chars, segments_from_map, visible_text
from caseboard.config import CleanConfig
from caseboard.records import Caption, CleanDocument, Metadata, RawDocument, Removed, Segment

Residual = Callable[[RawDocument, CleanConfig], CleanDocument]

# trafilatura options, chosen on bench/clean_html.py (see docs/benchmarks.md).
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
    "favor_recall": False,
}
# Residual-pass reasons decided from the page layout (position, repetition, what
# follows a heading).  trafilatura has already settled the layout of an HTML page,
# and on its output these decisions mostly drop article text (measured on
# bench/clean_html.py), so lines removed only for these reasons are kept.
LAYOUT_REASONS = frozenset(
    {
        "duplicate",
        "footer-widget",
        "related-teasers",
        "site-chrome",
        "boilerplate",
        "references",
        "other-script",
    }
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(slots=True)
class Extraction:
    """trafilatura's main text of a page and the metadata it found."""

    text: str
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None


def _authors(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(";") if name.strip()]


def extract_main(source: str, **options: Any) -> Extraction:
    """Main text (paragraphs one a line) and metadata; the whole visible text if no main text is found."""
    opts = {**EXTRACT_OPTIONS, **options}
    try:
        doc = trafilatura.bare_extraction(
            source, with_metadata=True, date_extraction_params=_DATE_PARAMS, **opts
        )
    except (ValueError, TypeError, AttributeError):
        doc = None
    if doc is None or not (doc.text or "").strip():
        return Extraction(text=trafilatura.html2txt(source) or "")
    return Extraction(
        text=doc.text or "",
        title=doc.title or None,
        outlet=doc.sitename or None,
        authors=_authors(doc.author),
        published=doc.date or None,
        url=doc.url or None,
    )


def original_date(source: str) -> str | None:
    """The page's original publication date (YYYY-MM-DD) by htmldate's quick search, if any."""
    try:
        return htmldate.find_date(source, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None


# --------------------------------------------------------------------------- composition


def compose_map(segments: Sequence[Segment], inner_map: Sequence[int], length: int) -> list[int]:
    """Stream index for every clean character, through the residual pass's copy segments."""
    mapping = [UNMAPPED] * length
    for seg in segments:
        for k in range(seg.length):
            if seg.orig_start + k < len(inner_map):
                mapping[seg.clean_start + k] = inner_map[seg.orig_start + k]
    return mapping


def source_span(
    start: int, end: int, inner_map: Sequence[int], stream: VisibleText
) -> tuple[int, int] | None:
    """Source span covering the mapped characters of ``[start, end)`` of the extracted text."""
    indices = [i for i in inner_map[start:end] if i != UNMAPPED]
    if not indices:
        return None
    return min(stream.starts[i] for i in indices), max(stream.ends[i] for i in indices)


def kept_intervals(mapping: Sequence[int], stream: VisibleText) -> list[tuple[int, int]]:
    """Merged source intervals of the kept characters."""
    spans = sorted((stream.starts[i], stream.ends[i]) for i in mapping if i != UNMAPPED)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def gaps(kept: Sequence[tuple[int, int]], length: int) -> Iterator[tuple[int, int]]:
    at = 0
    for start, end in kept:
        if start > at:
            yield at, start
        at = max(at, end)
    if at < length:
        yield at, length


def gap_reason(start: int, end: int, stream: VisibleText) -> str:
    """``html-boilerplate`` when visible text lies in the span, ``markup`` otherwise."""
    lo, hi = bisect_left(stream.starts, start), bisect_left(stream.starts, end)
    return "markup" if stream.text[lo:hi].isspace() or lo == hi else "html-boilerplate"


def _split_gap(start: int, end: int, residual: Sequence[Removed], stream: VisibleText) -> Iterator[Removed]:
    at = start
    for span in residual:
        lo, hi = max(span.start, at), min(span.end, end)
        if lo >= hi:
            continue
        if lo > at:
            yield Removed(at, lo, gap_reason(at, lo, stream))
        yield Removed(lo, hi, span.reason)
        at = hi
    if at < end:
        yield Removed(at, end, gap_reason(at, end, stream))


def removed_spans(
    mapping: Sequence[int], residual: Sequence[Removed], stream: VisibleText, length: int
) -> list[Removed]:
    """Every source span not kept, labelled with the residual reason where one applies."""
    ordered = sorted(residual, key=lambda r: (r.start, r.end))
    out: list[Removed] = []
    for start, end in gaps(kept_intervals(mapping, stream), length):
        out.extend(_split_gap(start, end, ordered, stream))
    return out


def _mapped_removed(inner: CleanDocument, inner_map: Sequence[int], stream: VisibleText) -> list[Removed]:
    out = []
    for rem in inner.removed:
        span = source_span(rem.start, rem.end, inner_map, stream)
        if span:
            out.append(Removed(span[0], span[1], rem.reason))
    return out


def _mapped_captions(inner: CleanDocument, inner_map: Sequence[int], stream: VisibleText) -> list[Caption]:
    out = []
    for cap in inner.captions:
        span = source_span(cap.start, cap.end, inner_map, stream)
        if span:
            out.append(Caption(span[0], span[1], cap.text))
    return out


def html_metadata(raw: RawDocument, found: Extraction, inner: Metadata) -> Metadata:
    """Metadata from the markup (trafilatura, htmldate), then from the residual pass."""
    published = original_date(raw.text) or found.published
    return Metadata(
        title=found.title or inner.title,
        outlet=found.outlet or inner.outlet,
        authors=found.authors or list(inner.authors),
        published=published,
        published_precision="day" if published else None,
        language=inner.language,
        url=raw.hints.url or found.url,
    )


def passthrough(raw: RawDocument, cfg: CleanConfig) -> CleanDocument:
    """A residual pass that keeps every non-blank line as it is (trafilatura's output alone)."""
    lines, segments, at = [], [], 0
    for line in raw.text.split("\n"):
        stripped = line.strip()
        if stripped:
            clean_start = sum(len(kept) + 1 for kept in lines)
            segments.append(Segment(clean_start, at + line.index(stripped), len(stripped)))
            lines.append(stripped)
        at += len(line) + 1
    return CleanDocument(raw, "\n".join(lines), segments, [], [], Metadata())


@dataclass(slots=True)
class _Unit:
    key: int  # offset in the extracted text
    text: str
    segments: list[Segment]  # clean_start relative to the unit


def _kept_units(inner: CleanDocument) -> Iterator[_Unit]:
    at = 0
    for paragraph in inner.text.split("\n"):
        end = at + len(paragraph)
        segs = [s for s in inner.segments if at <= s.clean_start < end]
        if paragraph and segs:
            rel = [Segment(s.clean_start - at, s.orig_start, s.length) for s in segs]
            yield _Unit(min(s.orig_start for s in segs), paragraph, rel)
        at = end + 1


def _restored_units(flat: str, spans: Sequence[Removed]) -> Iterator[_Unit]:
    for span in spans:
        at = span.start
        for line in flat[span.start : span.end].split("\n"):
            stripped = line.strip()
            if stripped:
                start = at + line.index(stripped)
                yield _Unit(start, stripped, [Segment(0, start, len(stripped))])
            at += len(line) + 1


def keep_layout_lines(inner: CleanDocument, reasons: frozenset[str] = LAYOUT_REASONS) -> CleanDocument:
    """``inner`` with the lines it removed for one of ``reasons`` put back in the body, in order."""
    restore = [r for r in inner.removed if r.reason in reasons]
    if not restore:
        return inner
    units = sorted([*_kept_units(inner), *_restored_units(inner.raw.text, restore)], key=lambda u: u.key)
    texts: list[str] = []
    segments: list[Segment] = []
    at = 0
    for unit in units:
        segments.extend(Segment(at + s.clean_start, s.orig_start, s.length) for s in unit.segments)
        texts.append(unit.text)
        at += len(unit.text) + 1
    removed = [r for r in inner.removed if r.reason not in reasons]
    return CleanDocument(inner.raw, "\n".join(texts), segments, removed, inner.captions, inner.meta)


def _default_residual(raw: RawDocument, cfg: CleanConfig) -> CleanDocument:
    from caseboard.clean.text import clean_text

    return keep_layout_lines(clean_text(raw, cfg))


def clean_html(raw: RawDocument, cfg: CleanConfig, *, residual: Residual | None = None) -> CleanDocument:
    """Clean an HTML document; every offset in the result refers to ``raw.text``.

    ``residual`` is the flattened-text cleaner run over the extracted text
    (``clean_text`` by default).
    """
    found = extract_main(raw.text)
    stream = visible_text(raw.text)
    inner_map = align_chars(found.text, stream)
    flat = RawDocument(raw.path, raw.sha256, found.text, "text", raw.encoding, raw.hints)
    inner = (residual or _default_residual)(flat, cfg)
    mapping = compose_map(inner.segments, inner_map, len(inner.text))
    return CleanDocument(
        raw=raw,
        text=inner.text,
        segments=segments_from_map(inner.text, mapping, stream, raw.text),
        removed=removed_spans(mapping, _mapped_removed(inner, inner_map, stream), stream, len(raw.text)),
        captions=_mapped_captions(inner, inner_map, stream),
        meta=html_metadata(raw, found, inner.meta),
    )
