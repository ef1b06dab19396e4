"""Latency of every page and API route of ``caseboard serve``, and size/open time of ``caseboard report``.

    .venv/bin/python bench/web.py --db timeline17.duckdb [--rounds 30] [--out bench/out/report.html]
        [--documents N|all] [--no-routes] [--no-report]

Starts the server in a subprocess on 127.0.0.1 (a free port), requests each route (pages, pages of the
timeline, API lists at their default page and a few other pages of them) ``--rounds`` times
with httpx after two warm-up requests (the first one timed as "cold": the server caches each page's data),
writes the report, opens it in Debian's Chromium from a file:// URL and prints a markdown snippet for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

SERVER = (
    "import sys, uvicorn; from caseboard.web.app import create_app; "
    "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(client: httpx.Client, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit("the server exited; is --db a caseboard?")
        try:
            client.get("/api/sources")
            return
        except httpx.TransportError:
            time.sleep(0.2)
    sys.exit("the server did not start")


def all_items(client: httpx.Client, url: str) -> list[dict]:
    """Every item of a paged API list (``{items, next}``), read a thousand at a time."""
    items: list[dict] = []
    offset = 0
    while offset is not None:
        page = client.get(url, params={"limit": 1000, "offset": offset}).json()
        items += page["items"]
        offset = page["next"]
    return items


def routes(client: httpx.Client) -> list[str]:
    docs = sorted(all_items(client, "/api/sources"), key=lambda d: d["text_length"])
    doc = docs[len(docs) // 2]["id"] if docs else "0000000000000000"
    top = client.get("/api/entities?limit=1").json()["items"]
    entity = top[0]["id"] if top else "none"
    name = top[0]["name"] if top else "nobody"
    pages = ["/", "/sources", "/sources?page=2", "/entities", f"/entity/{entity}", "/timeline",
             "/timeline?page=2", "/timeline?order=date&page=2", f"/timeline?entity={name}", "/network",
             "/conflicts", f"/doc/{doc}", f"/ask?q=Where was {name} born"]  # fmt: skip
    api = ["/api/sources", "/api/sources?limit=1000", "/api/entities", f"/api/entity/{entity}",
           f"/api/entity/{entity}/facts", f"/api/entity/{entity}/mentions", f"/api/entity/{entity}/examples",
           "/api/timeline", "/api/timeline?order=salient", "/api/timeline?offset=5000", "/api/network",
           "/api/conflicts", "/api/framing", f"/api/doc/{doc}", f"/api/search?q={name}",
           f"/api/search?q={name}&offset=100", f"/api/ask?q=Where was {name} born"]  # fmt: skip
    return pages + api


def measure(client: httpx.Client, url: str, rounds: int) -> tuple[float, float, float, int]:
    """(cold ms: the first request, p50 ms, p99 ms, bytes) after the first and one more warm-up."""
    t0 = time.perf_counter()
    client.get(url)
    cold = (time.perf_counter() - t0) * 1000
    client.get(url)
    times = []
    size = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        size = len(response.content)
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return cold, statistics.median(times), p99, size


def report(db: str, out: Path, documents: int | None) -> tuple[float, int, float | None, dict[str, int]]:
    from caseboard.store import Store
    from caseboard.web.report import write_report

    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with Store(db, read_only=True) as store, out.open("w", encoding="utf-8") as fh:
        counts = write_report(store, fh, documents=documents)
    write_s = time.perf_counter() - t0
    return write_s, out.stat().st_size, open_ms(out), counts


def open_ms(path: Path) -> float | None:
    """Milliseconds from navigation start to the load event, median of three opens in Chromium."""
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        runs = []
        for _ in range(3):
            page = browser.new_page()
            page.goto(path.resolve().as_uri(), wait_until="load", timeout=300_000)
            runs.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
            page.close()
        browser.close()
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path("bench/out/report.html"))
    parser.add_argument("--documents", default="100", help="documents in the report in full: N or all")
    parser.add_argument("--no-routes", action="store_true", help="only the report")
    parser.add_argument("--no-report", action="store_true", help="only the routes")
    args = parser.parse_args()
    if not args.no_routes:
        print_routes(args.db, args.rounds)
    if not args.no_report:
        from caseboard.web.report_docs import parse_documents

        write_s, size, opened, counts = report(args.db, args.out, parse_documents(args.documents))
        shown = f"{opened:.0f} ms" if opened is not None else "n/a (no /usr/bin/chromium)"
        full, parts, total = counts["documents"], counts["excerpts"], counts["sources"]
        print(f"\nreport.html (--documents {args.documents}): {size / 1e6:.2f} MB, "
              f"written in {write_s:.1f} s, opens in Chromium in {shown}; {full} documents in full, "
              f"{parts} as quoted passages, of {total}; {counts['entities']} entity pages")  # fmt: skip


def print_routes(db: str, rounds: int) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER, db, str(port)])
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
            wait_up(client, proc)
            rows = [(url, *measure(client, url, rounds)) for url in routes(client)]
    finally:
        proc.terminate()
        proc.wait(30)
    print(f"### Web ({Path(db).name}, {rounds} requests per route, 127.0.0.1)\n")
    print("| route | first (cold) ms | p50 ms | p99 ms | bytes |\n|---|---:|---:|---:|---:|")
    for url, cold, p50, p99, nbytes in rows:
        print(f"| `{url}` | {cold:.0f} | {p50:.1f} | {p99:.1f} | {nbytes:,} |")


if __name__ == "__main__":
    main()
