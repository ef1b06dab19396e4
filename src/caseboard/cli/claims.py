"""``caseboard claims ENTITY``: what the sources claim about an entity, and who says so."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from caseboard.cli.options import config_option, db_option, json_option, open_board

FIELDS = (  # what --json prints of each claim, in this order
    "id",
    "doc",
    "start",
    "end",
    "quote",
    "subject_text",
    "attribute",
    "value",
    "value_type",
    "speaker",
    "speaker_type",
    "hedges",
    "negated",
    "cluster",
    "outlet",
    "path",
)


@click.command("claims")
@click.argument("entity")
@db_option
@config_option
@json_option
def command(entity: str, db: str | None, config_path: str | None, as_json: bool) -> None:
    """Claims about ENTITY with speaker, hedges and the quoted sentence."""
    with open_board(config_path, db) as board:
        found = board.claims(entity)
    if as_json:
        rows = [{k: getattr(c, k) for k in FIELDS} for c in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=list))
        return
    table = Table(show_header=True)
    for col in ("attribute", "value", "source", "speaker", "hedges", "quote"):
        table.add_column(col, overflow="fold")
    for c in found:
        neg = "NOT " if c.negated else ""
        table.add_row(
            c.attribute,
            neg + c.value[:80],
            c.outlet or c.path,
            f"{c.speaker} ({c.speaker_type})",
            ", ".join(c.hedges or []),
            c.quote[:200],
        )
    Console().print(table)
