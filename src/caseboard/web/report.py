"""``caseboard report``: one self-contained HTML file of a caseboard that opens with no server.

The pages are the server's own templates rendered with in-page links (``#entity/ID``); documents are
embedded as JSON (``<script type="application/json">``, with every ``<`` escaped) and rendered on demand
by the same reader script as the server, inlined with the stylesheet. Nothing is loaded from anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from caseboard import __version__
from caseboard.query import documents as reads
from caseboard.store import Store
from caseboard.web import data, data_events
from caseboard.web.docmodel import doc_model
from caseboard.web.links import Links
from caseboard.web.render import render, static_text

REPORT_ENTITIES = 150  # entity pages included: the most mentioned
REMOVED_LIMIT = 2000  # characters of each removed span kept in the report


def _pages(store: Store, links: Links, entity_pages: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(section id, body template, context) for every page of the report."""
    sources = data.sources(store)
    tl = data_events.timeline(store)
    top = data.entities(store, top=18)
    main_conflicts = data_events.conflicts(store, limit=5)
    overview = {"sources": sources, "entities": top, "conflicts": main_conflicts, "timeline": tl}
    pages: list[tuple[str, str, dict[str, Any]]] = [
        ("overview", "overview_body.html", overview),
        ("entities", "entities_body.html", {"entities": data.entities(store, top=entity_pages)}),
        ("timeline", "timeline_body.html", {"tl": tl, "sources": sources, "filters": {}}),
        ("network", "network_body.html", {"graph": data.network(store)}),
        ("conflicts", "conflicts_body.html", {"conflicts": data_events.conflicts(store),
                                              "framing": data.framing(store)}),
    ]  # fmt: skip
    for e in data.entities(store, top=entity_pages):
        found = data.entity(store, e["id"])
        if found is not None:
            pages.append((f"entity/{e['id']}", "entity_body.html", {"e": found}))
    return pages


def _intern_marks(model: dict[str, Any], strings: dict[str | None, int]) -> None:
    """Replace each mark's label and link by its index in one shared table: they repeat a lot."""
    for mark in model["marks"]:
        for i in (3, 4):
            mark[i] = strings.setdefault(mark[i], len(strings))


def write_report(store: Store, out: IO[str], *, entity_pages: int = REPORT_ENTITIES) -> dict[str, int]:
    """Write the report; return how many pages, entity pages and documents it holds."""
    links = Links(report=True)
    labels = reads.labels(store)
    sections = []
    for key, template, ctx in _pages(store, links, entity_pages):
        html = render(template, links=links, report=True, labels=labels, page_name=key.split("/")[0], **ctx)
        sections.append((key, html))
    docs = []
    strings: dict[str | None, int] = {None: 0}
    for source in reads.sources(store):
        model = doc_model(store, source.id, links, removed_limit=REMOVED_LIMIT)
        if model is not None:
            _intern_marks(model, strings)
            docs.append((f"doc/{source.id}", render("doc_body.html", links=links, report=True, doc=model)))
    out.write(
        render(
            "report.html",
            links=links,
            report=True,
            page_name="overview",
            sections=sections + docs,
            strings=list(strings),
            css=static_text("style.css"),
            scripts=[static_text(n) for n in ("docview.js", "network.js", "report.js")],
            title=Path(store.path).stem,
            version=__version__,
            entity_pages=entity_pages,
        )
    )
    return {"pages": len(sections), "entities": len(sections) - 5, "documents": len(docs)}
