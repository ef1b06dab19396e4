"""The command line as a user meets it: real processes, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from caseboard.cli.main import cli

CASEBOARD = [sys.executable, "-m", "caseboard.cli.main"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CASEBOARD, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(name: str) -> None:
    result = run(name, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout and "--help" in result.stdout


def test_missing_path_is_one_clear_line(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb"), "-q")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("caseboard: error:")]
    assert len(errors) == 1 and "nope" in errors[0]


def test_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("build", str(tmp_path / "empty"), "--db", str(tmp_path / "x.duckdb"), "-q")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "no readable documents" in result.stderr


def test_corrupt_database_is_a_clear_error(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "corrupt.duckdb"
    db.write_bytes(b"\x00garbage" * 1000)
    for args in (["build", str(seeds_dir), "--db", str(db), "-q"], ["export", "--db", str(db)]):
        result = run(*args)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert str(db) in result.stderr


def test_unwritable_database_location_is_a_clear_error(tmp_path: Path, seeds_dir: Path) -> None:
    result = run("build", str(seeds_dir), "--db", str(tmp_path / "no" / "such" / "dir.duckdb"), "-q")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "does not exist" in result.stderr


def test_export_of_missing_database_says_how_to_build(tmp_path: Path) -> None:
    result = run("export", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode != 0 and "caseboard build" in result.stderr


def test_build_summary_and_export_file(tmp_path: Path, seeds_dir: Path) -> None:
    db, out = tmp_path / "s.duckdb", tmp_path / "s.json"
    result = run("build", str(seeds_dir), "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    for word in ("documents", "sentences", "mentions", "removed", "skipped", "seconds"):
        assert word in result.stdout
    result = run("export", "--db", str(db), "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text("utf-8"))
    assert data["format"] == "caseboard/1" and len(data["documents"]) == 5


def test_config_prints_commented_defaults() -> None:
    result = run("config")
    assert result.returncode == 0
    assert "[annotate]" in result.stdout and "# " in result.stdout
