"""`meetbot run`, `backfill`, `import` and `status`, and what the other commands share."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
from bot.errors import MeetbotError

if TYPE_CHECKING:
    from rich.table import Table

    from bot.app import App
    from bot.health import Health


@app.command()
def run(
    config: ConfigOption = None,
    once: Annotated[bool, typer.Option(help="Check every source once, then exit.")] = False,
    log_json: Annotated[bool, typer.Option(help="One JSON object per log line.")] = False,
    web: Annotated[bool, typer.Option(help="Serve the workspace (\\[web]) alongside.")] = True,
) -> None:
    """Watch the configured mailboxes and process new mail until SIGTERM or Ctrl-C."""
    import asyncio

    settings = load_cli_settings(config)
    setup_cli_logging(settings, json=log_json)
    daemon = open_app(settings)
    try:
        asyncio.run(_run_with_workspace(daemon, once=once, web=web and not once))
    except MeetbotError as exc:
        raise fail(str(exc), code=1) from exc
    finally:
        daemon.close()


async def _run_with_workspace(daemon: App, *, once: bool, web: bool) -> None:
    if not web:
        await daemon.run(once=once)
        return
    import asyncio

    from bot.web.app import serve

    workspace = asyncio.create_task(serve(daemon, daemon.stop))
    try:
        await daemon.run(once=once)
    finally:
        daemon.stop.set()
        await workspace


@app.command()
def backfill(
    since: Annotated[dt.datetime, typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD")],
    config: ConfigOption = None,
) -> None:
    """Process mail already in the IMAP folders, received on or after SINCE."""
    import asyncio

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    settings = load_cli_settings(config)
    setup_cli_logging(settings, "WARNING")
    if not settings.sources.imap:
        raise fail("no [[sources.imap]] account is configured")
    daemon = open_app(settings)
    try:
        with Progress(
            "{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()
        ) as bar:
            task = bar.add_task("messages", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            reports = asyncio.run(daemon.backfill(since.date(), progress))
    except MeetbotError as exc:
        raise fail(str(exc), code=1) from exc
    finally:
        daemon.close()
    for report in reports:
        outcomes = ", ".join(f"{n} {status}" for status, n in sorted(report.outcomes.items()))
        console.print(
            f"{report.folder}: {report.found} found, {report.already_seen} seen before, "
            f"{report.already_stored} already stored, {report.processed} processed"
            + (f" ({outcomes})" if outcomes else ""),
            highlight=False,
        )


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="A .eml file, a directory of them, or an mbox.")],
    config: ConfigOption = None,
) -> None:
    """Process messages from files, once."""
    import asyncio

    from bot.processing.outcome import OutcomeStatus

    settings = load_cli_settings(config)
    setup_cli_logging(settings, "WARNING")
    daemon = open_app(settings)
    try:
        outcomes = asyncio.run(daemon.import_path(path))
    except MeetbotError as exc:
        raise fail(str(exc), code=1) from exc
    finally:
        daemon.close()
    counts = Counter(o.status for o in outcomes)
    console.print(
        f"{len(outcomes)} messages: "
        + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())),
        highlight=False,
    )
    if counts[OutcomeStatus.FAILED]:
        raise typer.Exit(1)


@app.command()
def status(
    config: ConfigOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object, for monitoring.")
    ] = False,
) -> None:
    """Health of the sources and the way out (SMTP, chat, outbox); exits 1 when unhealthy.

    Nothing checked or sent yet after a fresh start is "starting", which exits 0.
    """
    from rich.markup import escape
    from rich.table import Table

    from bot.actions.clock import utc_time
    from bot.health import STATE_TH, health, health_json
    from bot.meetings.approval import waiting
    from bot.reading.ocr import ocr_problem

    settings = load_cli_settings(config)
    daemon = open_app(settings)
    try:
        with daemon.db.session() as session:
            report = health(session, settings, dt.datetime.now(dt.UTC))
            held = len(waiting(session))
    finally:
        daemon.close()
    if as_json:
        typer.echo(json.dumps(health_json(report, held=held), ensure_ascii=False))
        if not report.healthy:
            raise typer.Exit(1)
        return
    table = Table(
        "source",
        "folder",
        "last check (UTC)",
        "last message (UTC)",
        "last error (UTC)",
        "owed flags/moves",
        "waiting on server",
        "state",
    )
    for s in report.sources:
        error = f"{utc_time(s.last_error_at)} {s.last_error}" if s.last_error else ""
        state = "[green]ok[/green]" if s.healthy else f"[red]{escape(s.problem or '')}[/red]"
        table.add_row(
            escape(s.source),
            escape(s.folder),
            utc_time(s.last_check_at),
            utc_time(s.last_message_at),
            escape(error),
            str(s.owed),
            "-" if s.waiting is None else str(s.waiting),
            state,
        )
    console.print(table)
    failed = report.messages_failed + report.messages_quarantined
    console.print(
        f"actions: {report.actions_pending} pending, {report.actions_failed} failed; "
        f"messages failed: {report.messages_failed}, "
        f"quarantined: {report.messages_quarantined}"
        + (" (`meetbot reprocess --failed` tries them again); " if failed else "; ")
        + f"meetings held for approval: {held}"
        + (" (`meetbot approve` lists them)" if held else ""),
        highlight=False,
    )
    if settings.ocr.enabled and (problem := ocr_problem(settings.ocr.languages)):
        typer.echo(f"คำเตือน / warning: {problem}")
    console.print(_channel_table(report))
    console.print(f"state: {STATE_TH[report.state]} / {report.state}", highlight=False)
    if not report.healthy:
        for why in report.problems():
            typer.echo(f"unhealthy: {why}")
        raise typer.Exit(1)


def _channel_table(report: Health) -> Table:
    from rich.markup import escape
    from rich.table import Table

    table = Table("way out", "last success", "last failure", "last error", "state")
    for c in report.channels:
        colour = {"failing": "red", "ok": "green"}.get(c.state.value, "yellow")
        table.add_row(
            c.channel,
            _when(c.last_success_at),
            _when(c.last_failure_at),
            escape(c.last_error or ""),
            f"[{colour}]{c.state.value}[/{colour}]",
        )
    if report.outbox is not None:
        oldest = _when(report.outbox.oldest_pending_at)
        state = "[green]ok[/green]" if report.outbox.healthy else "[red]stuck[/red]"
        table.add_row(
            "outbox",
            f"oldest pending {oldest}",
            "",
            f"{report.outbox.stale} stuck, {report.outbox.failed} given up",
            state,
        )
    return table


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "-"
