"""The same stages on Dask give the same caseboard as the in-process runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("runner", ["local", "dask"])
def test_a_moved_file_keeps_its_new_path_and_a_fixed_file_is_no_longer_skipped(
    tmp_path: Path, seeds_dir: Path, runner: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds_dir / "001_206e61eaecb75ac1.txt", corpus / "first.txt")
    (corpus / "broken.txt").write_bytes(b"")
    db = tmp_path / f"{runner}.duckdb"
    board = Caseboard(db, cfg=load_config())
    kw = _runner_kwargs(runner)
    board.build([str(corpus)], **kw)
    assert [Path(p).name for p in _skipped(db)] == ["broken.txt"]
    (corpus / "first.txt").rename(corpus / "moved.txt")
    shutil.copy(seeds_dir / "003_93225fda2f626803.txt", corpus / "broken.txt")
    again = board.build([str(corpus)], **kw)
    assert again.unchanged == 1 and again.processed == 1 and not again.skipped
    with Store(db, read_only=True) as store:
        paths = sorted(Path(p).name for (p,) in store.query("SELECT path FROM documents"))
    assert paths == ["broken.txt", "moved.txt"]
    assert _skipped(db) == []


def _runner_kwargs(runner: str) -> dict[str, str]:
    """The build arguments of a runner: the Dask one on its synchronous scheduler."""
    return {"runner": runner, "dask_scheduler": "synchronous"} if runner == "dask" else {}


def _skipped(db: Path) -> list[str]:
    with Store(db, read_only=True) as store:
        return [p for (p,) in store.query("SELECT path FROM skipped ORDER BY path")]


@pytest.mark.parametrize("runner", ["local", "dask"])
def test_a_copy_under_another_name_is_stored_once_and_reported_skipped_on_every_build(
    tmp_path: Path, seeds_dir: Path, runner: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds_dir / "001_206e61eaecb75ac1.txt", corpus / "a.txt")
    shutil.copy(seeds_dir / "001_206e61eaecb75ac1.txt", corpus / "b.txt")
    board = Caseboard(tmp_path / f"{runner}.duckdb", cfg=load_config())
    kw = _runner_kwargs(runner)
    first = board.build([str(corpus)], **kw)
    again = board.build([str(corpus)], **kw)
    assert (first.seen, first.processed, again.seen, again.unchanged) == (2, 1, 2, 1)
    for report in (first, again):
        assert [(Path(s.path).name, s.reason) for s in report.skipped] == [
            ("b.txt", f"same content as {corpus / 'a.txt'}; stored once")
        ]
