"""`meetbot approve [MEETING]`: list the meetings held for approval, or approve one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli import app
from bot.cli.common import (
    ConfigOption,
    command_line_user,
    console,
    fail,
    load_cli_settings,
    open_app,
    setup_cli_logging,
    short,
)

if TYPE_CHECKING:
    from bot.store.database import Database


@app.command("approve")
def approve_command(
    meeting: Annotated[
        int | None, typer.Argument(help="Meeting id; without it, list what waits.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Approve a meeting held because its mail is not trusted: its held mail goes out."""
    import asyncio

    settings = load_cli_settings(config)
    setup_cli_logging(settings, "WARNING")
    daemon = open_app(settings)
    try:
        if meeting is None:
            _list_waiting(daemon.db)
            return
        approval, released = asyncio.run(daemon.approve(meeting, by=command_line_user()))
        report = asyncio.run(daemon.outbox.flush())
    except LookupError as exc:
        raise fail(str(exc)) from exc
    finally:
        daemon.close()
    if not approval.changed:
        console.print(f"meeting {meeting} was not held for approval", highlight=False)
    else:
        console.print(f"meeting {meeting} approved; it had been held because:", highlight=False)
        for reason in approval.reasons:
            console.print(f"  • {reason}", highlight=False)
    console.print(
        f"held mail released: {released}; outbox: {report.sent} sent, "
        f"{report.waiting} waiting, {report.held} held (all meetings)",
        highlight=False,
    )
    if report.note:
        console.print(f"outbox: {report.note}", highlight=False)
    if approval.changed:
        console.print(
            "reminders to the delegates follow from the running daemon (`meetbot run`)",
            highlight=False,
        )


def _list_waiting(db: Database) -> None:
    from bot.actions.calendar.text import short_title
    from bot.meetings.approval import waiting
    from bot.meetings.record import MeetingRecord

    with db.session() as session:
        rows = waiting(session)
    if not rows:
        console.print("no meeting waits for approval", highlight=False)
        return
    console.print("Held for approval:", highlight=False)
    for row in rows:
        record = MeetingRecord.from_json(row.record)
        console.print(f"meeting {row.id}: {short(short_title(record), 70)}", highlight=False)
        for reason in row.approval_reasons:
            console.print(f"  • {reason}", highlight=False)
    console.print("approve one with: meetbot approve MEETING", highlight=False)
