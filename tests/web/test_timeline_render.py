"""The timeline template draws each event on the axis and opens its evidence at the exact characters."""

from __future__ import annotations

import re

from caseboard.web.data_events import _place_on_axis
from caseboard.web.links import Links
from caseboard.web.render import render


def event(eid: str, earliest: str, latest: str, gran: str, doc: str, start: int) -> dict:
    return {
        "id": eid, "type": "attack", "date": earliest, "earliest": earliest, "latest": latest,
        "granularity": gran, "date_source": "sentence", "summary": f"summary {eid} <b>", "when": earliest,
        "participants": [("agent", {"text": "US", "entity": "e1"})],
        "place": {"text": "Baghdad", "entity": None},
        "sources": [{"doc": doc, "path": "a.txt", "outlet": "Outlet", "start": start, "end": start + 10,
                     "quote": "the strike", "trigger": "strike", "date": earliest,
                     "date_source": "sentence"}],
    }  # fmt: skip


def test_events_are_drawn_with_their_uncertainty_and_evidence() -> None:
    events = [
        event("a", "2020-01-03", "2020-01-03", "day", "0123456789abcdef", 5),
        event("b", "2019-01-01", "2019-12-31", "year", "fedcba9876543210", 40),
    ]
    _place_on_axis(events)
    tl = {"events": events, "missing": None, "error": None, "total": 3}
    page = render("timeline_body.html", links=Links(), report=False, labels={}, tl=tl, sources=[], filters={})
    assert len(re.findall(r'<circle class="day"', page)) == 1, "a known day is a dot"
    assert len(re.findall(r'<rect class="span"', page)) == 1, "a vague date is a bar"
    assert 'href="/doc/0123456789abcdef?hl=5-15#hl"' in page
    assert 'href="/entity/e1"' in page
    assert "summary a &lt;b&gt;" in page and "<b>" not in page
    assert "the first 2 of 3" in page
    assert events[0]["axis"]["lanes"] == 1, "a day after a year-long bar shares its row"
    assert [label for _, label in events[0]["axis"]["ticks"]] == ["2020"]
