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
from caseboard.clean.widgets import credit_suffix, infobox_field, is_credit_line, metadata_key, widget_reason


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


def read_page(lines: list[Line], min_chars: int) -> Page:
    """Measure the page and find its regions, title and byline."""
    script = rules.document_script(lines)
    keys = rules.repetition_keys(lines)
    doubled, repeats = rules.find_repeats(keys)
    widgets = [widget_reason(line) for line in lines]
    prose = [_is_article_prose(line, widgets[i], script, min_chars) for i, line in enumerate(lines)]
    anchors = [i for i, ok in enumerate(prose) if ok and _is_anchor(lines[i], i, repeats, min_chars)]
    first = anchors[0] if anchors else len(lines)
    title = rules.find_title(lines, keys, first, script)
    neutral = doubled | repeats
    body_end = rules.tail_start(lines, prose, neutral, first)
    page = Page(lines, script, widgets, prose, doubled - {title}, repeats, first, body_end, title=title)
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


def _is_anchor(line: Line, i: int, repeats: set[int], min_chars: int) -> bool:
    """A paragraph that can open the article (not a copy, a caption or a headline)."""
    return i not in repeats and credit_suffix(line.text) is None and rules.is_paragraph(line, min_chars)


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
    if page.prose[i] or rules.is_short_sentence(line) or line.bulleted or _is_heading(page, i):
        return Decision("body")
    return Decision("removed", "site-chrome")


def _caption(page: Page, i: int) -> Decision | None:
    """A line printed twice back to back, or one ending with a photo credit."""
    cut = credit_suffix(page.lines[i].text)
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


def _is_stamp(line: Line) -> bool:
    return rules.is_dated_stamp(line)


def _is_heading(page: Page, i: int) -> bool:
    """A short line introducing the paragraph that follows it."""
    line = page.lines[i]
    nxt = i + 1
    if not 1 <= line.n_words <= 20 or nxt >= len(page.lines):
        return False
    return page.prose[nxt] or page.lines[nxt].bulleted
