"""The claims stage on the demo corpus (run on a copy of the session's seeds caseboard)."""

import shutil

import pytest

from caseboard.config import load_config
from caseboard.export.claims_export import conflicts, framing
from caseboard.extract.claims_stage import claims_stage
from caseboard.query.claims import framing as framing_of
from caseboard.store import Store


@pytest.fixture(scope="module")
def board(seeds_board, tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "seeds.duckdb"
    shutil.copy(seeds_board.path, path)
    with Store(path) as store:
        claims_stage(store, load_config())
    with Store(path, read_only=True) as store:
        yield store


def test_every_evidence_span_reads_back_from_the_original(board):
    raw = dict(board.query("SELECT id, raw_text FROM documents"))
    spans = board.query('SELECT doc, start, "end", quote FROM claims')
    spans += board.query('SELECT doc, start, "end", quote FROM conflict_sides')
    assert spans and all(raw[d][s:e] == q for d, s, e, q in spans)


def test_the_contradicting_death_dates_are_reported_with_both_sides(board):
    found = [c for c in conflicts(board) if c["kind"] == "date"]
    death = [c for c in found if "date of death" in c["explanation"]]
    assert death, found
    sides = death[0]["sides"]
    assert len({s["doc"] for s in sides}) == 2
    assert {s["value"][-4:] for s in sides} >= {"2006", "2016"}


def test_the_two_airports_of_the_same_death_are_a_place_conflict(board):
    """The issue's own example: "at the Beirut airport" (Al-Arabiya) vs "near the Damascus airport"."""
    found = [c for c in conflicts(board) if c["kind"] == "place" and "place of death" in c["explanation"]]
    assert len(found) == 1, found
    sides = found[0]["sides"]
    assert len({s["doc"] for s in sides}) == 2
    assert {s["value"] for s in sides} == {"Beirut airport", "Damascus airport"}
    raw = dict(board.query("SELECT id, raw_text FROM documents"))
    assert all(raw[s["doc"]][s["start"] : s["end"]] == s["quote"] for s in sides)


def test_no_false_alarm_on_the_central_persons_birth_and_death(board):
    rows = board.query(
        "SELECT k.attribute, k.agreement FROM claim_clusters k "
        "WHERE k.attribute IN ('birth_date', 'death_date') "
        "AND cardinality(k.sources) >= 2 AND k.subject_text LIKE '%Soleimani%'"
    )
    assert rows and all(agreement == "agree" for _, agreement in rows)


def test_framing_of_the_central_person_lists_distinct_verbs_per_source(board):
    rows = framing_of(board, "Soleimani")
    verbs = {}
    for r in rows:
        if r.kind == "verb":
            verbs.setdefault(r.source, set()).add(r.term)
    assert len(verbs) >= 2
    assert len(set().union(*verbs.values())) >= 3
    assert all(r["quote"] for r in framing(board))


def test_conflicts_command_filters_by_entity_and_shows_both_sides(board):
    from click.testing import CliRunner

    from caseboard.cli import conflicts as conflicts_cli

    result = CliRunner().invoke(
        conflicts_cli.command, ["--entity", "Badreddine", "--db", str(board.path), "--json"]
    )
    assert result.exit_code == 0, result.output
    import json

    found = json.loads(result.output)
    assert any(c["kind"] == "date" and len(c["sides"]) >= 2 for c in found)


def test_the_two_disagreements_the_documents_report_are_found_with_both_sides(board):
    """ "claiming it was led by the Americans. Other sources provide an opposite equation", and
    Eizenkot's claim that Soleimani killed Badreddine, which the next sentence says "is debated"."""
    found = [c for c in conflicts(board) if c["kind"] == "reported"]
    assert len(found) == 2, found
    quotes = [" ".join(s["quote"] for s in c["sides"]) for c in found]
    assert any("Other sources provide an opposite equation" in q for q in quotes)
    assert any("Eizenkot" in q and "is debated" in q for q in quotes)
    assert all(len({s["start"] for s in c["sides"]}) == 2 for c in found)
