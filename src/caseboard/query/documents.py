"""Documents as readers see them: sources, text regions and what is marked in them.

Every function is read-only and takes the document id as a bound parameter
(callers validate ids first).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caseboard.store import Store


@dataclass(slots=True)
class SourceRow:
    id: str
    path: str
    title: str | None
    outlet: str | None
    published: str | None
    kind: str
    raw_length: int
    text_length: int
    removed: dict[str, int] = field(default_factory=dict)  # reason -> characters removed
    mentions: int = 0


@dataclass(slots=True)
class DocText:
    id: str
    path: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    authors: list[str]
    kind: str
    raw_text: str


def has_table(store: Store, name: str) -> bool:
    found = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])
    return bool(found[0][0])


def sources(store: Store) -> list[SourceRow]:
    rows = store.query(
        "SELECT id, path, title, outlet, published, kind, raw_length, length(text), "
        "(SELECT count(*) FROM mentions m WHERE m.doc = d.id) FROM documents d ORDER BY published, path"
    )
    removed: dict[str, dict[str, int]] = {}
    for doc, reason, chars in store.query(
        'SELECT doc, reason, sum("end" - start) FROM removed GROUP BY doc, reason ORDER BY 3 DESC'
    ):
        removed.setdefault(doc, {})[reason] = int(chars)
    return [SourceRow(*r[:8], removed=removed.get(r[0], {}), mentions=r[8]) for r in rows]


def labels(store: Store) -> dict[str, str]:
    """Document id -> how a reader names it: outlet and title, else title, else the file name."""
    out = {}
    for doc, path, title, outlet in store.query("SELECT id, path, title, outlet FROM documents"):
        short = (title[:70] + "…") if title and len(title) > 72 else title
        name = path.rsplit("/", 1)[-1]
        out[doc] = f"{outlet}: {short}" if outlet and short else (short or outlet or name)
    return out


def cooccurrence(store: Store, top: int) -> tuple[list[dict[str, Any]], list[tuple[str, str, int]]]:
    """The ``top`` most mentioned entities and how many sentences each pair shares."""
    if not has_table(store, "entities"):
        return [], []
    nodes = store.query_dicts(
        "SELECT id, name, type, mention_count FROM entities ORDER BY mention_count DESC, name LIMIT ?", [top]
    )
    if not nodes:
        return [], []
    edges = store.query(
        "WITH top AS (SELECT id FROM entities ORDER BY mention_count DESC, name LIMIT ?), "
        "s AS (SELECT DISTINCT m.doc, m.sent, me.entity FROM mentions m "
        "JOIN mention_entity me ON me.mention = m.id WHERE me.entity IN (SELECT id FROM top)) "
        "SELECT a.entity, b.entity, count(*) FROM s a JOIN s b ON a.doc = b.doc AND a.sent = b.sent "
        "AND a.entity < b.entity GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
        [top, top * 4],
    )
    return nodes, [(a, b, int(n)) for a, b, n in edges]
