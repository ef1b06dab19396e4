"""``caseboard export``: write the caseboard for other tools."""

from __future__ import annotations

import sys

import click

from caseboard.cli.options import config_option, db_option, open_board
from caseboard.errors import InputError


@click.command("export")
@db_option
@config_option
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--out", default="-", metavar="FILE", help="Output file ('-' for standard output).")
def command(db: str | None, config_path: str | None, fmt: str, out: str) -> None:
    """Export the whole caseboard as one JSON object (format caseboard/1, see docs/export.md)."""
    board = open_board(config_path, db)
    if out == "-":
        board.export_json(sys.stdout)
        return
    try:
        with open(out, "w", encoding="utf-8") as fh:
            counts = board.export_json(fh)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror}") from None
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    click.echo(f"wrote {out}: {summary}", err=True)
