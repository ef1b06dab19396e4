"""The export sections ``timexes`` and ``events`` on the seeds."""

from __future__ import annotations

import shutil

import pytest

from caseboard.config import load_config
from caseboard.export.timeline_export import events, timexes
from caseboard.extract.events_stage import events_stage
from caseboard.store import Store


@pytest.fixture(scope="module")
def store(seeds_board, tmp_path_factory):
    path = tmp_path_factory.mktemp("events-export") / "seeds.duckdb"
    shutil.copy(seeds_board.path, path)
    with Store(path) as s:
        events_stage(s, load_config())
    with Store(path, read_only=True) as s:
        yield s


def test_events_section_has_the_documented_fields_and_quotes_that_read_back(store):
    raws = dict(store.query("SELECT id, raw_text FROM documents"))
    items = list(events(store))
    assert len(items) == store.query("SELECT count(*) FROM events")[0][0] > 0
    for item in items:
        assert {
            "id",
            "type",
            "trigger",
            "date",
            "date_range",
            "participants",
            "place",
            "summary",
            "evidence",
        } <= set(item)
        assert len(item["date_range"]) == 2
        for ev in item["evidence"]:
            assert raws[ev["doc"]][ev["start"] : ev["end"]] == ev["quote"]
            assert raws[ev["doc"]][ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]
    births = [i for i in items if i["type"] == "birth" and i["date"] == "1957-03-11"]
    assert births and births[0]["date_range"] == ["1957-03-11", "1957-03-11"]


def test_timexes_section_gives_each_expression_with_its_original_offsets(store):
    raws = dict(store.query("SELECT id, raw_text FROM documents"))
    items = list(timexes(store))
    assert len(items) == store.query("SELECT count(*) FROM timexes")[0][0] > 0
    for item in items:
        assert {"doc", "start", "end", "text", "value", "granularity", "anchor"} <= set(item)
        assert " ".join(raws[item["doc"]][item["start"] : item["end"]].split()) == " ".join(
            item["text"].split()
        )
