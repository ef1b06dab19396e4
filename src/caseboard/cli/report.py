"""``caseboard report``: one self-contained HTML file of the caseboard, to open with no server."""

from __future__ import annotations

from pathlib import Path

import click

from caseboard.cli.options import config_option, db_option
from caseboard.config import load_config
from caseboard.store import Store


@click.command("report")
@db_option
@config_option
@click.option("--out", "out", required=True, metavar="FILE", type=click.Path(dir_okay=False),
              help="The HTML file to write.")  # fmt: skip
@click.option("--entities", "entity_pages", type=click.IntRange(0), default=150, show_default=True,
              help="Entity pages to include, most mentioned first.")  # fmt: skip
def command(db: str | None, config_path: str | None, out: str, entity_pages: int) -> None:
    """Write the overview, entities, timeline, network, conflicts and documents as one HTML file."""
    from caseboard.web.report import write_report

    cfg = load_config(config_path, store__db=db)
    target = Path(out)
    tmp = target.with_name(target.name + ".part")
    with Store(cfg.store.db, read_only=True) as store, tmp.open("w", encoding="utf-8") as fh:
        counts = write_report(store, fh, entity_pages=entity_pages)
    tmp.replace(target)
    size = target.stat().st_size
    click.echo(
        f"caseboard: wrote {target} ({size / 1e6:.1f} MB; {counts['documents']} documents, "
        f"{counts['entities']} entity pages)",
        err=True,
    )
