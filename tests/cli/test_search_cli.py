"""``caseboard search``: ranked sentences with sources and offsets."""

from __future__ import annotations

import json

from click.testing import CliRunner

from caseboard.api import Caseboard
from caseboard.cli.search import command


def test_search_json_lists_ranked_hits(seeds_board: Caseboard) -> None:
    args = ["--db", str(seeds_board.path), "drone strike", "--entity", "Soleimani", "--json", "--limit", "3"]
    result = CliRunner().invoke(command, args)
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert 1 <= len(hits) <= 3
    assert {"doc", "path", "outlet", "sentence", "start", "end", "quote", "score"} == set(hits[0])
    quotes = [h["quote"].lower() for h in hits]
    assert all("drone" in q or "strik" in q for q in quotes)  # every hit matches a query word (stemmed)
    assert all("soleimani" in q for q in quotes)  # and names the entity asked for
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert any("drone" in q for q in quotes)


def test_search_text_output_and_no_match(seeds_board: Caseboard) -> None:
    result = CliRunner().invoke(command, ["--db", str(seeds_board.path), "missile factory"])
    assert result.exit_code == 0 and result.output.startswith("1. ")
    empty = CliRunner().invoke(command, ["--db", str(seeds_board.path), "xylophone"])
    assert empty.exit_code == 0 and "No sentence matches" in empty.output
