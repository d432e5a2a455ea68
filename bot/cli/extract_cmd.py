"""`meetbot extract FILE...` (what a message says about a meeting, as JSON) and
`meetbot meetings` (the stored meetings with their next deadline)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from zoneinfo import ZoneInfo

import typer

from bot.cli import app
from bot.cli.common import ConfigOption, load_cli_settings

if TYPE_CHECKING:
    from bot.meetings.meeting import Meeting
    from bot.understanding.record import When


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Messages (.eml), or a directory or mbox.")],
    tz: Annotated[
        str | None, typer.Option(help="Zone of times with no zone stated; default from settings.")
    ] = None,
) -> None:
    """Print the meeting each message describes, its kind and the reasons, as a JSON list."""
    from bot.config.settings import Settings
    from bot.reading.files import iter_raw_messages
    from bot.reading.limits import ReadLimits
    from bot.reading.mime import read_message
    from bot.understanding.extract import extract_message

    for noisy in ("pypdf", "pdfminer"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    settings = Settings.load()
    limits = ReadLimits.from_settings(settings.reading, settings.ocr, settings.data_dir)
    zone = tz or settings.timezone
    results = []
    failed = False
    for path in files:
        try:
            for _label, raw in iter_raw_messages(path):
                doc = read_message(raw, limits=limits)
                extraction = extract_message(doc, default_tz=zone)
                results.append(extraction.to_json(settings.review.threshold))
        except OSError as exc:
            typer.echo(f"meetbot extract: {path}: {exc.strerror or exc}", err=True)
            failed = True
    typer.echo(json.dumps(results, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


@app.command()
def meetings(config: ConfigOption = None) -> None:
    """List the stored meetings: dates, status, title and the next deadline."""
    from bot.meetings.repository import list_meetings
    from bot.store.database import open_database
    from bot.types import SystemClock

    settings = load_cli_settings(config)
    database = open_database(settings.store.database_url())
    try:
        with database.session() as session:
            stored = list_meetings(session)
    finally:
        database.close()
    if not stored:
        typer.echo("no meetings stored")
        return
    now = SystemClock().now()
    home = ZoneInfo(settings.timezone)
    for meeting in stored:
        typer.echo(_line(meeting, now, home))


def _line(meeting: Meeting, now: dt.datetime, home: ZoneInfo) -> str:
    record = meeting.record
    when = _when(record.start.value if record.start else None, home)
    if record.end and _day(record.end.value) != _day(record.start.value if record.start else None):
        when += f" – {_when(record.end.value, home)}"
    title = record.title or record.title_th
    name = title.value if title else "(untitled)"
    if record.series and record.ordinal:
        name = f"{record.ordinal.value} {record.series.value}: {name}"
    from bot.services.meetings_query import next_deadline

    deadline = next_deadline(meeting.record, now)
    due = f"next: {deadline.kind.value} {_when(deadline.due, home)}" if deadline else "next: —"
    state = meeting.status.value if meeting.approved else f"{meeting.status.value}, held"
    return f"#{meeting.id} {when or 'date unknown'} [{state}] {name} | {due}"


def _day(value: When | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _when(value: When | None, home: ZoneInfo) -> str:
    from bot.actions.clock import table_time

    return "" if value is None else table_time(value, home)
