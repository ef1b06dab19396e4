"""Claims, conflicts and framing read back from the stored claims tables, as typed records
(``caseboard.query.claims_records``)."""

from __future__ import annotations

from caseboard.errors import InputError
from caseboard.extract.claims import name_key
from caseboard.extract.claims_count_context import site_key
from caseboard.extract.claims_records import FramingTerm, Side
from caseboard.query.claims_records import ClaimView, ConflictView, SideView, from_row
from caseboard.store import Store
from caseboard.store import claims as claim_store


def _require(store: Store) -> None:
    if not claim_store.has_claims(store):
        raise InputError("this caseboard has no claims yet: rebuild it with `caseboard build`")


def subject_keys(store: Store, name: str) -> list[str]:
    """Subject keys matching a name: resolved entity ids, and the spelling-tolerant name key."""
    keys = ["name:" + name_key(name), "name:" + name.casefold(), "site:" + site_key(name)]
    found = store.query(
        "SELECT DISTINCT e.id FROM entities e LEFT JOIN entity_aliases a ON a.entity = e.id "
        "WHERE lower(e.name) = lower(?) OR lower(a.alias) = lower(?) OR e.id = ?",
        [name, name, name],
    )
    return keys + [r[0] for r in found]


def claims_about(store: Store, name: str) -> list[ClaimView]:
    """Claims whose subject is ``name`` under any of its keys, in document order."""
    _require(store)
    keys = subject_keys(store, name)
    rows = claim_store.iter_claim_rows(
        store, "WHERE split_part(c.subject, '@', 1) IN (SELECT unnest(?))", [keys]
    )  # a count's subject is "<anchor>@<time>"
    found = [from_row(ClaimView, r) for r in rows]
    if not found:
        raise InputError(f"no claims about {name!r}")
    return found


def conflicts(store: Store, entity: str | None = None) -> list[ConflictView]:
    """Every conflict (or those about ``entity``) with its sides, by kind."""
    _require(store)
    if entity is None:
        rows = claim_store.conflict_rows(store)
    else:
        keys = subject_keys(store, entity)
        rows = claim_store.conflict_rows(
            store,
            "WHERE cluster IN (SELECT id FROM claim_clusters WHERE split_part(subject, '@', 1) IN "
            "(SELECT unnest(?)) OR split_part(split_part(key, '|', 1), '@', 1) IN (SELECT unnest(?)))",
            [keys, keys],
        )
    sides = claim_store.side_rows(store, [r["id"] for r in rows])
    return [ConflictView(r["id"], r["kind"], r["explanation"], _sides(sides[r["id"]])) for r in rows]


def _sides(rows: list[dict]) -> list[SideView]:
    return [SideView(r["conflict"], r["idx"], from_row(Side, r), r["path"], r["outlet"]) for r in rows]


def framing(store: Store, name: str | None = None) -> list[FramingTerm]:
    """Framing terms for ``name`` (None: for every entity framing covers)."""
    _require(store)
    if name is None:
        return [from_row(FramingTerm, r) for r in claim_store.framing_rows(store)]
    rows = claim_store.framing_rows(store, "WHERE target IN (SELECT unnest(?))", [subject_keys(store, name)])
    if not rows:
        raise InputError(
            f"no framing recorded for {name!r} (framing covers entities two or more sources name)"
        )
    return [from_row(FramingTerm, r) for r in rows]
