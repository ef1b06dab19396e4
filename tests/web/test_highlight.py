"""The reader highlights exactly ``raw_text[START:END]`` of a quote link, in headless Chromium: every evidence
link of the demo's timeline, and a hand-made document whose link bounds fall inside runs and marks."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from tests.web.conftest import LiveServer

from caseboard.api import Caseboard
from caseboard.store import Store

DOCVIEW = Path(__file__).resolve().parents[2] / "src" / "caseboard" / "web" / "static" / "docview.js"

SHOWN = """() => {
  const hl = Array.from(document.querySelectorAll('article.reader span[data-s].hl'));
  const anchor = document.getElementById('hl'), box = anchor && anchor.getBoundingClientRect();
  return {
    hl: hl.map(n => [+n.dataset.s, +n.dataset.e, n.textContent]),
    first: anchor && anchor === hl[0],
    inView: !!box && box.top >= 0 && box.bottom <= innerHeight,
    legend: document.querySelectorAll('.legend .hl').length,
  };
}"""

SPANS = """() => Array.from(document.querySelectorAll(
  'article.reader [data-role=body] span[data-s], article.reader [data-role=captions] span[data-s]'
)).map(n => {
  const a = n.closest('a.mark-link');
  return [+n.dataset.s, +n.dataset.e, n.textContent, n.className, a && a.getAttribute('href')];
})"""


def _raw_texts(board: Caseboard) -> dict[str, str]:
    with Store(board.path, read_only=True) as store:
        return dict(store.query("SELECT id, raw_text FROM documents"))


def _assert_exact(shown: dict, raw: str, start: int, end: int, where: str) -> None:
    pieces = shown["hl"]
    assert pieces, f"{where}: nothing highlighted"
    assert "".join(text for _, _, text in pieces) == raw[start:end], where
    bounds = pieces[0][0], pieces[-1][1]
    assert bounds == (start, end), f"{where}: highlighted {bounds}"
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False)), f"{where}: a gap"
    assert shown["first"] and shown["inView"], f"{where}: #hl is the first piece, scrolled into view"
    assert shown["legend"] == 1, f"{where}: the legend keeps its sample"


def _assert_marks_kept(spans: list, model: dict, raw: str) -> None:
    """Every rendered piece still shows the original characters at its offsets, the classes of the marks
    over it and the link of the first linked one: cutting at a quote's bounds loses no mark."""
    marks = sorted(model["marks"], key=lambda m: m[0])
    for s, e, text, classes, href in spans:
        assert text == raw[s:e]
        over = [m for m in marks if m[0] < e and m[1] > s]
        assert set(classes.split()) - {"hl"} == {f"m-{m[2]}" for m in over}, (s, e, text)
        assert href == next((m[4] for m in over if m[4]), None), (s, e, text)


def _quote_links(page, url: str) -> dict[str, list[tuple[int, int]]]:  # noqa: ANN001 - a Playwright page
    page.goto(url + "/timeline")
    hrefs = page.eval_on_selector_all("li.event a.q", "links => links.map(a => a.getAttribute('href'))")
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for href in dict.fromkeys(hrefs):
        doc, start, end = re.fullmatch(r"/doc/([0-9a-f]{16})\?hl=(\d+)-(\d+)#hl", href).groups()
        by_doc[doc].append((int(start), int(end)))
    return by_doc


