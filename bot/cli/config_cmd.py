"""`meetbot config check [FILE]`: is this configuration usable, and if not, why."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.cli import app

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
    if not report.ok or report.settings is None:
        typer.echo(f"{source}: {len(report.problems)} problem(s)", err=True)
        for problem in report.problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{source}: OK")
    for line in summarize(report.settings):
        typer.echo(f"  {line}")
