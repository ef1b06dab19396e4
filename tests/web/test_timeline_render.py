"""The timeline template draws each event on the axis and opens its evidence at the exact characters."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from caseboard.web.data_timeline import place_on_axis, timeline_page
from caseboard.web.links import Links
from caseboard.web.render import render


def event(eid: str, earliest: str, latest: str, gran: str, doc: str, start: int) -> dict:
    return {
        "id": eid, "type": "attack", "date": earliest, "earliest": earliest, "latest": latest,
        "granularity": gran, "date_source": "sentence", "summary": f"summary {eid} <b>", "when": earliest,
        "participants": [{"role": "agent", "text": "US", "entity": "e1", "name": "United States",
                          "label": "GPE"}],
        "place": {"text": "Baghdad", "entity": None, "name": None, "label": None},
        "sources": [{"doc": doc, "path": "a.txt", "outlet": "Outlet", "start": start, "end": start + 10,
                     "quote": "the strike", "trigger": "strike", "date": earliest,
                     "date_source": "sentence"}],
    }  # fmt: skip


def board_of(events: list[dict], size: int = 100) -> dict:
    """The first page of a timeline of ``events`` (date order), the first ones the most salient."""
    for rank, e in enumerate(events):
        e["rank"] = rank
    tl = {"events": events, "axis": place_on_axis(events), "by_rank": list(range(len(events))),
          "missing": None, "error": None, "total": len(events)}  # fmt: skip
    return timeline_page(tl, 1, size)


def test_events_are_drawn_with_their_uncertainty_and_evidence() -> None:
    events = [
        event("a", "2020-01-03", "2020-01-03", "day", "0123456789abcdef", 5),
        event("b", "2019-01-01", "2019-12-31", "year", "fedcba9876543210", 40),
    ]
    tl = board_of(events)
    page = render("timeline_body.html", links=Links(), report=False, labels={}, tl=tl, sources=[], filters={})
    assert len(re.findall(r'<circle class="day"', page)) == 1, "a known day is a dot"
    assert len(re.findall(r'<rect class="span"', page)) == 1, "a vague date is a bar"
    assert 'href="/doc/0123456789abcdef?hl=5-15#hl"' in page
    assert re.search(
        r'<a class="q" href="/doc/0123456789abcdef\?hl=5-15#hl"[^>]*>summary a &lt;b&gt;</a>', page
    ), "the summary itself opens the sentence that states the event: one click"
    assert 'href="/entity/e1"' in page
    assert "summary a &lt;b&gt;" in page and "<b>" not in page
    assert "2 events, 2019-01-01 to 2020-01-03" in page and "pager" not in page, "one page: no pager"
    assert tl["axis"]["lanes"] == 1, "a day after a year-long bar shares its row"
    assert [label for _, label in tl["axis"]["ticks"]] == ["2020"]


def test_many_sources_are_filtered_by_id_not_by_a_huge_select() -> None:
    tl = {"events": [], "missing": None, "error": None, "total": 0}
    few = [{"id": f"{i:016x}", "name": f"doc {i}"} for i in range(3)]
    many = [{"id": f"{i:016x}", "name": f"doc {i}"} for i in range(101)]
    kept = {"source": "0000000000000002", "entity": "", "from": "", "to": ""}
    small = render(
        "timeline_body.html", links=Links(), report=False, labels={}, tl=tl, sources=few, filters=kept
    )
    assert '<option value="0000000000000002" selected>' in small
    large = render(
        "timeline_body.html", links=Links(), report=False, labels={}, tl=tl, sources=many, filters=kept
    )
    assert '<select name="source"' not in large and 'name="source" value="0000000000000002"' in large
    assert 'href="/doc/0000000000000002"' in large, "the chosen document is named and linked"


def test_crowded_axis_counts_events_per_period_over_the_central_range() -> None:
    events = [event(f"e{i}", f"2010-{1 + i % 12:02d}-15", f"2010-{1 + i % 12:02d}-15", "day",
                    "0123456789abcdef", i) for i in range(120)]  # fmt: skip
    events.append(event("old", "1400-07-25", "1400-07-25", "day", "0123456789abcdef", 0))
    tl = board_of(events)
    counts = tl["axis"]["counts"]
    assert counts["unit"] == "month" and counts["from"] == "2010-01-01" and counts["before"] == 1
    assert sum(b["n"] for b in counts["bins"]) + counts["before"] + counts["after"] == 121
    assert counts["vague"] == 0, "every event is dated to its day"
    assert max(b["h"] for b in counts["bins"]) == 1
    filters = {"entity": "BP", "source": "", "from": "", "to": ""}
    page = render(
        "timeline_body.html", links=Links(), report=False, labels={}, tl=tl, sources=[], filters=filters
    )
    assert '<circle class="day"' not in page and page.count('<rect class="count"') == len(counts["bins"])
    assert 'href="/timeline?entity=BP&amp;from=2010-03-01&amp;to=2010-03-31"' in page, "a bar opens its month"


def test_a_conflict_with_many_sides_shows_six_and_folds_the_rest() -> None:
    sides = [{"value": f"19{i:02d}", "speaker": "outlet", "speaker_type": "outlet", "doc": f"{i:016x}",
              "start": i, "end": i + 5, "quote": f"died in 19{i:02d}", "outlet": None, "path": "a.txt"}
             for i in range(20)]  # fmt: skip
    c = {
        "id": "c1",
        "kind": "date",
        "explanation": "Sources differ " + "on a long list of dates, " * 40,
        "sides": sides,
    }
    page = render("conflict.html", links=Links(), report=False, labels={}, c=c)
    assert page.count('class="side"') == 20 and page.count("<blockquote") == 20, "every side is still quoted"
    head, folded = page.split('<details class="more-sides">')
    assert head.count('class="side"') == 6 and "14 more sides" in folded
    assert (
        "(20 different values)" in head
        and len(re.search(r"<header>(.*?)</header>", head, re.S).group(1)) < 600
    )


def test_an_event_stated_by_many_sources_quotes_eight() -> None:
    ev = event("a", "2010-04-20", "2010-04-20", "day", "0123456789abcdef", 5)
    ev["sources"] = ev["sources"] * 30
    page = render(
        "timeline_body.html",
        links=Links(),
        report=False,
        labels={},
        tl=board_of([ev]),
        sources=[],
        filters={},
    )
    assert "30 sources: evidence" in page and page.count("<blockquote") == 8
    assert "and 22 more sentences" in page
    assert 'href="/api/timeline?order=date&amp;offset=0&amp;limit=1"' in page, (
        "all of them: that event's JSON"
    )


def test_a_long_timeline_is_cut_in_pages_and_its_axis_links_each_dot_to_its_page() -> None:
    events = [event(f"e{i}", f"2010-01-{1 + i:02d}", f"2010-01-{1 + i:02d}", "day", "0123456789abcdef", i)
              for i in range(5)]  # fmt: skip
    tl = board_of(events, size=2)
    filters = {"entity": "BP", "source": "", "from": "", "to": ""}
    page = render(
        "timeline_body.html", links=Links(), report=False, labels={}, tl=tl, sources=[], filters=filters
    )
    assert page.count('<li class="event"') == 2 and "page 1 of 3" in page
    assert 'href="/timeline?entity=BP&amp;page=2" rel="next"' in page, "the pager keeps the filters"
    assert 'href="#ev-e0"' in page and 'class="off" href="/timeline?entity=BP&amp;page=3#ev-e4"' in page
    report = render("timeline_body.html", links=Links(report=True), report=True, labels={}, tl=tl, sources=[],
                    filters={})  # fmt: skip
    assert "pager" not in report and 'class="off"' not in report


def test_a_participant_links_its_entity_and_names_it() -> None:
    tl = board_of([event("a", "2020-01-03", "2020-01-03", "day", "0123456789abcdef", 5)])
    page = render("timeline_body.html", links=Links(), report=False, labels={}, tl=tl, sources=[], filters={})
    assert 'agent: <a href="/entity/e1" title="United States (GPE)">US</a> · place: Baghdad' in page


def test_the_api_timeline_names_each_participant_as_the_cli_json_does(client: TestClient) -> None:
    """QA #11: name and label were null in /api/timeline; its events have the CLI's JSON layout."""
    tl = client.get("/api/timeline?limit=500").json()
    events = tl["events"]
    assert events and tl["error"] is None
    linked = [a for e in events for a in [*e["participants"], e["place"]] if a and a["entity"]]
    assert linked and all(a["name"] and a["label"] for a in linked)
    entities = {e["id"]: e["name"] for e in client.get("/api/entities?limit=1000").json()["items"]}
    assert all(a["name"] == entities[a["entity"]] for a in linked if a["entity"] in entities)
    keys = {"id", "type", "trigger", "date", "value", "date_range", "granularity", "date_source", "when",
            "participants", "place", "summary", "sources", "earliest", "latest", "rank"}  # fmt: skip
    assert all(keys <= set(e) for e in events)
    assert all(
        set(a) == {"role", "entity", "text", "name", "label"} for e in events for a in e["participants"]
    )


def test_an_unknown_entity_is_the_empty_timeline_and_a_reversed_window_an_error(client: TestClient) -> None:
    """QA #10 and #20 on the web: the CLI's error for a name that matches nothing stays a friendly
    empty timeline here; a window ending before it starts says so."""
    nobody = client.get("/api/timeline?entity=Nobody").json()
    assert (nobody["events"], nobody["total"], nobody["error"]) == ([], 0, None)
    assert "No dated event matches these filters." in client.get("/timeline?entity=Nobody").text
    reversed_window = client.get("/api/timeline?from=2010&to=2005").json()
    assert reversed_window["events"] == [] and "later than" in reversed_window["error"]
    assert "from 2010 is later than to 2005" in client.get("/timeline?from=2010&to=2005").text
