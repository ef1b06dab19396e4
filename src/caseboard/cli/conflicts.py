"""``caseboard conflicts``: where sources contradict each other, both sides quoted."""

from __future__ import annotations

import json

import click
from rich.console import Console

from caseboard.cli.options import config_option, db_option, json_option, open_board


@click.command("conflicts")
@click.option("--entity", default=None, metavar="NAME", help="Only conflicts about this entity.")
@db_option
@config_option
@json_option
def command(entity: str | None, db: str | None, config_path: str | None, as_json: bool) -> None:
    """Contradictions between sources (dates, places, numbers, actors, reported disagreements)."""
    with open_board(config_path, db) as board:
        found = board.conflicts(entity)
    if as_json:
        click.echo(json.dumps([c.to_json() for c in found], ensure_ascii=False, indent=2, default=str))
        return
    console = Console()
    if not found:
        console.print("No conflicts found.")
    for c in found:
        console.print(f"[bold]{c.kind}[/bold]  {c.explanation}", highlight=False)
        for view in c.sides:
            who, s = view.outlet or view.path, view.side
            console.print(f"  - [cyan]{who}[/cyan], speaker: {s.speaker} ({s.speaker_type})", highlight=False)
            console.print(
                f"    value: {s.value}\n    \u201c{s.quote[:300]}\u201d [{s.start}:{s.end}]", highlight=False
            )
        console.print()
