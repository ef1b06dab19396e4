"""Entity listings and profiles, read from the stored entity tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from caseboard.errors import InputError
from caseboard.store import Store


@dataclass(slots=True)
class EntitySummary:
    id: str
    name: str
    type: str
    mention_count: int
    document_count: int
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SourceCount:
    doc: str
    path: str
    title: str | None
    outlet: str | None
    mentions: int


@dataclass(slots=True)
class Example:
    doc: str
    path: str
    start: int  # original-text offsets of the mention
    end: int
    mention: str
    sentence: str


@dataclass(slots=True)
class Related:
    id: str
    name: str
    type: str
    shared_sentences: int


@dataclass(slots=True)
class EntityProfile:
    entity: EntitySummary
    alias_counts: dict[str, int]
    sources: list[SourceCount]
    related: list[Related]
    examples: list[Example]


_SUMMARY_SQL = (
    "SELECT e.id, e.name, e.type, e.mention_count, "
    "(SELECT count(*) FROM entity_documents d WHERE d.entity = e.id) AS docs, "
    "(SELECT list(alias ORDER BY count DESC, alias) FROM entity_aliases a WHERE a.entity = e.id) AS aliases "
    "FROM entities e "
)


def list_entities(store: Store, *, type_: str | None = None, top: int | None = None) -> list[EntitySummary]:
    sql = _SUMMARY_SQL + (
        "WHERE (? IS NULL OR upper(e.type) = upper(?)) ORDER BY e.mention_count DESC, e.name LIMIT ?"
    )
    rows = store.query(sql, [type_, type_, top if top and top > 0 else 1_000_000_000])
    return [EntitySummary(r[0], r[1], r[2], r[3], r[4], list(r[5] or [])) for r in rows]


def entity_summary(store: Store, entity_id: str) -> EntitySummary | None:
    rows = store.query(_SUMMARY_SQL + "WHERE e.id = ?", [entity_id])
    return EntitySummary(*rows[0][:5], list(rows[0][5] or [])) if rows else None


def find_entity(store: Store, name: str) -> str:
    """The id of the entity best matching ``name`` (id, exact alias, or fuzzy)."""
    needle = name.strip()
    if not needle:
        raise InputError("give an entity name")
    exact = store.query(
        "SELECT e.id FROM entities e LEFT JOIN entity_aliases a ON a.entity = e.id "
        "WHERE e.id = ? OR lower(e.name) = lower(?) OR lower(a.alias) = lower(?) "
        "ORDER BY e.mention_count DESC LIMIT 1",
        [needle, needle, needle],
    )
    if exact:
        return exact[0][0]
    choices = store.query(
        "SELECT a.entity, a.alias, e.mention_count FROM entity_aliases a JOIN entities e ON e.id = a.entity"
    )
    if not choices:
        raise InputError("this caseboard has no entities yet: run `caseboard build` first")
    best = process.extractOne(needle, [c[1] for c in choices], scorer=fuzz.WRatio, score_cutoff=80)
    if best is None:
        raise InputError(f"no entity matches {name!r}; `caseboard entities` lists them")
    return choices[best[2]][0]


def entity_profile(store: Store, name: str, *, examples: int = 5, related: int = 10) -> EntityProfile:
    entity_id = find_entity(store, name)
    summary = entity_summary(store, entity_id)
    if summary is None:
        raise InputError(f"no entity {entity_id!r} in this caseboard")
    return EntityProfile(
        entity=summary,
        alias_counts=dict(
            store.query(
                "SELECT alias, count FROM entity_aliases WHERE entity = ? ORDER BY count DESC, alias",
                [entity_id],
            )
        ),
        sources=_sources(store, entity_id),
        related=_related(store, entity_id, related),
        examples=_examples(store, entity_id, examples),
    )


def entity_examples(store: Store, name: str, *, limit: int = 5) -> list[Example]:
    """The example sentences of the entity best matching ``name`` (as ``entity_profile`` gives them),
    without the rest of its profile: the examples list pages through every mention."""
    return _examples(store, find_entity(store, name), limit)


def _sources(store: Store, entity_id: str) -> list[SourceCount]:
    rows = store.query(
        "SELECT d.id, d.path, d.title, d.outlet, ed.count FROM entity_documents ed "
        "JOIN documents d ON d.id = ed.doc WHERE ed.entity = ? ORDER BY ed.count DESC, d.path",
        [entity_id],
    )
    return [SourceCount(*r) for r in rows]


def _related(store: Store, entity_id: str, limit: int) -> list[Related]:
    rows = store.query(
        "WITH mine AS (SELECT DISTINCT m.doc, m.sent FROM mentions m "
        "  JOIN mention_entity me ON me.mention = m.id WHERE me.entity = ?) "
        "SELECT e.id, e.name, e.type, count(DISTINCT (m.doc, m.sent)) AS shared "
        "FROM mentions m JOIN mention_entity me ON me.mention = m.id JOIN entities e ON e.id = me.entity "
        "JOIN mine ON mine.doc = m.doc AND mine.sent = m.sent "
        "WHERE e.id <> ? GROUP BY e.id, e.name, e.type ORDER BY shared DESC, e.name LIMIT ?",
        [entity_id, entity_id, limit],
    )
    return [Related(*r) for r in rows]


def _examples(store: Store, entity_id: str, limit: int) -> list[Example]:
    """One example sentence per source first, then more, longest sentences first."""
    rows = store.query(
        'SELECT m.doc, d.path, m.start, m."end", m.text, m.sentence, '
        "row_number() OVER (PARTITION BY m.doc ORDER BY length(m.sentence) DESC) AS rank "
        "FROM mentions m JOIN mention_entity me ON me.mention = m.id JOIN documents d ON d.id = m.doc "
        "WHERE me.entity = ? ORDER BY rank, d.path LIMIT ?",
        [entity_id, limit],
    )
    return [Example(*r[:6]) for r in rows]
