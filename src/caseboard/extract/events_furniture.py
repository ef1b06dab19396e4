"""Page furniture: the time stamps and notices a web page prints around the story.

"Page last updated at 10:32 GMT", "8 September 2010 Last updated at 12:54 GMT", "Posted by: reader |
June 24, 2010 2:04 PM", "First published on Friday", "Copyright 2010 Reuters", "All rights reserved"
date the page, not a happening of the story. The cleaner often leaves them glued to the first
sentence of the body, so the sentence stays and only the furniture's span is left out: a trigger or a
dated fact whose verb lies in it, and a date expression inside it or just before it (the dateline
the stamp follows), say nothing happened. See docs/events.md.
"""

from __future__ import annotations

import re

from caseboard.clean.lines import Line, capitalized_ratio, ends_sentence
from caseboard.records import Timex

# A stamp: "(Page) last updated/modified (at|on) ...", a capitalised "Posted/Published/Updated"
# followed by ":", "by", "on", "at" or a figure, a copyright line. The span runs to the end
# of the clock time or year that follows (within 60 characters).
STAMP = re.compile(
    r"(?:\b[Pp]age\s+)?\b[Ll]ast\s+(?:updated|modified)\b"
    r"|\b(?:First\s+)?(?:Posted|Published|Updated|Modified)\b(?=\s*(?::|by\b|on\b|at\b|\d))"
    r"|\b(?:[Cc]opyright|COPYRIGHT)\b|©|\b[Aa]ll\s+[Rr]ights\s+[Rr]eserved\b"
)
CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:GMT|UTC|ET|EST|EDT|BST)?"
STAMP_TAIL = re.compile(rf".{{0,60}}?(?:{CLOCK}|\d{{4}})")
HEADING_WORDS = 12  # a longer line is a paragraph, whatever its case
TITLE_CASE = 0.6  # share of content words with a capital initial (clean.lines.capitalized_ratio)
DATELINE_GAP = 3  # characters between a dateline and the stamp it precedes ("8 September 2010 Last updated")


def furniture_spans(raw_text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The original-text spans of the page stamps in ``raw_text[start:end]``."""
    text = raw_text[start:end]
    spans = []
    for match in STAMP.finditer(text):
        tail = STAMP_TAIL.match(text, match.end())
        stop = tail.end() if tail is not None else match.end()
        spans.append((start + match.start(), start + stop))
    return spans


def in_furniture(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def is_furniture_timex(timex: Timex, spans: list[tuple[int, int]]) -> bool:
    """A date inside a stamp, or the dateline just before one."""
    return any(a <= timex.start < b or 0 <= a - timex.end <= DATELINE_GAP for a, b in spans)


def is_heading(raw_text: str, start: int, end: int) -> bool:
    """A section heading ("Death at a Problematic Time"): a line of its own, short, in title case,
    without a sentence's final punctuation, with a paragraph after it. It names the section's
    subject; the paragraph tells the happening, so the heading is no evidence of one."""
    before, after = raw_text[max(0, start - 2) : start], raw_text[end : end + 2]
    if (start > 0 and "\n" not in before) or "\n" not in after or not raw_text[end:].strip():
        return False
    line = Line(0, start, end, raw_text[start:end], 0)
    if len(line.text.split()) > HEADING_WORDS or ends_sentence(line.text):
        return False
    return capitalized_ratio(line) >= TITLE_CASE
