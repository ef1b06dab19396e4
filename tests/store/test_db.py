from pathlib import Path

import pytest

from caseboard.errors import StoreError
from caseboard.store import SCHEMA_VERSION, Store


def test_new_store_records_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        assert store.meta("schema_version") == str(SCHEMA_VERSION)


def test_read_only_open_of_missing_file_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="caseboard build"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_corrupt_file_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store(bad)


def test_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nowhere" / "a.duckdb")


def test_other_schema_version_is_refused_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.set_meta("schema_version", "999")
    with pytest.raises(StoreError, match="schema version 999"):
        Store(path)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.set_meta("probe", "1")
            raise RuntimeError("boom")
        assert store.meta("probe") is None


def test_insert_columns_round_trips(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store.insert_columns(
            "captions", {"doc": ["d", "d"], "start": [1, 5], "end": [3, 9], "text": ["ab", "cdef"]}
        )
        assert store.query('SELECT start, "end", text FROM captions ORDER BY start') == [
            (1, 3, "ab"),
            (5, 9, "cdef"),
        ]


def test_store_built_before_added_columns_gains_them_when_built_again(tmp_path: Path) -> None:
    path = tmp_path / "older.duckdb"
    with Store(path) as store:
        store.con.execute("ALTER TABLE documents DROP COLUMN published_source")
    with pytest.raises(StoreError, match="documents.published_source.*caseboard build"):
        Store(path, read_only=True)
    Store(path).close()  # opened for writing (as a build does): the column is added
    with Store(path, read_only=True) as store:
        assert store.query("SELECT count(*) FROM documents WHERE published_source IS NULL") == [(0,)]
