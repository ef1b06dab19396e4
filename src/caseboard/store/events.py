"""Event tables: read a document's rows for the events stage, write mentions and groups, read them back.

Tables (documented in docs/events.md): ``events`` (one row per group of mentions of the same
happening), ``event_mentions`` (each source's version, with evidence), ``event_participants``.
"""

from __future__ import annotations

from collections.abc import Iterator

from caseboard.extract.events_records import Argument, DocumentRows, EventDate, EventGroup, EventMention
from caseboard.records import Mention, Sentence, Timex, Token
from caseboard.store.db import Store

DDL = [
    """
    CREATE TABLE IF NOT EXISTS events (
        id VARCHAR NOT NULL, type VARCHAR NOT NULL, date VARCHAR, earliest VARCHAR, latest VARCHAR,
        granularity VARCHAR NOT NULL, date_source VARCHAR NOT NULL, summary VARCHAR NOT NULL,
        place VARCHAR, place_text VARCHAR, mention_count INTEGER NOT NULL, doc_count INTEGER NOT NULL
    )""",
    """
    CREATE TABLE IF NOT EXISTS event_mentions (
        id VARCHAR NOT NULL, event VARCHAR NOT NULL, doc VARCHAR NOT NULL, sent INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote VARCHAR NOT NULL, type VARCHAR NOT NULL,
        trigger VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        agent VARCHAR, agent_text VARCHAR, patient VARCHAR, patient_text VARCHAR,
        place VARCHAR, place_text VARCHAR, date VARCHAR, earliest VARCHAR, latest VARCHAR,
        granularity VARCHAR NOT NULL, date_source VARCHAR NOT NULL, age INTEGER
    )""",
    """
    CREATE TABLE IF NOT EXISTS event_participants (
        event VARCHAR NOT NULL, role VARCHAR NOT NULL, entity VARCHAR, text VARCHAR NOT NULL
    )""",
]
TABLES = ("events", "event_mentions", "event_participants")


def ensure_tables(store: Store) -> None:
    for statement in DDL:
        store.con.execute(statement)


def has_events(store: Store) -> bool:
    found = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'events'")
    return bool(found[0][0])


# ---------------------------------------------------------------------------------------- reading input


def iter_document_rows(store: Store) -> Iterator[DocumentRows]:
    """One document at a time: its sentences, parsed tokens, mentions with entities, time expressions."""
    docs = store.query("SELECT id, published FROM documents ORDER BY path")
    names, types = canonical_names(store)
    for doc, published in docs:
        raw = store.query("SELECT raw_text FROM documents WHERE id = ?", [doc])[0][0]
        yield DocumentRows(
            doc, raw, published, _sentences(store, doc), _tokens(store, doc), _mentions(store, doc),
            _timexes(store, doc), _entity_links(store, doc), names, types,
        )  # fmt: skip


