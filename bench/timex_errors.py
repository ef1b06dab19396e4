"""Error classes for bench/timex.py: what kind of expression the tagger missed (``--errors``)."""

from __future__ import annotations

import re
from typing import Any

_CATEGORIES = [
    ("vague (PRESENT/PAST/FUTURE_REF)", re.compile(r"_REF$")),
    ("week", re.compile(r"W")),
    ("quarter / half", re.compile(r"-[QH]")),
    ("part of day / clock", re.compile(r"T")),
    ("decade / century / underspecified", re.compile(r"X|^\d{2,3}$")),
]
_WEEKDAY = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_FINANCE = re.compile(r"(?i:year|quarter|period|fiscal)")


def category(doc: Any, g: Any, near: list[Any]) -> str:
    """A coarse error class for a gold expression the tagger missed (by value)."""
    surface = doc.text[g.start : g.end]
    if not near:
        return "missed span"
    if any("/" in p.value for p in near):
        return "range"
    if _WEEKDAY.search(surface):
        return "weekday"
    if _MONTH.search(surface) and not re.search(r"\d{4}", surface):
        return "month/day without year"
    if _FINANCE.search(surface):
        return "year / quarter / finance wording"
    for name, pattern in _CATEGORIES:
        if pattern.search(g.value):
            return name
    return "other value"


def line(doc: Any, s: Any, gold: str, said: str) -> str:
    context = doc.text[max(0, s.start - 50) : s.end + 30].replace("\n", " ")
    return f"{doc.dct}\t{doc.text[s.start : s.end]!r}\tgold={gold}\tours={said}\t|{context}|"


def print_errors(errors: list[tuple[str, str]]) -> None:
    groups: dict[str, list[str]] = {}
    for name, line in errors:
        groups.setdefault(name, []).append(line)
    for name, lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"## {name}: {len(lines)}")
        print("\n".join(lines), end="\n\n")


def summary(errors: list[tuple[str, str]]) -> str:
    """Error counts by category only (for held-out sets, whose errors are not to be read)."""
    counts: dict[str, int] = {}
    for name, _ in errors:
        counts[name] = counts.get(name, 0) + 1
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items(), key=lambda kv: -kv[1]))
