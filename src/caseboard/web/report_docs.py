"""Which documents the single-file report embeds, and how: in full, or as the passages its pages quote.

A large caseboard cannot carry every document (Timeline17: 2,593 of them, about 35 kB each), but every
quote in the report must still open its sentence. So the pages are rendered first, the quote links they
hold (``#doc/ID/START-END``) are collected, the most quoted documents are embedded in full and every
other quoted document as an excerpt: the sentences around each quoted span, cut from the same reader
model (same offsets, same marks). A document nothing quotes is listed on the sources page but not
embedded; a link to it opens a page that says so.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

Span = tuple[int, int]
DOC_LINK = re.compile(r'href="#doc/([0-9a-f]{16})(?:/(\d+)-(\d+))?"')
FULL_DEFAULT = 100  # documents embedded in full unless --documents says otherwise


def parse_documents(value: str | int | None) -> int | None:
    """``--documents``: a count of documents embedded in full, or ``all`` (None)."""
    if value is None or (isinstance(value, str) and value.strip().lower() == "all"):
        return None
    try:
        count = int(value)
    except ValueError:
        raise ValueError(f"--documents takes a number or 'all', not {value!r}") from None
    if count < 0:
        raise ValueError("--documents cannot be negative")
    return count


def cited_spans(htmls: list[str]) -> dict[str, set[Span]]:
    """Document id -> the spans the rendered pages link to (a link to a whole document adds no span)."""
    out: dict[str, set[Span]] = {}
    for html in htmls:
        for doc, start, end in DOC_LINK.findall(html):
            spans = out.setdefault(doc, set())
            if start:
                spans.add((int(start), int(end)))
    return out


def choose_full(order: list[str], cited: dict[str, set[Span]], limit: int | None) -> list[str]:
    """The documents embedded in full: all of them, or the ``limit`` most quoted (ties: source order)."""
    if limit is None:
        return list(order)
    rank = {doc: i for i, doc in enumerate(order)}
    counts = Counter({doc: len(spans) for doc, spans in cited.items() if doc in rank and spans})
    chosen = sorted(counts, key=lambda d: (-counts[d], rank[d]))[:limit]
    return sorted(chosen, key=rank.__getitem__)


def _merge(ranges: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def passages(sentences: list[Span], spans: set[Span]) -> list[Span]:
    """The sentences that hold each quoted span (the span itself where no sentence covers it), merged."""
    ranges: list[Span] = []
    for start, end in spans:
        around = [(s, e) for s, e in sentences if s < end and e > start]
        lo = min([start] + [s for s, _ in around])
        hi = max([end] + [e for _, e in around])
        ranges.append((lo, hi))
    return _merge(ranges)


def _clip(run: list[Any], keep: list[Span]) -> list[list[Any]]:
    """The pieces of one [start, text] run that fall inside the kept ranges."""
    start, text = run[0], run[1]
    end = start + len(text)
    pieces = []
    for lo, hi in keep:
        a, b = max(start, lo), min(end, hi)
        if a < b:
            pieces.append([a, text[a - start : b - start], *run[2:]])
    return pieces


def excerpt(model: dict[str, Any], raw_length: int, keep: list[Span], spans: set[Span]) -> dict[str, Any]:
    """The reader model cut to the kept passages: one paragraph per passage, the marks inside them, and
    the removed spans a quote points into (so that it still opens)."""
    runs = [run for para in model["body"] for run in para]
    body = []
    for lo, hi in keep:
        para = [piece for run in runs for piece in _clip(run, [(lo, hi)])]
        if para:
            body.append(para)
    captions = [piece for run in model["captions"] for piece in _clip(run, keep)]
    inside = _merge([r for r in keep] + [s for s in spans])
    removed = [r for r in model["removed"] if any(r[0] < e and r[0] + r[3] > s for s, e in spans)]
    marks = [m for m in model["marks"] if any(m[0] < e and m[1] > s for s, e in inside)]
    chars = sum(len(run[1]) for para in body for run in para) + sum(len(c[1]) for c in captions)
    note = {"passages": len(body) + len(captions), "chars": chars, "of": raw_length}
    return model | {"body": body, "captions": captions, "removed": removed, "marks": marks, "excerpt": note}


def coverage(model: dict[str, Any], span: Span) -> int:
    """How many characters of ``span`` the model holds (body, captions, removed text)."""
    runs = [run for para in model["body"] for run in para] + list(model["captions"])
    runs += [[r[0], r[1]] for r in model["removed"]]
    start, end = span
    return sum(max(0, min(end, r[0] + len(r[1])) - max(start, r[0])) for r in runs)


def opens_all(part: dict[str, Any], whole: dict[str, Any], spans: set[Span]) -> bool:
    """Does the excerpt hold every quoted character the whole document holds?"""
    return all(coverage(part, span) >= coverage(whole, span) for span in spans)
