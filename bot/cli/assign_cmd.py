"""`meetbot assign MEETING PERSON... [--remove]`: who goes, and their calendars follow."""

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
)

if TYPE_CHECKING:
    from bot.actions.outbox import FlushReport
    from bot.app import App
    from bot.meetings.assignments import AssignmentChange


@app.command("assign")
def assign_command(
    meeting: Annotated[int, typer.Argument(help="Meeting id, as `meetbot status` lists it.")],
    people: Annotated[list[str], typer.Argument(help="Delegate keys from \\[\\[delegates]].")],
    remove: Annotated[
        bool, typer.Option("--remove", help="Take these delegates off the meeting.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Assign delegates to a meeting (or remove them); invitations or cancellations follow."""
    import asyncio

    settings = load_cli_settings(config)
    setup_cli_logging(settings)
    daemon = open_app(settings)
    try:
        change, report, mail = asyncio.run(_change(daemon, meeting, people, remove=remove))
    except LookupError as exc:
        raise fail(str(exc)) from exc
    finally:
        daemon.close()
    if not change.changed:
        console.print(f"meeting {meeting}: nothing to change", highlight=False)
        return
    done = [f"assigned {', '.join(change.added)}"] if change.added else []
    done += [f"removed {', '.join(change.removed)}"] if change.removed else []
    console.print(
        f"meeting {meeting}: {'; '.join(done)} (revision {change.revision})", highlight=False
    )
    counts = ", ".join(f"{count} {status}" for status, count in sorted(mail.items()))
    console.print(f"mail: {counts or 'none'}", highlight=False)
    if report.note:
        console.print(f"outbox: {report.note}", highlight=False)


async def _change(
    daemon: App, meeting_id: int, keys: list[str], *, remove: bool
) -> tuple[AssignmentChange, FlushReport, dict[str, int]]:
    """The change, the outbox after sending, and the mail it made by status."""
    from sqlalchemy import func, select

    from bot.store.tables import OutboxRow

    now = daemon.clock.now()
    from bot.services.people import change_delegates

    change = await change_delegates(daemon, meeting_id, keys, by=command_line_user(), remove=remove)
    report = await daemon.outbox.flush()
    with daemon.db.session() as session:
        mail = session.execute(
            select(OutboxRow.status, func.count())
            .where(OutboxRow.meeting_id == meeting_id, OutboxRow.created_at >= now)
            .group_by(OutboxRow.status)
        ).all()
    return change, report, {status: count for status, count in mail}
