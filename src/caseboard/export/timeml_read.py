"""Reading TimeML back: the TEXT of a TimeML file with its tags removed and its entities unescaped,
each TIMEX3 / EVENT / SIGNAL element as a span of that text with its attributes, and the DCT value.

The TempEval bench reads its gold files with it (bench/timex_data.py), and the tests read the TimeML
export back with it, so a round trip checks the export against the reader the figures come from.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT_VALUE = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.S)


@dataclass(slots=True)
class TimemlSpan:
    """An element over ``text[start:end]`` of the TEXT with tags removed: what the reader finds and
    what the export (``timeml_export``) writes inline, attributes in their written order."""

    start: int
    end: int
    name: str  # TIMEX3, EVENT, SIGNAL, ...
    attrs: dict[str, str]


@dataclass(slots=True)
class TimemlText:
    text: str
    dct: str | None
    spans: list[TimemlSpan]

    def of(self, name: str) -> list[TimemlSpan]:
        return [s for s in self.spans if s.name == name]


def read_timeml(raw: str) -> TimemlText:
    """The TEXT of a TimeML document (``raw``, the file's content) and its elements; the DCT is the
    first ``value`` inside ``<DCT>`` (None without one)."""
    dct = _DCT_VALUE.search(raw)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    spans: list[TimemlSpan] = []
    opened: dict[str, tuple[int, dict[str, str]]] = {}
    pos = length = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if not m[1]:
            opened[m[2]] = (length, dict(_ATTR.findall(m[3])))
        elif m[2] in opened:
            start, attrs = opened.pop(m[2])
            spans.append(TimemlSpan(start, length, m[2], attrs))
    out.append(html.unescape(body[pos:]))
    return TimemlText("".join(out), dct[1] if dct else None, spans)
