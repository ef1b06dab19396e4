"""``caseboard entity NAME``: one entity's profile with its evidence."""

from __future__ import annotations

import json
from dataclasses import asdict

import click
from rich.console import Console
from rich.markup import escape

from caseboard.cli.options import config_option, db_option, json_option, open_board
from caseboard.query.entities import EntityProfile


@click.command("entity")
@click.argument("name")
@db_option
@config_option
@click.option("--examples", type=int, default=5, show_default=True, help="Example sentences to show.")
@json_option
def command(name: str, db: str | None, config_path: str | None, examples: int, as_json: bool) -> None:
    """Show the entity best matching NAME (fuzzy): aliases, sources, related entities, examples."""
    with open_board(config_path, db) as board:
        profile = board.entity(name, examples=examples)
    if as_json:
        click.echo(json.dumps(asdict(profile), ensure_ascii=False, indent=2))
    else:
        _print_profile(Console(), profile)


def _print_profile(console: Console, p: EntityProfile) -> None:
    e = p.entity
    console.print(
        f"[bold]{e.name}[/bold]  {e.type}  ({e.mention_count} mentions in {e.document_count} sources)"
    )
    console.print(f"id: {e.id}", highlight=False)
    aliases = "; ".join(f"{a} ({n})" for a, n in p.alias_counts.items())
    console.print(escape(f"aliases: {aliases}"), highlight=False)
    console.print("\n[bold]sources[/bold]")
    for s in p.sources:
        console.print(escape(f"  {s.mentions:4d}  {s.outlet or '-'} | {s.title or s.path}"), highlight=False)
    if p.related:
        console.print("\n[bold]mentioned with[/bold]")
        related = "; ".join(f"{r.name} ({r.type}, {r.shared_sentences})" for r in p.related)
        console.print(escape(f"  {related}"), highlight=False)
    console.print("\n[bold]examples[/bold]")
    for x in p.examples:
        console.print(escape(f"  [{x.path} {x.start}-{x.end}] {x.sentence}"), highlight=False)
