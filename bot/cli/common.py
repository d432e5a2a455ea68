"""What the command modules share: the console, the --config option, settings, errors."""

from __future__ import annotations

import getpass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from bot.actions.reminders.runtime import Wiring
    from bot.app import App
    from bot.config.settings import Settings


class _Console:
    """rich's Console, made when something is first printed: a command that prints
    nothing through it (`meetbot dates`) does not pay for importing rich."""

    @cached_property
    def _rich(self) -> Console:
        from rich.console import Console

        return Console()

    def print(self, *objects: Any, **options: Any) -> None:
        self._rich.print(*objects, **options)


console = _Console()

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML file (default: config/meetbot.toml).")
]


def load_cli_settings(config: Path | None) -> Settings:
    """The settings, or exit 2 with every problem in plain words (`meetbot config check`'s)."""
    from bot.config.config_check import load_settings
    from bot.errors import ConfigError

    try:
        return load_settings(config)
    except ConfigError as exc:
        problems = "".join(f"\n  {problem}" for problem in exc.problems)
        raise fail(f"the configuration is not valid:{problems}") from exc


def setup_cli_logging(settings: Settings, level: str | None = None, *, json: bool = False) -> None:
    from bot.logs import setup_logging

    setup_logging(
        level or settings.log_level, json or settings.log_json, secrets=settings.secret_values()
    )


def command_line_user() -> str:
    """Who ran the command, for the record of who assigned or approved."""
    return f"{getpass.getuser()} (command line)"


def fail(message: str, code: int = 2) -> typer.Exit:
    from rich.markup import escape

    console.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


def open_app(settings: Settings, reminders: Wiring | None = None) -> App:
    from bot.app import App
    from bot.errors import MeetbotError

    try:
        return App.open(settings, reminders=reminders)
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
