"""Read a flattened page as a whole and decide what each of its lines is.

The page is cut in three regions: the *top* (above the first prose paragraph: title,
byline, site chrome, infobox), the *middle* (the article) and the *tail* (end-of-page
widgets, teaser lists, references).  Each region has its own decision function.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from caseboard.clean import text_rules as rules
from caseboard.clean.lines import Line
from caseboard.clean.widgets import (
    block_widget_reasons,
    credit_suffix,
    infobox_field,
    is_credit_line,
    metadata_key,
    widget_reason,
)


@dataclass(slots=True)
class Decision:
    """What a line is: ``kind`` is "body", "caption" or "removed" (then ``reason`` says why)."""

    kind: str
    reason: str = ""
    credit_at: int | None = None  # a caption's trailing photo credit starts here (line offset)


@dataclass(slots=True)
class Page:
    lines: list[Line]
    script: str
    widgets: list[str | None]
    prose: list[bool]
    doubled: set[int]
    repeats: set[int]
    first: int
    body_end: int
    end_reason: str | None = None
    title: int | None = None
    byline: int | None = None
    infobox: set[int] = field(default_factory=set)
    sections: dict[int, str] = field(default_factory=dict)  # tail line -> section it belongs to
    min_chars: int = 40
    credits: list[int | None] = field(default_factory=list)  # where a trailing photo credit starts


def read_page(lines: list[Line], min_chars: int) -> Page:
    """Measure the page and find its regions, title and byline."""
    script = rules.document_script(lines)
    credits = [credit_suffix(line.text) for line in lines]
    keys = rules.repetition_keys(lines, credits)
    doubled, repeats = rules.find_repeats(keys)
    repeats |= rules.find_quoted_copies(keys)
    widgets = block_widget_reasons(lines, [widget_reason(line) for line in lines])
    prose = [_is_article_prose(line, widgets[i], script, min_chars) for i, line in enumerate(lines)]
    sentences = [_is_statement(line, ok) for ok, line in zip(prose, lines, strict=True)]
    anchors = [
        i
        for i, ok in enumerate(prose)
        if ok and credits[i] is None and _is_anchor(lines[i], i, repeats, min_chars)
    ]
    if not anchors:  # no full paragraph: fall back to any sentence-like line
        anchors = [i for i, ok in enumerate(sentences) if ok and i not in repeats]
    first = anchors[0] if anchors else len(lines)
    title = rules.find_title(lines, keys, first, script)
    noisy = [_is_noisy(line, widgets[i], script) and i not in doubled for i, line in enumerate(lines)]
    body_end = rules.tail_start(lines, sentences, noisy, first)
    page = Page(lines, script, widgets, prose, doubled - {title}, repeats, first, body_end, title=title)
    page.min_chars = min_chars
    page.credits = credits
    boundary = rules.end_boundary(lines, prose, first, body_end)
    if boundary:
        page.body_end, page.end_reason = boundary
    page.infobox = rules.infobox_blocks(lines, first, infobox_field)
    if title is not None:
        page.byline = rules.find_byline(lines, title, page.body_end, repeats | page.infobox)
    page.sections = _tail_sections(lines, page.body_end, page.end_reason)
    return page


def _is_article_prose(line: Line, widget: str | None, script: str, min_chars: int) -> bool:
    return (
        widget is None
        and not rules.is_foreign(line, script)
        and not is_credit_line(line)
        and rules.is_prose(line, min_chars)
    )


def _is_statement(line: Line, prose: bool) -> bool:
    return (prose or rules.is_short_sentence(line)) and not rules.is_question_teaser(line)


def _is_noisy(line: Line, widget: str | None, script: str) -> bool:
    """A line typical of page furniture: widget, teaser headline, other script, credit..."""
    return bool(
        widget
        or rules.is_headline_like(line)
        or rules.is_question_teaser(line)
        or rules.is_foreign(line, script)
        or is_credit_line(line)
        or metadata_key(line)
        or rules.is_separator(line)
        or rules.is_dated_stamp(line)
    )


def _is_anchor(line: Line, i: int, repeats: set[int], min_chars: int) -> bool:
    """A paragraph that can open the article (not a copy or a headline)."""
    return i not in repeats and rules.is_paragraph(line, min_chars)


def _tail_sections(lines: Sequence[Line], start: int, reason: str | None) -> dict[int, str]:
    """For each tail line, the end section ("references", "comments"...) it falls under."""
    sections: dict[int, str] = {}
    for i in range(start, len(lines)):
        reason = rules.end_heading_reason(lines[i]) or reason
        if reason:
            sections[i] = reason
    return sections


def decide_all(page: Page) -> list[Decision]:
    return [decide(page, i) for i in range(len(page.lines))]


def decide(page: Page, i: int) -> Decision:
    if i == page.title:
        return Decision("removed", "title")
    if i == page.byline:
        return Decision("removed", "byline")
    if i >= page.body_end:
        return decide_tail(page, i)
    if i < page.first:
        return decide_top(page, i)
    return decide_middle(page, i)


def decide_top(page: Page, i: int) -> Decision:
    """Above the article: only captions survive; the rest is chrome, metadata or infobox."""
    line = page.lines[i]
    caption = _caption(page, i)
    if caption:
        return caption
    if i in page.repeats:
        return Decision("removed", "duplicate")
    if i in page.infobox:
        return Decision("removed", "infobox")
    if _is_standfirst(page, i):
        return Decision("body")
    return _labelled_noise(page, i) or Decision("removed", "metadata" if _is_stamp(line) else "site-chrome")


def decide_tail(page: Page, i: int) -> Decision:
    """Below the article: everything is removed, under the most specific reason found."""
    line = page.lines[i]
    section = page.sections.get(i)
    if section in ("references", "comments", "boilerplate"):
        return Decision("removed", section)
    if i in page.repeats:
        return Decision("removed", "duplicate")
    noise = _labelled_noise(page, i)
    if noise:
        return noise
    if _is_stamp(line):
        return Decision("removed", "metadata")
    if rules.is_headline_like(line) or rules.is_foreign(line, page.script) or page.prose[i]:
        return Decision("removed", "related-teasers")
    return Decision("removed", section or "footer-widget")


def decide_middle(page: Page, i: int) -> Decision:
    """Inside the article: paragraphs and headings are body; captions are set apart."""
    line = page.lines[i]
    caption = _caption(page, i)
    if caption:
        return caption
    if i in page.repeats:
        return Decision("removed", "duplicate")
    noise = _labelled_noise(page, i)
    if noise:
        return noise
    if rules.is_foreign(line, page.script):
        return Decision("removed", "other-script")
    if page.prose[i] or rules.is_short_sentence(line) or line.bulleted:
        return Decision("body")
    if rules.is_dated_stamp(line):
        return Decision("removed", "metadata")
    listed_under = _list_header(page, i)
    if listed_under is not None:
        return (
            Decision("body") if page.widgets[listed_under] is None else Decision("removed", "related-teasers")
        )
    if _is_heading(page, i):
        return Decision("body")
    return Decision("removed", "site-chrome")


def _caption(page: Page, i: int) -> Decision | None:
    """A line printed twice back to back, or one ending with a photo credit."""
    cut = page.credits[i]
    if i in page.doubled or (cut is not None and i not in page.repeats):
        return Decision("caption", credit_at=cut)
    return None


def _labelled_noise(page: Page, i: int) -> Decision | None:
    """Noise recognised by the line alone: widgets, credits, metadata, separators."""
    line = page.lines[i]
    if page.widgets[i]:
        return Decision("removed", page.widgets[i] or "")
    if is_credit_line(line):
        return Decision("removed", "photo-credit")
    if metadata_key(line):
        return Decision("removed", "metadata")
    if rules.is_separator(line):
        return Decision("removed", "separator")
    return None


def _is_standfirst(page: Page, i: int) -> bool:
    """A sentence-like subtitle right below the title (or its byline)."""
    if page.title is None or not 0 < i - page.title <= 1 + (page.byline is not None):
        return False
    return rules.is_prose(page.lines[i], page_min_chars(page)) and page.widgets[i] is None


def page_min_chars(page: Page) -> int:
    return page.min_chars


def _list_header(page: Page, i: int) -> int | None:
    """The line introducing the list this short line belongs to ("Key facts:", "Read more:").

    Walking up through the same block over short non-prose lines, the first line ending
    with a colon, or a related-teasers widget line, is the header."""
    block = page.lines[i].block
    for j in range(i - 1, max(page.first, i - 12) - 1, -1):
        line = page.lines[j]
        if line.block != block or page.prose[j] and not line.text.rstrip().endswith(":"):
            return None
        if page.widgets[j] == "related-teasers":
            return j
        if line.text.rstrip().endswith(":"):
            return j if rules.is_short_sentence(line) and not metadata_key(line) else None
    return None


def _is_stamp(line: Line) -> bool:
    return rules.is_dated_stamp(line)


def _is_heading(page: Page, i: int) -> bool:
    """A short line introducing the paragraph that follows it."""
    line = page.lines[i]
    nxt = i + 1
    if not 1 <= line.n_words <= 20 or nxt >= len(page.lines):
        return False
    return page.prose[nxt] or page.lines[nxt].bulleted
