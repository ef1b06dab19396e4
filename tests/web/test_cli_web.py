"""``caseboard serve`` as a real process: binds 127.0.0.1, serves the pages, never writes the store."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
from click.testing import CliRunner
from tests.web.conftest import free_port

from caseboard.api import Caseboard
from caseboard.cli.serve import command as serve_command

SERVE = "import sys; from caseboard.cli.serve import command; command.main(sys.argv[1:])"


def test_serve_help_names_the_defaults() -> None:
    result = CliRunner().invoke(serve_command, ["--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "8000" in result.output


def test_serve_process_answers_and_leaves_the_store_untouched(seeds_board: Caseboard) -> None:
    before = seeds_board.path.stat().st_mtime_ns, seeds_board.path.stat().st_size
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--db", str(seeds_board.path), "--port", str(port)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/", timeout=10)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else "server exited"
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and "5 sources" in response.text
        assert httpx.get(f"http://127.0.0.1:{port}/api/sources", timeout=10).json()["total"] == 5
    finally:
        proc.terminate()
        proc.wait(30)
    assert (seeds_board.path.stat().st_mtime_ns, seeds_board.path.stat().st_size) == before


def test_serve_refuses_a_missing_store(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    from caseboard.errors import StoreError

    result = CliRunner().invoke(serve_command, ["--db", str(tmp_path / "nothing.duckdb"), "--port", "0"])
    assert isinstance(result.exception, StoreError)
    assert "no caseboard" in str(result.exception)
