"""`meetbot approve [MEETING] [--change ID]` and `meetbot reject MEETING --change ID`: what
waits for a person, a held meeting approved, a pending change accepted or rejected.

Everything printed here may come from an attacker's mail, so it is printed with console
markup off: a sender named "[/red]" is text, not a command to the terminal.
"""

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
    from bot.app import App
    from bot.meetings.pending import HeldChange
    from bot.store.database import Database

ChangeOption = Annotated[
    int | None, typer.Option("--change", help="A pending change's id, as the list shows it.")
]


def say(text: str) -> None:
    console.print(text, markup=False, highlight=False, emoji=False)


@app.command("approve")
def approve_command(
    meeting: Annotated[
        int | None, typer.Argument(help="Meeting id; without it, list what waits.")
    ] = None,
    change: ChangeOption = None,
    config: ConfigOption = None,
) -> None:
    """Approve a meeting held because its mail is not trusted (its held mail goes out), or,
    with --change, accept one pending change to an approved meeting."""
    import asyncio

    from bot.meetings.hold_reasons_th import hold_reason_words

    settings = load_cli_settings(config)
    setup_cli_logging(settings, "WARNING")
    daemon = open_app(settings)
    try:
        if meeting is None:
            _list_waiting(daemon)
            return
        if change is not None:
            _check_meeting(daemon.db, meeting, change)
            accepted = asyncio.run(daemon.accept_change(change, by=command_line_user()))
            _report(daemon, accepted, "accepted; the meeting now has")
            return
        from bot.services.people import approve_meeting

        approval, released = asyncio.run(approve_meeting(daemon, meeting, by=command_line_user()))
        report = asyncio.run(daemon.outbox.flush())
    except (LookupError, ValueError) as exc:
        raise fail(str(exc)) from exc
    finally:
        daemon.close()
    if not approval.changed:
        say(f"การประชุม {meeting} ไม่ได้รออนุมัติ / meeting {meeting} was not held for approval")
    else:
        say(f"อนุมัติการประชุม {meeting} แล้ว / meeting {meeting} approved; it had been held because:")
        for reason in approval.reasons:
            say(f"  • {hold_reason_words(reason)}")
    say(
        f"held mail released: {released}; outbox: {report.sent} sent, "
        f"{report.waiting} waiting, {report.held} held (all meetings)"
    )
    if report.note:
        say(f"outbox: {report.note}")
    if approval.changed:
        say("reminders to the delegates follow from the running daemon (`meetbot run`)")


@app.command("reject")
def reject_command(
    meeting: Annotated[int, typer.Argument(help="Meeting id.")],
    change: Annotated[int, typer.Option("--change", help="The pending change's id.")],
    config: ConfigOption = None,
) -> None:
    """Reject a pending change: the meeting stays as it is."""
    import asyncio

    settings = load_cli_settings(config)
    setup_cli_logging(settings, "WARNING")
    daemon = open_app(settings)
    try:
        _check_meeting(daemon.db, meeting, change)
        rejected = asyncio.run(daemon.reject_change(change, by=command_line_user()))
        _report(daemon, rejected, "rejected; the meeting keeps")
    except (LookupError, ValueError) as exc:
        raise fail(str(exc)) from exc
    finally:
        daemon.close()


def _check_meeting(db: Database, meeting: int, change: int) -> None:
    """The change must be one of that meeting's: a typo must not decide another one."""
    from bot.meetings.pending import get_change

    with db.session() as session:
        if get_change(session, change).meeting_id != meeting:
            raise LookupError(f"change {change} is not a change to meeting {meeting}")


def _report(daemon: App, change: HeldChange, verb: str) -> None:
    from bot.services.change_lines import change_lines

    say(f"change {change.id} to meeting {change.meeting_id} {verb}:")
    for line in change_lines(daemon, change):
        say(f"  {line}")


def _list_waiting(daemon: App) -> None:
    from bot.actions.calendar.text import short_title
    from bot.meetings.approval import waiting
    from bot.meetings.hold_reasons_th import hold_reason_words
    from bot.meetings.pending import list_pending
    from bot.services.change_lines import change_lines
    from bot.understanding.record import MeetingRecord

    with daemon.db.session() as session:
        rows = waiting(session)
        changes = list_pending(session)
    if not rows and not changes:
        say("ไม่มีการประชุมหรือการเปลี่ยนแปลงรออนุมัติ / no meeting or change waits for approval")
        return
    if rows:
        say("รออนุมัติ / Held for approval:")
    for row in rows:
        record = MeetingRecord.from_json(row.record)
        say(f"meeting {row.id}: {short(short_title(record), 70)}")
        for reason in row.approval_reasons:
            say(f"  • {hold_reason_words(reason)}")
    if rows:
        say("approve one with: meetbot approve MEETING")
    if changes:
        say("Changes kept apart from approved meetings (the meetings stay as they are):")
    for change in changes:
        say(f"change {change.id} to meeting {change.meeting_id}, from <{change.message_id}>:")
        for line in change_lines(daemon, change):
            say(f"  {line}")
        for reason in change.reasons:
            say(f"  • {hold_reason_words(reason)}")
    if changes:
        say(
            "accept: meetbot approve MEETING --change ID; "
            "reject: meetbot reject MEETING --change ID"
        )
