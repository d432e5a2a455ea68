"""`meetbot web`, `meetbot user add` and `meetbot feed rotate`: the workspace's commands."""

from __future__ import annotations

import os
import signal
from typing import Annotated

import typer

from bot.cli import app
from bot.cli.common import (
    ConfigOption,
    console,
    fail,
    load_cli_settings,
    open_app,
    setup_cli_logging,
)
from bot.config.roles import Role

user_app = typer.Typer(help="Workspace accounts.", no_args_is_help=True)
feed_app = typer.Typer(help="Calendar feeds over HTTP.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(feed_app, name="feed")

PASSWORD_ENV = "MEETBOT_USER_PASSWORD"


@app.command("web")
def web_command(config: ConfigOption = None) -> None:
    """Serve the officers' workspace alone (`meetbot run` serves it too)."""
    import asyncio  # here: it would slow every `meetbot` start

    from bot.web.app import serve, workspace_url

    settings = load_cli_settings(config)
    setup_cli_logging(settings)
    daemon = open_app(settings)

    async def serving() -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, daemon.stop.set)
        await serve(daemon, daemon.stop)

    console.print(f"workspace: {workspace_url(daemon)}", highlight=False)
    try:
        asyncio.run(serving())
    finally:
        daemon.close()


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[Role, typer.Option("--role", help="What the user may do.")] = Role.VIEWER,
    config: ConfigOption = None,
) -> None:
    """Create an account (or set its role and password): the password is asked for, or
    read from MEETBOT_USER_PASSWORD."""
    from bot.services.users import add_user  # the store and argon2 only when used

    settings = load_cli_settings(config)
    password = os.environ.get(PASSWORD_ENV) or typer.prompt(
        "password", hide_input=True, confirmation_prompt=True
    )
    daemon = open_app(settings)
    try:
        user = add_user(daemon.db, name, role, password, now=daemon.clock.now())
    except ValueError as exc:
        raise fail(str(exc)) from exc
    finally:
        daemon.close()
    console.print(f"user {user.name}: {user.role.value}", highlight=False)


@feed_app.command("rotate")
def feed_rotate(
    delegate: Annotated[
        str | None, typer.Argument(help="A delegate's key; without it, the office feed.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Give a feed a new secret URL; the old one stops working at once."""
    from bot.services.feeds import OFFICE, rotate_token  # the store only when used

    settings = load_cli_settings(config)
    if delegate is not None and settings.delegate(delegate) is None:
        raise fail(f"unknown delegate {delegate}")
    daemon = open_app(settings)
    try:
        token = rotate_token(daemon.db, delegate or OFFICE, now=daemon.clock.now())
        from bot.web.app import workspace_url

        console.print(f"{workspace_url(daemon)}/feed/{token}.ics", highlight=False)
    finally:
        daemon.close()
