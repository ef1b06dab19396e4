"""The same stages on Dask give the same caseboard as the in-process runner."""

from __future__ import annotations

from pathlib import Path

from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.store import Store


def _snapshot(db: Path) -> tuple:
    with Store(db, read_only=True) as store:
        docs = store.query("SELECT id, path, text, title, published FROM documents ORDER BY id")
        mentions = store.query('SELECT doc, start, "end", label FROM mentions ORDER BY doc, start')
        timexes = store.query('SELECT doc, start, "end", value FROM timexes ORDER BY doc, start')
    return docs, mentions, timexes


def test_dask_processes_build_equals_local_build(
    tmp_path: Path, seeds_dir: Path, seeds_board: Caseboard
) -> None:
    db = tmp_path / "dask.duckdb"
    board = Caseboard(db, cfg=load_config())
    report = board.build([str(seeds_dir)], runner="dask", dask_scheduler="processes")
    assert report.processed == 5 and not report.skipped
    assert _snapshot(db) == _snapshot(seeds_board.path)
    again = board.build([str(seeds_dir)], runner="dask", dask_scheduler="processes")
    assert again.processed == 0 and again.unchanged == 5
