"""What the command modules share: the console, the --config option, settings, errors."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from bot.actions.reminders.runtime import Wiring
from bot.app import App
from bot.config.config_check import load_settings
from bot.config.settings import Settings
from bot.errors import ConfigError, MeetbotError
from bot.logs import setup_logging

console = Console()

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML file (default: config/meetbot.toml).")
]


def load_cli_settings(config: Path | None) -> Settings:
    """The settings, or exit 2 with every problem in plain words (`meetbot config check`'s)."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        problems = "".join(f"\n  {problem}" for problem in exc.problems)
        raise fail(f"the configuration is not valid:{problems}") from exc


def setup_cli_logging(settings: Settings, level: str | None = None, *, json: bool = False) -> None:
    setup_logging(
        level or settings.log_level, json or settings.log_json, secrets=settings.secret_values()
    )


def command_line_user() -> str:
    """Who ran the command, for the record of who assigned or approved."""
    return f"{getpass.getuser()} (command line)"


def fail(message: str, code: int = 2) -> typer.Exit:
    console.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


def open_app(settings: Settings, reminders: Wiring | None = None) -> App:
    try:
        return App(settings, reminders=reminders)
    except MeetbotError as exc:
        raise fail(str(exc)) from exc


def short(text: str, width: int = 60) -> str:
    """`text` on one line, cut at a word boundary to fit `width` in a table."""
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–") + "…"
