"""Tables and reads of search and ask (documented in docs/ask.md).

``search_index`` holds the serialized BM25 index (one BLOB per file of the index) and
``search_rows`` maps each index row to its sentence, so one DuckDB file is one caseboard.
The reads below serve ``caseboard.query.search`` and ``caseboard.query.ask``: sentences with
their sources, and the mentions, time expressions, claims and events of given sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from caseboard.store.db import Store

DDL = [
    "CREATE TABLE IF NOT EXISTS search_index (name VARCHAR NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS search_rows (row INTEGER NOT NULL, doc VARCHAR NOT NULL, "
    "sent INTEGER NOT NULL)",
]
TABLES = ("search_index", "search_rows")
STAMP_KEY = "search_index_stamp"

SentenceKey = tuple[str, int]  # (doc, sentence index)


def ensure_tables(store: Store) -> None:
    for statement in DDL:
        store.con.execute(statement)


def has_table(store: Store, name: str) -> bool:
    found = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])
    return bool(found[0][0])


def has_rows(store: Store, name: str) -> bool:
    return has_table(store, name) and bool(store.query(f"SELECT count(*) FROM {name}")[0][0])


# ------------------------------------------------------------------ the index


def iter_sentence_texts(store: Store) -> Iterator[tuple[str, int, str]]:
    """(doc, idx, text) of every stored sentence, in a stable order."""
    yield from store.iter_rows("SELECT doc, idx, text FROM sentences ORDER BY doc, idx", size=5000)


def write_index(store: Store, files: dict[str, bytes], rows: list[SentenceKey], stamp: str) -> None:
    """Replace the stored index in one transaction."""
    ensure_tables(store)
    with store.transaction():
        for table in TABLES:
            store.con.execute(f"DELETE FROM {table}")
        store.insert_columns("search_index", {"name": list(files), "data": list(files.values())})
        store.insert_columns(
            "search_rows",
            {"row": list(range(len(rows))), "doc": [r[0] for r in rows], "sent": [r[1] for r in rows]},
        )
        store.set_meta(STAMP_KEY, stamp)


def read_index(store: Store) -> tuple[dict[str, bytes], list[SentenceKey]] | None:
    """The stored index files and row map, or None when no index was stored."""
    if not has_rows(store, "search_index"):
        return None
    files = {name: bytes(data) for name, data in store.query("SELECT name, data FROM search_index")}
    rows = [(d, s) for d, s in store.query("SELECT doc, sent FROM search_rows ORDER BY row")]
    return files, rows


def index_stamp(store: Store) -> str | None:
    return store.meta(STAMP_KEY) if has_rows(store, "search_index") else None


def content_stamp(store: Store) -> str:
    """Changes whenever the stored sentences change (documents built, removed or rebuilt)."""
    row = store.query("SELECT count(*), coalesce(max(built_at)::VARCHAR, '') FROM documents")[0]
    return f"{row[0]}:{row[1]}"


# ------------------------------------------------------------------ sentences and their sources


def sentence_rows(store: Store, keys: Sequence[SentenceKey]) -> dict[SentenceKey, dict[str, Any]]:
    """doc, path, outlet, idx, start, end, text of the given sentences."""
    if not keys:
        return {}
    rows = store.query_dicts(
        'SELECT s.doc, d.path, d.outlet, s.idx, s.start, s."end", s.text FROM sentences s '
        "JOIN documents d ON d.id = s.doc "
        "JOIN (SELECT unnest(?) AS doc, unnest(?) AS idx) k ON k.doc = s.doc AND k.idx = s.idx",
        [[k[0] for k in keys], [k[1] for k in keys]],
    )
    return {(r["doc"], r["idx"]): r for r in rows}


def entity_ids_named(store: Store, name: str) -> list[str]:
    """Entities whose name or an alias equals ``name`` (case-insensitive), most mentioned first."""
    if not has_rows(store, "entities"):
        return []
    rows = store.query(
        "SELECT DISTINCT e.id, e.mention_count FROM entities e LEFT JOIN entity_aliases a ON a.entity = e.id "
        "WHERE lower(e.name) = lower(?) OR lower(a.alias) = lower(?) ORDER BY e.mention_count DESC",
        [name, name],
    )
    return [r[0] for r in rows]


def entity_sentences(store: Store, entity_ids: Sequence[str]) -> set[SentenceKey]:
    """Sentences with a mention linked to one of the entities."""
    rows = store.query(
        "SELECT DISTINCT m.doc, m.sent FROM mentions m JOIN mention_entity me ON me.mention = m.id "
        "WHERE list_contains(?, me.entity)",
        [list(entity_ids)],
    )
    return {(d, s) for d, s in rows}


def sentences_mentioning(store: Store, text: str) -> set[SentenceKey]:
    """Sentences with a mention whose text contains ``text`` (used when entities are not resolved)."""
    rows = store.query(
        "SELECT DISTINCT doc, sent FROM mentions WHERE contains(lower(text), lower(?))", [text.strip()]
    )
    return {(d, s) for d, s in rows}


def entity_names(store: Store) -> list[tuple[str, str, str, int]]:
    """(entity id, name or alias, type, mention count) of every entity; mentions when unresolved."""
    if has_rows(store, "entities"):
        sql = (
            "SELECT e.id, a.alias, e.type, e.mention_count FROM entity_aliases a JOIN entities e "
            "ON e.id = a.entity UNION SELECT id, name, type, mention_count FROM entities"
        )
    else:
        sql = "SELECT lower(text), text, label, count(*) FROM mentions GROUP BY lower(text), text, label"
    return [(r[0], r[1], r[2], r[3]) for r in store.query(sql)]


def main_person(store: Store) -> tuple[str, str] | None:
    """(id, name) of the most mentioned person: whom "he" or "she" means in a question."""
    if has_rows(store, "entities"):
        rows = store.query(
            "SELECT id, name FROM entities WHERE type = 'PERSON' ORDER BY mention_count DESC, name LIMIT 1"
        )
    else:
        rows = store.query(
            "SELECT lower(text), text FROM mentions WHERE label = 'PERSON' "
            "GROUP BY lower(text), text ORDER BY count(*) DESC, text LIMIT 1"
        )
    return (rows[0][0], rows[0][1]) if rows else None


def _key_filter(keys: Sequence[SentenceKey], alias: str = "x") -> tuple[str, list]:
    join = (
        "JOIN (SELECT unnest(?) AS doc, unnest(?) AS sent) k "
        f"ON k.doc = {alias}.doc AND k.sent = {alias}.sent"
    )
    return join, [[k[0] for k in keys], [k[1] for k in keys]]


def mentions_in(store: Store, keys: Sequence[SentenceKey]) -> list[dict[str, Any]]:
    """Mentions of the given sentences with their entity id (None when unresolved)."""
    if not keys:
        return []
    join, params = _key_filter(keys)
    linked = has_table(store, "mention_entity") and has_table(store, "entities")
    columns = "me.entity, coalesce(e.type, x.label)" if linked else "NULL, x.label"
    link = (
        "LEFT JOIN mention_entity me ON me.mention = x.id LEFT JOIN entities e ON e.id = me.entity"
        if linked
        else ""
    )
    return store.query_dicts(
        f'SELECT x.doc, x.sent, x.start, x."end", x.text, x.label, {columns.split(", ")[0]} AS entity, '
        f"{columns.split(', ', 1)[1]} AS entity_type FROM mentions x {link} {join} ORDER BY x.doc, x.start",
        params,
    )


def timexes_in(store: Store, keys: Sequence[SentenceKey]) -> list[dict[str, Any]]:
    if not keys:
        return []
    join, params = _key_filter(keys)
    return store.query_dicts(
        'SELECT x.doc, x.sent, x.start, x."end", x.text, x.type, x.value, x.granularity, x.earliest, '
        f"x.latest FROM timexes x {join} ORDER BY x.doc, x.start",
        params,
    )


def tokens_in(store: Store, keys: Sequence[SentenceKey]) -> list[dict[str, Any]]:
    if not keys:
        return []
    join, params = _key_filter(keys)
    return store.query_dicts(
        'SELECT x.doc, x.sent, x.idx, x.start, x."end", x.text, x.lemma, x.pos, x.dep, x.head, x.ent_type '
        f"FROM tokens x {join} ORDER BY x.doc, x.idx",
        params,
    )


# ------------------------------------------------------------------ structured evidence (other stages)


def claims_about(store: Store, subjects: Sequence[str], attributes: Sequence[str]) -> list[dict[str, Any]]:
    """Claims whose subject (entity id or surface key) is one of ``subjects``, with their sources."""
    if not has_rows(store, "claims") or not subjects:
        return []
    return store.query_dicts(
        'SELECT c.doc, c.sent, c.start, c."end", c.quote, c.subject, c.subject_text, c.attribute, c.value, '
        "c.value_type, c.earliest, c.latest, c.number, c.speaker, c.negated, d.path, d.outlet "
        "FROM claims c JOIN documents d ON d.id = c.doc "
        "WHERE (list_contains(?, c.subject) OR list_contains(?, lower(c.subject_text))) "
        "AND list_contains(?, c.attribute) AND NOT c.negated ORDER BY d.path, c.start",
        [list(subjects), [s.lower() for s in subjects], list(attributes)],
    )


def event_mentions_with(
    store: Store, entity_ids: Sequence[str], types: Sequence[str]
) -> list[dict[str, Any]]:
    """Event mentions of the given types whose agent or patient is one of the entities (or names)."""
    if not has_rows(store, "event_mentions") or not entity_ids:
        return []
    names = [e.lower() for e in entity_ids]
    return store.query_dicts(
        'SELECT m.doc, m.sent, m.start, m."end", m.quote, m.type, m.trigger, m.agent, m.agent_text, '
        "m.patient, m.patient_text, m.place, m.place_text, m.date, m.earliest, m.latest, m.granularity, "
        "m.date_source, d.path, d.outlet FROM event_mentions m JOIN documents d ON d.id = m.doc "
        "WHERE list_contains(?, m.type) AND (list_contains(?, m.agent) OR list_contains(?, m.patient) "
        "OR list_contains(?, lower(m.agent_text)) OR list_contains(?, lower(m.patient_text))) "
        "ORDER BY d.path, m.start",
        [list(types), list(entity_ids), list(entity_ids), names, names],
    )


def person_mentions_starting(store: Store, prefix: str) -> list[tuple[str, int, str]]:
    """(doc, sentence, text) of the person mentions whose text starts with ``prefix`` (lowercase)."""
    return store.query(
        "SELECT DISTINCT doc, sent, text FROM mentions "
        "WHERE label = 'PERSON' AND starts_with(lower(text), ?)",
        [prefix],
    )


def raw_texts(store: Store, docs: Sequence[str]) -> dict[str, str]:
    """The original text of each of ``docs``."""
    return dict(store.query("SELECT id, raw_text FROM documents WHERE list_contains(?, id)", [list(docs)]))


def narrative_event_mentions(store: Store, types: Sequence[str]) -> list[dict[str, Any]]:
    """Event mentions of ``types`` dated from the narrative (the sentence before theirs), with a date."""
    if not has_rows(store, "event_mentions"):
        return []
    return store.query_dicts(
        "SELECT m.doc, m.sent, m.patient, m.patient_text, m.date, m.earliest, m.latest FROM event_mentions m "
        "WHERE m.date_source = 'narrative' AND m.earliest IS NOT NULL AND list_contains(?, m.type)",
        [list(types)],
    )


def count_attribute_names(store: Store) -> list[str]:
    """The claims' count attributes ("count:killed", "count:barrels")."""
    return [r[0] for r in store.query("SELECT DISTINCT attribute FROM claims WHERE attribute LIKE 'count:%'")]
