"""The seeds' JSON export, as the export tests read it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from caseboard.api import Caseboard
from caseboard.ingest.decode import decode_bytes


@pytest.fixture(scope="module")
def exported(seeds_board: Caseboard) -> dict:
    buf = io.StringIO()
    seeds_board.export_json(buf)
    return json.loads(buf.getvalue())


@pytest.fixture(scope="module")
def originals(exported: dict) -> dict[str, str]:
    """Document id -> the decoded original file, what every exported offset points into."""
    return {d["id"]: decode_bytes(Path(d["path"]).read_bytes())[0] for d in exported["documents"]}
