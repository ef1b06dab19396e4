"""The JSON export (format ``caseboard/1``, documented in docs/export.md).

Written as a stream: one document, mention or entity at a time, so the
export of a large caseboard never holds the corpus in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from caseboard import __version__
from caseboard.export import claims_export, timeline_export
from caseboard.store import Store

FORMAT = "caseboard/1"

Section = Callable[[Store], Iterator[dict[str, Any]]]


def _documents(store: Store) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT id, path, sha256, title, outlet, authors, published, published_precision, language, url, "
        "text, raw_length, kind, encoding, published_source, published_start, published_end "
        "FROM documents ORDER BY path"
    )
    for row in store.iter_rows(sql, size=50):
        (
            doc,
            path,
            sha,
            title,
            outlet,
            authors,
            published,
            precision,
            lang,
            url,
            text,
            raw_len,
            kind,
            enc,
            *published_from,
        ) = row
        yield {
            "id": doc,
            "path": path,
            "sha256": sha,
            "title": title,
            "outlet": outlet,
            "authors": list(authors or []),
            "published": published,
            "published_precision": precision,
            "published_from": dict(zip(("source", "start", "end"), published_from, strict=True)),
            "language": lang,
            "url": url,
            "kind": kind,
            "encoding": enc,
            "text": text,
            "captions": [
                {"start": s, "end": e, "text": t}
                for s, e, t in store.query(
                    'SELECT start, "end", text FROM captions WHERE doc = ? ORDER BY start', [doc]
                )
            ],
            "removed": [
                {"start": s, "end": e, "reason": r}
                for s, e, r in store.query(
                    'SELECT start, "end", reason FROM removed WHERE doc = ? ORDER BY start', [doc]
                )
            ],
            "raw_length": raw_len,
        }


def _mentions(store: Store) -> Iterator[dict[str, Any]]:
    sql = (
        'SELECT m.doc, m.start, m."end", m.text, m.label, m.sentence, me.entity '
        "FROM mentions m LEFT JOIN mention_entity me ON me.mention = m.id "
        'JOIN documents d ON d.id = m.doc ORDER BY d.path, m.start, m."end"'
    )
    for doc, start, end, text, label, sentence, entity in store.iter_rows(sql):
        yield {
            "doc": doc,
            "start": start,
            "end": end,
            "text": text,
            "label": label,
            "sentence": sentence,
            "entity": entity,
        }


def _entities(store: Store) -> Iterator[dict[str, Any]]:
    sql = "SELECT id, name, type, mention_count FROM entities ORDER BY mention_count DESC, name"
    for eid, name, etype, count in store.iter_rows(sql):
        aliases = store.query(
            "SELECT alias, count FROM entity_aliases WHERE entity = ? ORDER BY count DESC, alias", [eid]
        )
        docs = store.query("SELECT doc, count FROM entity_documents WHERE entity = ? ORDER BY doc", [eid])
        yield {
            "id": eid,
            "name": name,
            "type": etype,
            "aliases": [a for a, _ in aliases],
            "alias_counts": dict(aliases),
            "mention_count": count,
            "documents": [d for d, _ in docs],
            "document_counts": dict(docs),
        }


SECTIONS: dict[str, Section] = {
    "documents": _documents,
    "mentions": _mentions,
    "entities": _entities,
    "timexes": timeline_export.timexes,
    "events": timeline_export.events,
    "claims": claims_export.claims,
    "claim_clusters": claims_export.claim_clusters,
    "conflicts": claims_export.conflicts,
    "framing": claims_export.framing,
}


def write_json(store: Store, out: IO[str]) -> dict[str, int]:
    """Write the whole caseboard as one JSON object; return item counts per section."""
    counts: dict[str, int] = {}
    out.write(f'{{"format": {json.dumps(FORMAT)}, "generator": {json.dumps(f"caseboard {__version__}")}')
    for name, section in SECTIONS.items():
        out.write(f', "{name}": [')
        n = 0
        for item in section(store):
            out.write(("\n  " if n == 0 else ",\n  ") + json.dumps(item, ensure_ascii=False))
            n += 1
        out.write("\n]" if n else "]")
        counts[name] = n
    out.write("}\n")
    return counts
