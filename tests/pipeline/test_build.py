"""The build runner on the real demo corpus: idempotent, incremental, resumable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.errors import InputError
from caseboard.store import Store
from caseboard.store.documents import counts


def _build(db: Path, paths: list[str], **kw):
    return Caseboard(db, cfg=load_config()).build(paths, **kw)


def _table_counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return counts(store)


def test_seeds_build_stores_five_documents(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        c = counts(store)
        assert c["documents"] == 5
        assert c["sentences"] > 400 and c["mentions"] > 1000
        paths = [r[0] for r in store.query("SELECT path FROM documents ORDER BY path")]
    assert [Path(p).name[:3] for p in paths] == ["000", "001", "002", "003", "004"]


def test_rebuild_is_idempotent_and_incremental(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    db = tmp_path / "b.duckdb"
    first = _build(db, [str(corpus)])
    assert first.processed == 5 and first.unchanged == 0
    before = _table_counts(db)
    second = _build(db, [str(corpus)])
    assert second.processed == 0 and second.unchanged == 5
    assert _table_counts(db) == before
    changed = corpus / "001_206e61eaecb75ac1.txt"
    changed.write_text(
        changed.read_text("utf-8") + "\nA new closing paragraph was added to this article later on.\n"
    )
    third = _build(db, [str(corpus)], prune=True)
    assert third.processed == 1 and third.unchanged == 4 and third.pruned == 1
    assert _table_counts(db)["documents"] == 5


def test_interrupted_build_leaves_whole_documents_and_rerun_completes(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "i.duckdb"
    done: list[str] = []

    def interrupt_after_two(event: str, path: str) -> None:
        if event == "processed":
            done.append(path)
            if len(done) == 2:
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _build(db, [str(seeds_dir)], progress=interrupt_after_two)
    with Store(db, read_only=True) as store:
        stored = store.query("SELECT id, length(text) FROM documents")
        assert len(stored) == 2
        for doc_id, _ in stored:  # every stored document is whole: its mentions and sentences are there
            assert store.query("SELECT count(*) FROM sentences WHERE doc = ?", [doc_id])[0][0] > 0
        orphans = store.query("SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents)")
        assert orphans[0][0] == 0
    rerun = _build(db, [str(seeds_dir)])
    assert rerun.processed == 3 and rerun.unchanged == 2
    full = tmp_path / "full.duckdb"
    _build(full, [str(seeds_dir)])
    assert _table_counts(db) == _table_counts(full)


def test_bad_files_are_reported_and_the_build_goes_on(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(seeds_dir / "001_206e61eaecb75ac1.txt", corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "lines.jsonl").write_text(
        '{"text": "Reporters met the minister in Paris on Monday."}\n{not json}\n'
    )
    report = _build(tmp_path / "m.duckdb", [str(corpus)])
    reasons = {Path(s.path.split("#")[0]).name: s.reason for s in report.skipped}
    assert {"empty.txt", "binary.txt", "lines.jsonl"} <= set(reasons)
    assert report.processed == 2
    again = _build(tmp_path / "m.duckdb", [str(corpus)])
    assert again.unchanged == 2 and _table_counts(tmp_path / "m.duckdb")["documents"] == 2


def test_nothing_readable_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no readable documents"):
        _build(tmp_path / "e.duckdb", [str(tmp_path / "empty")])


def _entity_ids(db: Path) -> dict[str, str]:
    with Store(db, read_only=True) as store:
        return dict(store.query("SELECT name, id FROM entities"))


def test_entity_ids_are_stable_across_rebuilds_and_additions(
    tmp_path: Path, seeds_dir: Path, seeds_board: Caseboard
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "extra.jsonl").write_text(
        '{"text": "The harbour authority of Valparaiso opened a new container terminal on Tuesday, '
        'said port director Camila Rojas.", "outlet": "Port Weekly", "published": "2021-05-04"}\n'
    )
    db = tmp_path / "more.duckdb"
    _build(db, [str(corpus)])
    before, after = _entity_ids(seeds_board.path), _entity_ids(db)
    kept = {name: eid for name, eid in before.items() if name in after}
    assert len(kept) >= 0.95 * len(before)
    assert all(after[name] == eid for name, eid in kept.items())
    assert set(after.values()) - set(before.values())  # the new document brought new entities
