"""Bounded pages for large caseboards: the sources list in pages, the overview's sample, short names."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from caseboard.api import Caseboard
from caseboard.store import Store
from caseboard.web import data, data_timeline
from caseboard.web.app import create_app


def test_sources_page_lists_every_document_by_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = client.get("/sources").text
    assert page.count('<a href="/doc/') == 5 and "5 documents" in page
    monkeypatch.setattr(data, "SOURCES_PAGE", 2)
    first, last = client.get("/sources").text, client.get("/sources?page=3").text
    assert first.count('<a href="/doc/') == 2 and "page 1 of 3" in first and "1–2 shown" in first
    assert 'href="/sources?page=2"' in first and "previous" not in first
    assert last.count('<a href="/doc/') == 1 and 'href="/sources?page=2"' in last and "next" not in last
    assert client.get("/sources?page=99").text.count('<a href="/doc/') == 1, "past the end: the last page"
    assert client.get("/sources?page=0").status_code == 422


def test_sources_by_outlet(client: TestClient) -> None:
    page = client.get("/sources", params={"outlet": "ProleWiki"}).text
    assert page.count('<a href="/doc/') == 1 and "1 document from ProleWiki" in page
    assert '<option value="ProleWiki" selected>' in page


def test_overview_shows_a_sample_of_a_long_source_list(
    seeds_board: Caseboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data, "OVERVIEW_SOURCES", 2)
    page = TestClient(create_app(seeds_board.path)).get("/").text  # its own app: pages are cached
    table = re.search(r'<table class="grid sources">(.*?)</table>', page, re.S).group(1)
    assert table.count("<tr>") == 3, "a header and two rows"
    assert "the first 2 of 5 by date" in page and 'href="/sources">all 5 sources' in page
    assert "3 with no outlet named" in page and "from 2 outlets" in page


def test_short_paths_drop_the_folder_all_share() -> None:
    paths = ["/data/t17/bp_bbc/InputDocs/2010-05-01/1.txt", "/data/t17/h1_bbc/InputDocs/2009-05-01/1.txt"]
    short = data.short_paths(paths)
    assert short[paths[0]] == "bp_bbc/InputDocs/2010-05-01/1.txt"
    assert data.short_paths(["/a/b/c.txt"]) == {"/a/b/c.txt": "c.txt"}
    assert data.short_paths(["x.txt", "/abs/y.txt"]) == {"x.txt": "x.txt", "/abs/y.txt": "/abs/y.txt"}


def test_timeline_pages_hold_the_most_salient_first_each_in_date_order(seeds_board: Caseboard) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        every = data_timeline.timeline(store)
    first = data_timeline.timeline_page(every, 1, size=10)
    assert every["total"] == len(every["events"]) > 10 and len(first["events"]) == 10
    assert sorted(e["rank"] for e in first["events"]) == list(range(10)), "the ten most salient"
    ids = [e["id"] for e in every["events"]]
    assert [ids.index(e["id"]) for e in first["events"]] == sorted(
        ids.index(e["id"]) for e in first["events"]
    )
    second = data_timeline.timeline_page(every, 2, size=10)
    assert sorted(e["rank"] for e in second["events"]) == list(range(10, 20)), "then the next ten"
    preview = data.preview_events(every["events"], 3)
    assert sorted(e["rank"] for e in preview) == [0, 1, 2]


def test_pages_are_computed_once_per_parameters(seeds_board: Caseboard) -> None:
    app = create_app(seeds_board.path)
    client, board = TestClient(app), app.state.board
    first = client.get("/timeline?entity=Soleimani").text
    key = ("timeline", "Soleimani", None, None, None)
    kept = board.results[key]
    assert client.get("/api/timeline?entity=Soleimani").json()["total"] == kept["total"] > 0
    assert client.get("/timeline?entity=Soleimani").text == first and board.results[key] is kept
    board.CACHE = 2
    for name in ("Hezbollah", "Iran", "Israel"):
        assert client.get(f"/timeline?entity={name}").text != first
    assert key not in board.results and len(board.results) == 2, "the oldest results are let go"


def test_the_overview_and_the_timeline_share_one_computed_timeline(seeds_board: Caseboard) -> None:
    app = create_app(seeds_board.path)
    client, board = TestClient(app), app.state.board
    client.get("/")
    kept = board.results[("timeline", None, None, None, None)]
    client.get("/timeline?entity=&from=")
    client.get("/api/timeline")
    assert [k for k in board.results if k[0] == "timeline"] == [("timeline", None, None, None, None)]
    assert board.results[("timeline", None, None, None, None)] is kept
