"""The bounded report: the most quoted documents in full, the quoted passages of the others, and every
quote link in the file still opening its exact characters."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from tests.web.conftest import shoot

from caseboard.api import Caseboard
from caseboard.cli.report import command as report_command
from caseboard.store import Store
from caseboard.web import report_docs as rd
from caseboard.web.report import write_report

SECTION = re.compile(r'<section class="page" data-page="(doc/[0-9a-f]{16})">(.*?)</section>', re.S)
MODEL = re.compile(r'<script type="application/json" class="doc-data">(.*?)</script>', re.S)


def embedded_models(page: str) -> dict[str, dict]:
    return {key.split("/")[1]: json.loads(MODEL.search(body).group(1)) for key, body in SECTION.findall(page)}


def raw_texts(board: Caseboard) -> dict[str, str]:
    with Store(board.path, read_only=True) as store:
        return dict(store.query("SELECT id, raw_text FROM documents"))


@pytest.fixture(scope="module")
def bounded(seeds_board: Caseboard) -> tuple[str, dict[str, int]]:
    """The seeds' report with one document in full: the other quoted ones become excerpts."""
    out = io.StringIO()
    with Store(seeds_board.path, read_only=True) as store:
        counts = write_report(store, out, entity_pages=20, documents=1)
    return out.getvalue(), counts


def test_one_document_in_full_and_the_others_as_quoted_passages(
    bounded, whole, seeds_board: Caseboard
) -> None:
    page, counts = bounded
    models = embedded_models(page)
    raws = raw_texts(seeds_board)
    assert counts["documents"] == 1 and counts["excerpts"] >= 2 and counts["sources"] == 5
    full = [m for m in models.values() if "excerpt" not in m]
    parts = [m for m in models.values() if "excerpt" in m]
    assert len(full) == 1 and len(parts) == counts["excerpts"]
    for m in parts:
        held = sum(len(run[1]) for para in m["body"] for run in para)
        body = sum(len(run[1]) for para in whole[m["id"]]["body"] for run in para)
        assert 0 < held < body, "an excerpt is a part of its document's body"
        for para in m["body"]:
            for start, text in para:
                assert raws[m["id"]][start : start + len(text)] == text, "excerpt runs keep original offsets"
    assert page.count('class="excerpt-note"') == len(parts)


@pytest.fixture(scope="module")
def whole(seeds_board: Caseboard) -> dict[str, dict]:
    """The reader models of the unbounded report (every document in full)."""
    out = io.StringIO()
    with Store(seeds_board.path, read_only=True) as store:
        write_report(store, out, entity_pages=20, documents=None)
    return embedded_models(out.getvalue())


def test_every_quote_link_opens_an_embedded_document_holding_its_characters(bounded, whole) -> None:
    page, _ = bounded
    models = embedded_models(page)
    links = set(re.findall(r'href="#doc/([0-9a-f]{16})/(\d+)-(\d+)"', page))
    assert len(links) > 50
    for doc, start, end in links:
        span = (int(start), int(end))
        assert doc in models, f"a quote into a document the report does not hold: {doc}"
        assert rd.coverage(whole[doc], span) > 0, "the quoted characters are in the reader"
        assert rd.coverage(models[doc], span) == rd.coverage(whole[doc], span), (doc, span)


def test_documents_nothing_quotes_are_listed_but_say_they_are_not_embedded(bounded) -> None:
    page, counts = bounded
    listed_only = counts["sources"] - counts["documents"] - counts["excerpts"]
    sources = re.search(r'data-page="sources">(.*?)</section>', page, re.S).group(1)
    assert sources.count("not in this report") == listed_only
    assert sources.count("quoted passages only") == counts["excerpts"]
    assert 'data-page="missing-doc"' in page


