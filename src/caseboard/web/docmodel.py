"""A document as the reader shows it: body runs, captions, removed spans and marks, all in original offsets.

The model is plain JSON. ``static/docview.js`` renders it with ``textContent`` only, so no
article text is ever parsed as HTML, in the server's reader and in the single-file report alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from caseboard.query.documents_many import document_parts
from caseboard.store import Store
from caseboard.web.links import Links

Run = list[Any]  # [start, text]


def paragraphs(raw: str, segs: list[tuple[int, int, int]]) -> list[list[Run]]:
    """Body runs grouped in paragraphs (segments are (clean_start, orig_start, length)): a gap in the
    clean text is a paragraph break."""
    out: list[list[Run]] = []
    clean_end = None
    for clean_start, orig_start, length in segs:
        if clean_end is None or clean_start > clean_end:
            out.append([])
        out[-1].append([orig_start, raw[orig_start : orig_start + length]])
        clean_end = clean_start + length
    return out


def timex_label(t: dict[str, Any], raw: str) -> str:
    """A time expression's tooltip: its value, its bounds when vague, and for one counted from another
    expression ("two days later") the text of that expression, so the reader can check the count."""
    vague = t["earliest"] and t["earliest"] != t["latest"]
    label = f"{t['type']} {t['value']}" + (f" [{t['earliest']}..{t['latest']}]" if vague else "")
    start, end = t.get("anchor_start"), t.get("anchor_end")  # only if the reader read them
    if t.get("anchor") == "narrative" and start is not None and end is not None and start < end:
        label += f", counted from «{' '.join(raw[start:end].split())}»"
    return label


def _marks(parts: dict[str, Any], href: Links) -> list[list[Any]]:
    marks: list[list[Any]] = []
    raw = parts["doc"].raw_text
    for m in parts["mentions"]:
        label = f"{m['label']}: {m['entity_name']}" if m["entity"] else m["label"]
        link = href("entity", m["entity"]) if m["entity"] else None
        marks.append([m["start"], m["end"], "mention", label, link])
    for t in parts["timexes"]:
        marks.append([t["start"], t["end"], "timex", timex_label(t, raw), None])
    for c in parts["claims"]:
        label = f"claim: {c['subject_text']} {c['attribute']} = {c['value']} (says {c['speaker']})"
        marks.append([c["start"], c["end"], "claim", label, None])
    for e in parts["events"]:
        label = f"event {e['type']}" + (f" on {e['date']}" if e["date"] else "")
        marks.append([e["start"], e["end"], "event", label, href.event(e["event"], parts["doc"].id)])
    return marks


def model_of(parts: dict[str, Any], href: Links, removed_limit: int | None = None) -> dict[str, Any]:
    """The reader's JSON for one document from its rows (``caseboard.query.documents_many``)."""
    d = parts["doc"]
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
        "body": paragraphs(
            raw, [(s["clean_start"], s["orig_start"], s["length"]) for s in parts["segments"]]
        ),
        "captions": [[c["start"], raw[c["start"] : c["end"]]] for c in parts["captions"]],
        "removed": [
            [r["start"], cut(r["start"], r["end"]), r["reason"], r["end"] - r["start"]]
            for r in parts["removed"]
        ],  # fmt: skip
        "marks": _marks(parts, href),
    }


def doc_model(
    store: Store, doc: str, href: Links, *, removed_limit: int | None = None
) -> dict[str, Any] | None:
    """The reader's JSON for one document, or None when there is no such document."""
    for parts in document_parts(store, [doc]):
        return model_of(parts, href, removed_limit)
    return None


def doc_models(
    store: Store, docs: list[str], href: Links, *, removed_limit: int | None = None
) -> Iterator[tuple[dict[str, Any], list[tuple[int, int]], int]]:
    """(model, sentence bounds, raw length) for many documents, reading each table once per batch."""
    for parts in document_parts(store, docs):
        sentences = [(s["start"], s["end"]) for s in parts["sentences"]]
        yield model_of(parts, href, removed_limit), sentences, len(parts["doc"].raw_text)
