"""The JSON export of the seeds, read as a user would: offsets lead to the original file."""

from __future__ import annotations

from pathlib import Path

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
