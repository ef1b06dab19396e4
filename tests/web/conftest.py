"""Web fixtures: the seeds' app, a live uvicorn server, headless Debian Chromium, a hostile caseboard."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a thread, for as long as the fixture lives."""

    def __init__(self, app: FastAPI):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def seeds_app(seeds_board: Caseboard) -> FastAPI:
    return create_app(seeds_board.path)


@pytest.fixture(scope="session")
def client(seeds_app: FastAPI) -> TestClient:
    return TestClient(seeds_app)


@pytest.fixture(scope="session")
def hostile_board(tmp_path_factory: pytest.TempPathFactory) -> Caseboard:
    """A caseboard of one article whose text carries script tags and event-handler attributes."""
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copy(HOSTILE / "hostile.txt", folder / "hostile.txt")
    board = Caseboard(folder / "hostile.duckdb", cfg=load_config())
    board.build([str(folder / "hostile.txt")])
    return board


@pytest.fixture(scope="session")
def hostile_client(hostile_board: Caseboard) -> TestClient:
    return TestClient(create_app(hostile_board.path))


@pytest.fixture(scope="session")
def live_server(seeds_app: FastAPI) -> Iterator[LiveServer]:
    with LiveServer(seeds_app) as server:
        yield server


@pytest.fixture(scope="session")
def hostile_server(hostile_board: Caseboard) -> Iterator[LiveServer]:
    with LiveServer(create_app(hostile_board.path)) as server:
        yield server


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh page that records console errors and refuses every request that leaves 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.errors = []
    page.outside = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))

    def guard(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(("http://127.0.0.1:", "file://", "data:")):
            route.continue_()  # type: ignore[attr-defined]
        else:
            page.outside.append(url)
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", guard)
    yield page
    context.close()


def shoot(page: object, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)  # type: ignore[attr-defined]
    return path
