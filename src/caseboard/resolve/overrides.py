"""User overrides: "same" and "different" decisions applied on every build.

Format (see docs/overrides.md)::

    # comment
    same: Haj Qassem | Qasem Soleimani
    different: Naim Qassem | Qassem Soleimani
    same: id:3f2a9c0d11e4b7a2 | Quds Force
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from caseboard.errors import ConfigError

_LINE = re.compile(r"^(same|different)\s*:\s*([^|]*[^|\s])\s*\|\s*([^|]*[^|\s])\s*$", re.IGNORECASE)
_ID = re.compile(r"^id:\s*([0-9a-f]{6,64})$", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Ref:
    """One side of a decision: an entity id (``id:...``) or a name as written."""

    kind: str  # "id" | "name"
    value: str


@dataclass(slots=True, frozen=True)
class Decision:
    kind: str  # "same" | "different"
    left: Ref
    right: Ref
    line: int  # line number in the file (0 for decisions built in code)


@dataclass(slots=True)
class Overrides:
    decisions: list[Decision] = field(default_factory=list)
    source: str = ""

    @property
    def same(self) -> list[Decision]:
        return [d for d in self.decisions if d.kind == "same"]

    @property
    def different(self) -> list[Decision]:
        return [d for d in self.decisions if d.kind == "different"]


def parse_ref(text: str) -> Ref:
    found = _ID.match(text.strip())
    if found:
        return Ref("id", found.group(1).lower())
    return Ref("name", text.strip())


def parse_line(line: str, number: int) -> Decision | None:
    """One decision from one line; None for blank and comment lines."""
    body = line.split("#", 1)[0].strip()
    if not body:
        return None
    found = _LINE.match(body)
    if not found:
        return None
    return Decision(found.group(1).lower(), *_refs(found), number)


def _refs(found: re.Match[str]) -> tuple[Ref, Ref]:
    return parse_ref(found.group(2)), parse_ref(found.group(3))


def parse_overrides(text: str, source: str = "<overrides>") -> Overrides:
    """Parse the overrides format; raise ConfigError naming the first bad line."""
    decisions = []
    for number, line in enumerate(text.splitlines(), start=1):
        decision = parse_line(line, number)
        if decision is None and line.split("#", 1)[0].strip():
            raise ConfigError(
                f"{source}:{number}: cannot read {line.strip()!r}; "
                "write 'same: NAME | NAME' or 'different: NAME | NAME' (a side may be id:ENTITY_ID)"
            )
        if decision is not None:
            decisions.append(decision)
    return Overrides(decisions, source)


def load_overrides(path: str | Path) -> Overrides:
    """Read an overrides file (UTF-8)."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"overrides file not found: {p}; fix resolve.overrides or create the file"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"overrides file {p} cannot be read as UTF-8 text: {exc}") from None
    return parse_overrides(text, str(p))
