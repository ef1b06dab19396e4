"""Clean already-flattened text: keep the article's paragraphs, set captions apart, and
record every other line as removed, with its reason and exact original offsets.

The classifier works line by line with the neighbours in view (see ``text_page``):
position in the page, length, sentence punctuation, stop-word density, script,
repetition and generic widget vocabulary.  No rule names an outlet, article or phrase.

Output: ``CleanDocument.text`` is the body paragraphs (each line stripped of surrounding
whitespace and of a leading bullet glyph) joined by ``"\\n"``, with one ``Segment`` per
paragraph; ``captions`` hold photo captions (without their trailing credit);
``meta.title`` and ``meta.authors`` come from the title and byline lines (without a
byline, from author's notes closing the article: "X is a science writer ...").

Reasons recorded in ``CleanDocument.removed`` (blank lines are not recorded):

==================  ====================================================================
title               the headline (also in ``meta.title``)
byline              the author line (names also in ``meta.authors``)
duplicate           a later copy of an earlier line (a caption printed twice, a repeated title)
photo-credit        a photo credit, alone or trailing a caption; an image description
navigation          menus, "skip to content", section links
share-widget        share / e-mail / social buttons
subscription        subscription offers, newsletter boxes, paywall prompts
login               log-in / sign-up prompts
comments            comment widgets and everything below a comments heading
cookie-banner       cookie and consent banners
advertisement       advertisement labels
related-teasers     lists of teasers to other articles (any language or script)
footer-widget       end-of-page widgets and site footers
references          a references / notes / see-also section and everything after it
boilerplate         an "About <organisation>" section and what follows it
metadata            "Key: value" metadata lines, date stamps, tag lines above the article
infobox             a block of fields ("Born ...", "Died ...") above an encyclopedia article
site-chrome         other short lines of the page frame (site name, tagline, kicker)
other-script        a line in another script inside the article
separator           a line without letters or digits ("* * *")
==================  ====================================================================
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from caseboard.clean import text_rules as rules
from caseboard.clean.lines import Line, split_lines
from caseboard.clean.text_page import Decision, decide_all, read_page
from caseboard.config import CleanConfig
from caseboard.records import Caption, CleanDocument, Metadata, RawDocument, Removed, Segment


def clean_text(raw: RawDocument, cfg: CleanConfig) -> CleanDocument:
    """The body, captions, removed spans and title/authors of one flattened-text document."""
    lines = split_lines(raw.text)
    page = read_page(lines, cfg.min_body_chars)
    decisions = decide_all(page)
    body = [line for line, d in zip(lines, decisions, strict=True) if d.kind == "body"]
    text, segments = join_paragraphs(body)
    return CleanDocument(
        raw=raw,
        text=text,
        segments=segments,
        removed=removed_spans(lines, decisions),
        captions=captions_of(lines, decisions),
        meta=metadata_of(lines, decisions),
    )


def clean_texts(raws: Iterable[RawDocument], cfg: CleanConfig) -> Iterator[CleanDocument]:
    """``clean_text`` over a batch."""
    for raw in raws:
        yield clean_text(raw, cfg)


def join_paragraphs(body: Iterable[Line]) -> tuple[str, list[Segment]]:
    """Body lines joined by newlines, and one segment per line back to the original."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for line in body:
        if parts:
            pos += 1
        segments.append(Segment(clean_start=pos, orig_start=line.start, length=line.end - line.start))
        parts.append(line.text)
        pos += len(line.text)
    return "\n".join(parts), segments


def removed_spans(lines: Iterable[Line], decisions: Iterable[Decision]) -> list[Removed]:
    """A Removed per removed line, plus the trailing credit of each caption."""
    spans: list[Removed] = []
    for line, decision in zip(lines, decisions, strict=True):
        if decision.kind == "removed":
            spans.append(Removed(line.start, line.end, decision.reason))
        elif decision.kind == "caption" and decision.credit_at is not None:
            credit = _credit_start(line, decision.credit_at)
            spans.append(Removed(credit, line.end, "photo-credit"))
    return spans


def captions_of(lines: Iterable[Line], decisions: Iterable[Decision]) -> list[Caption]:
    captions: list[Caption] = []
    for line, decision in zip(lines, decisions, strict=True):
        if decision.kind == "caption":
            end = line.end if decision.credit_at is None else line.start + decision.credit_at
            end = line.start + len(line.text[: end - line.start].rstrip())
            captions.append(Caption(line.start, end, line.text[: end - line.start]))
    return captions


def _credit_start(line: Line, credit_at: int) -> int:
    """Original offset of the first visible character of a caption's credit."""
    offset = credit_at
    while offset < len(line.text) and line.text[offset].isspace():
        offset += 1
    return line.start + offset


def metadata_of(lines: Iterable[Line], decisions: Iterable[Decision]) -> Metadata:
    meta = Metadata()
    for line, decision in zip(lines, decisions, strict=True):
        if decision.reason == "title" and meta.title is None:
            meta.title = line.text
        elif decision.reason == "byline" and not meta.authors:
            meta.authors = rules.byline_names(line.text)
    if not meta.authors:
        meta.authors = bio_authors(line for line, d in zip(lines, decisions, strict=True) if d.kind == "body")
    return meta


def bio_authors(body: Iterable[Line], last: int = 4) -> list[str]:
    """Authors named by the author's notes among the last body paragraphs."""
    names = [rules.bio_author(line.text) for line in list(body)[-last:]]
    return [name for name in names if name]
