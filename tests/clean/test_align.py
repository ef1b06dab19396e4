"""Alignment of extracted text back to offsets in the HTML source."""

from __future__ import annotations

import gzip
import html
import json
from pathlib import Path

import pytest
import trafilatura

from caseboard.clean.align import align_text, coverage, source_span_at, visible_text
from caseboard.records import Segment

FIXTURE = Path(__file__).parents[1] / "fixtures" / "clean_html" / "article.html"
BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench" / "article-extraction"


def read_back(text: str, source: str, seg: Segment) -> tuple[str, str]:
    """The clean characters of a segment and what the source says they are."""
    clean = text[seg.clean_start : seg.clean_start + seg.length]
    if seg.length == 1 and source[seg.orig_start] == "&":
        start, end = source_span_at(source, seg.orig_start)
        return clean, html.unescape(source[start:end])
    return clean, source[seg.orig_start : seg.orig_start + seg.length]


def assert_segments_read_back(text: str, source: str, segments: list[Segment]) -> None:
    for seg in segments:
        clean, original = read_back(text, source, seg)
        assert clean == original or clean in original, (seg, clean, original)


def test_visible_text_skips_script_style_comments_and_noscript():
    source = FIXTURE.read_text("utf-8")
    stream = visible_text(source).text
    assert "Do not extract this sentence" not in stream
    assert "font-family" not in stream
    assert "commented-out paragraph" not in stream
    assert "enable JavaScript" not in stream
    assert "Injected by script" not in stream
    assert "The harbour bridge reopened" in stream


def test_decoded_entities_map_to_their_source_span():
    source = "<p>Tom &amp; Jerry&#8217;s caf&eacute;&nbsp;&#x2014; ok</p>"
    stream = visible_text(source)
    assert stream.text == "Tom & Jerry’s café\xa0— ok"
    for i, char in enumerate(stream.text):
        span = source[stream.starts[i] : stream.ends[i]]
        assert char == span or char == html.unescape(span)
    amp = stream.text.index("&")
    assert source[stream.starts[amp] : stream.ends[amp]] == "&amp;"


def test_fixture_segments_read_back_and_cover_the_text():
    source = FIXTURE.read_text("utf-8")
    text = trafilatura.extract(source) or ""
    segments = align_text(text, source)
    assert_segments_read_back(text, source, segments)
    assert coverage(text, segments) >= 0.99
    entity = [s for s in segments if s.length == 1 and source[s.orig_start] == "&"]
    assert {text[s.clean_start] for s in entity} >= {"’", "“", "—"}


def test_lines_with_synthesised_characters_still_align():
    source = (
        "<ul><li>first item of the list here</li><li>second one</li></ul>"
        "<table><tr><td>Kyle</td><td>5040</td></tr></table>"
    )
    text = "- first item of the list here\n- second one\n| Kyle | 5040 |"
    segments = align_text(text, source)
    assert_segments_read_back(text, source, segments)
    covered = "".join(text[s.clean_start : s.clean_start + s.length] for s in segments)
    for word in ("first", "second", "Kyle", "5040"):
        assert word in covered
    assert "-" not in covered and "|" not in covered


def test_unalignable_text_is_left_uncovered():
    segments = align_text("nothing like this is on the page", "<p>completely different words</p>")
    assert coverage("nothing like this is on the page", segments) < 0.2


@pytest.mark.skipif(not BENCH.exists(), reason="public benchmark data not present")
def test_alignment_coverage_on_benchmark_pages():
    truth = json.loads((BENCH / "ground-truth.json").read_text("utf-8"))
    scores = []
    for sha in sorted(truth)[:12]:
        source = gzip.decompress((BENCH / "html" / f"{sha}.html.gz").read_bytes()).decode("utf-8", "replace")
        text = trafilatura.extract(source) or ""
        segments = align_text(text, source)
        assert_segments_read_back(text, source, segments)
        scores.append(coverage(text, segments))
    assert sum(scores) / len(scores) >= 0.99
