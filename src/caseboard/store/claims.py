"""Tables of the claims stage (documented in docs/claims.md): claims, clusters, conflicts, framing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from caseboard.extract.claims_records import Claim, ClaimInput, Cluster, Conflict, FramingTerm
from caseboard.records import Mention, Sentence, Timex, Token
from caseboard.store.db import Store
from caseboard.store.search import has_table

DDL = [
    """CREATE TABLE IF NOT EXISTS claims (
        id VARCHAR NOT NULL, doc VARCHAR NOT NULL, sent INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, quote VARCHAR NOT NULL, subject VARCHAR NOT NULL,
        subject_text VARCHAR NOT NULL, attribute VARCHAR NOT NULL, value VARCHAR NOT NULL,
        value_type VARCHAR NOT NULL, earliest VARCHAR,
        latest VARCHAR, number DOUBLE, bound VARCHAR, speaker VARCHAR NOT NULL, speaker_type VARCHAR NOT NULL,
        speaker_entity VARCHAR, hedges VARCHAR[], negated BOOLEAN NOT NULL, cluster VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS claim_clusters (
        id VARCHAR NOT NULL, key VARCHAR NOT NULL, subject VARCHAR NOT NULL, subject_text VARCHAR NOT NULL,
        attribute VARCHAR NOT NULL, sources VARCHAR[], independent INTEGER NOT NULL,
        agreement VARCHAR NOT NULL, claim_count INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS conflicts (
        id VARCHAR NOT NULL, kind VARCHAR NOT NULL, explanation VARCHAR NOT NULL, cluster VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS conflict_sides (
        conflict VARCHAR NOT NULL, idx INTEGER NOT NULL, claim VARCHAR, doc VARCHAR NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote VARCHAR NOT NULL, value VARCHAR NOT NULL,
        speaker VARCHAR NOT NULL, speaker_type VARCHAR NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS framing (
        target VARCHAR NOT NULL, target_text VARCHAR NOT NULL, doc VARCHAR NOT NULL, source VARCHAR NOT NULL,
        kind VARCHAR NOT NULL, term VARCHAR NOT NULL, count INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, quote VARCHAR NOT NULL)""",
]
FRAMING_COLUMNS = ("target", "target_text", "doc", "source", "kind", "term", "count", "start", "end", "quote")
TABLES = ("claims", "claim_clusters", "conflicts", "conflict_sides", "framing")


def ensure_tables(store: Store) -> None:
    for statement in DDL:
        store.con.execute(statement)


def has_claims(store: Store) -> bool:
    found = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'")
    return bool(found[0][0])


# ------------------------------------------------------------------ reading the per-document rows


def document_ids(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT id FROM documents ORDER BY path")]


def source_names(store: Store) -> dict[str, str]:
    """doc id -> the outlet's name; when it is unknown, the title (else the file name) in brackets.

    Two documents count as one source only when they name the same outlet."""
    rows = store.query("SELECT id, outlet, title, path FROM documents")
    return {d: o or f"[{t or p.rsplit('/', 1)[-1]}]" for d, o, t, p in rows}


HAPPENING_TYPES = ("death", "disaster", "attack")

_BY_PATH = "JOIN documents d ON d.id = x.doc ORDER BY d.path, d.id"


def iter_claim_inputs(store: Store) -> Iterator[ClaimInput]:
    """Every document's ``ClaimInput`` in path order, from one ordered scan per table (a query per
    document and table rescans the table each time: quadratic over a corpus)."""
    docs = store.query("SELECT id, published, outlet FROM documents ORDER BY path, id")
    keys = [d[0] for d in docs]

    def per(sql: str, params: list | None = None) -> Iterator[list[tuple]]:
        return store.rows_per_key(sql, keys, params)

    raws = store.rows_per_key("SELECT id, raw_text FROM documents ORDER BY path, id", keys, size=8)
    sentences = per(f'SELECT x.doc, x.idx, x.start, x."end", x.text FROM sentences x {_BY_PATH}, x.idx')
    tokens = per(
        'SELECT x.doc, x.sent, x.idx, x.start, x."end", x.text, x.lemma, x.pos, x.tag, x.dep, x.head, '
        f"x.ent_type FROM tokens x {_BY_PATH}, x.idx"
    )
    mentions = per(
        'SELECT x.doc, x.id, x.start, x."end", x.text, x.label, x.sent, x.sentence FROM mentions x '
        f"{_BY_PATH}, x.start"
    )
    timexes = per(
        'SELECT x.doc, x.start, x."end", x.text, x.type, x.value, x.granularity, x.earliest, x.latest, '
        f"x.anchor, x.anchor_start, x.anchor_end FROM timexes x {_BY_PATH}, x.start"
    )
    links = per(
        "SELECT x.doc, me.mention, me.entity FROM mention_entity me JOIN mentions x ON x.id = me.mention "
        + _BY_PATH
    )
    groups = (
        per(
            "SELECT DISTINCT x.doc, d.path, x.sent, x.event, e.summary, x.trigger_start "
            "FROM event_mentions x "
            "JOIN events e ON e.id = x.event JOIN documents d ON d.id = x.doc "
            "WHERE e.doc_count >= 2 AND e.type IN (SELECT unnest(?)) "
            "ORDER BY d.path, x.doc, x.sent, x.event, x.trigger_start",
            [list(HAPPENING_TYPES)],
        )
        if has_table(store, "event_mentions")
        else ([] for _ in keys)
    )
    for (doc, published, outlet), [(raw,)], s, t, m, tx, ln, g in zip(
        docs, raws, sentences, tokens, mentions, timexes, links, groups, strict=True
    ):
        events: dict[int, list[tuple[str, str, int]]] = {}
        for _path, sent, event, summary, trigger in g:
            events.setdefault(sent, []).append((event, summary, trigger))
        yield ClaimInput(
            doc, raw, published, outlet, [Sentence(doc, *r) for r in s], [Token(doc, *r) for r in t],
            [Mention(r[0], doc, *r[1:]) for r in m],
            [Timex(*r[:9], doc=doc, anchor_start=r[9], anchor_end=r[10]) for r in tx], dict(ln), events,
        )  # fmt: skip


# ------------------------------------------------------------------ writing


def write_all(
    store: Store,
    claims: list[Claim],
    clusters: list[Cluster],
    conflicts: list[Conflict],
    framing: list[FramingTerm],
) -> None:
    """Replace every claims table in one transaction."""
    ensure_tables(store)
    cluster_of = {c.id: cl.id for cl in clusters for c in cl.claims}
    with store.transaction():
        for table in TABLES:
            store.con.execute(f"DELETE FROM {table}")
        store.insert_columns("claims", _claim_columns(claims, cluster_of))
        store.insert_columns("claim_clusters", _cluster_columns(clusters))
        store.insert_columns("conflicts", _columns(conflicts, ("id", "kind", "explanation", "cluster")))
        store.insert_columns("conflict_sides", _side_columns(conflicts))
        store.insert_columns("framing", _columns(framing, FRAMING_COLUMNS))


def _columns(items: list[Any], names: tuple[str, ...]) -> dict[str, list]:
    return {name: [getattr(i, name) for i in items] for name in names}


def _claim_columns(claims: list[Claim], cluster_of: dict[str, str]) -> dict[str, list]:
    names = ("id", "doc", "sent", "start", "end", "quote", "subject", "subject_text", "attribute", "value",
             "value_type", "earliest", "latest", "number", "bound", "hedges", "negated")  # fmt: skip
    cols = _columns(claims, names)
    cols["speaker"] = [c.speaker.text for c in claims]
    cols["speaker_type"] = [c.speaker.type for c in claims]
    cols["speaker_entity"] = [c.speaker.entity for c in claims]
    cols["cluster"] = [cluster_of.get(c.id) for c in claims]
    return cols


def _cluster_columns(clusters: list[Cluster]) -> dict[str, list]:
    cols = _columns(clusters, ("id", "key", "subject", "subject_text", "attribute", "sources", "independent"))
    cols["agreement"] = [c.agreement for c in clusters]
    cols["claim_count"] = [len(c.claims) for c in clusters]
    return cols


def _side_columns(conflicts: list[Conflict]) -> dict[str, list]:
    rows = [(c.id, i, s) for c in conflicts for i, s in enumerate(c.sides)]
    cols: dict[str, list] = {"conflict": [r[0] for r in rows], "idx": [r[1] for r in rows]}
    for name in ("claim", "doc", "start", "end", "quote", "value", "speaker", "speaker_type"):
        cols[name] = [getattr(r[2], name) for r in rows]
    return cols


# ------------------------------------------------------------------ reading the results


def iter_claim_rows(store: Store, where: str = "", params: list | None = None) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT c.*, d.path, d.outlet FROM claims c JOIN documents d ON d.id = c.doc "
        f"{where} ORDER BY d.path, c.start, c.attribute"
    )
    cur = store.con.cursor()
    cur.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(500):
        for row in rows:
            yield dict(zip(names, row, strict=True))
    cur.close()


def cluster_rows(store: Store, where: str = "", params: list | None = None) -> list[dict[str, Any]]:
    return store.query_dicts(f"SELECT * FROM claim_clusters {where} ORDER BY independent DESC, key", params)


def cluster_claim_ids(store: Store) -> dict[str, list[str]]:
    """Cluster id -> the ids of its claims in (doc, start) order, from one scan of ``claims``: the
    export lists every cluster's members, and a query per cluster would rescan the table each time."""
    out: dict[str, list[str]] = {}
    sql = "SELECT cluster, id FROM claims WHERE cluster IS NOT NULL ORDER BY cluster, doc, start, id"
    for cluster, claim in store.iter_rows(sql):
        out.setdefault(cluster, []).append(claim)
    return out


def conflict_rows(store: Store, where: str = "", params: list | None = None) -> list[dict[str, Any]]:
    return store.query_dicts(f"SELECT * FROM conflicts {where} ORDER BY kind, id", params)


def side_rows(store: Store, conflicts: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Conflict id -> its sides with the document's path and outlet, in order, for ``conflicts``
    in one query (not one per conflict)."""
    out: dict[str, list[dict[str, Any]]] = {c: [] for c in conflicts}
    rows = store.query_dicts(
        "SELECT s.*, d.path, d.outlet FROM conflict_sides s JOIN documents d ON d.id = s.doc "
        "WHERE s.conflict IN (SELECT unnest(?)) ORDER BY s.conflict, s.idx",
        [conflicts],
    )
    for row in rows:
        out[row["conflict"]].append(row)
    return out


def sides_by_conflict(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Conflict id -> its sides (the ``conflict_sides`` columns) in order, from one scan: the export
    lists every conflict's sides, and a query per conflict would rescan the table each time."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in store.query_dicts("SELECT * FROM conflict_sides ORDER BY conflict, idx"):
        out.setdefault(row["conflict"], []).append(row)
    return out


def framing_rows(store: Store, where: str = "", params: list | None = None) -> list[dict[str, Any]]:
    return store.query_dicts(
        f"SELECT * FROM framing {where} ORDER BY target, source, kind, count DESC, term", params
    )
