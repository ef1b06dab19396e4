"""Options shared by several commands."""

from __future__ import annotations

import click

from caseboard.api import Caseboard
from caseboard.config import load_config

db_option = click.option(
    "--db",
    "db",
    default=None,
    metavar="FILE",
    help="Caseboard database file (default: store.db in the configuration, caseboard.duckdb).",
)
config_option = click.option(
    "--config",
    "config_path",
    default=None,
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="TOML file overriding the shipped defaults (see `caseboard config`).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def open_board(config_path: str | None, db: str | None) -> Caseboard:
    """The caseboard a query command reads: the shipped settings, then ``--config``, then ``--db``."""
    cfg = load_config(config_path, store__db=db)
    return Caseboard(cfg.store.db, cfg=cfg)
