"""``caseboard timeline`` on the seeds."""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import date, timedelta

import pytest
from click.testing import CliRunner
from rich.console import Console

from caseboard.api import Caseboard
from caseboard.cli.main import main
from caseboard.cli.timeline import _table, command, sources_cell
from caseboard.config import load_config
from caseboard.extract.events_stage import events_stage
from caseboard.query.timeline import Source, TimelineEntry
from caseboard.store import Store

ISO = re.compile(r"\d{4}(-\d\d(-\d\d)?)?|\d{4}/\d{4}")


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


def test_a_name_that_matches_nothing_fails_as_caseboard_entity_does(db, capsys):
    """QA #10: an empty table with exit 0 did not tell a typo from an entity that did nothing."""
    code = main(["timeline", "--db", db, "--entity", "Nobody", "--json"])
    timeline_said = capsys.readouterr()
    entity_code = main(["entity", "Nobody", "--db", db])
    entity_err = capsys.readouterr().err
    assert code == entity_code == 2
    assert timeline_said.out == "" and timeline_said.err == entity_err
    assert entity_err == "caseboard: error: no entity matches 'Nobody'; `caseboard entities` lists them\n"


def test_a_window_ending_before_it_starts_is_a_one_line_error(db, capsys):
    """QA #20: --from 2010 --to 2005 printed an empty table."""
    assert main(["timeline", "--db", db, "--from", "2010", "--to", "2005"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "caseboard: error: from 2010 is later than to 2005: give the earlier date first\n"


def test_json_has_the_layout_of_the_exported_events_with_names_filled(db):
    """QA #11: names and labels were null, and the layout differed from the export's events."""
    entries = json.loads(CliRunner().invoke(command, ["--db", db, "--json", "--undated", "--all"]).output)
    buf = io.StringIO()
    with Caseboard(db, cfg=load_config()) as board:
        board.export_json(buf)
    exported = json.loads(buf.getvalue())
    events = {e["id"]: e for e in exported["events"]}
    entities = {e["id"]: (e["name"], e["type"]) for e in exported["entities"]}
    assert len(entries) == len(events)
    shared = ("type", "trigger", "date", "value", "date_range", "granularity", "date_source", "participants",
              "place", "summary")  # fmt: skip
    for entry in entries:
        assert {k: entry[k] for k in shared} == {k: events[entry["id"]][k] for k in shared}
        assert [entry["earliest"], entry["latest"]] == entry["date_range"]
        evidence = [(v["doc"], v["start"], v["quote"]) for v in events[entry["id"]]["evidence"]]
        assert [(s["doc"], s["start"], s["quote"]) for s in entry["sources"]] == list(dict.fromkeys(evidence))
        assert entry["documents"] == len({doc for doc, _, _ in evidence})
    linked = [a for e in entries for a in [*e["participants"], e["place"]] if a and a["entity"]]
    assert len(linked) > 50
    assert all((a["name"], a["label"]) == entities[a["entity"]] for a in linked)


def test_dates_are_iso_prefixes_in_the_json_and_the_table(db):
    """QA #12 and #17: "199 [1990-01-01..1999-12-31]" for the 1990s; the date reads as its range."""
    entries = json.loads(CliRunner().invoke(command, ["--db", db, "--json"]).output)
    assert all(ISO.fullmatch(e["date"]) for e in entries), [
        e["date"] for e in entries if not ISO.fullmatch(e["date"])
    ]
    assert any(not ISO.fullmatch(e["value"]) for e in entries), "the demo has TimeML values such as 199"
    for e in entries:
        assert e["when"].startswith(e["date"])
        assert ("[" in e["when"]) == (e["date"] != exact_of(e["earliest"], e["latest"]))
    nineties = [e for e in entries if e["value"] == "199"]
    assert nineties and all(e["date"] == "1990/1999" for e in nineties)
    table = CliRunner().invoke(command, ["--db", db, "--from", "1990", "--to", "1999"], terminal_width=200)
    assert "1990/1999" in table.output and "199 [" not in table.output


def exact_of(earliest: str, latest: str) -> str | None:
    """The one calendar form that is exactly [earliest, latest], worked out independently of the code."""
    first, last = date.fromisoformat(earliest), date.fromisoformat(latest)
    if first == last:
        return earliest
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        if earliest[:7] == latest[:7]:
            return earliest[:7]
        if earliest[5:] == "01-01" and latest[5:] == "12-31":
            return earliest[:4] if earliest[:4] == latest[:4] else f"{earliest[:4]}/{latest[:4]}"
    return None


def test_help_says_what_the_filters_really_do():
    """QA #19."""
    text = " ".join(CliRunner().invoke(command, ["--help"], terminal_width=200).output.split())
    assert "whose date range overlaps" in text
    assert "exact name, alias or id, else a fuzzy match" in text and "by its text" in text
    assert "no date of their own" in text and "'undated'" in text


def test_the_table_prints_bracketed_words_of_the_articles(capsys):
    """Editorial brackets ("[he]", "[sic]") are text, not rich markup."""
    entry = TimelineEntry("x", "statement", "2010", "2010-01-01", "2010-12-31", "year", "sentence",
                          "Smith: [he] would [bold]return[/bold]", [], None, [])  # fmt: skip
    Console(width=200).print(_table([entry]))
    assert "Smith: [he] would [bold]return[/bold]" in capsys.readouterr().out


def test_the_sources_column_counts_documents_and_lists_each_once(db):
    """QA: Soleimani's death showed "20 sources" (its mentions): 17 sentences of 3 documents."""
    args = ["--db", db, "--entity", "Soleimani", "--from", "2020-01-03", "--to", "2020-01-03"]
    listed = json.loads(CliRunner().invoke(command, [*args, "--json"]).output)
    [death] = [e for e in listed if e["type"] == "death"]
    assert death["documents"] == len({s["doc"] for s in death["sources"]}) < len(death["sources"])
    assert death["sources_label"] == f"{len(death['sources'])} sentences in {death['documents']} sources"
    table = CliRunner(env={"COLUMNS": "400"}).invoke(command, args).output
    assert death["sources_label"] + ":" in table
    said = sum(e["entity_match"] == "sentence" for e in listed)
    assert said and f"timeline ({len(listed)} events, {said} naming it in a sentence only)" in table


def test_a_sources_cell_names_each_document_once_with_its_sentences():
    def source(path: str, start: int) -> Source:
        return Source(path, f"dir/{path}", None, start, start + 5, "quote", "q", "2010", "sentence")

    sources = [source("a.txt", 1), source("a.txt", 20), source("a.txt", 50), source("b.txt", 5)]
    entry = TimelineEntry("x", "death", "2010", "2010-01-01", "2010-12-31", "year", "sentence", "death", [],
                          None, sources)  # fmt: skip
    assert sources_cell(entry) == "4 sentences in 2 sources: a.txt@1,20 +1; b.txt@5"
    entry.sources = entry.sources[2:]
    assert sources_cell(entry) == "2 sources: a.txt@50; b.txt@5"
    entry.sources = entry.sources[1:]
    assert sources_cell(entry) == "1 source: b.txt@5"


def test_a_sources_cell_keeps_apart_two_documents_with_the_same_file_name():
    sources = [
        Source(
            f"doc{i}", f"bbc/2009-05-0{i}/441.htm.txt", None, 10 * i, 10 * i + 5, "q", "t", "2009", "sentence"
        )
        for i in (1, 2, 3)
    ]
    entry = TimelineEntry("x", "death", "2009", "2009-01-01", "2009-12-31", "year", "sentence", "death", [],
                          None, sources)  # fmt: skip
    assert sources_cell(entry) == "3 sources: 441.htm.txt@10; 441.htm.txt@20; 441.htm.txt@30"
