"""``caseboard timeline``: grouped events in date order, with dates, participants and sources."""

from __future__ import annotations

import json
from dataclasses import asdict

import click
from rich.console import Console
from rich.table import Table

from caseboard.cli.options import config_option, db_option, json_option, open_board
from caseboard.query.timeline import TimelineEntry


@click.command("timeline")
@db_option
@config_option
@click.option("--entity", default=None, metavar="NAME", help="Only events this entity takes part in.")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Earliest date (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Latest date (YYYY[-MM[-DD]]).")
@click.option("--undated", is_flag=True, help="Also list events only known to precede their publication.")
@click.option("--all", "show_all", is_flag=True, help='Also list statements ("X said ...").')
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Only the N most salient events (sources, and how often the articles cite the day).",
)
@json_option
def command(
    db: str | None,
    config_path: str | None,
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
    undated: bool,
    show_all: bool,
    top: int | None,
    as_json: bool,
) -> None:
    """Events in date order: date and uncertainty, summary, participants, place, sources."""
    with open_board(config_path, db) as board:
        entries = board.timeline(
            entity, date_from, date_to, include_undated=undated, include_statements=show_all, top=top
        )
    if as_json:
        click.echo(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2))
        return
    Console().print(_table(entries))


def _table(entries: list[TimelineEntry]) -> Table:
    table = Table(title=f"timeline ({len(entries)} events)", show_lines=False)
    for name in ("date", "event", "who", "where", "sources"):
        table.add_column(name, overflow="fold")
    for e in entries:
        who = ", ".join(f"{a.shown} ({role})" for role, a in e.participants)
        sources = "; ".join(f"{s.path.rsplit('/', 1)[-1]}@{s.start}" for s in e.sources[:4])
        if len(e.sources) > 4:
            sources += f" +{len(e.sources) - 4}"
        table.add_row(e.when, e.summary, who, e.place.shown if e.place else "", sources)
    return table
