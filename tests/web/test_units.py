"""Pure parts of the web package: the time axis, paragraphs from segments, safe embedded JSON."""

from __future__ import annotations

import json

from caseboard.web.data_events import _place_on_axis
from caseboard.web.docmodel import paragraphs
from caseboard.web.render import json_script


def test_axis_places_days_and_intervals() -> None:
    events = [
        {"earliest": "2020-01-01", "latest": "2020-01-01"},
        {"earliest": "2020-01-01", "latest": "2020-12-31"},
        {"earliest": "2020-07-01", "latest": "2020-07-01"},
        {"earliest": None, "latest": "2020-03-01"},
    ]
    _place_on_axis(events)
    assert events[0]["x0"] == events[0]["x1"] == 0
    assert events[1]["x0"] == 0 and events[1]["x1"] == 100
    assert 49 < events[2]["x0"] < 51
    assert "x0" not in events[3]
    assert (events[0]["axis"]["from"], events[0]["axis"]["to"]) == ("2020-01-01", "2020-12-31")


def test_paragraphs_follow_gaps_in_the_clean_text() -> None:
    raw = "TITLE\n\nFirst para. More.\n\nNAV\nSecond para."
    # clean text "First para. More.\nSecond para." : the newline at clean offset 17 is not in a segment
    segs = [(0, 7, 17), (18, 30, 12)]
    assert paragraphs(raw, segs) == [[[7, "First para. More."]], [[30, "Second para."]]]
    # a gap in the original but not in the clean text stays in the same paragraph
    assert paragraphs("ab<x>cd", [(0, 0, 2), (2, 5, 2)]) == [[[0, "ab"], [5, "cd"]]]


def test_json_script_cannot_close_its_tag() -> None:
    value = {"t": "</script><script>alert(1)</script><!-- & \u2028"}
    text = str(json_script(value))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value