def test_every_timeline_quote_highlights_exactly_its_characters(
    page, live_server: LiveServer, seeds_board: Caseboard
) -> None:
    raws = _raw_texts(seeds_board)
    by_doc = _quote_links(page, live_server.url)
    assert sum(map(len, by_doc.values())) >= 50, "the demo's timeline quotes many sentences"
    inside = 0
    for doc, spans in by_doc.items():
        (start, end), rest = spans[0], spans[1:]
        page.goto(f"{live_server.url}/doc/{doc}?hl={start}-{end}#hl")  # as a quote link opens it
        page.wait_for_selector("article.reader[data-rendered='1']")
        _assert_exact(page.evaluate(SHOWN), raws[doc], start, end, f"{doc} {start}-{end}")
        for start, end in rest:  # the same reader, highlight moved by #oSTART-END
            page.evaluate(f"location.hash = '#o{start}-{end}'")
            page.wait_for_function(f"() => (document.getElementById('hl') || {{}}).dataset?.s === '{start}'")
            _assert_exact(page.evaluate(SHOWN), raws[doc], start, end, f"{doc} {start}-{end} (hash)")
        model = page.request.get(f"{live_server.url}/api/doc/{doc}").json()
        runs = [run for para in model["body"] for run in para] + model["captions"]
        inside += sum(any(s < a < s + len(t) or s < b < s + len(t) for s, t in runs) for a, b in spans)
        _assert_marks_kept(page.evaluate(SPANS), model, raws[doc])
    assert inside >= 10, "many links start or end inside a run: the case that over-highlighted"
    assert page.errors == []


# A paragraph of one run (as the cleaner gives it), an emoji before the quote (two UTF-16 units, one
# character of the original text), an entity mark the quote starts inside, a date mark it ends inside.
RAW = "Crowds 🕯 gathered in Kerman on Monday. Qasem Soleimani was buried there on Tuesday night."
START, END = RAW.index("Soleimani was"), RAW.index(" night")
MENTION = (RAW.index("Qasem"), RAW.index(" was buried"))
TIMEX = (RAW.index("Tuesday"), len(RAW) - 1)  # "Tuesday night": it ends past the quote's end
MODEL = {
    "body": [[[0, RAW]]], "captions": [], "removed": [],
    "marks": [[MENTION[0], MENTION[1], "mention", "PERSON: Qasem Soleimani", "/entity/e1"],
              [TIMEX[0], TIMEX[1], "timex", "DATE 2020-01-07", None]],
}  # fmt: skip
PAGE = f"""<!doctype html><body><article class="reader"><p class="legend"><span class="hl">quoted</span></p>
<div data-role="body"></div><div data-role="captions"></div><div data-role="removed-list"></div>
<script type="application/json" class="doc-data">{json.dumps(MODEL)}</script></article></body>"""


def _reader(page) -> None:  # noqa: ANN001 - a Playwright page
    page.set_content(PAGE)
    page.add_script_tag(path=str(DOCVIEW))
    page.evaluate("window.CaseboardReader.render(document.querySelector('article.reader'))")


def _highlight(page, start: int, end: int) -> dict:  # noqa: ANN001 - a Playwright page
    reader = "document.querySelector('article.reader')"
    page.evaluate(f"window.CaseboardReader.highlight({reader}, {start}, {end})")
    return page.evaluate(SHOWN)


def test_a_highlight_cut_inside_runs_and_marks(page) -> None:
    assert MENTION[0] < START and TIMEX[0] < END < TIMEX[1]
    _reader(page)
    shown = _highlight(page, START, END)
    _assert_exact(shown, RAW, START, END, "one run")
    assert [text for _, _, text in shown["hl"]] == ["Soleimani", " was buried there on ", "Tuesday"]
    spans = page.evaluate(SPANS)
    assert "".join(text for _, _, text, _, _ in spans) == RAW, "the run is still whole, in order"
    _assert_marks_kept(spans, MODEL, RAW)
    assert [href for s, _, _, _, href in spans if href] == ["/entity/e1", "/entity/e1"], "both halves link"


def test_a_second_highlight_replaces_the_first_exactly(page) -> None:
    _reader(page)
    _highlight(page, START, END)
    first = RAW.index("Crowds 🕯"), RAW.index(" in Kerman")
    shown = _highlight(page, *first)
    _assert_exact(shown, RAW, *first, "after another highlight")
    assert shown["hl"][-1][2].endswith("gathered"), "the emoji counts as one character, as in the file"
    _assert_marks_kept(page.evaluate(SPANS), MODEL, RAW)
