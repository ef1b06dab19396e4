"""The JSON API under /api/ that the pages use (OpenAPI at /api/openapi.json). GET only."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request

from caseboard.web import data, data_events
from caseboard.web.docmodel import doc_model
from caseboard.web.links import Links

router = APIRouter(prefix="/api", tags=["caseboard"])
LINKS = Links()
DOC_ID = re.compile(r"^[0-9a-f]{16}$")
MAX_IDENT = 200


def board(request: Request) -> Any:
    return request.app.state.board


def timeline_of(request: Request, *filters: str | None) -> dict[str, Any]:
    """The timeline for (entity, source, from, to), as the page and the API show it."""
    return board(request).read(("timeline", *filters), lambda store: data_events.timeline(store, *filters))


def search_of(request: Request, q: str, entity: str | None = None, limit: int = 20) -> dict[str, Any]:
    return board(request).read(
        ("search", q, entity, limit), lambda st: data_events.search(st, q, entity, limit)
    )


def check_doc_id(doc_id: str) -> str:
    if not DOC_ID.match(doc_id):
        raise HTTPException(404, "no such document: ids are 16 hex digits")
    return doc_id


def check_ident(ident: str) -> str:
    if not ident.strip() or len(ident) > MAX_IDENT:
        raise HTTPException(404, "no such entity")
    return ident


@router.get("/sources", summary="The documents: outlet, date, size, what cleaning removed")
def api_sources(request: Request) -> list[dict[str, Any]]:
    return board(request).read(("sources",), data.sources)


@router.get("/entities", summary="Entities, most mentioned first")
def api_entities(
    request: Request, top: int = Query(50, ge=1, le=5000), type: str | None = Query(None, max_length=20)
) -> list[dict[str, Any]]:
    return board(request).read(
        ("entities", top, type), lambda store: data.entities(store, top=top, type_=type)
    )


@router.get("/entity/{ident}", summary="An entity: aliases, sources, related, facts with citations, framing")
def api_entity(request: Request, ident: str) -> dict[str, Any]:
    found = board(request).read(("entity", check_ident(ident)), lambda store: data.entity(store, ident))
    if found is None:
        raise HTTPException(404, "no such entity")
    return found


@router.get("/timeline", summary="Events in date order with their uncertainty and sources")
def api_timeline(
    request: Request,
    entity: str | None = Query(None, max_length=MAX_IDENT),
    source: str | None = Query(None, max_length=16),
    date_from: str | None = Query(None, alias="from", max_length=10),
    date_to: str | None = Query(None, alias="to", max_length=10),
) -> dict[str, Any]:
    return timeline_of(request, entity, source, date_from, date_to)


@router.get("/network", summary="The most mentioned entities and the sentences they share")
def api_network(request: Request, top: int = Query(40, ge=2, le=300)) -> dict[str, Any]:
    return board(request).read(("network", top), lambda store: data.network(store, top))


@router.get("/conflicts", summary="Conflicts between sources, each side with its quote")
def api_conflicts(request: Request) -> list[dict[str, Any]]:
    return board(request).read(("conflicts",), data_events.conflicts)


@router.get("/framing", summary="Framing terms per entity and source")
def api_framing(request: Request) -> list[dict[str, Any]]:
    return board(request).read(("framing",), data.framing)


@router.get("/doc/{doc_id}", summary="A document for the reader: body runs, captions, removed spans, marks")
def api_doc(request: Request, doc_id: str) -> dict[str, Any]:
    model = board(request).read(("doc", check_doc_id(doc_id)), lambda store: doc_model(store, doc_id, LINKS))
    if model is None:
        raise HTTPException(404, "no such document")
    return model


@router.get("/search", summary="Sentences matching the terms, optionally about one entity")
def api_search(
    request: Request,
    q: str = Query("", max_length=500),
    entity: str | None = Query(None, max_length=MAX_IDENT),
    limit: int = Query(20, ge=1, le=200),
) -> dict[str, Any]:
    return search_of(request, q, entity, limit)


@router.get("/ask", summary="An answer to a question, with the sentences that support it")
def api_ask(request: Request, q: str = Query("", max_length=500)) -> dict[str, Any]:
    return board(request).read(("ask", q), lambda store: data_events.ask(store, q))
