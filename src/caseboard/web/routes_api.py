"""The JSON API under /api/ that the pages use (OpenAPI at /api/openapi.json). GET only.

Every list comes in pages: ``?limit=&offset=`` (``caseboard.web.paging``), answered with the page, the
``total`` and the ``next`` page's offset.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request

from caseboard.web import data, data_events, data_timeline
from caseboard.web.docmodel import doc_model
from caseboard.web.links import Links
from caseboard.web.paging import LIMIT, Limit, Offset, page_of, window

router = APIRouter(prefix="/api", tags=["caseboard"])
LINKS = Links()
DOC_ID = re.compile(r"^[0-9a-f]{16}$")
MAX_IDENT = 200


def board(request: Request) -> Any:
    return request.app.state.board


Order = Annotated[
    Literal["date", "salient"],
    Query(description="`date`: the timeline in date order; `salient`: the most salient events first "
          "(sources stating them, named participants, precise dates)."),
]  # fmt: skip


def timeline_of(request: Request, *filters: str | None) -> dict[str, Any]:
    """The timeline for (entity, source, from, to), as the page and the API show it (computed once for
    the same filters, given or not: "" and None are no filter)."""
    given = tuple(f or None for f in filters) + (None,) * (4 - len(filters))
    return board(request).read(("timeline", *given), lambda store: data_timeline.timeline(store, *given))


def sources_of(request: Request) -> list[dict[str, Any]]:
    """Every source, as the pages, the API and the documents' labels list them (computed once)."""
    return board(request).read(("sources",), data.sources)


def conflicts_of(request: Request) -> list[dict[str, Any]]:
    """Every conflict, as the conflicts page, the overview and the API list them (computed once)."""
    return board(request).read(("conflicts",), data_events.conflicts)


def search_of(
    request: Request, q: str, entity: str | None = None, limit: int = 20, offset: int = 0
) -> dict[str, Any]:
    """Sentences ``offset`` to ``offset + limit`` of the ranking for (q, entity), with the total."""
    found = board(request).read(("ranked", q, entity), lambda st: data_events.ranked(st, q, entity))
    return board(request).read(
        ("search", q, entity, limit, offset), lambda st: data_events.search_page(st, found, limit, offset)
    )


def profile_of(request: Request, ident: str) -> dict[str, Any] | None:
    """The entity's profile (every fact and source), or None when there is no such entity."""
    if not ident.strip() or len(ident) > MAX_IDENT:
        return None
    return board(request).read(("entity", ident), lambda store: data.entity(store, ident))


def entity_of(request: Request, ident: str) -> dict[str, Any]:
    """The entity's profile, or a 404."""
    found = profile_of(request, ident)
    if found is None:
        raise HTTPException(404, "no such entity")
    return found


def doc_of(request: Request, doc_id: str) -> dict[str, Any] | None:
    """The reader's model of a document (the id already checked), or None when there is no such one."""
    return board(request).read(("doc", doc_id), lambda store: doc_model(store, doc_id, LINKS))


def examples_of(request: Request, entity_id: str) -> list[dict[str, Any]]:
    return board(request).read(("examples", entity_id), lambda store: data.examples(store, entity_id))


def check_doc_id(doc_id: str) -> str:
    if not DOC_ID.match(doc_id):
        raise HTTPException(404, "no such document: ids are 16 hex digits")
    return doc_id


@router.get("/sources", summary="The documents: outlet, date, size, what cleaning removed")
def api_sources(request: Request, limit: Limit = LIMIT, offset: Offset = 0) -> dict[str, Any]:
    return page_of(sources_of(request), limit, offset)


