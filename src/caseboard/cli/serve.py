"""``caseboard serve``: the caseboard in a browser (read-only; binds 127.0.0.1 unless told otherwise)."""

from __future__ import annotations

import click

from caseboard.cli.options import config_option, db_option
from caseboard.config import load_config


@click.command("serve")
@db_option
@config_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (0.0.0.0: all interfaces)."
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to bind.")
def command(db: str | None, config_path: str | None, host: str, port: int) -> None:
    """Serve the caseboard's pages and JSON API (/api/) from a read-only store."""
    import uvicorn

    from caseboard.web.app import create_app

    cfg = load_config(config_path, store__db=db)
    app = create_app(cfg.store.db)
    click.echo(f"caseboard: serving {cfg.store.db} on http://{host}:{port}/ (read-only; Ctrl-C stops)",
               err=True)  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level="warning")
