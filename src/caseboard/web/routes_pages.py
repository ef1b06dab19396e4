"""The HTML pages. Each one calls the same data functions as the JSON API; links are plain hrefs."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from caseboard.store import Store
from caseboard.web import data, data_events, data_timeline
from caseboard.web.links import Links
from caseboard.web.render import render
from caseboard.web.routes_api import (
    DOC_ID,
    MAX_IDENT,
    board,
    conflicts_of,
    doc_of,
    profile_of,
    search_of,
    sources_of,
    timeline_of,
)

router = APIRouter(include_in_schema=False)
LINKS = Links()


def page(template: str, status: int = 200, request: Request | None = None, **context: object) -> HTMLResponse:
    labels = board(request).labels if request is not None else {}
    html = render(template, links=LINKS, report=False, labels=labels, **context)
    return HTMLResponse(html, status_code=status)


def not_found(what: str) -> HTMLResponse:
    return page("missing.html", status=404, what=what)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    def compute(store: Store) -> dict[str, Any]:
        return data.overview(store, sources_of(request), timeline_of(request), conflicts_of(request))

    ctx = board(request).read(("overview",), compute)
    return page("overview.html", request=request, page_name="overview", **ctx)


@router.get("/sources", response_class=HTMLResponse)
def sources(
    request: Request,
    page_number: int = Query(1, alias="page", ge=1, le=100_000),
    outlet: str | None = Query(None, max_length=MAX_IDENT),
) -> HTMLResponse:
    ctx = data.source_page(sources_of(request), page_number, outlet or None)
    return page("sources.html", request=request, page_name="sources", **ctx)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, type: str | None = Query(None, max_length=20)) -> HTMLResponse:
    rows = board(request).read(("entities", 500, type or None),
                               lambda store: data.entities(store, top=500, type_=type or None))  # fmt: skip
    return page("entities.html", request=request, page_name="entities", entities=rows, type=type)


@router.get("/entity/{ident}", response_class=HTMLResponse)
def entity(request: Request, ident: str) -> HTMLResponse:
    found = profile_of(request, ident)
    if found is None:
        return not_found("entity")
    return page("entity.html", request=request, page_name="entities", e=found)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    entity: str | None = Query(None, max_length=MAX_IDENT),
    source: str | None = Query(None, max_length=16),
    date_from: str | None = Query(None, alias="from", max_length=10),
    date_to: str | None = Query(None, alias="to", max_length=10),
    page_number: int = Query(1, alias="page", ge=1, le=100_000),
    order: Literal["salient", "date"] = Query("salient"),
) -> HTMLResponse:
    result = timeline_of(request, entity, source, date_from, date_to)
    shown = data_timeline.timeline_page(result, page_number, data_timeline.PAGE_SIZE, order)
    filters = {"entity": entity or "", "source": source or "", "from": date_from or "", "to": date_to or "",
               "order": "" if order == "salient" else order}  # fmt: skip
    return page("timeline.html", request=request, page_name="timeline", tl=shown,
                sources=sources_of(request), filters=filters)  # fmt: skip


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    graph = board(request).read(("network", 40), lambda store: data.network(store, 40))
    return page("network.html", request=request, page_name="network", graph=graph)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request) -> HTMLResponse:
    rows = conflicts_of(request)
    framing = board(request).read(("framing",), data.framing)
    return page("conflicts.html", request=request, page_name="conflicts", conflicts=rows, framing=framing)


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    if not DOC_ID.match(doc_id):
        return not_found("document")
    model = doc_of(request, doc_id)
    if model is None:
        return not_found("document")
    return page("doc.html", request=request, page_name="documents", doc=model)


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
    answer = board(request).read(("ask", q), lambda store: data_events.ask(store, q))
    found = search_of(request, q)
    return page("ask.html", request=request, page_name="ask", q=q, answer=answer, found=found)


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    routes = request.app.openapi()["paths"]
    rows = [(path, op.get("summary", "")) for path, ops in routes.items() for op in ops.values()]
    return page("api.html", request=request, page_name="api", routes=rows)
