"""Cross-document entity tables, rebuilt in one transaction from a resolution."""

from __future__ import annotations

from typing import Any

from caseboard.records import Entity
from caseboard.store.db import Store

ENTITY_TABLES = ("entities", "entity_aliases", "entity_documents", "mention_entity", "resolution_log")


def write_resolution(store: Store, resolution: Any) -> None:
    """Replace the entity tables with ``resolution`` (entities, links, decisions)."""
    entities: list[Entity] = resolution.entities
    with store.transaction():
        for table in ENTITY_TABLES:
            store.con.execute(f"DELETE FROM {table}")
        store.insert_columns(
            "entities",
            {
                "id": [e.id for e in entities],
                "name": [e.name for e in entities],
                "type": [e.type for e in entities],
                "mention_count": [e.mention_count for e in entities],
            },
        )
        aliases = [(e.id, alias, n) for e in entities for alias, n in e.aliases.items()]
        store.insert_columns(
            "entity_aliases",
            {
                "entity": [a[0] for a in aliases],
                "alias": [a[1] for a in aliases],
                "count": [a[2] for a in aliases],
            },
        )
        docs = [(e.id, doc, n) for e in entities for doc, n in e.documents.items()]
        store.insert_columns(
            "entity_documents",
            {"entity": [d[0] for d in docs], "doc": [d[1] for d in docs], "count": [d[2] for d in docs]},
        )
        links = sorted(resolution.links.items())
        store.insert_columns(
            "mention_entity", {"mention": [m for m, _ in links], "entity": [e for _, e in links]}
        )
        log = [_decision_row(d) for d in getattr(resolution, "decisions", [])]
        store.insert_columns(
            "resolution_log",
            {
                "rule": [r[0] for r in log],
                "action": [r[1] for r in log],
                "a": [r[2] for r in log],
                "b": [r[3] for r in log],
                "detail": [r[4] for r in log],
            },
        )


def _decision_row(decision: Any) -> tuple[str, str, str | None, str | None, str | None]:
    get = lambda name: getattr(decision, name, None)  # noqa: E731
    return (
        str(get("rule") or ""),
        str(get("action") or "merge"),
        get("a"),
        get("b"),
        str(get("detail") or get("evidence") or "") or None,
    )
