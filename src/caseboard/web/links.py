"""Where things live: plain hrefs for the server's pages, in-page anchors for the single-file report."""

from __future__ import annotations

from urllib.parse import quote, urlencode

PAGES = {
    "overview": "/",
    "sources": "/sources",
    "entities": "/entities",
    "timeline": "/timeline",
    "network": "/network",
    "conflicts": "/conflicts",
    "ask": "/ask",
}


class Links:
    """``links("entity", id)``, ``links.quote(doc, start, end)``: the same call in both modes."""

    def __init__(self, *, report: bool = False):
        self.report = report

    def __call__(self, kind: str, ident: str | None = None, **params: str | None) -> str:
        if self.report:
            return f"#{kind}/{quote(ident, safe='')}" if ident else f"#{kind}"
        if kind in ("entity", "doc") and ident:
            url = f"/{kind}/{quote(ident, safe='')}"
        else:
            url = PAGES.get(kind, "/")
        kept = sorted(((k, v) for k, v in params.items() if v), key=lambda kv: kv[0] == "page")  # page last
        return f"{url}?{urlencode(kept)}" if kept else url

    def quote(self, doc: str, start: int, end: int) -> str:
        """The exact characters [start, end) of a document, highlighted in the reader."""
        if self.report:
            return f"#doc/{quote(doc, safe='')}/{start}-{end}"
        return f"/doc/{quote(doc, safe='')}?hl={start}-{end}#hl"

    def event(self, event_id: str, doc: str | None = None) -> str:
        """An event on the timeline; with ``doc``, on the timeline of that document's events (a short list,
        so the event is on its first page)."""
        if self.report:
            return f"#ev-{event_id}"
        return f"{self('timeline', source=doc)}#ev-{event_id}"
