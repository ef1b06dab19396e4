"""A document as the reader shows it: body runs, captions, removed spans and marks, all in original offsets.

The model is plain JSON. ``static/docview.js`` renders it with ``textContent`` only, so no
article text is ever parsed as HTML, in the server's reader and in the single-file report alike.
"""

from __future__ import annotations

from typing import Any

from caseboard.query import documents as reads
from caseboard.store import Store
from caseboard.web.links import Links

Run = list[Any]  # [start, text]


def paragraphs(raw: str, segs: list[tuple[int, int, int]]) -> list[list[Run]]:
    """Body runs grouped in paragraphs: a gap in the clean text is a paragraph break."""
    out: list[list[Run]] = []
    clean_end = None
    for clean_start, orig_start, length in segs:
        if clean_end is None or clean_start > clean_end:
            out.append([])
        out[-1].append([orig_start, raw[orig_start : orig_start + length]])
        clean_end = clean_start + length
    return out


def _marks(store: Store, doc: str, href: Links) -> list[list[Any]]:
    marks: list[list[Any]] = []
    for m in reads.mentions(store, doc):
        label = f"{m['label']}: {m['entity_name']}" if m["entity"] else m["label"]
        link = href("entity", m["entity"]) if m["entity"] else None
        marks.append([m["start"], m["end"], "mention", label, link])
    for t in reads.timexes(store, doc):
        vague = t["earliest"] and t["earliest"] != t["latest"]
        bounds = f" [{t['earliest']}..{t['latest']}]" if vague else ""
        marks.append([t["start"], t["end"], "timex", f"{t['type']} {t['value']}{bounds}", None])
    for c in reads.claims(store, doc):
        label = f"claim: {c['subject_text']} {c['attribute']} = {c['value']} (says {c['speaker']})"
        marks.append([c["start"], c["end"], "claim", label, None])
    for e in reads.event_triggers(store, doc):
        label = f"event {e['type']}" + (f" on {e['date']}" if e["date"] else "")
        marks.append([e["start"], e["end"], "event", label, href.event(e["event"])])
    return marks


def doc_model(
    store: Store, doc: str, href: Links, *, removed_limit: int | None = None
) -> dict[str, Any] | None:
    """The reader's JSON for one document, or None when there is no such document."""
    d = reads.document(store, doc)
    if d is None:
        return None
    raw = d.raw_text

    def cut(start: int, end: int) -> str:
        if removed_limit is not None and end - start > removed_limit:
            return raw[start : start + removed_limit] + " [...]"
        return raw[start:end]

    return {
        "id": d.id,
        "path": d.path,
        "title": d.title,
        "outlet": d.outlet,
        "published": d.published,
        "url": d.url,
        "authors": d.authors,
        "kind": d.kind,
        "body": paragraphs(raw, reads.segments(store, doc)),
        "captions": [[s, raw[s:e]] for s, e in reads.captions(store, doc)],
        "removed": [[s, cut(s, e), reason, e - s] for s, e, reason in reads.removed(store, doc)],
        "marks": _marks(store, doc, href),
    }
