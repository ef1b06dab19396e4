"""The HTML pages. Each one calls the same data functions as the JSON API; links are plain hrefs."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from caseboard.web import data, data_events
from caseboard.web.docmodel import doc_model
from caseboard.web.links import Links
from caseboard.web.render import render
from caseboard.web.routes_api import DOC_ID, MAX_IDENT, board

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
    with board(request).reading() as store:
        ctx = {
            "sources": data.sources(store),
            "entities": data.entities(store, top=18),
            "conflicts": data_events.conflicts(store, limit=5),
            "timeline": data_events.timeline(store),
        }
    return page("overview.html", request=request, page_name="overview", **ctx)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, type: str | None = Query(None, max_length=20)) -> HTMLResponse:
    with board(request).reading() as store:
        rows = data.entities(store, top=500, type_=type or None)
    return page("entities.html", request=request, page_name="entities", entities=rows, type=type)


@router.get("/entity/{ident}", response_class=HTMLResponse)
def entity(request: Request, ident: str) -> HTMLResponse:
    if len(ident) > MAX_IDENT:
        return not_found("entity")
    with board(request).reading() as store:
        found = data.entity(store, ident)
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
) -> HTMLResponse:
    with board(request).reading() as store:
        result = data_events.timeline(store, entity, source, date_from, date_to)
        sources = data.sources(store)
    filters = {"entity": entity or "", "source": source or "", "from": date_from or "", "to": date_to or ""}
    return page(
        "timeline.html", request=request, page_name="timeline", tl=result, sources=sources, filters=filters
    )


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    with board(request).reading() as store:
        graph = data.network(store)
    return page("network.html", request=request, page_name="network", graph=graph)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request) -> HTMLResponse:
    with board(request).reading() as store:
        rows = data_events.conflicts(store)
        framing = data.framing(store)
    return page("conflicts.html", request=request, page_name="conflicts", conflicts=rows, framing=framing)


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    if not DOC_ID.match(doc_id):
        return not_found("document")
    with board(request).reading() as store:
        model = doc_model(store, doc_id, LINKS)
    if model is None:
        return not_found("document")
    return page("doc.html", request=request, page_name="documents", doc=model)


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
    with board(request).reading() as store:
        answer = data_events.ask(store, q)
        found = data_events.search(store, q)
    return page("ask.html", request=request, page_name="ask", q=q, answer=answer, found=found)


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    routes = request.app.openapi()["paths"]
    rows = [(path, op.get("summary", "")) for path, ops in routes.items() for op in ops.values()]
    return page("api.html", request=request, page_name="api", routes=rows)
