"""``caseboard ask``: readable answers with citations, and the documented JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner

from caseboard.api import Caseboard
from caseboard.cli.ask import command


def test_ask_json_has_the_documented_fields(seeds_board: Caseboard) -> None:
    result = CliRunner().invoke(
        command, ["--db", str(seeds_board.path), "When was Soleimani born?", "--json"]
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert {"question", "answer", "type", "citations", "alternatives"} <= set(found)
    assert found["type"] == "date" and "1957" in found["answer"]
    cite = found["citations"][0]
    assert set(cite) == {"doc", "path", "outlet", "quote", "start", "end"}
    assert "1957" in cite["quote"]


def test_ask_prints_answer_sources_and_quotes(seeds_board: Caseboard) -> None:
    result = CliRunner().invoke(command, ["--db", str(seeds_board.path), "Who replaced Soleimani?"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Esmail Ghaani")
    assert "002_f6c297181b37d425.txt [" in result.output and "“" in result.output


def test_unanswered_question_lists_closest_sentences(seeds_board: Caseboard) -> None:
    result = CliRunner().invoke(command, ["--db", str(seeds_board.path), "When did Soleimani get married?"])
    assert result.exit_code == 0
    assert result.output.startswith("No answer") and "Closest sentences" in result.output
