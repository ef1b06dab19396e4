"""The seeds' timeline against the dated events a careful reader finds in them (hand-labelled)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from caseboard.config import load_config
from caseboard.extract.events_stage import events_stage
from caseboard.query.timeline import TimelineEntry, timeline, top_entries
from caseboard.query.timeline_support import DateSupport, date_support
from caseboard.store import Store

GOLD = Path(__file__).parents[1] / "fixtures" / "events" / "seeds_gold.jsonl"
RECALL_FLOOR = 0.96  # 27/27 found now (one miss allowed); 24/27 before relative dates were followed
PRECISION_FLOOR = 0.78  # 22/27 of the top entries right now (one allowed); 21/27 and 19/27 before


@pytest.fixture(scope="module")
def board(seeds_board, tmp_path_factory) -> tuple[list[TimelineEntry], DateSupport]:
    """The seeds' timeline, and how often the seeds cite each day (what ``--top N`` ranks by)."""
    path = tmp_path_factory.mktemp("gold") / "seeds.duckdb"
    shutil.copy(seeds_board.path, path)
    with Store(path) as store:
        events_stage(store, load_config())
        return timeline(store), date_support(store)


@pytest.fixture(scope="module")
def entries(board) -> list[TimelineEntry]:
    return board[0]


def gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]


def matches(entry: TimelineEntry, event: dict) -> bool:
    """Same type, a date range inside the gold years that overlaps it, the participant, a citing doc."""
    if entry.type not in event["type"].split("|") or entry.earliest is None or entry.latest is None:
        return False
    if entry.earliest > event["latest"] or entry.latest < event["earliest"]:
        return False
    if entry.earliest[:4] < event["earliest"][:4] or entry.latest[:4] > event["latest"][:4]:
        return False
    words = " ".join([entry.summary, *(a.shown for _, a in entry.participants)]).casefold()
    if event["who"] is not None and event["who"] not in words:
        return False
    return any(s.path.rsplit("/", 1)[-1].startswith(event["doc"]) for s in entry.sources)


def test_gold_list_is_well_formed():
    events = gold()
    assert len(events) >= 20
    assert all(e["earliest"] <= e["latest"] for e in events)


def test_recall_of_the_readers_dated_events(entries):
    events = gold()
    found = [e for e in events if any(matches(x, e) for x in entries)]
    missed = [e["note"] for e in events if e not in found]
    assert len(found) / len(events) >= RECALL_FLOOR, missed


def test_precision_of_the_most_salient_entries(board):
    entries, support = board
    events = gold()
    top = top_entries(entries, len(events), support)
    right = [x for x in top if any(matches(x, e) for e in events)]
    assert len(right) / len(top) >= PRECISION_FLOOR, [(x.date, x.summary) for x in top if x not in right]
