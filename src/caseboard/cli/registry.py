"""Commands beyond build/export/config, registered on the ``caseboard`` group."""

from __future__ import annotations

import click

from caseboard.cli import claims, conflicts, entities, entity, framing

COMMANDS: list[click.Command] = [
    entities.command,
    entity.command,
    claims.command,
    conflicts.command,
    framing.command,
]
