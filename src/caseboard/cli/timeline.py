"""``caseboard timeline``: grouped events in date order, with dates, participants and sources."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from caseboard.cli.options import config_option, db_option, json_option, open_board
from caseboard.query.timeline import TimelineEntry
from caseboard.query.timeline_entity import SENTENCE
from caseboard.query.timeline_json import entry_json


@click.command("timeline")
@db_option
@config_option
@click.option(
    "--entity",
    default=None,
    metavar="NAME",
    help="Only events about this entity: one of their sources names it as a participant or place, or "
    "mentions it in its sentence. NAME resolves as `caseboard entity` resolves it: an entity's exact "
    "name, alias or id, else a fuzzy match of them; a participant the resolver left unlinked matches by "
    "its text (the entity's spellings). A NAME that matches nothing is an error.",
)
@click.option(
    "--from",
    "date_from",
    default=None,
    metavar="DATE",
    help="YYYY[-MM[-DD]]: keep the events whose date range overlaps --from..--to, so a vaguely dated "
    "event (2006/2018) is kept by --from 2010 --to 2010.",
)
@click.option("--to", "date_to", default=None, metavar="DATE", help="YYYY[-MM[-DD]], see --from.")
@click.option(
    "--undated",
    is_flag=True,
    help="Also list the events with no date of their own: shown 'before' their article's publication "
    "date, or 'undated' when the article has none.",
)
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
    """Events in date order: date and uncertainty, summary, participants, place, sources.

    The date is an ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD) or YYYY/YYYY, with the range it allows in
    brackets when the date alone does not say it; --json writes the layout of docs/export.md."""
    with open_board(config_path, db) as board:
        entries = board.timeline(
            entity, date_from, date_to, include_undated=undated, include_statements=show_all, top=top
        )
    if as_json:
        click.echo(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return
    Console().print(_table(entries))


def _table(entries: list[TimelineEntry]) -> Table:
    table = Table(title=_title(entries), show_lines=False)
    for name in ("date", "event", "who", "where", "sources"):
        table.add_column(name, overflow="fold")
    for e in entries:
        # as written: a canonical name can be coarser than the phrase ("American" for "American embassy")
        who = ", ".join(f"{a.text} ({role})" for role, a in e.participants)
        where = e.place.text if e.place else ""
        # article words are no markup: "[sic]", "[he]" in a quote would otherwise vanish
        table.add_row(*(escape(cell) for cell in (e.when, e.summary, who, where, sources_cell(e))))
    return table


def _title(entries: list[TimelineEntry]) -> str:
    """The count of events; with --entity, how many name the entity only in a source's sentence (no
    participant of theirs is it: the reader sees why such an entry is listed)."""
    said = sum(e.entity_match == SENTENCE for e in entries)
    counted = f"{len(entries)} event{'s' if len(entries) != 1 else ''}"
    return f"timeline ({counted}{f', {said} naming it in a sentence only' if said else ''})"


def sources_cell(entry: TimelineEntry, shown: int = 4) -> str:
    """The count of sources (documents), then where the first ``shown`` state it: each document once,
    with its sentences' offsets ("17 sentences in 3 sources: 001.txt@100,488 +3; ...")."""
    offsets: dict[str, list[int]] = {}  # by document: two files may share a name in two folders
    names: dict[str, str] = {}
    for s in entry.sources:
        offsets.setdefault(s.doc, []).append(s.start)
        names.setdefault(s.doc, s.path.rsplit("/", 1)[-1])
    places = []
    for doc, starts in list(offsets.items())[:shown]:
        more = f" +{len(starts) - 2}" if len(starts) > 2 else ""
        places.append(f"{names[doc]}@{','.join(map(str, starts[:2]))}{more}")
    rest = f"; +{len(offsets) - shown} more" if len(offsets) > shown else ""
    return f"{entry.sources_label}: {'; '.join(places)}{rest}" if places else ""
