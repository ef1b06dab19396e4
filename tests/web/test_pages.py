"""The HTML pages over the seeds: content, plain-href links that resolve, empty states that explain."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

from fastapi.testclient import TestClient

from caseboard.api import Caseboard
from caseboard.store import Store
from caseboard.web.links import Links

QUOTE = re.compile(
    r'<a class="(q|q-in)" href="/doc/([0-9a-f]{16})\?hl=(\d+)-(\d+)#hl"[^>]*>“(.*?)”</a>', re.S
)


def test_overview_shows_sources_entities_and_an_ask_box(client: TestClient) -> None:
    page = client.get("/").text
    assert "5 sources" in page
    assert "ProleWiki" in page and "Jerusalem Center for Public Affairs" in page
    assert 'action="/ask"' in page
    assert "Qasem Soleimani" in page
    assert re.search(r'<span class="tag">duplicate [\d,]+</span>', page), "what cleaning removed, by reason"


def test_every_page_link_resolves(client: TestClient) -> None:
    seen: set[str] = set()
    for start in ("/", "/sources", "/entities", "/timeline", "/network", "/conflicts"):
        for href in re.findall(r'href="(/[^"#]*)', client.get(start).text):
            url = html.unescape(href)
            if url in seen or url.startswith("/static/"):
                continue
            seen.add(url)
            assert client.get(url).status_code == 200, url
    assert any(u.startswith("/entity/") for u in seen) and any(u.startswith("/doc/") for u in seen)


def test_entity_page_quotes_are_exact(client: TestClient, seeds_board: Caseboard) -> None:
    top = client.get("/api/entities?limit=1").json()["items"][0]
    page = client.get(f"/entity/{top['id']}").text
    assert top["name"] in page and "Mentions per source" in page and "Related entities" in page
    quotes = QUOTE.findall(page)
    assert quotes
    with Store(seeds_board.path, read_only=True) as store:
        raws = dict(store.query("SELECT id, raw_text FROM documents"))
    for kind, doc, start, end, text in quotes:
        exact = raws[doc][int(start) : int(end)]
        assert exact.strip()
        # a sentence quoted for one of its mentions links to that mention's characters
        assert html.unescape(text) == exact if kind == "q" else exact in html.unescape(text)


def test_entity_by_name_and_unknown_entity(client: TestClient) -> None:
    assert "Qasem Soleimani" in client.get("/entity/Soleimani").text
    missing = client.get("/entity/zzzzqqqq-nobody")
    assert missing.status_code == 404 and "No such entity" in missing.text


def test_empty_states_say_what_is_missing(client: TestClient) -> None:
    timeline = client.get("/timeline?entity=zzzzqqqq-nobody").text
    assert "No events" in timeline or "event" in timeline
    assert "not a date" in client.get("/timeline?from=2020-99").text or "Events have not" in timeline
    conflicts = client.get("/conflicts").text
    assert "conflict" in conflicts.lower() and "Framing" in conflicts


def test_ask_page_shows_supporting_sentences(client: TestClient) -> None:
    page = client.get("/ask", params={"q": "Quds Force"}).text
    assert "Sentences matching" in page
    assert QUOTE.search(page) or "not available" in page


def test_report_links_are_anchors() -> None:
    links = Links(report=True)
    assert links("entity", "ab/c") == "#entity/ab%2Fc"
    assert links.quote("0123456789abcdef", 3, 9) == "#doc/0123456789abcdef/3-9"
    assert unquote(Links()("timeline", entity="A B")) == "/timeline?entity=A+B"
