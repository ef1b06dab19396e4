"""``caseboard build``: read, clean, annotate and store a folder of articles."""

from __future__ import annotations

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from caseboard.api import Caseboard
from caseboard.cli.options import config_option, db_option
from caseboard.config import load_config
from caseboard.pipeline import BuildReport


@click.command("build")
@click.argument("paths", nargs=-1, required=True)
@db_option
@config_option
@click.option("--model", default=None, help="spaCy pipeline (package name or path).")
@click.option("--processes", "n_process", type=int, default=None, help="Worker processes for spaCy.")
@click.option("--batch-size", type=int, default=None, help="Documents per spaCy batch.")
@click.option("--overrides", default=None, help="Entity overrides file (same/different decisions).")
@click.option("--prune", is_flag=True, help="Remove stored documents that are not among PATHS.")
@click.option(
    "--runner",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where the per-document map runs (dask needs caseboard[dask]).",
)
@click.option(
    "--dask-scheduler",
    default=None,
    help="Dask scheduler: processes, threads, synchronous, or a distributed scheduler address.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def command(
    paths: tuple[str, ...],
    db: str | None,
    config_path: str | None,
    model: str | None,
    n_process: int | None,
    batch_size: int | None,
    overrides: str | None,
    prune: bool,
    runner: str,
    dask_scheduler: str | None,
    quiet: bool,
) -> None:
    """Build or update a caseboard from PATHS (folders, files or glob patterns).

    Reads .txt, .md, .html/.htm (also .gz), .jsonl and WARC files. A document
    whose content is unchanged is not processed again; a broken file is
    reported and skipped.
    """
    cfg = load_config(
        config_path,
        store__db=db,
        annotate__model=model,
        annotate__n_process=n_process,
        annotate__batch_size=batch_size,
        resolve__overrides=overrides,
    )
    console = Console(stderr=True)
    with _progress(console, quiet) as bar:
        task = bar.add_task("building", total=None)

        def on_event(event: str, path: str) -> None:
            bar.update(task, advance=1, description=f"{event}: {path[-50:]}")

        board = Caseboard(cfg.store.db, cfg=cfg)
        report = board.build(
            list(paths), prune=prune, progress=on_event, runner=runner, dask_scheduler=dask_scheduler
        )
    _print_summary(Console(), report, cfg.store.db)


def _progress(console: Console, quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=quiet,
    )


def _print_summary(console: Console, report: BuildReport, db: str) -> None:
    table = Table(title=f"caseboard build -> {db}", show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("in the caseboard", justify="right")
    totals = report.totals
    retagged = f", {report.retagged} re-tagged (dates only)" if report.retagged else ""
    table.add_row("documents", f"{report.processed} new/changed{retagged}, {report.unchanged} unchanged",
                  str(totals.get("documents", 0)))  # fmt: skip
    table.add_row("sentences", str(report.sentences), str(totals.get("sentences", 0)))
    table.add_row("tokens", str(report.tokens), str(totals.get("tokens", 0)))
    table.add_row("mentions", str(report.mentions), str(totals.get("mentions", 0)))
    table.add_row("entities", "", str(totals.get("entities", 0)))
    table.add_row("removed spans", str(report.removed), str(totals.get("removed", 0)))
    table.add_row("skipped files", str(len(report.skipped)), str(totals.get("skipped", 0)))
    if report.pruned:
        table.add_row("pruned documents", str(report.pruned), "")
    table.add_row("seconds", f"{report.seconds:.1f}", "")
    console.print(table)
    for item in report.skipped:
        console.print(f"[yellow]skipped[/yellow] {item.path}: {item.reason}", highlight=False)
