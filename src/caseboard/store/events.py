"""Event tables: read a document's rows for the events stage, write mentions and groups, read them back.

Tables (documented in docs/events.md): ``events`` (one row per group of mentions of the same
happening), ``event_mentions`` (each source's version, with evidence), ``event_participants``.
"""

from __future__ import annotations

from collections.abc import Iterator

from caseboard.extract.events_records import Argument, DocumentRows, EventDate, EventGroup, EventMention
from caseboard.records import Mention, Sentence, Timex, Token
from caseboard.store.db import Runs, Store

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
    """One document at a time (path order): its sentences, parsed tokens, mentions with entities,
    time expressions; one ordered scan per table."""
    docs = store.query("SELECT id, published FROM documents ORDER BY path, id")
    keys = [d for d, _ in docs]
    names, types = canonical_names(store)
    order = "JOIN documents d ON d.id = x.doc ORDER BY d.path, d.id"
    per = lambda sql: store.rows_per_key(sql, keys)  # noqa: E731
    sentences = per(f'SELECT x.doc, x.idx, x.start, x."end", x.text FROM sentences x {order}, x.idx')
    tokens = per(
        'SELECT x.doc, x.sent, x.idx, x.start, x."end", x.text, x.lemma, x.pos, x.tag, x.dep, x.head, '
        f"x.ent_type FROM tokens x {order}, x.idx"
    )
    mentions = per(
        'SELECT x.doc, x.id, x.start, x."end", x.text, x.label, x.sent, x.sentence FROM mentions x '
        f"{order}, x.start"
    )
    raws = store.rows_per_key("SELECT id, raw_text FROM documents ORDER BY path, id", keys, size=8)
    timexes = per(f"SELECT x.doc, {_prefixed(TIMEX_COLUMNS, 'x')} FROM timexes x {order}, x.start")
    links = per(
        "SELECT x.doc, me.mention, me.entity FROM mention_entity me JOIN mentions x ON x.id = me.mention "
        + order
    )
    for (doc, published), [(raw,)], s, t, m, tx, ln in zip(
        docs, raws, sentences, tokens, mentions, timexes, links, strict=True
    ):
        yield DocumentRows(
            doc, raw, published, [Sentence(doc, *r) for r in s], [Token(doc, *r) for r in t],
            [Mention(r[0], doc, *r[1:]) for r in m], [_timex(doc, r) for r in tx], dict(ln), names, types,
        )  # fmt: skip


def canonical_names(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """Entity id -> canonical name, and -> type (both empty before entity resolution has run)."""
    found = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'entities'")
    rows = store.query("SELECT id, name, type FROM entities") if found[0][0] else []
    return {i: n for i, n, _ in rows}, {i: t for i, _, t in rows}


TIMEX_COLUMNS = (
    'start, "end", text, type, value, granularity, earliest, latest, anchor, anchor_start, anchor_end'
)


def _timex(doc: str, row: tuple) -> Timex:
    """A ``TIMEX_COLUMNS`` row (anchor offsets last: they are not in Timex's positional order)."""
    *fields, anchor_start, anchor_end = row
    return Timex(*fields, doc=doc, anchor_start=anchor_start, anchor_end=anchor_end)


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
# the timeline's order; ids are content hashes of the members, so it is total and the three reads
# of iter_groups (groups, members, participants) meet each group in the same place
GROUP_ORDER = "coalesce(e.earliest, e.latest, '9999'), e.latest, e.id"


def _prefixed(columns: str, alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def iter_groups(store: Store, *, dated_only: bool = False) -> Iterator[EventGroup]:
    """Stored event groups in date order, each with its members and participants, streamed.

    One ordered read per table (not two queries per group: Timeline17 has 40,000 groups), and the
    member and participant rows are merged in as their group comes by, so only one batch of each is
    held, never the corpus."""
    if not has_events(store):
        return
    where = "e.date_source <> 'publication'" if dated_only else "true"
    members = Runs(store.iter_rows(_members_sql(where)))
    roles = Runs(store.iter_rows(_roles_sql(where)))
    groups = f"SELECT {_prefixed(GROUP_COLUMNS, 'e')} FROM events e WHERE {where} ORDER BY {GROUP_ORDER}"
    for row in store.iter_rows(groups):
        yield _group(row, members.take(row[0]), roles.take(row[0]))


def _members_sql(where: str) -> str:
    return (
        f"SELECT m.event, {_prefixed(MENTION_COLUMNS, 'm')} FROM event_mentions m "
        f"JOIN events e ON e.id = m.event WHERE {where} ORDER BY {GROUP_ORDER}, m.doc, m.start, m.rowid"
    )


def _roles_sql(where: str) -> str:
    return (
        "SELECT p.event, p.role, p.entity, p.text FROM event_participants p "
        f"JOIN events e ON e.id = p.event WHERE {where} AND p.role <> 'place' ORDER BY {GROUP_ORDER}, p.rowid"
    )


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
    """Every stored time expression, in document path and offset order, streamed."""
    for doc, *row in store.iter_rows(_timexes_sql("")):
        yield _timex(doc, tuple(row))


def iter_anchored_timexes(store: Store) -> Iterator[tuple[Timex, str | None]]:
    """``iter_timexes`` with the text of the expression each was counted from ("May 12, 2006" for
    "two days later"), cut from the original text in the query so no document is held here."""
    anchor_text = (
        "CASE WHEN t.anchor_start IS NOT NULL AND t.anchor_end IS NOT NULL "
        "THEN substr(d.raw_text, t.anchor_start + 1, t.anchor_end - t.anchor_start) END"
    )
    for doc, *row, text in store.iter_rows(_timexes_sql(f", {anchor_text}")):
        yield _timex(doc, tuple(row)), text


def _timexes_sql(extra: str) -> str:
    return (
        f"SELECT t.doc, {_prefixed(TIMEX_COLUMNS, 't')}{extra} FROM timexes t "
        "JOIN documents d ON d.id = t.doc ORDER BY d.path, t.start"
    )


def day_citations(store: Store) -> list[tuple[str, str, str | None]]:
    """(day, document, its publication date as stored) for every document with a DATE expression of
    exactly one day ("20 April", "Tuesday", "now": the publication day)."""
    sql = (
        "SELECT DISTINCT t.earliest, t.doc, d.published FROM timexes t JOIN documents d ON d.id = t.doc "
        "WHERE t.type = 'DATE' AND t.earliest IS NOT NULL AND t.earliest = t.latest"
    )
    return [(day, doc, published) for day, doc, published in store.query(sql)]
