"""The web app: FastAPI over one read-only caseboard store. Only GET routes; nothing writes."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from caseboard import __version__
from caseboard.store import Store
from caseboard.web import data

STATIC = Path(__file__).parent / "static"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class Board:
    """The app's read-only store; DuckDB connections are not shared across threads, so reads take turns.

    The store cannot change while it is served, so what a page computed is kept (the last ``CACHE``
    results, by page and parameters): the first request of a page on a large caseboard pays for it once.
    """

    CACHE = 256

    def __init__(self, db: str | Path):
        self.store = Store(db, read_only=True)
        self.lock = threading.RLock()  # a cached page may read cached parts
        self.results: OrderedDict[Hashable, Any] = OrderedDict()
        # the store is read-only: names never change (labels come from the sources the pages list)
        self.labels = data.labels(self.store, self.read(("sources",), data.sources))

    @contextmanager
    def reading(self) -> Iterator[Store]:
        with self.lock:
            yield self.store

    def read(self, key: Hashable, compute: Callable[[Store], Any]) -> Any:
        """``compute(store)``, or what it returned the last time it was asked with this ``key``."""
        with self.lock:
            if key in self.results:
                self.results.move_to_end(key)
                return self.results[key]
            value = compute(self.store)
            self.results[key] = value
            if len(self.results) > self.CACHE:
                self.results.popitem(last=False)
            return value

    def close(self) -> None:
        self.store.close()


def create_app(db: str | Path) -> FastAPI:
    """The caseboard site over ``db``, opened read-only (a missing or foreign file raises StoreError)."""
    board = Board(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI):  # noqa: ANN202 - the FastAPI lifespan protocol
        yield
        board.close()

    app = FastAPI(
        title="Caseboard",
        version=__version__,
        description="Read-only JSON API over one caseboard: every record leads to its sentence.",
        lifespan=lifespan,
        docs_url=None,  # the stock docs pages load from a CDN; /api lists the routes instead
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.board = board
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.middleware("http")(_security_headers)
    from caseboard.web import routes_api, routes_pages

    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    return app


Next = Callable[[Request], Awaitable[Response]]


async def _security_headers(request: Request, call_next: Next) -> Response:
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
