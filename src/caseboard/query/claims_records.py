"""Records that ``caseboard.query.claims`` returns: the stored claims, conflicts and their sides, each
with the path and outlet of its document, so that callers cite them without a second read.

Framing rows and the sides of a conflict are the records the stage writes
(``caseboard.extract.claims_records``: ``FramingTerm``, ``Side``). Field order follows the tables'
columns, so ``dataclasses.asdict`` (``to_json`` for a conflict) gives the JSON the CLI and the API print.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

from caseboard.extract.claims_records import Side

Record = TypeVar("Record")


@dataclass(slots=True)
class ClaimView:
    """One stored claim (``claims`` table, docs/claims.md) and the document it is quoted from."""

    id: str
    doc: str
    sent: int
    start: int
    end: int
    quote: str
    subject: str
    subject_text: str
    attribute: str
    value: str
    value_type: str
    earliest: str | None
    latest: str | None
    number: float | None
    bound: str | None
    speaker: str
    speaker_type: str
    speaker_entity: str | None
    hedges: list[str] | None
    negated: bool
    cluster: str | None
    path: str
    outlet: str | None


@dataclass(slots=True)
class SideView:
    """One side of a conflict (a ``conflict_sides`` row: the stage's ``Side`` at its place ``idx``),
    and the document it is quoted from."""

    conflict: str
    idx: int
    side: Side
    path: str
    outlet: str | None

    def to_json(self) -> dict[str, Any]:
        """The side as the CLI and the API print it: the row's columns, flat, in table order."""
        return {"conflict": self.conflict, "idx": self.idx, **asdict(self.side), "path": self.path,
                "outlet": self.outlet}  # fmt: skip


@dataclass(slots=True)
class ConflictView:
    """A contradiction between sources with every side."""

    id: str
    kind: str
    explanation: str
    sides: list[SideView] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "explanation": self.explanation,
                "sides": [s.to_json() for s in self.sides]}  # fmt: skip


def from_row(cls: type[Record], row: dict[str, Any]) -> Record:
    """The record of a stored row, by column name (columns the record does not hold are left out)."""
    return cls(**{f.name: row[f.name] for f in fields(cls)})
