"""Align text extracted from an HTML page back to character offsets in the page.

The page's *visible text stream* is built with the standard-library HTML
tokenizer (character references left undecoded, so each decoded character can
be traced to the source span it came from).  Extracted paragraphs are then
found in that stream, ignoring whitespace: first by exact sequential search,
then, for lines that differ from the page, by greedy longest exact runs in order.
Characters that cannot be aligned stay unmapped.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from caseboard.records import Segment

SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
_REF = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][-.A-Za-z0-9]*);?")
_ANCHOR = 16  # shortest run that places a line (or the rest of the line, if shorter)
_MIN_BLOCK = 4  # shortest run of characters matched on its own
_MAX_SKIP = 64  # characters tried at the start of a line before it is given up as unalignable
_SLACK = 256  # how far past the expected place the next run of a line may be
UNMAPPED = -1


@dataclass(slots=True)
class VisibleText:
    """Visible characters of a page; ``starts[i]:ends[i]`` is the source span of ``text[i]``."""

    text: str
    starts: list[int]
    ends: list[int]


class _StreamBuilder(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skip_depth = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS and self.skip_depth:
            self.skip_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        start = self._offset()
        if self.source.startswith(data, start):
            self._add_literal(data, start)

    def _add_literal(self, data: str, start: int) -> None:
        self.chars.extend(data)
        self.starts.extend(range(start, start + len(data)))
        self.ends.extend(range(start + 1, start + len(data) + 1))

    def _handle_ref(self) -> None:
        if self.skip_depth:
            return
        start = self._offset()
        match = _REF.match(self.source, start)
        if match is None:
            return
        decoded = html.unescape(match.group())
        if decoded == match.group():
            self._add_literal(decoded, start)
            return
        for char in decoded:
            self.chars.append(char)
            self.starts.append(start)
            self.ends.append(match.end())

    def handle_entityref(self, name: str) -> None:
        self._handle_ref()

    def handle_charref(self, name: str) -> None:
        self._handle_ref()


def visible_text(source: str) -> VisibleText:
    """The visible text of an HTML page with a source span for every character."""
    builder = _StreamBuilder(source)
    try:
        builder.feed(source)
        builder.close()
    except (AssertionError, ValueError, IndexError):
        pass  # keep what was read before the tokenizer gave up
    return VisibleText("".join(builder.chars), builder.starts, builder.ends)


def _non_space(text: str) -> tuple[str, list[int]]:
    positions = [i for i, char in enumerate(text) if not char.isspace()]
    return "".join(text[i] for i in positions), positions


def _longest_prefix(needle: str, start: int, hay: str, lo: int, hi: int) -> tuple[int, int]:
    """Longest ``needle[start:start+size]`` found in ``hay[lo:hi]``: ``(size, position)``."""
    whole = hay.find(needle[start:], lo, hi)
    if whole >= 0:
        return len(needle) - start, whole
    low, high, at = 0, len(needle) - start, -1
    while low + 1 < high:  # invariant: size ``low`` is found (at ``at``), size ``high`` is not
        mid = (low + high) // 2
        found = hay.find(needle[start : start + mid], lo, hi)
        if found >= 0:
            low, at = mid, found
        else:
            high = mid
    return low, at


def _first_block(needle: str, start: int, hay: str, cursor: int) -> tuple[int, int]:
    size, at = _longest_prefix(needle, start, hay, cursor, len(hay))
    if size < _MIN_BLOCK and cursor:
        size, at = _longest_prefix(needle, start, hay, 0, len(hay))
    return size, at


def _place(needle: str, hay: str, cursor: int) -> tuple[int, int, int] | None:
    """The first block of a line: a long enough run, else the longest run near its start."""
    best: tuple[int, int, int] | None = None
    for start in range(min(len(needle), _MAX_SKIP)):
        size, at = _first_block(needle, start, hay, cursor)
        if size >= min(_ANCHOR, len(needle)):
            return start, at, size
        if size >= _MIN_BLOCK and (best is None or size > best[2]):
            best = (start, at, size)
    return best


def _blocks(needle: str, hay: str, cursor: int) -> Iterator[tuple[int, int, int]]:
    """Greedy blocks ``(needle_start, hay_start, size)``: longest exact runs, in order."""
    placed = _place(needle, hay, cursor)
    if placed is None:
        return
    yield placed
    start, cursor = placed[0] + placed[2], placed[1] + placed[2]
    while start < len(needle):
        hi = min(len(hay), cursor + 2 * (len(needle) - start) + _SLACK)
        size, at = _longest_prefix(needle, start, hay, cursor, hi)
        if size >= _MIN_BLOCK or (size and size == len(needle) - start):
            yield start, at, size
            start, cursor = start + size, at + size
        else:
            start += 1


def _gap_matches(needle: str, n_range: range, hay: str, h_range: range) -> Iterator[tuple[int, int, int]]:
    """In-order single-character matches of a needle gap inside the hay gap between two blocks."""
    at = h_range.start
    for n in n_range:
        found = hay.find(needle[n], at, h_range.stop)
        if found >= 0:
            yield n, found, 1
            at = found + 1


def _with_gaps(needle: str, hay: str, blocks: list[tuple[int, int, int]]) -> Iterator[tuple[int, int, int]]:
    for (n1, h1, s1), (n2, h2, _) in zip(blocks, blocks[1:], strict=False):
        yield n1, h1, s1
        if n2 > n1 + s1 and h2 > h1 + s1:
            yield from _gap_matches(needle, range(n1 + s1, n2), hay, range(h1 + s1, h2))
    if blocks:
        yield blocks[-1]


def _align_line(line: str, hay: str, cursor: int) -> tuple[list[int], int]:
    """Hay index for every character of ``line`` (UNMAPPED where none) and the new cursor."""
    needle, positions = _non_space(line)
    mapping = [UNMAPPED] * len(line)
    blocks = list(_blocks(needle, hay, cursor))
    for n_start, h_start, size in _with_gaps(needle, hay, blocks):
        for k in range(size):
            mapping[positions[n_start + k]] = h_start + k
        cursor = h_start + size
    return mapping, cursor


def _to_stream(mapping: list[int], hay_positions: list[int]) -> list[int]:
    return [hay_positions[m] if m != UNMAPPED else UNMAPPED for m in mapping]


def _fill_spaces(text: str, mapping: list[int], stream: VisibleText) -> None:
    """Map a whitespace character to the stream character right after its mapped neighbour."""
    for i in range(1, len(text)):
        if mapping[i] == UNMAPPED and text[i].isspace() and mapping[i - 1] != UNMAPPED:
            nxt = mapping[i - 1] + 1
            if nxt < len(stream.text) and stream.text[nxt] == text[i]:
                mapping[i] = nxt


def align_chars(text: str, stream: VisibleText) -> list[int]:
    """For every character of ``text`` (lines separated by "\\n"), its index in ``stream``."""
    hay, hay_positions = _non_space(stream.text)
    mapping: list[int] = []
    cursor = 0
    for number, line in enumerate(text.split("\n")):
        if number:
            mapping.append(UNMAPPED)
        line_map, cursor = _align_line(line, hay, cursor)
        mapping.extend(_to_stream(line_map, hay_positions))
    _fill_spaces(text, mapping, stream)
    return mapping


def _runs(text: str, mapping: Sequence[int], stream: VisibleText, source: str) -> Iterator[Segment]:
    run: Segment | None = None
    for i, index in enumerate(mapping):
        if index == UNMAPPED:
            if run is not None:
                yield run
            run = None
            continue
        start, end = stream.starts[index], stream.ends[index]
        exact = end - start == 1 and source[start] == text[i]
        if not exact and text[i] not in html.unescape(source[start:end]):
            if run is not None:
                yield run
            run = None
            continue
        if run is not None and exact and start == run.orig_start + run.length:
            run.length += 1
            continue
        if run is not None:
            yield run
        run = Segment(i, start, 1)
        if not exact:  # a character reference: a segment of its own, pointing at "&"
            yield run
            run = None
    if run is not None:
        yield run


def segments_from_map(text: str, mapping: Sequence[int], stream: VisibleText, source: str) -> list[Segment]:
    """Copy segments for runs of characters mapped to consecutive source characters.

    A character decoded from a character reference gets a one-character segment
    whose ``orig_start`` is the reference's "&"; its full source span is
    ``source_span_at``.
    """
    return list(_runs(text, mapping, stream, source))


def source_span_at(source: str, offset: int) -> tuple[int, int]:
    """The source span of the character reference (or plain character) at ``offset``."""
    match = _REF.match(source, offset)
    if match and html.unescape(match.group()) != match.group():
        return match.start(), match.end()
    return offset, offset + 1


def align_text(text: str, source: str) -> list[Segment]:
    """Segments mapping ``text`` (lines joined by "\\n") to offsets in the HTML ``source``."""
    stream = visible_text(source)
    return segments_from_map(text, align_chars(text, stream), stream, source)


def coverage(text: str, segments: Sequence[Segment]) -> float:
    """Share of the non-space characters of ``text`` covered by a segment (1.0 when empty)."""
    covered = [False] * len(text)
    for seg in segments:
        covered[seg.clean_start : seg.clean_start + seg.length] = [True] * seg.length
    total = [i for i, char in enumerate(text) if not char.isspace()]
    return sum(covered[i] for i in total) / len(total) if total else 1.0


def stream_index_of(stream: VisibleText, offset: int) -> int:
    """Index of the first stream character whose source span starts at or after ``offset``."""
    return bisect_right(stream.starts, offset - 1)
