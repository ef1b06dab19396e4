"""``caseboard claims ENTITY``: what the sources claim about an entity, and who says so."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from caseboard.cli.options import config_option, db_option, json_option, open_board

FIELDS = (
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
        rows = [{k: r[k] for k in FIELDS} for r in board.claims(entity)]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=list))
        return
    table = Table(show_header=True)
    for col in ("attribute", "value", "source", "speaker", "hedges", "quote"):
        table.add_column(col, overflow="fold")
    for r in rows:
        neg = "NOT " if r["negated"] else ""
        table.add_row(
            r["attribute"],
            neg + r["value"][:80],
            r["outlet"] or r["path"],
            f"{r['speaker']} ({r['speaker_type']})",
            ", ".join(r["hedges"] or []),
            r["quote"][:200],
        )
    Console().print(table)
