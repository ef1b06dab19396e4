"""A build whose documents changed only in the dates stage re-tags them from the store: no spaCy,
only the ``timexes`` rows (and the key) replaced, the same rows as a fresh build, resumable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stored_tables import compared_columns  # same folder
from stored_tables import table_rows as _table_rows

from caseboard import annotate, clean
from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.extract import dates_stage, timex
from caseboard.pipeline.stages import annotate_key, cache_decision, stage_settings
from caseboard.records import RawDocument, content_id
from caseboard.store import Store

NEW_DATES_VERSION = "dates-9999"
REDUCE_TABLES = {"entities", "entity_aliases", "entity_documents", "mention_entity", "resolution_log"}


def _without_key(rows: list[tuple], db: Path) -> list[tuple]:
    """``documents`` rows without the ``pipeline_key`` column (the one a re-tag rewrites)."""
    with Store(db, read_only=True) as store:
        at = compared_columns(store, "documents").index("pipeline_key")
    return [r[:at] + r[at + 1 :] for r in rows]


def _every_other(text: str, dct: str | None = None, **kw) -> list:
    """A 'new tagger' whose output differs from the shipped one: every second expression."""
    return _shipped_tagger(text, dct, **kw)[::2]


_shipped_tagger = timex.tag_timexes


def _new_tagger(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(dates_stage, "STAGE_VERSION", NEW_DATES_VERSION)
    mp.setattr(timex, "tag_timexes", _every_other)


def _no_spacy(mp: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("spaCy loaded for a dates-only change")

    mp.setattr(annotate, "load_nlp", refuse)


@pytest.fixture(scope="module")
def fresh_new_tagger(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, list[tuple]]:
    """The seeds built from scratch with the new tagger: what a re-tag must store."""
    db = tmp_path_factory.mktemp("fresh") / "fresh.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        _new_tagger(mp)
        Caseboard(db, cfg=load_config()).build([str(seeds_dir)])
    return _table_rows(db)


@pytest.fixture
def built(tmp_path: Path, seeds_dir: Path) -> Iterator[Path]:
    db = tmp_path / "b.duckdb"
    Caseboard(db, cfg=load_config()).build([str(seeds_dir)])
    yield db


def test_a_new_dates_version_retags_without_spacy_and_stores_a_fresh_builds_rows(
    built: Path, seeds_dir: Path, fresh_new_tagger: dict[str, list[tuple]], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _table_rows(built)
    _new_tagger(monkeypatch)
    _no_spacy(monkeypatch)
    report = Caseboard(built, cfg=load_config()).build([str(seeds_dir)])
    assert (report.retagged, report.processed, report.unchanged) == (5, 0, 0)
    after = _table_rows(built)
    assert after["timexes"] != before["timexes"]  # the new tagger's rows replaced the old ones
    assert after.keys() == fresh_new_tagger.keys()
    for table, rows in fresh_new_tagger.items():
        assert after[table] == rows, table
    for table in ("segments", "removed", "captions", "sentences", "tokens", "mentions", *REDUCE_TABLES):
        assert after[table] == before[table], table
    assert _without_key(after["documents"], built) == _without_key(before["documents"], built)
    again = Caseboard(built, cfg=load_config()).build([str(seeds_dir)])
    assert (again.retagged, again.unchanged) == (0, 5)


@pytest.mark.parametrize("stage", [clean, annotate], ids=["clean", "annotate"])
def test_a_new_clean_or_annotate_version_processes_every_document_again(
    built: Path, seeds_dir: Path, stage: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stage, "STAGE_VERSION", "changed-for-test")
    monkeypatch.setattr(dates_stage, "STAGE_VERSION", NEW_DATES_VERSION)
    report = Caseboard(built, cfg=load_config()).build([str(seeds_dir)])
    assert (report.processed, report.retagged, report.unchanged) == (5, 0, 0)


def test_an_interrupted_retag_leaves_a_consistent_store_and_the_rerun_completes(
    built: Path, seeds_dir: Path, fresh_new_tagger: dict[str, list[tuple]], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _table_rows(built)
    _new_tagger(monkeypatch)
    _no_spacy(monkeypatch)

    def stop_after_first(event: str, path: str) -> None:
        if event == "retagged":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Caseboard(built, cfg=load_config()).build([str(seeds_dir)], progress=stop_after_first)
    with Store(built, read_only=True) as store:
        keys = dict(store.query("SELECT id, pipeline_key FROM documents"))
        tagged = {d for d, k in keys.items() if k.endswith("+" + NEW_DATES_VERSION)}
        rows = sorted(store.query("SELECT * FROM timexes"), key=repr)
    assert len(tagged) == 1 and len(keys) == 5
    expected = [r for r in fresh_new_tagger["timexes"] if r[0] in tagged]
    expected += [r for r in before["timexes"] if r[0] not in tagged]
    assert rows == sorted(expected, key=repr)  # one document re-tagged whole, four untouched
    report = Caseboard(built, cfg=load_config()).build([str(seeds_dir)])
    assert (report.retagged, report.processed, report.unchanged) == (4, 0, 1)
    assert _table_rows(built)["timexes"] == fresh_new_tagger["timexes"]


def test_a_store_with_the_single_hash_key_of_earlier_builds_is_retagged_not_annotated(
    built: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = load_config()
    with Store(built) as store:
        for doc_id, sha in store.query("SELECT id, sha256 FROM documents"):
            raw = RawDocument("x", sha, "", "text", "utf-8")
            settings = stage_settings(raw, cfg)
            versions = (clean.STAGE_VERSION, annotate.STAGE_VERSION, dates_stage.STAGE_VERSION)
            legacy = content_id(sha, *versions, settings)
            store.con.execute("UPDATE documents SET pipeline_key = ? WHERE id = ?", [legacy, doc_id])
    _no_spacy(monkeypatch)
    report = Caseboard(built, cfg=cfg).build([str(seeds_dir)])
    assert (report.retagged, report.processed) == (5, 0)


def test_the_decision_needs_the_same_clean_and_annotate_key() -> None:
    cfg = load_config()
    raw = RawDocument("a.txt", "ab" * 32, "Text.", "text", "utf-8")
    other = RawDocument("b.txt", "cd" * 32, "Text.", "text", "utf-8")
    assert cache_decision(None, raw, cfg) == "map"
    assert cache_decision(f"{annotate_key(raw, cfg)}+dates-1", raw, cfg) == "retag"
    assert cache_decision(f"{annotate_key(other, cfg)}+{dates_stage.STAGE_VERSION}", raw, cfg) == "map"
    assert cache_decision(f"{annotate_key(raw, cfg)}+{dates_stage.STAGE_VERSION}", raw, cfg) == "unchanged"


def test_the_dask_runner_leaves_retags_to_the_driver(
    built: Path, seeds_dir: Path, fresh_new_tagger: dict[str, list[tuple]], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("dask")
    _new_tagger(monkeypatch)
    _no_spacy(monkeypatch)
    board = Caseboard(built, cfg=load_config())
    report = board.build([str(seeds_dir)], runner="dask", dask_scheduler="synchronous")
    assert (report.retagged, report.processed, report.unchanged) == (5, 0, 0)
    assert _table_rows(built)["timexes"] == fresh_new_tagger["timexes"]
