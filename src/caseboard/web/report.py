"""``caseboard report``: one self-contained HTML file of a caseboard that opens with no server.

The pages are the server's own templates rendered with in-page links (``#entity/ID``); documents are
embedded as JSON (``<script type="application/json">``, with every ``<`` escaped) and rendered on demand
by the same reader script as the server, inlined with the stylesheet. Nothing is loaded from anywhere.

A large caseboard is bounded (``caseboard.web.report_docs``): the most quoted documents in full, the
quoted passages of every other quoted document, so that every quote still opens its sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from caseboard import __version__
from caseboard.store import Store
from caseboard.web import data, data_events, data_timeline
from caseboard.web import report_docs as rd
from caseboard.web.docmodel import doc_models
from caseboard.web.links import Links
from caseboard.web.render import render, static_text

REPORT_ENTITIES = 150  # entity pages included: the most mentioned
REMOVED_LIMIT = 2000  # characters of each removed span kept in the report
Section = tuple[str, str]


def _pages(
    store: Store, entity_pages: int, sources: list[dict[str, Any]], tl: dict[str, Any], conflicts: list
) -> list[tuple[str, str, dict[str, Any]]]:
    """(section id, body template, context) for the pages that quote documents (not the source lists)."""
    listed = data_timeline.timeline_page(tl, 1, data_timeline.REPORT_EVENTS)
    top = data.entities(store, top=entity_pages)
    pages: list[tuple[str, str, dict[str, Any]]] = [
        ("entities", "entities_body.html", {"entities": top}),
        ("timeline", "timeline_body.html", {"tl": listed, "sources": sources, "filters": {}}),
        ("network", "network_body.html", {"graph": data.network(store)}),
        ("conflicts", "conflicts_body.html", {"conflicts": conflicts, "framing": data.framing(store)}),
    ]  # fmt: skip
    for e in top:
        found = data.entity(store, e["id"])
        if found is not None:
            pages.append((f"entity/{e['id']}", "entity_body.html", {"e": found}))
    return pages


def _source_pages(
    store: Store, embedded: dict[str, str], sources: list[dict[str, Any]], tl: dict[str, Any], conflicts: list
) -> list[tuple[str, str, dict[str, Any]]]:
    overview = data.overview(store, sources, tl, conflicts)
    return [
        ("overview", "overview_body.html", overview | {"embedded": embedded}),
        ("sources", "sources_body.html", data.source_page(sources, page=None) | {"embedded": embedded}),
    ]


def _render(
    pages: list[tuple[str, str, dict[str, Any]]], links: Links, labels: dict[str, str]
) -> list[Section]:
    out = []
    for key, template, ctx in pages:
        html = render(template, links=links, report=True, labels=labels, page_name=key.split("/")[0], **ctx)
        out.append((key, html))
    return out


def _intern_marks(model: dict[str, Any], strings: dict[str | None, int]) -> None:
    """Replace each mark's label and link by its index in one shared table: they repeat a lot."""
    for mark in model["marks"]:
        for i in (3, 4):
            mark[i] = strings.setdefault(mark[i], len(strings))


def _documents(
    store: Store,
    links: Links,
    labels: dict[str, str],
    plan: dict[str, str],
    cited: dict[str, set[rd.Span]],
    strings: dict[str | None, int],
) -> list[Section]:
    """The reader section of every embedded document: in full, or cut to its quoted passages."""
    out = []
    for model, sentences, raw_length in doc_models(store, list(plan), links, removed_limit=REMOVED_LIMIT):
        spans = cited.get(model["id"], set())
        if plan[model["id"]] == "excerpt":
            part = rd.excerpt(model, raw_length, rd.passages(sentences, spans), spans)
            if rd.opens_all(part, model, spans):
                model = part
            else:
                plan[model["id"]] = "full"  # never leave a quote without its sentence
        _intern_marks(model, strings)
        html = render("doc_body.html", links=links, report=True, labels=labels, doc=model)
        out.append((f"doc/{model['id']}", html))
    return out


def write_report(
    store: Store,
    out: IO[str],
    *,
    entity_pages: int = REPORT_ENTITIES,
    documents: int | None = rd.FULL_DEFAULT,
) -> dict[str, int]:
    """Write the report; ``documents`` is how many to embed in full (None: all), the most quoted first.
    Return how many pages, entity pages, documents in full and as excerpts, and sources it lists."""
    links = Links(report=True)
    sources, tl, conflicts = data.sources(store), data_timeline.timeline(store), data_events.conflicts(store)
    labels = data.labels(store, sources)
    order = [s["id"] for s in sources]
    sections = _render(_pages(store, entity_pages, sources, tl, conflicts), links, labels)
    cited = rd.cited_spans([html for _, html in sections])
    full = set(rd.choose_full(order, cited, documents))
    plan = {d: "full" if d in full else "excerpt" for d in order if d in full or cited.get(d)}
    listing = _render(_source_pages(store, plan, sources, tl, conflicts), links, labels)
    for doc, spans in rd.cited_spans([html for _, html in listing]).items():
        if spans:
            cited.setdefault(doc, set()).update(spans)
            plan.setdefault(doc, "excerpt")
    strings: dict[str | None, int] = {None: 0}
    docs = _documents(store, links, labels, plan, cited, strings)
    counts = {
        "pages": len(sections) + len(listing),
        "entities": len(sections) - 4,
        "documents": sum(1 for v in plan.values() if v == "full"),
        "excerpts": sum(1 for v in plan.values() if v == "excerpt"),
        "sources": len(order),
    }
    out.write(
        render(
            "report.html",
            links=links,
            report=True,
            page_name="overview",
            sections=listing + sections + docs,
            strings=list(strings),
            css=static_text("style.css"),
            scripts=[static_text(n) for n in ("docview.js", "network.js", "report.js")],
            title=Path(store.path).stem,
            version=__version__,
            entity_pages=entity_pages,
            counts=counts,
        )
    )
    return counts
