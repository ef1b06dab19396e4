"""Shared fixtures: the demo corpus built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseboard.api import Caseboard
from caseboard.config import load_config

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "soleimani"
SHARED_BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_board(tmp_path_factory: pytest.TempPathFactory) -> Caseboard:
    """The seeds' caseboard, built once; tests must only read it."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    board = Caseboard(db, cfg=load_config())
    board.build([str(SEEDS)])
    return board
