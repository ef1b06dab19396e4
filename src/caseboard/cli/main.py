"""The ``caseboard`` command: a thin shell over the Python API."""

from __future__ import annotations

import sys

import click

from caseboard import __version__
from caseboard.cli import build, config, export, registry
from caseboard.errors import CaseboardError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="caseboard")
def cli() -> None:
    """Turn articles from outlets that disagree into an evidence-linked caseboard."""


for command in (build.command, export.command, config.command, *registry.COMMANDS):
    cli.add_command(command)


def main(argv: list[str] | None = None) -> int:
    """Entry point: user mistakes print one line and exit non-zero, never a traceback."""
    try:
        cli.main(args=argv, prog_name="caseboard", standalone_mode=False)
    except CaseboardError as exc:
        click.echo(f"caseboard: error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("caseboard: interrupted; stored documents are complete, rerun to finish", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("caseboard: interrupted; stored documents are complete, rerun to finish", err=True)
        return 130
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