def test_excerpt_keeps_whole_sentences_and_the_marks_inside_them() -> None:
    raw = "One sentence here. The quoted one is this. A third one."
    model = {
        "body": [[[0, raw]]],
        "captions": [],
        "removed": [],
        "marks": [
            [4, 12, "mention", "x", None],
            [23, 29, "mention", "y", None],
            [45, 50, "timex", "z", None],
        ],
    }
    sentences = [(0, 18), (19, 42), (43, 55)]
    keep = rd.passages(sentences, {(23, 29)})
    assert keep == [(19, 42)]
    part = rd.excerpt(model, len(raw), keep, {(23, 29)})
    assert part["body"] == [[[19, "The quoted one is this."]]]
    assert [m[3] for m in part["marks"]] == ["y"]
    assert part["excerpt"] == {"passages": 1, "chars": 23, "of": len(raw)}
    assert rd.opens_all(part, model, {(23, 29)})
    assert not rd.opens_all(part, model, {(0, 3)})


def test_choose_full_takes_the_most_quoted_and_parse_documents() -> None:
    order = ["a", "b", "c", "d"]
    cited = {"a": {(0, 1)}, "c": {(0, 1), (2, 3), (4, 5)}, "d": {(0, 1), (5, 6)}, "b": set()}
    assert rd.choose_full(order, cited, 2) == ["c", "d"]
    assert rd.choose_full(order, cited, None) == order
    assert rd.choose_full(order, cited, 0) == []
    assert rd.parse_documents("all") is None and rd.parse_documents("7") == 7
    with pytest.raises(ValueError):
        rd.parse_documents("some")


def test_cli_documents_option(seeds_board: Caseboard, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    report_command.main(["--db", str(seeds_board.path), "--out", str(out), "--documents", "0",
                         "--entities", "5"], standalone_mode=False)  # fmt: skip
    models = embedded_models(out.read_text(encoding="utf-8"))
    assert models and all("excerpt" in m for m in models.values())
    with pytest.raises(Exception, match="number or 'all'"):
        report_command.main(["--db", str(seeds_board.path), "--out", str(out), "--documents", "x"],
                            standalone_mode=False)  # fmt: skip


def test_a_quote_opens_its_sentence_in_an_excerpt_in_chromium(
    page, bounded, seeds_board: Caseboard, tmp_path: Path
) -> None:
    text, _ = bounded
    report = tmp_path / "bounded.html"
    report.write_text(text, encoding="utf-8")
    models = embedded_models(text)
    doc = next(d for d, m in models.items() if "excerpt" in m)
    start, end = re.search(rf'href="#doc/{doc}/(\d+)-(\d+)"', text).groups()
    page.goto(f"{report.as_uri()}#doc/{doc}/{start}-{end}")
    page.wait_for_selector("section.page.shown article.reader[data-rendered='1'] .hl")
    marked = "".join(page.locator("section.page.shown .doc-body .hl").all_inner_texts())
    assert marked == raw_texts(seeds_board)[doc][int(start) : int(end)]
    assert page.locator("section.page.shown .excerpt-note").is_visible()
    shoot(page, "12-report-excerpt")
    listed = re.search(r'data-page="sources">(.*?)</section>', text, re.S).group(1)
    if "not in this report" in listed:
        missing = next(d for d in raw_texts(seeds_board) if d not in models)
        page.goto(f"{report.as_uri()}#doc/{missing}")
        assert page.locator('section.page.shown[data-page="missing-doc"]').count() == 1
    assert page.errors == [] and page.outside == []


def test_a_bounded_report_of_hostile_text_stays_inert(hostile_board: Caseboard) -> None:
    out = io.StringIO()
    with Store(hostile_board.path, read_only=True) as store:
        counts = write_report(store, out, documents=0)
    page = out.getvalue()
    assert counts["documents"] == 0 and counts["excerpts"] == 1, "the entity pages quote the article"
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", 'href="javascript:'):
        assert payload not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, "the title is shown, escaped"
    assert all(
        s == "<script>" or 'type="application/json"' in s for s in re.findall(r"<script\b[^>]*>", page)
    )
