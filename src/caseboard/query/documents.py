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


def document(store: Store, doc: str) -> DocText | None:
    rows = store.query(
        "SELECT id, path, title, outlet, published, url, authors, kind, raw_text FROM documents WHERE id = ?",
        [doc],
    )
    if not rows:
        return None
    r = rows[0]
    return DocText(r[0], r[1], r[2], r[3], r[4], r[5], list(r[6] or []), r[7], r[8])


def segments(store: Store, doc: str) -> list[tuple[int, int, int]]:
    """(clean_start, orig_start, length) in clean-text order."""
    return store.query(
        "SELECT clean_start, orig_start, length FROM segments WHERE doc = ? ORDER BY clean_start", [doc]
    )


def removed(store: Store, doc: str) -> list[tuple[int, int, str]]:
    return store.query('SELECT start, "end", reason FROM removed WHERE doc = ? ORDER BY start', [doc])


def captions(store: Store, doc: str) -> list[tuple[int, int]]:
    return store.query('SELECT start, "end" FROM captions WHERE doc = ? ORDER BY start', [doc])


def mentions(store: Store, doc: str) -> list[dict[str, Any]]:
    link = (
        "LEFT JOIN mention_entity me ON me.mention = m.id LEFT JOIN entities e ON e.id = me.entity"
        if has_table(store, "mention_entity")
        else "LEFT JOIN (SELECT NULL AS id, NULL AS name) e ON false"
    )
    return store.query_dicts(
        f'SELECT m.start, m."end", m.text, m.label, e.id AS entity, e.name AS entity_name '
        f"FROM mentions m {link} WHERE m.doc = ? ORDER BY m.start",
        [doc],
    )


def timexes(store: Store, doc: str) -> list[dict[str, Any]]:
    return store.query_dicts(
        'SELECT start, "end", text, type, value, earliest, latest FROM timexes WHERE doc = ? ORDER BY start',
        [doc],
    )


def claims(store: Store, doc: str) -> list[dict[str, Any]]:
    if not has_table(store, "claims"):
        return []
    return store.query_dicts(
        'SELECT id, start, "end", subject_text, attribute, value, speaker FROM claims WHERE doc = ? '
        "ORDER BY start",
        [doc],
    )


def event_triggers(store: Store, doc: str) -> list[dict[str, Any]]:
    if not has_table(store, "event_mentions"):
        return []
    return store.query_dicts(
        'SELECT event, trigger_start AS start, trigger_end AS "end", type, trigger, date '
        "FROM event_mentions WHERE doc = ? ORDER BY trigger_start",
        [doc],
    )


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
        "AND a.entity < b.entity GROUP BY 1, 2 ORDER BY 3 DESC LIMIT ?",
        [top, top * 4],
    )
    return nodes, [(a, b, int(n)) for a, b, n in edges]
