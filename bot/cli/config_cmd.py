"""`meetbot config check [FILE]`: is this configuration usable, and if not, why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli import app

if TYPE_CHECKING:
    from bot.config.settings import Settings

config_app = typer.Typer(help="Check the configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("check")
def check(
    file: Annotated[
        Path | None,
        typer.Argument(help="TOML file to check; default config/meetbot.toml when it exists."),
    ] = None,
) -> None:
    """Validate the configuration (file, .env, environment, secret files) and summarise it."""
    from bot.config.config_check import check_config, summarize

    report = check_config(file)
    source = str(report.file) if report.file else "defaults and environment"
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    problems = [str(p) for p in report.problems]
    if report.settings is not None:
        problems.extend(_store_problems(report.settings))
    if problems or report.settings is None:
        typer.echo(f"{source}: {len(problems)} problem(s)", err=True)
        for problem in problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{source}: OK")
    for line in summarize(report.settings):
        typer.echo(f"  {line}")


def _store_problems(settings: Settings) -> list[str]:
    """Delegates the store still assigns that the configuration no longer names."""
    from bot.config.config_semantics import unknown_delegates
    from bot.errors import StoreError
    from bot.meetings.assignments import current_assignments
    from bot.store.database import open_database

    url = settings.store.database_url()
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        return []  # no store yet: nothing assigned
    try:
        with open_database(url) as db, db.session() as session:
            assigned = current_assignments(session)
    except StoreError as exc:  # an unreachable store is told, not fatal to the check
        typer.echo(f"warning: the store was not checked: {exc}", err=True)
        return []
    return [f"store: delegates: {p}" for p in unknown_delegates(settings, assigned)]
