"""The caseboard schema (documented in docs/schema.md).

Per-document tables are written in one transaction per document and keyed by
``doc``; cross-document tables (entities and links) are rebuilt in one
transaction from the per-document tables.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

PER_DOCUMENT_TABLES = (
    "timexes",
    "segments",
    "removed",
    "captions",
    "sentences",
    "tokens",
    "mentions",
    "documents",
)

DDL = [
    """
    CREATE TABLE IF NOT EXISTS meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR
    )""",
    """
    CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR NOT NULL,
        path VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        encoding VARCHAR,
        raw_text VARCHAR NOT NULL,
        raw_length INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        title VARCHAR,
        outlet VARCHAR,
        authors VARCHAR[],
        published VARCHAR,
        published_precision VARCHAR,
        published_source VARCHAR,
        published_start INTEGER,
        published_end INTEGER,
        language VARCHAR,
        url VARCHAR,
        pipeline_key VARCHAR NOT NULL,
        built_at TIMESTAMP DEFAULT current_timestamp
    )""",
    """
    CREATE TABLE IF NOT EXISTS segments (
        doc VARCHAR NOT NULL,
        clean_start INTEGER NOT NULL,
        orig_start INTEGER NOT NULL,
        length INTEGER NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS removed (
        doc VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        reason VARCHAR NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS captions (
        doc VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS sentences (
        doc VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS tokens (
        doc VARCHAR NOT NULL,
        sent INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        lemma VARCHAR,
        pos VARCHAR,
        tag VARCHAR,
        dep VARCHAR,
        head INTEGER,
        ent_type VARCHAR
    )""",
    """
    CREATE TABLE IF NOT EXISTS mentions (
        id VARCHAR NOT NULL,
        doc VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        label VARCHAR NOT NULL,
        sent INTEGER NOT NULL,
        sentence VARCHAR NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS timexes (
        doc VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        granularity VARCHAR NOT NULL,
        earliest VARCHAR,
        latest VARCHAR,
        anchor VARCHAR,
        sent INTEGER,
        anchor_start INTEGER,
        anchor_end INTEGER
    )""",
    """
    CREATE TABLE IF NOT EXISTS skipped (
        path VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        seen_at TIMESTAMP DEFAULT current_timestamp
    )""",
    """
    CREATE TABLE IF NOT EXISTS entities (
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        mention_count INTEGER NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS entity_aliases (
        entity VARCHAR NOT NULL,
        alias VARCHAR NOT NULL,
        count INTEGER NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS entity_documents (
        entity VARCHAR NOT NULL,
        doc VARCHAR NOT NULL,
        count INTEGER NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS mention_entity (
        mention VARCHAR NOT NULL,
        entity VARCHAR NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS resolution_log (
        rule VARCHAR NOT NULL,
        action VARCHAR NOT NULL,
        a VARCHAR,
        b VARCHAR,
        detail VARCHAR
    )""",
]

INDEXES: list[str] = []

# Columns added after a table was first released: applied to a store opened for writing, so a
# caseboard built by an earlier version gains them (empty until its documents are built again).
ADDED_COLUMNS: list[tuple[str, str, str]] = [
    ("documents", "published_source", "VARCHAR"),
    ("documents", "published_start", "INTEGER"),
    ("documents", "published_end", "INTEGER"),
    ("timexes", "anchor_start", "INTEGER"),
    ("timexes", "anchor_end", "INTEGER"),
]
MIGRATIONS = [f"ALTER TABLE {t} ADD COLUMN IF NOT EXISTS {c} {kind}" for t, c, kind in ADDED_COLUMNS]
