"""Every table of a caseboard as sorted rows, for comparing two builds (volatile columns left out)."""

from __future__ import annotations

from pathlib import Path

from caseboard.store import Store

VOLATILE_COLUMNS = {"built_at"}  # a write timestamp
VOLATILE_META = "search_index_stamp"  # made from it


def compared_columns(store: Store, table: str) -> list[str]:
    """The columns of ``table`` that ``table_rows`` keeps, in table order."""
    sql = "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index"
    return [c for (c,) in store.query(sql, [table]) if c not in VOLATILE_COLUMNS]


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, volatile columns left out."""
    out: dict[str, list[tuple]] = {}
    with Store(db, read_only=True) as store:
        for (table,) in store.query("SELECT table_name FROM duckdb_tables() ORDER BY table_name"):
            names = ", ".join(f'"{c}"' for c in compared_columns(store, table))
            rows = store.query(f"SELECT {names} FROM {table}")
            if table == "meta":
                rows = [r for r in rows if r[0] != VOLATILE_META]
            out[table] = sorted(rows, key=repr)
    return out
