"""The one place that talks to the database: an embedded DuckDB file per caseboard."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from caseboard.errors import StoreError
from caseboard.store.schema import (
    ADDED_COLUMNS,
    DDL,
    INDEXES,
    MIGRATIONS,
    PER_DOCUMENT_TABLES,
    SCHEMA_VERSION,
)


def _open_connection(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and not path.exists():
        raise StoreError(f"no caseboard at {path}: run `caseboard build PATH --db {path}` first")
    if not read_only and path.parent and not path.parent.exists():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc).splitlines()[0]
        if "lock" in message.lower():
            raise StoreError(f"{path} is in use by another process ({message})") from None
        raise StoreError(f"cannot open {path}: {message}") from None
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        raise StoreError(f"{path} is not a readable caseboard database: {message}") from None


class Runs:
    """Rows ``(key, *rest)`` grouped by key, handed out one key's run at a time, the key dropped
    (``Store.rows_per_key``; the event groups' members and participants)."""

    __slots__ = ("_rows", "pending")

    def __init__(self, rows: Iterator[tuple]):
        self._rows = rows
        self.pending = next(rows, None)  # the first row not handed out yet

    def take(self, key: Any) -> list[tuple]:
        """The rows of ``key`` (the one being read); [] when it has none, so nothing is consumed."""
        run: list[tuple] = []
        while self.pending is not None and self.pending[0] == key:
            run.append(self.pending[1:])
            self.pending = next(self._rows, None)
        return run


class Store:
    """A caseboard database. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self.con = _open_connection(self.path, read_only)
        if read_only:
            self._check_schema()
        else:
            self._create_schema()

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create_schema(self) -> None:
        try:
            with self.transaction():
                for statement in DDL + MIGRATIONS + INDEXES:
                    self.con.execute(statement)
                found = self.meta("schema_version")
                if found is None:
                    self.set_meta("schema_version", str(SCHEMA_VERSION))
                elif int(found) != SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path} has schema version {found}, this caseboard writes {SCHEMA_VERSION}: "
                        "build into a new --db file"
                    )
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {str(exc).splitlines()[0]}") from None

    def _check_schema(self) -> None:
        try:
            found = self.meta("schema_version")
        except duckdb.Error:
            found = None
        if found is None:
            raise StoreError(f"{self.path} is not a caseboard database (no schema version)")
        missing = self._missing_columns()
        if missing:
            raise StoreError(
                f"{self.path} was built by an earlier caseboard (no column {missing[0]}): "
                f"run `caseboard build` on it again to update it"
            )

    def _missing_columns(self) -> list[str]:
        """Columns added since this store was built (``schema.ADDED_COLUMNS``) that it lacks."""
        sql = "SELECT table_name, column_name FROM information_schema.columns"
        present = {(table, column) for table, column in self.con.execute(sql).fetchall()}
        return [f"{t}.{c}" for t, c, _ in ADDED_COLUMNS if (t, c) not in present]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    # ------------------------------------------------------------------ generic access

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def query_dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def iter_rows(self, sql: str, params: Sequence[Any] | None = None, size: int = 2000) -> Iterator[tuple]:
        """Stream the rows of a query in batches, without holding them all."""
        cur = self.con.cursor()
        cur.execute(sql, params or [])
        while rows := cur.fetchmany(size):
            yield from rows
        cur.close()

    def rows_per_key(
        self, sql: str, keys: Sequence[Any], params: Sequence[Any] | None = None, size: int = 2000
    ) -> Iterator[list[tuple]]:
        """The rows of ``sql`` split on their first column: one list per key of ``keys``, in that
        order (empty for a key without rows), the key column dropped, streamed.

        ``sql`` must return its rows grouped in the order of ``keys`` (join ``documents`` and
        sort by the same columns as the key list). A reduce stage reading every document then
        scans each table once, where a ``WHERE doc = ?`` query per document scans the whole
        table each time: quadratic over a corpus. ``size``: rows fetched at a time (small for
        whole texts).
        """
        runs = Runs(self.iter_rows(sql, params, size))
        for key in keys:
            yield runs.take(key)
        if runs.pending is not None:
            raise StoreError(f"rows_per_key: a row of key {runs.pending[0]!r} is out of the keys' order")

    def meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("DELETE FROM meta WHERE key = ?", [key])
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def insert_columns(self, table: str, columns: dict[str, list[Any]]) -> None:
        """Append rows given column-wise (fast path through Arrow). The Arrow table is read by
        DuckDB's replacement scan of this frame's local variable: registering and
        unregistering a view per insert cost as much as the insert itself."""
        if not columns or not next(iter(columns.values())):
            return
        _caseboard_incoming = pa.table(columns)  # noqa: F841 (read by name in the query below)
        names = ", ".join(f'"{name}"' for name in columns)
        self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _caseboard_incoming")

    def delete_document_rows(self, doc_id: str) -> None:
        for table in PER_DOCUMENT_TABLES:
            key = "id" if table == "documents" else "doc"
            self.con.execute(f"DELETE FROM {table} WHERE {key} = ?", [doc_id])
