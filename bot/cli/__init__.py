"""The `meetbot` command line: one module per command group, wired here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="meetbot",
    help="Email-driven meeting logistics bot: invitations in, calendars, memos and reminders out.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """meetbot: invitations in, calendars, memos and reminders out."""


def _register() -> None:
    # Each command module adds its commands to `app` when imported.
    from bot.cli import (  # noqa: F401
        approve_cmd,
        assign_cmd,
        auth_cmd,
        config_cmd,
        correct_cmd,
        daemon_cmd,
        dates_cmd,
        demo_cmd,
        extract_cmd,
        memo_cmd,
        read_cmd,
        store_cmd,
        version_cmd,
        web_cmd,
    )


def main() -> None:
    _register()
    app()