@router.get("/entities", summary="Entities, most mentioned first")
def api_entities(
    request: Request,
    type: str | None = Query(None, max_length=20, description="Only this type: PERSON, ORG, GPE..."),
    limit: Limit = LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    rows = board(request).read(("entities", None, type), lambda store: data.entities(store, None, type))
    return page_of(rows, limit, offset)


@router.get(
    "/entity/{ident}",
    summary="An entity: aliases, related, framing, and the first page of its facts, mentions, examples",
)
def api_entity(request: Request, ident: str, limit: Limit = LIMIT) -> dict[str, Any]:
    found = entity_of(request, ident)
    lists = {"facts": found["facts"], "mentions": found["sources"],
             "examples": examples_of(request, found["entity"]["id"])}  # fmt: skip
    kept = {k: v for k, v in found.items() if k not in ("facts", "sources", "examples")}
    return kept | {name: page_of(rows, limit, 0) for name, rows in lists.items()}


@router.get("/entity/{ident}/facts", summary="Claims about an entity grouped by value, with every citation")
def api_entity_facts(
    request: Request, ident: str, limit: Limit = LIMIT, offset: Offset = 0
) -> dict[str, Any]:
    return page_of(entity_of(request, ident)["facts"], limit, offset)


@router.get("/entity/{ident}/mentions", summary="Mentions of an entity per source, the most first")
def api_entity_mentions(
    request: Request, ident: str, limit: Limit = LIMIT, offset: Offset = 0
) -> dict[str, Any]:
    return page_of(entity_of(request, ident)["sources"], limit, offset)


@router.get("/entity/{ident}/examples", summary="Every mention of an entity in its sentence")
def api_entity_examples(
    request: Request, ident: str, limit: Limit = LIMIT, offset: Offset = 0
) -> dict[str, Any]:
    return page_of(examples_of(request, entity_of(request, ident)["entity"]["id"]), limit, offset)


@router.get("/timeline", summary="Events with their uncertainty and sources, in date or salience order")
def api_timeline(
    request: Request,
    entity: str | None = Query(None, max_length=MAX_IDENT, description="Events naming this entity"),
    source: str | None = Query(None, max_length=16, description="Events stated in this document (id)"),
    date_from: str | None = Query(None, alias="from", max_length=10, description="YYYY[-MM[-DD]]"),
    date_to: str | None = Query(None, alias="to", max_length=10, description="YYYY[-MM[-DD]]"),
    order: Order = "date",
    limit: Limit = LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    tl = timeline_of(request, entity, source, date_from, date_to)
    chosen = data_timeline.indexes_in(tl, order)[offset : offset + limit]
    return (
        {"events": [tl["events"][i] for i in chosen], "order": order}
        | window(tl["total"], limit, offset)
        | {k: tl[k] for k in ("axis", "missing", "error")}
    )


@router.get("/network", summary="The most mentioned entities and the sentences they share")
def api_network(request: Request, top: int = Query(40, ge=2, le=300)) -> dict[str, Any]:
    return board(request).read(("network", top), lambda store: data.network(store, top))


@router.get("/conflicts", summary="Conflicts between sources, each side with its quote")
def api_conflicts(request: Request, limit: Limit = LIMIT, offset: Offset = 0) -> dict[str, Any]:
    return page_of(conflicts_of(request), limit, offset)


@router.get("/framing", summary="Framing terms per entity and source")
def api_framing(request: Request, limit: Limit = LIMIT, offset: Offset = 0) -> dict[str, Any]:
    return page_of(board(request).read(("framing",), data.framing), limit, offset)


@router.get("/doc/{doc_id}", summary="A document for the reader: body runs, captions, removed spans, marks")
def api_doc(request: Request, doc_id: str) -> dict[str, Any]:
    model = doc_of(request, check_doc_id(doc_id))
    if model is None:
        raise HTTPException(404, "no such document")
    return model


@router.get("/search", summary="Sentences matching the terms, best first, optionally about one entity")
def api_search(
    request: Request,
    q: str = Query("", max_length=500, description="Words to search for"),
    entity: str | None = Query(None, max_length=MAX_IDENT, description="Only sentences naming this entity"),
    limit: Limit = LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    return search_of(request, q, entity, limit, offset)


@router.get("/ask", summary="An answer to a question, with the sentences that support it")
def api_ask(request: Request, q: str = Query("", max_length=500)) -> dict[str, Any]:
    return board(request).read(("ask", q), lambda store: data_events.ask(store, q))
