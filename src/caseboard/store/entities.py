"""Cross-document entity tables, rebuilt in one transaction from a resolution."""

from __future__ import annotations

from caseboard.records import Entity
from caseboard.resolve import Resolution
from caseboard.store.db import Store

ENTITY_TABLES = ("entities", "entity_aliases", "entity_documents", "mention_entity", "resolution_log")


def write_resolution(store: Store, resolution: Resolution) -> None:
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
        log = resolution.decisions
        store.insert_columns(
            "resolution_log",
            {
                "rule": [d.rule for d in log],
                "action": [d.action for d in log],
                "a": [d.left for d in log],
                "b": [d.right for d in log],
                "detail": [" ".join(d.evidence) for d in log],
            },
        )
