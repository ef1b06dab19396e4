"""``caseboard report``: one file, no network, the same pages and the reader with exact highlights."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.web.conftest import shoot

from caseboard.api import Caseboard
from caseboard.cli.report import command as report_command
from caseboard.store import Store


@pytest.fixture(scope="module")
def report_file(seeds_board: Caseboard, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    report_command.main(["--db", str(seeds_board.path), "--out", str(out)], standalone_mode=False)
    return out


def test_report_is_one_self_contained_file(report_file: Path) -> None:
    page = report_file.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page), "nothing loaded from elsewhere"
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert page.count('data-page="doc/') == 5
    assert 'data-page="overview"' in page and 'data-page="timeline"' in page
    assert "</script" not in "".join(
        re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    )


def test_report_opens_from_a_file_with_no_network(page, report_file: Path, seeds_board: Caseboard) -> None:
    page.goto(report_file.as_uri())
    assert page.locator('section.page.shown[data-page="overview"]').count() == 1
    assert page.locator("section.page.shown table.sources tbody tr").count() == 5
    shoot(page, "10-report-overview")
    page.locator("section.page.shown .chips a.chip").first.click()
    page.wait_for_selector("section.page.shown h1.entity-name", timeout=5000)  # hashchange is async
    link = page.locator("section.page.shown blockquote.quote a").first
    doc, start, end = re.search(r"#doc/([0-9a-f]{16})/(\d+)-(\d+)", link.get_attribute("href")).groups()
    link.click()
    page.wait_for_selector("section.page.shown article.reader[data-rendered='1'] .hl")
    with Store(seeds_board.path, read_only=True) as store:
        raw = store.query("SELECT raw_text FROM documents WHERE id = ?", [doc])[0][0]
    marked = page.locator("section.page.shown .doc-body .hl").all_inner_texts()
    assert "".join(marked) == raw[int(start) : int(end)]
    entity_links = page.locator("section.page.shown .doc-body a.mark-link")
    assert entity_links.count() > 0
    assert entity_links.first.get_attribute("href").startswith("#entity/")
    shoot(page, "11-report-reader")
    page.go_back()
    page.wait_for_selector("section.page.shown h1.entity-name", timeout=5000)
    page.click("header.top nav a[href='#timeline']")
    page.wait_for_selector('section.page.shown[data-page="timeline"]', timeout=5000)
    assert page.errors == [] and page.outside == []
