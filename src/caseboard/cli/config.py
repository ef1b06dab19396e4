"""``caseboard config``: print the shipped configuration, or the effective one."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from caseboard.cli.options import config_option
from caseboard.config import default_config_text, load_config


@click.command("config")
@config_option
@click.option("--effective", is_flag=True, help="Print the merged settings as JSON instead of the defaults.")
def command(config_path: str | None, effective: bool) -> None:
    """Print the shipped defaults (commented TOML) to copy into a --config file."""
    if effective or config_path:
        click.echo(json.dumps(asdict(load_config(config_path)), indent=2))
    else:
        click.echo(default_config_text(), nl=False)