def canonical_names(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """Entity id -> canonical name, and -> type (both empty before entity resolution has run)."""
    found = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'entities'")
    rows = store.query("SELECT id, name, type FROM entities") if found[0][0] else []
    return {i: n for i, n, _ in rows}, {i: t for i, _, t in rows}


def _sentences(store: Store, doc: str) -> list[Sentence]:
    sql = 'SELECT idx, start, "end", text FROM sentences WHERE doc = ? ORDER BY idx'
    return [Sentence(doc, i, s, e, t) for i, s, e, t in store.query(sql, [doc])]


def _tokens(store: Store, doc: str) -> list[Token]:
    sql = (
        'SELECT sent, idx, start, "end", text, lemma, pos, tag, dep, head, ent_type FROM tokens '
        "WHERE doc = ? ORDER BY idx"
    )
    return [Token(doc, *row) for row in store.query(sql, [doc])]


def _mentions(store: Store, doc: str) -> list[Mention]:
    sql = 'SELECT id, start, "end", text, label, sent, sentence FROM mentions WHERE doc = ? ORDER BY start'
    return [
        Mention(i, doc, s, e, t, lab, sent, sentence)
        for i, s, e, t, lab, sent, sentence in store.query(sql, [doc])
    ]


def _timexes(store: Store, doc: str) -> list[Timex]:
    sql = (
        'SELECT start, "end", text, type, value, granularity, earliest, latest, anchor FROM timexes '
        "WHERE doc = ? ORDER BY start"
    )
    return [Timex(*row, doc=doc) for row in store.query(sql, [doc])]


def _entity_links(store: Store, doc: str) -> dict[str, str]:
    sql = (
        "SELECT me.mention, me.entity FROM mention_entity me JOIN mentions m ON m.id = me.mention "
        "WHERE m.doc = ?"
    )
    return dict(store.query(sql, [doc]))


# ---------------------------------------------------------------------------------------- writing


def write_events(store: Store, groups: list[EventGroup]) -> None:
    """Replace all event tables in one transaction."""
    with store.transaction():
        for table in TABLES:
            store.con.execute(f"DELETE FROM {table}")
        store.insert_columns("events", _group_columns(groups))
        store.insert_columns("event_mentions", _mention_columns(groups))
        rows = [(g.id, role, a.entity, a.text) for g in groups for role, a in g.participants]
        if g_place := [(g.id, "place", g.place.entity, g.place.text) for g in groups if g.place]:
            rows.extend(g_place)
        store.insert_columns(
            "event_participants",
            {name: [r[i] for r in rows] for i, name in enumerate(("event", "role", "entity", "text"))},
        )


def _arg(a: Argument | None) -> tuple[str | None, str | None]:
    return (None, None) if a is None else (a.entity, a.text)


def _group_columns(groups: list[EventGroup]) -> dict[str, list]:
    cols: dict[str, list] = {k: [] for k in ("id", "type", "date", "earliest", "latest", "granularity",
                                             "date_source", "summary", "place", "place_text",
                                             "mention_count", "doc_count")}  # fmt: skip
    for g in groups:
        place, place_text = _arg(g.place)
        values = (g.id, g.type, g.date.value, g.date.earliest, g.date.latest, g.date.granularity,
                  g.date.source, g.summary, place, place_text, len(g.members), len(g.documents))  # fmt: skip
        for key, value in zip(cols, values, strict=True):
            cols[key].append(value)
    return cols


def _mention_columns(groups: list[EventGroup]) -> dict[str, list]:
    names = ("id", "event", "doc", "sent", "start", "end", "quote", "type", "trigger", "trigger_start",
             "trigger_end", "agent", "agent_text", "patient", "patient_text", "place", "place_text",
             "date", "earliest", "latest", "granularity", "date_source", "age")  # fmt: skip
    cols: dict[str, list] = {k: [] for k in names}
    for g in groups:
        for m in g.members:
            d = m.date
            values = (m.id, g.id, m.doc, m.sent, m.start, m.end, m.quote, m.type, m.trigger, m.trigger_start,
                      m.trigger_end, *_arg(m.agent), *_arg(m.patient), *_arg(m.place), d.value, d.earliest,
                      d.latest, d.granularity, d.source, m.age)  # fmt: skip
            for key, value in zip(names, values, strict=True):
                cols[key].append(value)
    return cols


# ---------------------------------------------------------------------------------------- reading output

GROUP_COLUMNS = "id, type, date, earliest, latest, granularity, date_source, summary, place, place_text"
MENTION_COLUMNS = (
    'id, doc, sent, start, "end", quote, type, trigger, trigger_start, trigger_end, agent, agent_text, '
    "patient, patient_text, place, place_text, date, earliest, latest, granularity, date_source, age"
)


def iter_groups(store: Store, *, dated_only: bool = False) -> Iterator[EventGroup]:
    """Stored event groups in date order, each with its members and participants."""
    if not has_events(store):
        return
    where = "WHERE date_source <> 'publication'" if dated_only else ""
    sql = (
        f"SELECT {GROUP_COLUMNS} FROM events {where} ORDER BY coalesce(earliest, latest, '9999'), latest, id"
    )
    # every group's members and participants in two reads, not two queries per group (40,000 groups
    # in Timeline17 made that 80,000 scans of event_mentions)
    members = _by_event(
        store, f"SELECT event, {MENTION_COLUMNS} FROM event_mentions ORDER BY event, doc, start, rowid"
    )
    roles = _by_event(
        store,
        "SELECT event, role, entity, text FROM event_participants WHERE role <> 'place' "
        "ORDER BY event, rowid",
    )
    for row in store.query(sql):
        yield _group(row, members.get(row[0], []), roles.get(row[0], []))


def _by_event(store: Store, sql: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for row in store.iter_rows(sql, size=5000):
        out.setdefault(row[0], []).append(row[1:])
    return out


def _group(row: tuple, member_rows: list[tuple], parts: list[tuple]) -> EventGroup:
    gid, type_, value, earliest, latest, gran, source, summary, place, place_text = row
    members = [_mention(r) for r in member_rows]
    return EventGroup(
        gid, type_, EventDate(value, earliest, latest, gran, source),
        [(role, Argument(text, entity)) for role, entity, text in parts],
        Argument(place_text, place) if place_text else None, summary, members,
    )  # fmt: skip


def _mention(r: tuple) -> EventMention:
    (mid, doc, sent, start, end, quote, type_, trig, t0, t1, agent, agent_text, patient, patient_text,
     place, place_text, value, earliest, latest, gran, source, age) = r  # fmt: skip
    return EventMention(
        mid, doc, sent, start, end, quote, type_, trig, t0, t1,
        Argument(agent_text, agent) if agent_text else None,
        Argument(patient_text, patient) if patient_text else None,
        Argument(place_text, place) if place_text else None,
        EventDate(value, earliest, latest, gran, source), age,
    )  # fmt: skip


def document_labels(store: Store) -> dict[str, tuple[str, str | None]]:
    """Document id -> (path, outlet)."""
    return {
        doc: (path, outlet) for doc, path, outlet in store.query("SELECT id, path, outlet FROM documents")
    }


def entity_names(store: Store) -> list[tuple[str, str]]:
    """(entity id, name or alias) for every resolved entity."""
    sql = "SELECT id, name FROM entities UNION SELECT entity, alias FROM entity_aliases"
    return [(eid, name) for eid, name in store.query(sql)]


def iter_timexes(store: Store) -> Iterator[Timex]:
    sql = (
        'SELECT t.doc, t.start, t."end", t.text, t.type, t.value, t.granularity, t.earliest, t.latest, '
        "t.anchor FROM timexes t JOIN documents d ON d.id = t.doc ORDER BY d.path, t.start"
    )
    for doc, start, end, text, type_, value, gran, earliest, latest, anchor in store.iter_rows(sql):
        yield Timex(start, end, text, type_, value, gran, earliest, latest, anchor, doc)


def day_citations(store: Store) -> list[tuple[str, str, str | None]]:
    """(day, document, its publication day) for every document with a DATE expression of exactly one
    day ("20 April", "Tuesday", "now": the publication day)."""
    sql = (
        "SELECT DISTINCT t.earliest, t.doc, CASE WHEN length(d.published) >= 10 THEN "
        "substr(d.published, 1, 10) END FROM timexes t JOIN documents d ON d.id = t.doc "
        "WHERE t.type = 'DATE' AND t.earliest IS NOT NULL AND t.earliest = t.latest"
    )
    return [(day, doc, published) for day, doc, published in store.query(sql)]
