"""Article text is data, never code: escaped in HTML, inert in the browser, in the server and the report."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from tests.web.conftest import LiveServer, shoot

from caseboard.api import Caseboard
from caseboard.store import Store
from caseboard.web.report import write_report

PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(2)">')


def hostile_doc(board: Caseboard) -> str:
    with Store(board.path, read_only=True) as store:
        return store.query("SELECT id FROM documents")[0][0]


def test_pages_escape_article_text(hostile_client: TestClient, hostile_board: Caseboard) -> None:
    doc = hostile_doc(hostile_board)
    pages = [hostile_client.get(u).text for u in ("/", f"/doc/{doc}", "/entities", "/ask?q=alert")]
    for page in pages:
        for payload in PAYLOADS:
            assert payload not in page
    assert "Hostile &lt;script&gt;alert(1)&lt;/script&gt; title" in pages[0]
    reader = pages[1]
    assert reader.count("<script") == reader.count("</script>") == 3, "only our own script tags"
    assert "\\u003cscript\\u003ealert(1)" in reader, "embedded JSON escapes every <"


def test_api_returns_the_text_as_json_strings(hostile_client: TestClient, hostile_board: Caseboard) -> None:
    response = hostile_client.get(f"/api/doc/{hostile_doc(hostile_board)}")
    assert response.headers["content-type"].startswith("application/json")
    text = " ".join(run[1] for para in response.json()["body"] for run in para)
    assert all(p in text for p in PAYLOADS)


def test_report_embeds_text_inertly(hostile_board: Caseboard, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    with Store(hostile_board.path, read_only=True) as store, out.open("w", encoding="utf-8") as fh:
        write_report(store, fh)
    page = out.read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert all(s == "<script>" or 'type="application/json"' in s for s in scripts)


def check_inert(page: object, url: str, name: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    page.goto(url)  # type: ignore[attr-defined]
    page.wait_for_selector("article.reader[data-rendered='1']", state="attached")  # type: ignore[attr-defined]
    body = page.inner_text("main")  # type: ignore[attr-defined]
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(1)>" in body
    assert page.locator("main img").count() == 0  # type: ignore[attr-defined]
    assert page.locator("main a[href^='javascript:']").count() == 0  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    shoot(page, name)
    assert dialogs == [] and page.errors == []  # type: ignore[attr-defined]


def test_browser_runs_nothing_from_the_article(
    page: object, hostile_server: LiveServer, hostile_board: Caseboard
) -> None:
    check_inert(page, f"{hostile_server.url}/doc/{hostile_doc(hostile_board)}?hl=0-60", "hostile-reader")


def test_browser_report_runs_nothing_from_the_article(
    page: object, hostile_board: Caseboard, tmp_path: Path
) -> None:
    out = tmp_path / "hostile.html"
    with Store(hostile_board.path, read_only=True) as store, out.open("w", encoding="utf-8") as fh:
        write_report(store, fh)
    check_inert(page, f"{out.as_uri()}#doc/{hostile_doc(hostile_board)}", "hostile-report")
