"""Document metadata filled in after cleaning, from general signals in the text.

``enrich`` keeps what the cleaner found, lets the container's hints (JSONL/WARC
fields) win, and fills what is still missing: the publication date and its
precision, the outlet, and the language.  It never guesses: a value comes from
the hints, the markup, the text or the document's URL or path, or stays ``None``.
``publication_date`` gives the chosen date with its provenance (``DateFound``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from caseboard.clean.align import visible_text
from caseboard.clean.metadata_dates import (
    DateFound,
    DatePrefix,
    choose,
    copyright_year,
    dateline_date,
    inferred_from_mentions,
    labelled_date,
    latest_mention,
    parse_date,
    publication_label,
    volume_date,
)
from caseboard.clean.metadata_outlet import OPENING_LINES, text_outlet, wiki_name
from caseboard.clean.metadata_path import PathDate, path_date, url_date
from caseboard.config import CleanConfig
from caseboard.records import CleanDocument, Metadata, SourceHints

__all__ = ["candidate_lines", "detect_language", "enrich", "publication_date", "wiki_name"]

_EDGE_LINES = 5  # first and last lines of the body searched for a site name
_MAX_LINE = 120  # longest line read as a date, site or copyright line


# --------------------------------------------------------------------------- lines to search


@dataclass(frozen=True, slots=True)
class PlainText:
    """The text a reader sees, with the span of each character in the original text."""

    text: str
    starts: list[int] | None = None  # None: the text is the original text
    ends: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str  # stripped
    start: int  # span in the original text
    end: int


def plain_page(clean: CleanDocument) -> PlainText:
    """The document's text as a reader sees it (the visible text of an HTML page)."""
    raw = clean.raw
    if raw.kind != "html":
        return PlainText(raw.text)
    stream = visible_text(raw.text)
    return PlainText(stream.text, stream.starts, stream.ends)


def page_lines(page: PlainText) -> list[TextLine]:
    """Every non-empty line of the page, stripped, with its span in the original text."""
    lines = []
    for match in re.finditer(r"[^\n]+", page.text):
        text = match[0].strip()
        if text:
            first = match.start() + match[0].index(text)
            lines.append(TextLine(text, *page.span(first, first + len(text))))
    return lines


def removed_lines(clean: CleanDocument) -> Iterator[str]:
    if clean.raw.kind == "html":
        return
    for span in clean.removed:
        yield from clean.raw.text[span.start : span.end].splitlines()


def edge_lines(clean: CleanDocument) -> list[str]:
    lines = clean.text.split("\n")
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def candidate_lines(clean: CleanDocument, plain: str) -> list[str]:
    """Short lines that may name a site: removed lines, body edges, the page (``plain``)."""
    lines = [*removed_lines(clean), *edge_lines(clean), *plain.splitlines()]
    return [line.strip() for line in lines if 0 < len(line.strip()) <= _MAX_LINE]


# --------------------------------------------------------------------------- date


def hinted_date(hints: SourceHints) -> DatePrefix | None:
    if not hints.published:
        return None
    text = hints.published.strip()
    iso = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ].*)?", text)
    if iso and iso.group(3):
        return text[:10], "day"
    if iso and iso.group(2):
        return text[:7], "month"
    if iso:
        return text[:4], "year"
    return parse_date(text)


def _earliest(found: list[DateFound], source: str) -> DateFound | None:
    """The earliest candidate of one kind (an original publication precedes its updates)."""
    kind = [f for f in found if f.source == source]
    return min(kind, key=lambda f: f.value) if kind else None


def line_dates(lines: list[TextLine]) -> list[DateFound]:
    """Dates of short lines: labelled date lines, issue lines, copyright years."""
    found = []
    for line in (item for item in lines if len(item.text) <= _MAX_LINE):
        labelled = labelled_date(line.text)
        if labelled:
            source = "published" if publication_label(line.text) else "labelled"
            found.append(DateFound(*labelled, source, line.start, line.end))
        for source, finder in (("volume", volume_date), ("copyright", copyright_year)):
            dated = finder(line.text)
            if dated:
                found.append(DateFound(*dated, source, line.start, line.end))
    return found


def opening(lines: list[TextLine], clean: CleanDocument) -> list[TextLine]:
    """The first lines of the page and the line the body starts on (where a dateline is)."""
    body = clean.segments[0].orig_start if clean.segments else -1
    return [*lines[:OPENING_LINES], *(line for line in lines if line.start <= body < line.end)]


def dateline_found(lines: list[TextLine]) -> DateFound | None:
    for line in lines:
        dated = dateline_date(line.text)
        if dated:
            return DateFound(*dated, "dateline", line.start, line.end)
    return None


