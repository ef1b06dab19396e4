"""``caseboard claims``, ``conflicts`` and ``framing`` on the seeds: the --json a script reads (keys and
values of the stored rows) and the tables a reader sees."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from caseboard.api import Caseboard
from caseboard.cli import claims as claims_cli
from caseboard.cli import conflicts as conflicts_cli
from caseboard.cli import framing as framing_cli
from caseboard.store import Store

SIDE_KEYS = ["conflict", "idx", "claim", "doc", "start", "end", "quote", "value", "speaker", "speaker_type",
             "path", "outlet"]  # fmt: skip


def run(command, *args: str) -> str:  # noqa: ANN001 - a click command
    result = CliRunner().invoke(command, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def db(seeds_board: Caseboard) -> str:
    return str(seeds_board.path)


def test_claims_json_has_the_documented_fields_and_quotes_the_original(db: str) -> None:
    rows = json.loads(run(claims_cli.command, "Soleimani", "--db", db, "--json"))
    with Store(db, read_only=True) as store:
        raw = dict(store.query("SELECT id, raw_text FROM documents"))
    assert rows and all(list(r) == list(claims_cli.FIELDS) for r in rows)
    assert all(raw[r["doc"]][r["start"] : r["end"]] == r["quote"] for r in rows)
    assert all(isinstance(r["hedges"], list) and isinstance(r["negated"], bool) for r in rows)


def test_claims_table_names_attribute_and_speaker(db: str) -> None:
    out = run(claims_cli.command, "Soleimani", "--db", db)
    assert "birth_date" in out and "(outlet)" in out


def test_conflicts_json_sides_keep_their_stored_columns(db: str) -> None:
    found = json.loads(run(conflicts_cli.command, "--db", db, "--json"))
    assert found and all(list(c) == ["id", "kind", "explanation", "sides"] for c in found)
    assert all(list(s) == SIDE_KEYS for c in found for s in c["sides"])
    text = run(conflicts_cli.command, "--db", db)
    assert all(c["explanation"][:40] in " ".join(text.split()) for c in found)


def test_framing_json_rows_are_the_framing_table(db: str) -> None:
    rows = json.loads(run(framing_cli.command, "Soleimani", "--db", db, "--json"))
    with Store(db, read_only=True) as store:
        table = store.query_dicts("SELECT * FROM framing")
    assert rows and all(r in table for r in rows)
    assert len({r["target"] for r in rows}) == 1
    assert "Framing of" in run(framing_cli.command, "Soleimani", "--db", db)
