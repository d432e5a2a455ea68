"""`meetbot dates`: the temporal expressions in a text, as JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer

from bot.cli import app


@app.command()
def dates(
    text: Annotated[str, typer.Argument(help="The text; '-' or nothing reads stdin.")] = "-",
    reference: Annotated[
        str | None,
        typer.Option(help="When the message was written (YYYY-MM-DD); default today."),
    ] = None,
    tz: Annotated[str, typer.Option(help="Zone of times with no zone stated.")] = "Asia/Bangkok",
) -> None:
    """Print every date, time, range, deadline and relative expression found, as a JSON list."""
    from bot.understanding.temporal.find import find_temporal

    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise typer.BadParameter(f"unknown time zone {tz!r}", param_hint="--tz") from None
    try:
        day = dt.date.fromisoformat(reference) if reference else dt.datetime.now(zone).date()
    except ValueError:
        raise typer.BadParameter(
            f"{reference!r} is not a date like 2025-09-30", param_hint="--reference"
        ) from None
    content = sys.stdin.read() if text == "-" else text
    found = find_temporal(
        content, reference=dt.datetime.combine(day, dt.time(), zone), default_tz=tz
    )
    typer.echo(json.dumps([t.to_json() for t in found], ensure_ascii=False, indent=2))
