"""``caseboard search``: ranked sentences for some words, optionally naming one entity."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from caseboard.cli.options import config_option, db_option, json_option, open_board


@click.command("search")
@db_option
@config_option
@click.argument("terms")
@click.option("--entity", default=None, metavar="NAME", help="Only sentences naming this entity.")
@click.option("--limit", type=int, default=10, show_default=True, help="How many sentences.")
@click.option("--semantic", is_flag=True, help="Rerank with the embeddings extra.")
@json_option
def command(
    db: str | None, config_path: str | None, terms: str, entity: str | None, limit: int, semantic: bool,
    as_json: bool,
) -> None:  # fmt: skip
    """Sentences best matching TERMS (BM25 over the stored index), with their sources and offsets."""
    with open_board(config_path, db) as board:
        hits = board.search(terms, entity=entity, limit=limit, semantic=semantic)
    if as_json:
        click.echo(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo(f"No sentence matches {terms!r}.")
    for rank, hit in enumerate(hits, 1):
        click.echo(
            f"{rank}. {hit.outlet or hit.doc} ({hit.path} [{hit.start}:{hit.end}]) score {hit.score:.2f}"
        )
        click.echo(f"   “{hit.quote}”")
