"""`meetbot version`."""

from __future__ import annotations

import typer

from bot import __version__
from bot.cli import app


@app.command()
def version() -> None:
    """Print the version of meetbot."""
    typer.echo(__version__)
