"""``caseboard entities``: the people, organisations and places of a caseboard."""

from __future__ import annotations

import json
from dataclasses import asdict

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from caseboard.cli.options import config_option, db_option, json_option, open_board


@click.command("entities")
@db_option
@config_option
@click.option("--type", "type_", default=None, metavar="T", help="Only this type (PERSON, ORG, GPE, ...).")
@click.option("--top", type=int, default=30, show_default=True, help="How many (0: all).")
@json_option
def command(db: str | None, config_path: str | None, type_: str | None, top: int, as_json: bool) -> None:
    """List resolved entities, most mentioned first, with their aliases."""
    with open_board(config_path, db) as board:
        rows = board.entities(type_=type_, top=top)
    if as_json:
        click.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    table = Table(show_header=True)
    table.add_column("name", no_wrap=True)
    table.add_column("type")
    table.add_column("mentions", justify="right")
    table.add_column("sources", justify="right")
    table.add_column("other spellings", overflow="fold")
    table.add_column("id", no_wrap=True, style="dim")
    for r in rows:
        others = [a for a in r.aliases if a != r.name]
        table.add_row(
            escape(r.name),
            r.type,
            str(r.mention_count),
            str(r.document_count),
            escape("; ".join(others[:6])),
            r.id,
        )
    Console().print(table)
