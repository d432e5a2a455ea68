"""`meetbot correct MEETING FIELD VALUE`, `meetbot correct MEETING FIELD --confirm` and
`meetbot correct --undo ID`: a person's value, or their word that the bot's is right."""

from __future__ import annotations

from typing import Annotated

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
from bot.meetings.correctable import CORRECTABLE_FIELDS


@app.command("correct")
def correct_command(
    meeting: Annotated[int, typer.Argument(help="Meeting id, as `meetbot meetings` lists it.")],
    field: Annotated[str, typer.Argument(help=f"One of: {', '.join(CORRECTABLE_FIELDS)}.")] = "",
    value: Annotated[
        str,
        typer.Argument(
            help="The right value: dates as YYYY-MM-DD HH:MM (Buddhist era or CE); "
            "deadlines as 'KIND DATE; KIND DATE'."
        ),
    ] = "",
    zone: Annotated[str | None, typer.Option(help="The zone a time is in.")] = None,
    reason: Annotated[str | None, typer.Option(help="Why, for the audit log.")] = None,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="The extracted value is right: confirm it.")
    ] = False,
    undo: Annotated[
        int | None, typer.Option("--undo", help="Undo this correction id instead.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Correct a meeting's value: it wins over extraction, and every output follows."""
    # Here, not at the top: asyncio, the store and the services would slow every start.
    import asyncio

    from bot.meetings.corrections import CorrectionError
    from bot.services.corrections import confirm_value, correct_field, undo_correction

    settings = load_cli_settings(config)
    setup_cli_logging(settings, "WARNING")
    daemon = open_app(settings)
    try:
        if undo is not None:
            done = asyncio.run(undo_correction(daemon, undo, by=command_line_user()))
            console.print(f"correction {undo} of {done.field} undone", highlight=False)
            return
        if confirm:
            asyncio.run(confirm_value(daemon, meeting, field, by=command_line_user()))
            console.print(f"meeting {meeting}: {field} confirmed", highlight=False)
            return
        done = asyncio.run(
            correct_field(
                daemon, meeting, field, value, by=command_line_user(), zone=zone, reason=reason
            )
        )
    except (CorrectionError, LookupError) as exc:
        raise fail(str(exc)) from exc
    finally:
        daemon.close()
    console.print(
        f"meeting {meeting}: {field} corrected (correction {done.correction_id}, "
        f"revision {done.revision})",
        highlight=False,
    )
