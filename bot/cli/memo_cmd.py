"""`meetbot memo MEETING_ID --out DIR [--kind …]`: draft a memo or the reply for a meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from bot.actions.memo.kinds import MemoKind
from bot.cli import app


@app.command()
def memo(
    meeting_id: Annotated[int, typer.Argument(help="The meeting's id (see `meetbot status`).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the drafts.")],
    kind: Annotated[MemoKind, typer.Option(help="Which document.")] = MemoKind.NOMINATION,
    take_a_number: Annotated[
        bool, typer.Option("--take-number", help="Give the memo the next registry number.")
    ] = False,
    pdf: Annotated[bool, typer.Option(help="Also a PDF when LibreOffice is installed.")] = True,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", help="TOML file (default: config/meetbot.toml)."),
    ] = None,
) -> None:
    """Draft a memo (DOCX, HTML preview, PDF) or the English reply (.eml) for a meeting."""
    from pydantic import ValidationError

    from bot.actions.memo.draft import draft
    from bot.actions.memo.numbers import take_number
    from bot.actions.memo.origin import load_origin
    from bot.actions.thai import BE_OFFSET
    from bot.config.settings import Settings
    from bot.errors import MeetbotError
    from bot.meetings.repository import load_meeting
    from bot.store.database import open_database

    try:
        settings = Settings.load(config)
    except ValidationError as exc:
        raise _fail(f"configuration is not valid:\n{exc}") from exc
    if not pdf:
        settings = settings.model_copy(
            update={"memo": settings.memo.model_copy(update={"pdf": False})}
        )
    now = dt.datetime.now(dt.UTC)
    today = now.astimezone(ZoneInfo(settings.timezone)).date()
    try:
        db = open_database(settings.store.url)
        try:
            with db.session() as session:
                meeting = load_meeting(session, meeting_id)
            origin = load_origin(db, meeting_id, settings, now=now)
            number = None
            if take_a_number and kind is not MemoKind.REPLY:
                number = take_number(
                    db, circular=kind is MemoKind.CIRCULATION, year_be=today.year + BE_OFFSET
                )
        finally:
            db.close()
        result = draft(kind, meeting, settings, out, today=today, origin=origin, number=number)
    except LookupError as exc:
        raise _fail(str(exc)) from exc
    except MeetbotError as exc:
        raise _fail(str(exc), code=1) from exc
    for path in result.files:
        typer.echo(path)
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)
