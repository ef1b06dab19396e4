"""``caseboard report``: one self-contained HTML file of the caseboard, to open with no server."""

from __future__ import annotations

import time
from pathlib import Path

import click

from caseboard.cli.options import config_option, db_option
from caseboard.config import load_config
from caseboard.store import Store


def _documents(ctx: click.Context, param: click.Parameter, value: str) -> int | None:
    from caseboard.web.report_docs import parse_documents

    try:
        return parse_documents(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx, param) from None


@click.command("report")
@db_option
@config_option
@click.option("--out", "out", required=True, metavar="FILE", type=click.Path(dir_okay=False),
              help="The HTML file to write.")  # fmt: skip
@click.option("--entities", "entity_pages", type=click.IntRange(0), default=150, show_default=True,
              help="Entity pages to include, most mentioned first.")  # fmt: skip
@click.option("--documents", "documents", metavar="N|all", default="100", show_default=True,
              callback=_documents, help="Documents embedded in full, the most quoted first; every other "
              "quoted document keeps the sentences the pages quote, so every quote still opens. "
              "'all' embeds every document.")  # fmt: skip
def command(
    db: str | None, config_path: str | None, out: str, entity_pages: int, documents: int | None
) -> None:
    """Write the overview, sources, entities, timeline, network, conflicts and documents as one HTML file."""
    from caseboard.web.report import write_report

    cfg = load_config(config_path, store__db=db)
    target = Path(out)
    tmp = target.with_name(target.name + ".part")
    started = time.perf_counter()
    with Store(cfg.store.db, read_only=True) as store, tmp.open("w", encoding="utf-8") as fh:
        counts = write_report(store, fh, entity_pages=entity_pages, documents=documents)
    tmp.replace(target)
    size = target.stat().st_size
    click.echo(
        f"caseboard: wrote {target} ({size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s; "
        f"{counts['documents']} documents in full, {counts['excerpts']} as quoted passages, "
        f"{counts['sources'] - counts['documents'] - counts['excerpts']} listed only; "
        f"{counts['entities']} entity pages)",
        err=True,
    )
