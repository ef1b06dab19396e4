"""Commands beyond build/export/config, registered on the ``caseboard`` group."""

from __future__ import annotations

import click

from caseboard.cli import ask, claims, conflicts, entities, entity, framing, report, search, serve, timeline

COMMANDS: list[click.Command] = [
    entities.command,
    entity.command,
    claims.command,
    conflicts.command,
    framing.command,
    timeline.command,
    ask.command,
    search.command,
    serve.command,
    report.command,
]
