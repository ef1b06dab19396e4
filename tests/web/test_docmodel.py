"""The reader's marks: a time expression counted from another one names it in its tooltip."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from caseboard.api import Caseboard
from caseboard.query.documents import DocText
from caseboard.query.documents_many import document_parts
from caseboard.store import Store
from caseboard.store.events import iter_anchored_timexes
from caseboard.web.docmodel import model_of, timex_label
from caseboard.web.links import Links
from caseboard.web.render import json_script

TEXT = "The ferry sank on <b>May 12, 2006</b>. Two days later, divers found the wreck."


def timex(text: str, **anchor: Any) -> dict[str, Any]:
    start = TEXT.index(text)
    row = {"start": start, "end": start + len(text), "text": text, "type": "DATE", "value": "2006-05-14"}
    return row | {"earliest": "2006-05-14", "latest": "2006-05-14", "anchor": None} | anchor


def parts(timexes: list[dict[str, Any]]) -> dict[str, Any]:
    doc = DocText("d1", "ferry.html", "Ferry", None, "2006-06-01", None, [], "html", TEXT)
    segs = [{"clean_start": 0, "orig_start": 0, "length": len(TEXT)}]
    return {"doc": doc, "segments": segs, "captions": [], "removed": [], "mentions": [], "timexes": timexes,
            "claims": [], "events": [], "sentences": []}  # fmt: skip


def test_narrative_timex_tooltip_quotes_the_expression_it_counts_from() -> None:
    at = TEXT.index("May 12, 2006")
    later = timex("Two days later", anchor="narrative", anchor_start=at, anchor_end=at + 12)
    (mark,) = model_of(parts([later]), Links())["marks"]
    assert mark[:3] == [later["start"], later["end"], "timex"]
    assert mark[3] == "DATE 2006-05-14, counted from «May 12, 2006»"


def test_tooltip_text_stays_text_inside_the_page() -> None:
    """Markup in the anchoring span is carried as characters (docview.js sets ``title``, never HTML)
    and the embedded JSON cannot close its script element."""
    at = TEXT.index("<b>May")
    later = timex("Two days later", anchor="narrative", anchor_start=at, anchor_end=at + len("<b>May 12"))
    label = model_of(parts([later]), Links())["marks"][0][3]
    assert label.endswith("counted from «<b>May 12»")
    embedded = json_script(model_of(parts([later]), Links()))
    assert "<b>" not in embedded and "counted from «\\u003cb\\u003eMay 12»" in embedded


def test_dct_anchored_and_unanchored_timexes_keep_the_plain_tooltip() -> None:
    assert timex_label(timex("Two days later", anchor="dct"), TEXT) == "DATE 2006-05-14"
    vague = timex("Two days later", earliest="2006-05-01", latest="2006-05-31", anchor="narrative")
    assert timex_label(vague, TEXT) == "DATE 2006-05-14 [2006-05-01..2006-05-31]"  # no anchor offsets
    spread = timex("Two days later", anchor="narrative", anchor_start=3, anchor_end=None)
    assert timex_label(spread, TEXT) == "DATE 2006-05-14"


def test_seeds_reader_names_the_anchor_of_each_narrative_timex(
    client: TestClient, seeds_board: Caseboard
) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        rows = [(t.doc, t.start, t.end, text) for t, text in iter_anchored_timexes(store) if text]
        read = next(document_parts(store, [rows[0][0]]))["timexes"] if rows else []
    if not rows:
        pytest.skip("the tagger does not record anchor offsets yet (caseboard.extract.timex)")
    if "anchor_start" not in read[0]:
        pytest.skip("caseboard.query.documents_many does not read timexes.anchor_start yet")
    for doc, start, end, anchor_text in rows:
        marks = client.get(f"/api/doc/{doc}").json()["marks"]
        labels = [m[3] for m in marks if m[:3] == [start, end, "timex"]]
        assert labels and labels[0].endswith(f", counted from «{' '.join(anchor_text.split())}»"), labels
