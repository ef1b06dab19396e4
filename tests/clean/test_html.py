"""clean_html: trafilatura main text, residual pass, map back to the page, metadata."""

from __future__ import annotations

import html
from pathlib import Path

from caseboard.clean.align import coverage, source_span_at
from caseboard.clean.html import clean_html, keep_layout_lines, passthrough
from caseboard.config import load_config
from caseboard.records import CleanDocument, Metadata, RawDocument, Removed, Segment, SourceHints

FIXTURE = Path(__file__).parents[1] / "fixtures" / "clean_html" / "article.html"
CFG = load_config().clean


def fixture_doc(hints: SourceHints | None = None) -> RawDocument:
    source = FIXTURE.read_text("utf-8")
    return RawDocument("article.html", "a" * 64, source, "html", "utf-8", hints or SourceHints())


def source_of(source: str, seg: Segment) -> str:
    if seg.length == 1 and source[seg.orig_start] == "&":
        start, end = source_span_at(source, seg.orig_start)
        return html.unescape(source[start:end])
    return source[seg.orig_start : seg.orig_start + seg.length]


def test_body_is_the_article_without_page_furniture():
    doc = clean_html(fixture_doc(), CFG)
    assert "The harbour bridge reopened to traffic" in doc.text
    assert "the city’s transport department" in doc.text
    assert "Council members will review the budget overrun" in doc.text
    for noise in (
        "cookies",
        "Share on Facebook",
        "Related stories",
        "Ferry timetable",
        "All rights reserved",
    ):
        assert noise not in doc.text
    assert "Do not extract" not in doc.text


def test_every_segment_reads_back_from_the_original_html():
    raw = fixture_doc()
    doc = clean_html(raw, CFG)
    assert doc.segments
    for seg in doc.segments:
        clean = doc.text[seg.clean_start : seg.clean_start + seg.length]
        assert clean == source_of(raw.text, seg)
    assert coverage(doc.text, doc.segments) >= 0.99


def test_removed_spans_and_kept_text_tile_the_page():
    raw = fixture_doc()
    doc = clean_html(raw, CFG)
    kept = [(s.orig_start, s.orig_start + s.length) for s in doc.segments]
    spans = sorted([(r.start, r.end) for r in doc.removed] + kept)
    covered = 0
    for start, end in spans:
        assert start >= covered - 8  # entity segments point inside their reference
        covered = max(covered, end)
    assert covered == len(raw.text)
    reasons = {r.reason for r in doc.removed}
    assert {"markup", "html-boilerplate"} <= reasons
    cookie = raw.text.index("We use cookies")
    assert any(r.start <= cookie < r.end and r.reason == "html-boilerplate" for r in doc.removed)
    assert all(raw.text[r.start : r.end].strip("<>/ \n") or r.reason == "markup" for r in doc.removed)


def test_metadata_from_the_markup_and_hints():
    doc = clean_html(fixture_doc(), CFG)
    assert doc.meta.outlet == "The Coastal Ledger"
    assert doc.meta.authors == ["Maria Lindqvist"]
    assert doc.meta.published == "2021-03-14" and doc.meta.published_precision == "day"
    assert doc.meta.url == "https://ledger.example.org/news/harbour-bridge-reopens"
    assert doc.meta.title and doc.meta.title.startswith("Harbour bridge reopens")
    hinted = clean_html(fixture_doc(SourceHints(url="https://mirror.example.net/x")), CFG)
    assert hinted.meta.url == "https://mirror.example.net/x"


def test_residual_removals_are_mapped_into_the_page():
    def drop_last_paragraph(raw: RawDocument, cfg) -> CleanDocument:
        inner = passthrough(raw, cfg)
        last = inner.text.rindex("\n")
        seg = inner.segments[-1]
        gone = Removed(seg.orig_start, seg.orig_start + seg.length, "comments")
        return CleanDocument(raw, inner.text[:last], inner.segments[:-1], [gone], [], Metadata())

    raw = fixture_doc()
    doc = clean_html(raw, CFG, residual=drop_last_paragraph)
    assert "Local shop owners" not in doc.text
    mapped = [r for r in doc.removed if r.reason == "comments"]
    assert len(mapped) == 1
    assert raw.text[mapped[0].start : mapped[0].end].startswith("Local shop owners")


def test_layout_reasons_are_put_back_in_order():
    flat = "Alpha paragraph here.\nBeta line\nGamma paragraph here."
    raw = RawDocument("x", "b" * 64, flat, "text", "utf-8")
    inner = CleanDocument(
        raw,
        "Alpha paragraph here.\nGamma paragraph here.",
        [Segment(0, 0, 21), Segment(22, 32, 21)],
        [Removed(22, 31, "site-chrome"), Removed(0, 0, "title")],
        [],
        Metadata(),
    )
    out = keep_layout_lines(inner)
    assert out.text == flat
    for seg in out.segments:
        assert (
            out.text[seg.clean_start : seg.clean_start + seg.length]
            == flat[seg.orig_start : seg.orig_start + seg.length]
        )
    assert [r.reason for r in out.removed] == ["title"]
