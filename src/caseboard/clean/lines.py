"""Split flattened text into lines and measure the signals the line classifier uses.

A :class:`Line` knows where its visible content sits in the original text (surrounding
whitespace, non-breaking spaces and a leading bullet glyph left out), so that every
decision about it can be recorded with exact original offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BULLET = re.compile(r"[•●▪◦‣■□►▸◆◇·]\s*")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\$?\d[\d.,:/]*%?", re.UNICODE)
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_CITATION = re.compile(r"(?:\[\d+\]|\[[a-z ]+\])+$")
_CLOSERS = "\"'”’»)]"
SENTENCE_END = ".!?:;…"


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = _word_set(
    "a an the and or but if of to in on at by for with from as into about over after before between "
    "under than then that this these those it its is are was were be been being has have had do does "
    "did not no so such who whom which what when where while why how he she they we you i his her "
    "their our your my him them us there here also more most can could would should will may might "
    "must one all any some each other up out only very just even both"
)


@dataclass(slots=True)
class Line:
    """One non-blank line: ``start``/``end`` bound its content in the original text."""

    index: int  # position among the document's non-blank lines
    start: int
    end: int
    text: str
    block: int  # lines not separated by a blank line share a block number
    bulleted: bool = False
    words: list[str] = field(default_factory=list)
    script: str = "none"

    @property
    def n_words(self) -> int:
        return len(self.words)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with exact original offsets of their content."""
    lines: list[Line] = []
    block, pos, blank_before = 0, 0, False
    for raw_start, raw_end in _line_spans(text):
        span = _content_span(text, raw_start, raw_end)
        if span is None:
            blank_before = True
            continue
        if blank_before and lines:
            block += 1
        blank_before = False
        start, end, bulleted = span
        body = text[start:end]
        lines.append(Line(pos, start, end, body, block, bulleted, tokenize(body), script_of(body)))
        pos += 1
    return lines


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _LINE_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def _content_span(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """Bounds of the visible content of ``text[start:end]``, or None if it is blank."""
    while start < end and _is_space(text[start]):
        start += 1
    while end > start and _is_space(text[end - 1]):
        end -= 1
    if start == end:
        return None
    bullet = _BULLET.match(text, start, end)
    if bullet and bullet.end() < end:
        return bullet.end(), end, True
    return start, end, False


def _is_space(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Cf"


def tokenize(text: str) -> list[str]:
    """Lower-cased words and numbers; words glued by a lost separator are split."""
    return [w.casefold() for w in _WORD.findall(_GLUED.sub(" ", text))]


def normalized(text: str) -> str:
    """A comparison key: case, spacing and punctuation differences ignored."""
    return " ".join(tokenize(text))


_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"),
}
_LETTER = re.compile(r"[^\W\d_]")


def script_of(text: str) -> str:
    """The main script of the letters in ``text`` ("latin", "hebrew", "arabic", ... "other")."""
    if text.isascii():
        return "latin" if any(ch.isalpha() for ch in text) else "none"
    letters = len(_LETTER.findall(text))
    if not letters:
        return "none"
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    counts["other"] = letters - sum(counts.values())
    return max(counts, key=counts.__getitem__)


def stop_word_ratio(line: Line) -> float:
    return sum(w in STOP_WORDS for w in line.words) / line.n_words if line.words else 0.0


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (closing quotes and citations ignored)."""
    tail = _CITATION.sub("", text.rstrip()).rstrip().rstrip(_CLOSERS).rstrip()
    return bool(tail) and tail[-1] in SENTENCE_END


def capitalized_ratio(line: Line) -> float:
    """Share of content words (not stop words) written with a capital initial."""
    raw = [w for w in _WORD.findall(line.text) if w.casefold() not in STOP_WORDS and w[0].isalpha()]
    return sum(w[0].isupper() for w in raw) / len(raw) if raw else 0.0
