"""Pure parts of the web package: the time axis, paragraphs from segments, safe embedded JSON."""

from __future__ import annotations

import json
from datetime import date

from caseboard.web.data_timeline import place_on_axis
from caseboard.web.docmodel import paragraphs
from caseboard.web.render import json_script
from caseboard.web.timeline_bins import densest, histogram


def test_axis_places_days_and_intervals() -> None:
    events = [
        {"earliest": "2020-01-01", "latest": "2020-01-01"},
        {"earliest": "2020-01-01", "latest": "2020-12-31"},
        {"earliest": "2020-07-01", "latest": "2020-07-01"},
        {"earliest": None, "latest": "2020-03-01"},
    ]
    axis = place_on_axis(events)
    assert events[0]["x0"] == events[0]["x1"] == 0
    assert events[1]["x0"] == 0 and events[1]["x1"] == 100
    assert 49 < events[2]["x0"] < 51
    assert "x0" not in events[3]
    assert (axis["from"], axis["to"]) == ("2020-01-01", "2020-12-31")
    assert place_on_axis([{"earliest": None, "latest": None}]) is None


def test_counted_range_is_the_shortest_holding_most_events() -> None:
    history = [date(year, 6, 1).toordinal() for year in (1400, 1500, 1900, 1950, 1990)]  # a long past
    last = date(2011, 1, 2).toordinal()
    story = list(range(last - 44, last + 1))  # and the story itself, up to its last days in a new year
    assert densest(history + story) == (last - 44, last)
    assert densest([5]) == (5, 5)
    counts = histogram([(d, d) for d in history + story])
    assert counts["after"] == 0 and counts["to"] == "2011-12-31", "the story's last days are not cut off"
    assert counts["before"] == 2 and counts["from"] == "1900-01-01", "the central range drops the far past"
    assert sum(b["n"] for b in counts["bins"]) == 48


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


def test_counts_leave_out_vaguer_dates_and_follow_the_filtered_period() -> None:
    day = date(2009, 3, 15).toordinal()
    year = (date(2009, 1, 1).toordinal(), date(2009, 12, 31).toordinal())  # known only as "2009"
    bounds = (date(2009, 1, 1).toordinal(), date(2009, 12, 31).toordinal())
    counts = histogram([(day, day)] * 3 + [year] * 5, bounds)
    assert counts["unit"] == "month" and (counts["from"], counts["to"]) == ("2009-01-01", "2009-12-31")
    assert [(b["from"], b["n"]) for b in counts["bins"]] == [("2009-03-01", 3)], "a year is not January"
    assert counts["vague"] == 5 and counts["before"] == counts["after"] == 0
    assert [label for _, label in counts["ticks"]][:3] == ["Jan 2009", "Feb", "Mar"]
