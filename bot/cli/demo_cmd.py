"""`meetbot demo`: the whole bot once on the embedded default (bot/demo/run.py)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from bot.cli import app

# The 18th SLOM-WG invitation came on 27 August 2025: the next day its registration
# (15 September) and the meeting are ahead, and the corpus's other meetings too.
DEFAULT_AS_OF = dt.datetime(2025, 8, 28, 9, 0)


@app.command()
def demo(
    as_of: Annotated[
        dt.datetime,
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M"],
            help="Run as if today were this day (office time); default: the day after the "
            "SLOM-WG invitation came, so the corpus invitations are new.",
        ),
    ] = DEFAULT_AS_OF,
) -> None:
    """Process the demo corpus once on the embedded default (var/) and show what happened."""
    from bot.demo.run import run_demo

    run_demo(as_of)
