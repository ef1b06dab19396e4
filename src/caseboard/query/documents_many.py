"""The reader's rows for many documents at once: one scan per table per batch instead of one per document.

The per-document reads in ``caseboard.query.documents`` each scan their whole table (DuckDB keeps no
index on ``doc``), which made a report of N documents cost N full scans of every table. Here each table
is read once per batch of ids, and the rows are handed back grouped by document, in the same shapes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from caseboard.query import documents as reads
from caseboard.store import Store

BATCH = 400
_IN = "doc IN (SELECT unnest(?::VARCHAR[]))"


def _grouped(store: Store, sql: str, docs: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Rows of ``sql`` (which selects a ``doc`` column and holds one ``{IN}``) grouped by document."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.query_dicts(sql.format(IN=_IN), [docs]):
        out[row.pop("doc")].append(row)
    return out


def _documents(store: Store, docs: list[str]) -> dict[str, reads.DocText]:
    rows = store.query(
        "SELECT id, path, title, outlet, published, url, authors, kind, raw_text FROM documents "
        f"WHERE {_IN.replace('doc IN', 'id IN')}",
        [docs],
    )
    return {
        r[0]: reads.DocText(r[0], r[1], r[2], r[3], r[4], r[5], list(r[6] or []), r[7], r[8]) for r in rows
    }


def _mentions_sql(store: Store) -> str:
    if reads.has_table(store, "mention_entity"):
        link = "LEFT JOIN mention_entity me ON me.mention = m.id LEFT JOIN entities e ON e.id = me.entity"
    else:
        link = "LEFT JOIN (SELECT NULL AS id, NULL AS name) e ON false"
    return (
        'SELECT m.doc, m.start, m."end", m.text, m.label, e.id AS entity, e.name AS entity_name '
        f"FROM (SELECT * FROM mentions WHERE {{IN}}) m {link} ORDER BY m.doc, m.start"
    )


def _parts_sql(store: Store) -> dict[str, str]:
    sql = {
        "segments": "SELECT doc, clean_start, orig_start, length FROM segments WHERE {IN} "
        "ORDER BY doc, clean_start",
        "captions": 'SELECT doc, start, "end" FROM captions WHERE {IN} ORDER BY doc, start',
        "removed": 'SELECT doc, start, "end", reason FROM removed WHERE {IN} ORDER BY doc, start',
        "mentions": _mentions_sql(store),
        "timexes": 'SELECT doc, start, "end", text, type, value, earliest, latest, anchor, anchor_start, '
        "anchor_end FROM timexes WHERE {IN} ORDER BY doc, start",
        "sentences": 'SELECT doc, start, "end" FROM sentences WHERE {IN} ORDER BY doc, start',
    }
    if reads.has_table(store, "claims"):
        sql["claims"] = (
            'SELECT doc, id, start, "end", subject_text, attribute, value, speaker FROM claims WHERE {IN} '
            "ORDER BY doc, start"
        )
    if reads.has_table(store, "event_mentions"):
        sql["events"] = (
            'SELECT doc, event, trigger_start AS start, trigger_end AS "end", type, trigger, date '
            "FROM event_mentions WHERE {IN} ORDER BY doc, trigger_start"
        )
    return sql


def document_parts(store: Store, docs: list[str], batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """For each id in ``docs`` that exists, in order: {"doc": DocText, "segments": [...], ...} with the
    rows of every table the reader marks (missing tables give empty lists)."""
    sql = _parts_sql(store)
    for i in range(0, len(docs), batch):
        chunk = docs[i : i + batch]
        found = _documents(store, chunk)
        tables = {name: _grouped(store, q, chunk) for name, q in sql.items()}
        for doc in chunk:
            if doc in found:
                parts = {name: rows.get(doc, []) for name, rows in tables.items()}
                yield {"doc": found[doc], "claims": [], "events": []} | parts
