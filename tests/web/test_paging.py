"""Pages of the API's lists and of /timeline over the seeds: they join up to the whole list, totals are
right, bounds are refused with a 422, and the timeline's pages keep their filters."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from caseboard.api import Caseboard
from caseboard.query.claims import claims_about
from caseboard.query.search import search
from caseboard.query.timeline import timeline
from caseboard.store import Store
from caseboard.web import data_timeline
from caseboard.web.app import create_app
from caseboard.web.paging import MAX_LIMIT


def walk(client: TestClient, url: str, limit: int, key: str = "items") -> tuple[list[Any], int]:
    """Every item of a list route read ``limit`` at a time by following ``next``, and its total."""
    items: list[Any] = []
    offset: int | None = 0
    sep = "&" if "?" in url else "?"
    while offset is not None:
        page = client.get(f"{url}{sep}limit={limit}&offset={offset}").json()
        assert page["offset"] == offset and page["limit"] == limit and len(page[key]) <= limit
        items += page[key]
        offset = page["next"]
    return items, page["total"]


def whole(client: TestClient, url: str, key: str = "items") -> list[Any]:
    sep = "&" if "?" in url else "?"
    found = client.get(f"{url}{sep}limit={MAX_LIMIT}").json()
    assert found["next"] is None, "the seeds' lists fit in one request"
    return found[key]


def top_entity(client: TestClient) -> str:
    return client.get("/api/entities?limit=1").json()["items"][0]["id"]


MENTIONS = "SELECT count(*) FROM entity_documents WHERE entity = ?"
EXAMPLES = "SELECT count(*) FROM mention_entity me JOIN mentions m ON m.id = me.mention WHERE me.entity = ?"


def counts(board: Caseboard, entity: str) -> dict[str, int]:
    """The totals, counted straight from the store and caseboard.query."""
    with Store(board.path, read_only=True) as store:

        def one(sql: str, *args: str) -> int:
            return store.query(sql, list(args))[0][0]

        facts = {(c.attribute, c.value) for c in claims_about(store, entity)}
        return {
            "/api/sources": one("SELECT count(*) FROM documents"),
            "/api/entities": one("SELECT count(*) FROM entities"),
            "/api/conflicts": one("SELECT count(*) FROM conflicts"),
            "/api/framing": one("SELECT count(DISTINCT target) FROM framing"),
            f"/api/entity/{entity}/mentions": one(MENTIONS, entity),
            f"/api/entity/{entity}/examples": one(EXAMPLES, entity),
            f"/api/entity/{entity}/facts": len(facts),
        }


def test_pages_of_every_list_join_up_to_the_whole_list(client: TestClient, seeds_board: Caseboard) -> None:
    entity = top_entity(client)
    for url, total in counts(seeds_board, entity).items():
        assert total > 1, url
        every = whole(client, url)
        for limit in (1, 3):
            items, reported = walk(client, url, limit)
            assert reported == total == len(every), url
            assert items == every, f"{url}: pages of {limit} in order, none missing, none twice"


def test_timeline_pages_in_both_orders(client: TestClient, seeds_board: Caseboard) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        total = len(timeline(store))
    by_date, reported = walk(client, "/api/timeline?order=date", 40, "events")
    assert reported == total == len(by_date) > 40
    ids = [e["id"] for e in by_date]
    assert len(set(ids)) == len(ids), "no event twice"
    starts = [e["earliest"] for e in by_date]
    assert starts == sorted(starts), "date order"
    by_rank, _ = walk(client, "/api/timeline?order=salient&entity=Soleimani", 7, "events")
    assert [e["rank"] for e in by_rank] == sorted(e["rank"] for e in by_rank)
    assert len(by_rank) == client.get("/api/timeline?entity=Soleimani").json()["total"] < total


def test_search_pages_join_up(client: TestClient, seeds_board: Caseboard) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        expected = [(h.doc, h.start) for h in search(store, "Quds Force", limit=100_000)]
    hits, total = walk(client, "/api/search?q=Quds%20Force", 4, "results")
    assert total == len(expected) > 8 and [(h["doc"], h["start"]) for h in hits] == expected


def test_entity_profile_carries_the_first_page_of_each_list(
    client: TestClient, seeds_board: Caseboard
) -> None:
    entity = top_entity(client)
    profile = client.get(f"/api/entity/{entity}?limit=2").json()
    totals = counts(seeds_board, entity)
    for name in ("facts", "mentions", "examples"):
        part = profile[name]
        assert part["total"] == totals[f"/api/entity/{entity}/{name}"] and len(part["items"]) == 2
        assert part["items"] == whole(client, f"/api/entity/{entity}/{name}")[:2]
    assert client.get("/api/entity/zzzzqqqq-nobody/facts").status_code == 404


@pytest.mark.parametrize(
    ("query", "param", "bound"),
    [("limit=0", "limit", "greater_than_equal"), ("limit=-5", "limit", "greater_than_equal"),
     (f"limit={MAX_LIMIT + 1}", "limit", "less_than_equal"), ("offset=-1", "offset", "greater_than_equal"),
     ("offset=99999999999", "offset", "less_than_equal"), ("limit=many", "limit", "int_parsing"),
     ("order=newest", "order", "literal_error")],
)  # fmt: skip
def test_bad_bounds_are_refused_with_the_parameter_named(
    client: TestClient, query: str, param: str, bound: str
) -> None:
    for url in ("/api/timeline", "/api/sources", "/api/entities", "/api/conflicts", "/api/search?q=Iran"):
        if param == "order" and url != "/api/timeline":
            continue
        response = client.get(f"{url}{'&' if '?' in url else '?'}{query}")
        assert response.status_code == 422, url
        (detail,) = response.json()["detail"]
        assert detail["loc"] == ["query", param] and detail["type"] == bound


def test_an_offset_past_the_end_is_an_empty_page(client: TestClient) -> None:
    found = client.get("/api/sources?offset=5000").json()
    assert found["items"] == [] and found["total"] == 5 and found["next"] is None


def test_openapi_documents_limit_and_offset(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    lists = [
        "/api/sources",
        "/api/entities",
        "/api/timeline",
        "/api/conflicts",
        "/api/search",
        "/api/framing",
    ]
    lists += [f"/api/entity/{{ident}}/{name}" for name in ("facts", "mentions", "examples")]
    for path in lists:
        params = {p["name"]: p for p in paths[path]["get"]["parameters"]}
        assert params["limit"]["schema"]["maximum"] == MAX_LIMIT and params["limit"]["schema"]["minimum"] == 1
        assert params["offset"]["schema"]["minimum"] == 0
        assert "next" in params["offset"]["description"] and params["limit"]["description"], path


def timeline_page(client: TestClient, url: str) -> tuple[list[str], str]:
    text = client.get(url).text
    return re.findall(r'<li class="event" id="ev-([0-9a-f]+)"', text), text


def test_timeline_page_is_cut_in_pages_that_keep_the_filters(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data_timeline, "PAGE_SIZE", 30)
    total = client.get("/api/timeline").json()["total"]
    pages = -(-total // 30)
    seen: list[str] = []
    for number in range(1, pages + 1):
        ids, text = timeline_page(client, f"/timeline?page={number}")
        assert f"page {number} of {pages}" in text and len(ids) == min(30, total - 30 * (number - 1))
        seen += ids
    assert len(seen) == len(set(seen)) == total, "every event on exactly one page"
    assert timeline_page(client, "/timeline?page=999")[0] == ids, "past the end: the last page"
    assert client.get("/timeline?page=0").status_code == 422
    first, text = timeline_page(client, "/timeline")
    ranks = {e["id"]: e["rank"] for e in whole(client, "/api/timeline", "events")}
    assert sorted(ranks[i] for i in first) == list(range(30)), "page 1: the 30 most salient"
    nxt = html.unescape(re.search(r'<a href="([^"]+)" rel="next"', text).group(1))
    assert nxt == "/timeline?page=2"
    _, filtered = timeline_page(client, "/timeline?entity=Iran&order=date")
    if 'rel="next"' in filtered:
        link = html.unescape(re.search(r'<a href="([^"]+)" rel="next"', filtered).group(1))
        assert link == "/timeline?entity=Iran&order=date&page=2", "filters and order survive paging"


def test_timeline_axis_sends_each_dot_to_the_page_listing_it(
    seeds_board: Caseboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data_timeline, "PAGE_SIZE", 30)
    monkeypatch.setattr(data_timeline, "MAX_LANES", 1000)  # dots, not counts per period
    client = TestClient(create_app(seeds_board.path))  # its own app: the shared one caches its pages
    ids, text = timeline_page(client, "/timeline")
    elsewhere = re.findall(r'<a class="off" href="([^"#]*)#ev-([0-9a-f]+)"', text)
    here = re.findall(r'<a href="#ev-([0-9a-f]+)"><title>', text)
    assert set(here) == set(ids) and elsewhere, "dots of this page link in the page, the others away"
    for href, event in elsewhere[:10]:
        assert event in timeline_page(client, html.unescape(href))[0], href