def mentions_found(clean: CleanDocument) -> DateFound | None:
    """The month or year the article reports on, at its latest day-precise mention."""
    body = "\n".join([clean.text, *(c.text for c in clean.captions)])
    dated = inferred_from_mentions(body)
    if not dated:
        return None
    span = mention_evidence(clean, dated[0])
    return DateFound(*dated, "mentions", *(span or (None, None)))


def mention_evidence(clean: CleanDocument, prefix: str) -> tuple[int, int] | None:
    """The original span of the latest day mention in ``prefix``, in the body or a caption."""
    found = []
    body = latest_mention(clean.text, prefix)
    span = to_original(clean, body[1], body[2]) if body else None
    if body and span:
        found.append((body[0], *span))
    for caption in clean.captions:
        seen = latest_mention(clean.raw.text[caption.start : caption.end], prefix)
        if seen:
            found.append((seen[0], caption.start + seen[1], caption.start + seen[2]))
    return max(found)[1:] if found else None


def to_original(clean: CleanDocument, start: int, end: int) -> tuple[int, int] | None:
    """The original span of ``clean.text[start:end]`` when one segment copies all of it."""
    for seg in clean.segments:
        if seg.clean_start <= start and end <= seg.clean_start + seg.length:
            return seg.orig_start + start - seg.clean_start, seg.orig_start + end - seg.clean_start
    return None


def text_dates(clean: CleanDocument, page: PlainText | None = None) -> list[DateFound]:
    """Publication-date candidates from the text, most trusted first."""
    lines = page_lines(page or plain_page(clean))
    found = line_dates(lines)
    copyright = [f for f in found if f.source == "copyright"]
    latest_copyright = max(copyright, key=lambda f: f.value) if copyright else None
    marked = [
        _earliest(found, "published"),
        _earliest(found, "volume"),
        dateline_found(opening(lines, clean)),
    ]
    return [d for d in [*marked, _earliest(found, "labelled"), latest_copyright] if d]


def _located(found: PathDate | None, source: str) -> DateFound | None:
    return DateFound(found.value, found.precision, source, found.start, found.end) if found else None


def publication_date(clean: CleanDocument, page: PlainText | None = None) -> DateFound | None:
    """The publication date and where it came from: hints, then the markup, then a date the
    text marks as its own, then the URL or path, then a weaker guess from the text."""
    hints, meta = clean.raw.hints, clean.meta
    hinted = hinted_date(hints)
    markup = (meta.published, meta.published_precision or "day") if meta.published else None
    return choose(
        [
            DateFound(*hinted, "hint") if hinted else None,
            DateFound(*markup, "markup") if markup else None,
            *text_dates(clean, page),
            _located(url_date(hints.url or meta.url), "url"),
            _located(path_date(clean.raw.path), "path"),
            mentions_found(clean),
        ]
    )


# --------------------------------------------------------------------------- language


@lru_cache(maxsize=4)
def detector(codes: tuple[str, ...]) -> LanguageDetector | None:
    """A low-accuracy-mode lingua detector restricted to ``codes`` (ISO 639-1), built once."""
    languages = []
    for code in codes:
        try:
            languages.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            continue
    if len(languages) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str, codes: tuple[str, ...]) -> str | None:
    """ISO 639-1 code of the language of ``text`` among ``codes``; None when unsure or empty."""
    if not text.strip():
        return None
    if len(codes) == 1:
        return codes[0]
    found = detector(codes)
    language = found.detect_language_of(text[:5000]) if found else None
    return language.iso_code_639_1.name.lower() if language else None


# --------------------------------------------------------------------------- enrich


def enrich(clean: CleanDocument, cfg: CleanConfig) -> Metadata:
    """The document's metadata: hints first, then what the cleaner found, then the text."""
    meta = replace(clean.meta, authors=list(clean.meta.authors))
    hints = clean.raw.hints
    meta.title = hints.title or meta.title
    page = plain_page(clean)
    meta.outlet = (
        hints.outlet or meta.outlet or text_outlet(clean, candidate_lines(clean, page.text), page.text)
    )
    meta.authors = list(hints.authors) or meta.authors
    meta.url = hints.url or meta.url
    dated = publication_date(clean, page)
    meta.published, meta.published_precision = (dated.value, dated.precision) if dated else (None, None)
    meta.published_source = dated.source if dated else None
    meta.published_start, meta.published_end = (dated.start, dated.end) if dated else (None, None)
    meta.language = meta.language or detect_language(clean.text, tuple(cfg.languages))
    return meta
