"""``caseboard framing ENTITY``: the words each source uses, side by side (descriptive only)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict

import click
from rich.console import Console
from rich.table import Table

from caseboard.cli.options import config_option, db_option, json_option, open_board


@click.command("framing")
@click.argument("entity")
@db_option
@config_option
@json_option
def command(entity: str, db: str | None, config_path: str | None, as_json: bool) -> None:
    """Labels, verbs, scare quotes and loaded terms per source for ENTITY."""
    with open_board(config_path, db) as board:
        terms = board.framing(entity)
    if as_json:
        click.echo(json.dumps([asdict(t) for t in terms], ensure_ascii=False, indent=2))
        return
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    for t in terms:
        cells[(t.source, t.kind)].append(f"{t.term} ({t.count})")
    kinds = ("label", "verb", "scare_quote", "loaded")
    table = Table(show_header=True, title=f"Framing of {terms[0].target_text}")
    table.add_column("source", overflow="fold")
    for k in kinds:
        table.add_column(k, overflow="fold")
    for source in sorted({t.source for t in terms}):
        table.add_row(source, *("; ".join(cells[(source, k)][:12]) for k in kinds))
    Console().print(table)
