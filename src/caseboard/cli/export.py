"""``caseboard export``: write the caseboard for other tools."""

from __future__ import annotations

import sys

import click

from caseboard.cli.options import config_option, db_option, open_board
from caseboard.errors import InputError


@click.command("export")
@db_option
@config_option
@click.option("--format", "fmt", type=click.Choice(["json", "timeml"]), default="json", show_default=True)
@click.option(
    "--out",
    default="-",
    metavar="FILE|DIR",
    help="json: the file to write; without --out (or with '-') the JSON goes to standard output. "
    "timeml: the folder to write (required).",
)
def command(db: str | None, config_path: str | None, fmt: str, out: str) -> None:
    """Export the whole caseboard: one JSON object (format caseboard/1), or one TimeML file per
    document (TempEval-3 layout) for the TimeML tools; see docs/export.md."""
    if fmt == "timeml":
        _export_timeml(config_path, db, out)
        return
    board = open_board(config_path, db)
    if out == "-":
        board.export_json(sys.stdout)
        return
    try:
        with open(out, "w", encoding="utf-8") as fh:
            counts = board.export_json(fh)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror}") from None
    _summary(out, counts)


def _export_timeml(config_path: str | None, db: str | None, out: str) -> None:
    """One file per document: the folder is required, standard output cannot hold them."""
    if out == "-":
        raise InputError("--format timeml writes one .tml file per document: give the folder with --out DIR")
    try:
        counts = open_board(config_path, db).export_timeml(out)
    except OSError as exc:
        raise InputError(f"cannot write into {out}: {exc.strerror or exc}") from None
    _summary(out, counts)


def _summary(out: str, counts: dict[str, int]) -> None:
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    click.echo(f"wrote {out}: {summary}", err=True)
