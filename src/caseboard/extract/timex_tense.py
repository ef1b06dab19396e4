"""Tense cues: does the clause around a time expression speak of the future or the past?

A yearless "Feb. 1" or a bare "Tuesday" is resolved to the nearest such day before
or after the publication date; the verb governing it decides which.  The cue
nearest to the expression within its sentence wins ("said it will meet Tuesday":
"will"; "was announced Wednesday, and they will appeal": "announced").
"""

from __future__ import annotations

import re

_FUTURE = (
    r"will|shall|would|going\s+to|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|scheduled|"
    r"due\s+to|set\s+to|is\s+to|are\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|effective|"
    r"as\s+soon\s+as|upcoming"
)
_PAST = (
    r"said|says|told|was|were|had|did|met|went|took|made|gave|came|began|left|held|saw|found|got|sent|"
    r"won|lost|became|fell|rose|ran|led|paid|sold|bought|spoke|struck|shot|hit|quit|broke|wrote|"
    r"last|ago|earlier|\w{3,}ed"
)
_NOT_PAST = r"(?<!\bbe\s)(?<!been\s)(?<!being\s)(?<!\bto\s)"  # "will be held", "plans to"
_CUE = re.compile(rf"(?i:\b(?:(?P<future>{_FUTURE})|'ll|{_NOT_PAST}(?P<past>{_PAST}))\b)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def sentence_bounds(text: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The sentence (at most ``reach`` characters either side) around ``[start, end)``."""
    left = max(0, start - reach)
    for m in _SENTENCE_END.finditer(text, left, start):
        left = m.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    return left, stop.start() if stop else min(len(text), end + reach)


def tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None: the tense cue nearest to the expression in its sentence."""
    left, right = sentence_bounds(text, start, end)
    best: tuple[int, str] | None = None
    for m in _CUE.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        kind = "future" if m["future"] or m.group().lower() == "'ll" else "past"
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else None


def is_future(text: str, start: int, end: int) -> bool:
    return tense(text, start, end) == "future"
