"""Commands beyond build/export/config, registered on the ``caseboard`` group."""

from __future__ import annotations

import click

from caseboard.cli import entities, entity

COMMANDS: list[click.Command] = [entities.command, entity.command]
