"""The JSON export of the seeds, read as a user would: offsets lead to the original file."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from caseboard.api import Caseboard
from caseboard.cli.main import cli
from caseboard.extract.events_dates import iso_bounds

DOC_KEYS = {"id", "path", "sha256", "title", "outlet", "authors", "published", "language", "text", "captions",
            "removed", "raw_length"}  # fmt: skip
MENTION_KEYS = {"doc", "start", "end", "text", "label", "sentence", "entity"}


def test_format_and_keys(exported: dict) -> None:
    assert exported["format"] == "caseboard/1"
    assert len(exported["documents"]) == 5
    for doc in exported["documents"]:
        assert set(doc) >= DOC_KEYS
        assert doc["published"] is None or len(doc["published"]) in (4, 7, 10)
    for m in exported["mentions"]:
        assert set(m) >= MENTION_KEYS


def test_every_mention_points_at_the_original_characters(exported: dict, originals: dict[str, str]) -> None:
    assert exported["mentions"]
    for m in exported["mentions"]:
        assert originals[m["doc"]][m["start"] : m["end"]] == m["text"]
        assert m["text"] in m["sentence"]


def test_removed_spans_cover_exact_lines_and_stay_out_of_text(
    exported: dict, originals: dict[str, str]
) -> None:
    for doc in exported["documents"]:
        raw = originals[doc["id"]]
        assert doc["raw_length"] == len(raw)
        body = set(doc["text"].split("\n"))
        for span in doc["removed"]:
            piece = raw[span["start"] : span["end"]]
            assert piece and piece == piece.strip(), span
            assert piece not in body, (doc["path"], piece)


def test_body_paragraphs_and_captions_come_from_the_original(
    exported: dict, originals: dict[str, str]
) -> None:
    for doc in exported["documents"]:
        raw = originals[doc["id"]]
        paragraphs = doc["text"].split("\n")
        for paragraph in paragraphs:
            assert paragraph and paragraph in raw
        for cap in doc["captions"]:
            assert raw[cap["start"] : cap["end"]] == cap["text"]
            assert cap["text"] not in paragraphs


def test_titles_and_dates_of_the_seeds(exported: dict) -> None:
    by_name = {Path(d["path"]).name[:3]: d for d in exported["documents"]}
    for doc in by_name.values():
        assert doc["title"], doc["path"]
    assert by_name["000"]["published"] == "2018-04-07"
    assert by_name["002"]["published"] == "2020-01"
    assert all(d["language"] == "en" for d in by_name.values())


def test_publication_dates_say_where_they_were_read(exported: dict, originals: dict[str, str]) -> None:
    dated = [d for d in exported["documents"] if d["published"]]
    assert dated
    for doc in exported["documents"]:
        source = doc["published_from"]
        if not doc["published"]:
            assert source == {"source": None, "start": None, "end": None}
            continue
        assert source["source"]
        if source["source"] not in {"hint", "markup", "url", "path"}:
            quoted = originals[doc["id"]][source["start"] : source["end"]]
            assert doc["published"][:4] in quoted or doc["published"][2:4] in quoted, (doc["path"], quoted)


ISO = re.compile(r"\d{4}(-\d\d(-\d\d)?)?|\d{4}/\d{4}")


def test_event_dates_are_iso_prefixes_within_their_range_and_keep_the_timeml_value(exported: dict) -> None:
    """QA #12: "199", "1980-FA", "2018-W11" were exported as the date; docs/export.md promises ISO."""
    events = exported["events"]
    dated = [e for e in events if e["date"] is not None]
    assert len(dated) > 50
    assert [e["date"] for e in dated if not ISO.fullmatch(e["date"])] == []
    for e in dated:
        first, last = e["date_range"]
        if first and last:
            low, high = iso_bounds(e["date"].split("/")[0])[0], iso_bounds(e["date"].split("/")[-1])[1]
            assert low <= first <= last <= high, e
    assert [v for e in events for v in e["evidence"] if v["date"] and not ISO.fullmatch(v["date"])] == []
    nineties = [e for e in events if e["value"] == "199"]
    assert nineties and {e["date"] for e in nineties} == {"1990/1999"}, "the 1990s keep their TimeML value"


def test_linked_participants_and_places_have_their_entity_name_and_type(exported: dict) -> None:
    entities = {e["id"]: (e["name"], e["type"]) for e in exported["entities"]}
    args = [a for e in exported["events"] for a in [*e["participants"], e["place"]] if a]
    assert len(args) > 50
    for a in args:
        assert set(a) >= {"entity", "text", "name", "label"}
        assert (a["name"], a["label"]) == (entities[a["entity"]] if a["entity"] else (None, None))


def test_export_without_out_writes_the_json_to_standard_output(seeds_board: Caseboard) -> None:
    """QA #19: the help now says so."""
    help_text = " ".join(CliRunner().invoke(cli, ["export", "--help"], terminal_width=200).output.split())
    assert "without --out (or with '-') the JSON goes to standard output" in help_text
    result = CliRunner().invoke(cli, ["export", "--db", str(seeds_board.path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["format"] == "caseboard/1"
