"""The overrides file format (docs/overrides.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseboard.errors import ConfigError
from caseboard.resolve import load_overrides, parse_overrides
from caseboard.resolve.overrides import Ref


def test_parses_same_and_different_by_name_and_id_with_comments() -> None:
    text = (
        "# decisions\n\nsame: Haj Qassem | Qasem Soleimani\n"
        "DIFFERENT: Naim Qassem | id:3F2A9C0D11E4B7A2 # why\n"
    )
    overrides = parse_overrides(text)
    assert [d.kind for d in overrides.decisions] == ["same", "different"]
    assert overrides.same[0].left == Ref("name", "Haj Qassem")
    assert overrides.different[0].right == Ref("id", "3f2a9c0d11e4b7a2")
    assert overrides.different[0].line == 4


@pytest.mark.parametrize(
    "line", ["same Haj Qassem | Qasem Soleimani", "merge: A | B", "same: A B", "different: | B"]
)
def test_malformed_line_is_a_config_error_naming_the_line(line: str) -> None:
    with pytest.raises(ConfigError, match=r"overrides.txt:2: cannot read"):
        parse_overrides(f"# ok\n{line}\n", "overrides.txt")


def test_load_overrides_reads_a_file_and_reports_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "overrides.txt"
    path.write_text("same: Hezbollah | Hizbullah\n", encoding="utf-8")
    assert len(load_overrides(path).same) == 1
    with pytest.raises(ConfigError, match="not found"):
        load_overrides(tmp_path / "missing.txt")
