"""A journalist's path through the seeds in headless Chromium: overview, entity, quote, reader, ask."""

from __future__ import annotations

import re

from tests.web.conftest import LiveServer, shoot

from caseboard.api import Caseboard
from caseboard.store import Store


def raw_of(board: Caseboard, doc: str) -> str:
    with Store(board.path, read_only=True) as store:
        return store.query("SELECT raw_text FROM documents WHERE id = ?", [doc])[0][0]


def test_overview_to_entity_to_quote_in_the_reader(
    page, live_server: LiveServer, seeds_board: Caseboard
) -> None:
    page.goto(live_server.url + "/")
    assert page.locator("table.sources tbody tr").count() == 5
    shoot(page, "01-overview")
    chip = page.locator(".chips a.chip").first
    name = chip.inner_text().split("\n")[0].strip()
    chip.click()
    page.wait_for_url(re.compile(r"/entity/"))
    assert page.locator("h1.entity-name").inner_text().startswith(name)
    shoot(page, "02-entity")

    link = page.locator("blockquote.quote a").first
    href = link.get_attribute("href")
    doc, start, end = re.search(r"/doc/([0-9a-f]{16})\?hl=(\d+)-(\d+)", href).groups()
    link.click()
    page.wait_for_selector("article.reader[data-rendered='1']")
    marked = page.locator(".doc-body .hl")
    assert marked.count() >= 1
    assert "".join(marked.all_inner_texts()) == raw_of(seeds_board, doc)[int(start) : int(end)]
    assert page.locator("#hl").is_visible()
    box = page.locator("#hl").bounding_box()
    assert box is not None and 60 < box["y"] < 900, "the passage is scrolled into view, below the header"
    shoot(page, "03-reader-highlight")
    assert page.errors == [] and page.outside == []


def test_reader_shows_removed_text_on_request(page, live_server: LiveServer, seeds_board: Caseboard) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        doc, start, end, reason = store.query(
            'SELECT doc, start, "end", reason FROM removed ORDER BY "end" - start DESC LIMIT 1'
        )[0]
    page.goto(f"{live_server.url}/doc/{doc}")
    page.wait_for_selector("article.reader[data-rendered='1']")
    removed = page.locator("details.removed")
    assert not removed.evaluate("d => d.open")
    page.goto(f"{live_server.url}/doc/{doc}#o{start}-{end}")
    page.wait_for_selector("details.removed[open] .hl")
    assert reason in removed.inner_text()
    shoot(page, "04-reader-removed")


def test_timeline_filters(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/timeline")
    events = page.locator("li.event").count()
    if events == 0:
        assert page.locator(".empty").count() == 1
    page.select_option("select[name=source]", index=1)
    page.fill("input[name=entity]", "Soleimani")
    page.click("#tl-filters button")
    page.wait_for_url(re.compile(r"entity=Soleimani"))
    assert "source=" in page.url
    filtered = page.locator("li.event").count()
    assert filtered <= events
    assert page.locator("input[name=entity]").input_value() == "Soleimani"
    if filtered:
        page.locator("li.event details summary").first.click()
        assert page.locator("li.event details[open] blockquote a").count() >= 1
    shoot(page, "05-timeline-filtered")
    assert page.errors == []


def test_ask_a_question(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    page.fill("form.ask input[name=q]", "Who commanded the Quds Force?")
    page.press("form.ask input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/ask\?q="))
    assert page.locator("#answer").is_visible()
    assert page.locator("#search-results blockquote.quote, #search-results .empty").count() >= 1
    shoot(page, "06-ask")
    assert page.errors == [] and page.outside == []


def test_network_draws_clickable_nodes(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/network")
    page.wait_for_selector("svg#network[data-drawn]")
    nodes = page.locator("svg#network a.node")
    assert nodes.count() >= 10
    shoot(page, "07-network")
    nodes.first.click()
    page.wait_for_url(re.compile(r"/entity/"))
    assert page.locator("h1.entity-name").count() == 1


def test_timeline_pages_and_the_chart_lead_to_each_event(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/timeline")
    assert page.locator("nav.pager").count() > 0, "the seeds' events fill more than one page"
    first = page.locator("li.event").first.get_attribute("id")
    if page.locator("svg.axis.counts").count():  # too many lanes of dots: bars count events per period
        bar = page.locator("svg.axis.counts a").first
        bar.click()
        page.wait_for_url(re.compile(r"from=[\d-]+&to=[\d-]+"))
        assert page.locator("li.event").count() >= 1, "a bar opens the events of its period"
        shoot(page, "08-timeline-period")
        page.go_back()
        page.wait_for_url(re.compile(r"/timeline$"))
    else:
        _open_a_pale_dot(page)
    assert page.locator("li.event").first.get_attribute("id") == first
    assert page.errors == [] and page.outside == []


def _open_a_pale_dot(page) -> None:  # noqa: ANN001 - a Playwright page
    first = page.locator("li.event").first.get_attribute("id")
    pale = page.locator("svg.axis a.off").first
    target = pale.get_attribute("href").split("#")[1]
    pale.click()
    page.wait_for_url(re.compile(r"page=\d+#ev-"))
    assert page.locator(f"li#{target}").is_visible(), "a pale dot opens the page listing its event"
    assert page.locator("li.event").first.get_attribute("id") != first
    shoot(page, "08-timeline-page-2")
    page.locator("nav.pager a", has_text="previous").first.click()
    page.wait_for_url(re.compile(r"/timeline$"))
