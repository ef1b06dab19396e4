"""Map offsets in clean text back to offsets in the original text."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from caseboard.records import Segment


class OffsetMap:
    """Translate clean-text offsets to original-text offsets via copy segments.

    A position inside a segment maps exactly; a position between segments (a
    paragraph separator, or characters a cleaner synthesised) maps to the end of
    the previous segment for an *end* offset and to the start of the next one
    for a *start* offset, so spans never grow past the text they cover.
    """

    __slots__ = ("_segments", "_starts")

    def __init__(self, segments: Sequence[Segment]):
        self._segments = sorted(segments, key=lambda s: s.clean_start)
        self._starts = [s.clean_start for s in self._segments]

    def start(self, clean_pos: int) -> int:
        """Original offset of the character at ``clean_pos``."""
        i = bisect_right(self._starts, clean_pos) - 1
        if i >= 0:
            seg = self._segments[i]
            if clean_pos < seg.clean_start + seg.length:
                return seg.orig_start + clean_pos - seg.clean_start
        if i + 1 < len(self._segments):
            return self._segments[i + 1].orig_start
        if self._segments:
            last = self._segments[-1]
            return last.orig_start + last.length
        return 0

    def end(self, clean_end: int) -> int:
        """Original offset just past the character at ``clean_end - 1``."""
        if clean_end <= 0:
            return self.start(0)
        i = bisect_right(self._starts, clean_end - 1) - 1
        if i < 0:
            return self.start(0)
        seg = self._segments[i]
        inside = min(clean_end - seg.clean_start, seg.length)
        return seg.orig_start + inside

    def span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        start = self.start(clean_start)
        return start, max(start, self.end(clean_end))
