"""Pages of the JSON API's lists: ``limit`` and ``offset`` query parameters, documented in the OpenAPI
description and validated by FastAPI (a value out of range is answered with a 422 naming the bound), and
the envelope every list route answers with: ``{items, total, limit, offset, next}``; and the numbered
pages of the HTML lists (``?page=``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

LIMIT = 50  # items per page when the request does not say
MAX_LIMIT = 1000  # the most items one request may ask for
MAX_OFFSET = 10_000_000  # a bound, not a real list length: larger offsets are refused

Limit = Annotated[
    int,
    Query(ge=1, le=MAX_LIMIT, description=f"How many items to return (1 to {MAX_LIMIT}, default {LIMIT})."),
]
Offset = Annotated[
    int,
    Query(
        ge=0,
        le=MAX_OFFSET,
        description="How many items to skip from the start of the whole list (0 = the first page). "
        "`next` in the answer is the offset of the following page, null after the last one.",
    ),
]


def window(total: int, limit: int, offset: int) -> dict[str, Any]:
    """The page's numbers: ``total`` items in all, this page from ``offset``, ``next`` offset or None."""
    following = offset + limit
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next": following if following < total else None,
    }


def page_of(items: list[Any], limit: int, offset: int, key: str = "items") -> dict[str, Any]:
    """``items[offset:offset + limit]`` under ``key``, with the total and the next page's offset."""
    return {key: items[offset : offset + limit]} | window(len(items), limit, offset)


def numbered(total: int, page: int, size: int) -> tuple[int, int, int]:
    """Page ``page`` of ``total`` items in pages of ``size``, clamped to 1..pages: (page, pages, index of
    its first item)."""
    pages = max(1, -(-total // size))
    page = min(max(page, 1), pages)
    return page, pages, (page - 1) * size
