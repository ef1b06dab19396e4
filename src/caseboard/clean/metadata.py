"""Document metadata filled in after cleaning, from general signals in the text.

``enrich`` keeps what the cleaner found, lets the container's hints (JSONL/WARC
fields) win, and fills what is still missing: the publication date and its
precision, the outlet, and the language.  It never guesses: a value comes from
the hints, the markup or the text, or stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from caseboard.clean.align import visible_text
from caseboard.clean.metadata_dates import (
    DatePrefix,
    copyright_year,
    earliest,
    inferred_from_mentions,
    labelled_date,
    parse_date,
    volume_date,
)
from caseboard.config import CleanConfig
from caseboard.records import CleanDocument, Metadata, SourceHints

_EDGE_LINES = 5  # first and last lines of the body searched for a date line
_WIKI_FROM = re.compile(r"^\s*From\s+(?P<name>[^,\n]{2,60}?),\s+the\s+\w", re.I)
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–—]\s*)?(?:\d{4})?[\s.,]*(?P<name>[^\W\d_][^.|\n]{1,60}?)"
    r"(?:[.,|]|\s+all\s+rights|$)",
    re.I,
)
_TOP_REASONS = frozenset({"site-chrome", "navigation"})


# --------------------------------------------------------------------------- lines to search


def plain_text(clean: CleanDocument) -> str:
    """The document's text as a reader sees it (the visible text of an HTML page)."""
    raw = clean.raw
    return visible_text(raw.text).text if raw.kind == "html" else raw.text


def removed_lines(clean: CleanDocument) -> Iterator[str]:
    if clean.raw.kind == "html":
        return
    for span in clean.removed:
        yield from clean.raw.text[span.start : span.end].splitlines()


def edge_lines(clean: CleanDocument) -> list[str]:
    lines = clean.text.split("\n")
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def candidate_lines(clean: CleanDocument) -> list[str]:
    """Short lines that may carry a date or a site name: removed lines, body edges, the page."""
    lines = [*removed_lines(clean), *edge_lines(clean), *plain_text(clean).splitlines()]
    return [line.strip() for line in lines if 0 < len(line.strip()) <= 120]


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


def text_date(clean: CleanDocument) -> DatePrefix | None:
    """A publication date from the text: a labelled date line, an issue line, a copyright
    year, else a dateline inferred from the dates the article reports on."""
    lines = candidate_lines(clean)
    for finder in (labelled_date, volume_date):
        found = earliest(finder(line) for line in lines)
        if found:
            return found
    years = [found for found in (copyright_year(line) for line in lines) if found]
    if years:
        return max(years)
    body = "\n".join([clean.text, *(c.text for c in clean.captions)])
    return inferred_from_mentions(body)


# --------------------------------------------------------------------------- outlet


def wiki_name(line: str) -> str | None:
    """The site of a wiki's "From X, the free encyclopedia" line."""
    match = _WIKI_FROM.match(line)
    return match["name"].strip() if match else None


def copyright_owner(line: str) -> str | None:
    match = _COPYRIGHT_OWNER.search(line)
    if not match:
        return None
    name = match["name"].strip(" -–—")
    return name if len(name) >= 2 and not name.lower().startswith("all rights") else None


def _looks_like_name(line: str) -> bool:
    words = line.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return 2 <= len(words) <= 7 and capitals >= 2 and not re.search(r"[\d:;!?,.]$|\d", line)


def top_site_line(clean: CleanDocument) -> str | None:
    """A site name removed from the very top of a page, before the title and body.

    It must read like a name and must not repeat the title or the body (a kicker does)."""
    first_body = clean.segments[0].orig_start if clean.segments else len(clean.raw.text)
    known = f"{clean.meta.title or ''}\n{clean.text}".lower()
    for span in clean.removed:
        if span.start >= first_body or span.reason == "title":
            break
        line = clean.raw.text[span.start : span.end].strip()
        if span.reason in _TOP_REASONS and _looks_like_name(line) and line.lower() not in known:
            return line
    return None


def text_outlet(clean: CleanDocument) -> str | None:
    lines = candidate_lines(clean)
    for finder in (wiki_name, copyright_owner):
        for line in lines:
            name = finder(line)
            if name:
                return name
    return None if clean.raw.kind == "html" else top_site_line(clean)


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
    meta.outlet = hints.outlet or meta.outlet or text_outlet(clean)
    meta.authors = list(hints.authors) or meta.authors
    meta.url = hints.url or meta.url
    dated = hinted_date(hints) or (
        (meta.published, meta.published_precision or "day") if meta.published else text_date(clean)
    )
    meta.published, meta.published_precision = dated if dated else (None, None)
    meta.language = meta.language or detect_language(clean.text, tuple(cfg.languages))
    return meta
