"""``caseboard timeline`` on the seeds."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from caseboard.cli.timeline import command
from caseboard.config import load_config
from caseboard.extract.events_stage import events_stage
from caseboard.store import Store


@pytest.fixture(scope="module")
def db(seeds_board, tmp_path_factory):
    path = tmp_path_factory.mktemp("events-cli") / "seeds.duckdb"
    shutil.copy(seeds_board.path, path)
    with Store(path) as store:
        events_stage(store, load_config())
    return str(path)


def test_json_lists_dated_events_in_order_with_sources(db):
    result = CliRunner().invoke(command, ["--db", db, "--json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    assert entries
    keys = [e["earliest"] or e["latest"] for e in entries]
    assert keys == sorted(keys)
    assert all(e["sources"] and e["summary"] for e in entries)


def test_filters_by_entity_and_dates(db):
    result = CliRunner().invoke(
        command, ["--db", db, "--entity", "Soleimani", "--from", "1957", "--to", "1957", "--json"]
    )
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    assert [e["type"] for e in entries if e["date"] == "1957-03-11"] == ["birth"]


def test_table_output_shows_dates_and_summaries(db):
    result = CliRunner().invoke(command, ["--db", db, "--to", "1980"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "1957-03-11" in result.output
    assert "birth" in result.output


def test_all_flag_adds_statements(db):
    plain = json.loads(CliRunner().invoke(command, ["--db", db, "--json"]).output)
    everything = json.loads(CliRunner().invoke(command, ["--db", db, "--json", "--all"]).output)
    assert not [e for e in plain if e["type"] == "statement"]
    assert len(everything) > len(plain)


def test_top_keeps_the_most_salient_entries_in_date_order(db):
    full = json.loads(CliRunner().invoke(command, ["--db", db, "--json"]).output)
    result = CliRunner().invoke(command, ["--db", db, "--json", "--top", "5"])
    assert result.exit_code == 0, result.output
    top = json.loads(result.output)
    assert len(top) == 5 < len(full)
    keys = [e["earliest"] or e["latest"] for e in top]
    assert keys == sorted(keys)
    assert {e["id"] for e in top} <= {e["id"] for e in full}
