"""`meetbot run`, `backfill`, `import`, `status` and `demo`."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.table import Table
from sqlalchemy import select

from bot.app import App, setup_logging
from bot.cli import app
from bot.errors import MeetbotError
from bot.health import health
from bot.settings import Settings
from bot.sources.maildir import ensure_maildir
from bot.store.tables import MeetingRow, MessageRow

console = Console()

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML file (default: config/meetbot.toml).")
]
CORPUS = Path("tests/corpus")


def _settings(config: Path | None) -> Settings:
    if config is not None and not config.is_file():
        raise _fail(f"{config}: no such configuration file")
    try:
        return Settings.load(config)
    except ValidationError as exc:
        raise _fail(f"configuration is not valid:\n{exc}") from exc


def _fail(message: str, code: int = 2) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def _open(settings: Settings) -> App:
    try:
        return App(settings)
    except MeetbotError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def run(
    config: ConfigOption = None,
    once: Annotated[bool, typer.Option(help="Check every source once, then exit.")] = False,
    log_json: Annotated[bool, typer.Option(help="One JSON object per log line.")] = False,
) -> None:
    """Watch the configured mailboxes and process new mail until SIGTERM or Ctrl-C."""
    settings = _settings(config)
    setup_logging(settings.log_level, log_json or settings.log_json)
    daemon = _open(settings)
    try:
        asyncio.run(daemon.run(once=once))
    except MeetbotError as exc:
        raise _fail(str(exc), code=1) from exc
    finally:
        daemon.close()


@app.command()
def backfill(
    since: Annotated[dt.datetime, typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD")],
    config: ConfigOption = None,
) -> None:
    """Process mail already in the IMAP folders, received on or after SINCE."""
    settings = _settings(config)
    setup_logging("WARNING", settings.log_json)
    if not settings.sources.imap:
        raise _fail("no [[sources.imap]] account is configured")
    daemon = _open(settings)
    try:
        with Progress(
            "{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()
        ) as bar:
            task = bar.add_task("messages", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            reports = asyncio.run(daemon.backfill(since.date(), progress))
    except MeetbotError as exc:
        raise _fail(str(exc), code=1) from exc
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
    settings = _settings(config)
    setup_logging("WARNING", settings.log_json)
    daemon = _open(settings)
    try:
        outcomes = asyncio.run(daemon.import_path(path))
    except MeetbotError as exc:
        raise _fail(str(exc), code=1) from exc
    finally:
        daemon.close()
    counts = Counter(o.status for o in outcomes)
    console.print(
        f"{len(outcomes)} messages: "
        + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())),
        highlight=False,
    )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def status(config: ConfigOption = None) -> None:
    """Health per source and pending work; exits 1 when a source is unhealthy."""
    settings = _settings(config)
    daemon = _open(settings)
    try:
        with daemon.db.session() as session:
            report = health(session, settings, dt.datetime.now(dt.UTC))
    finally:
        daemon.close()
    table = Table("source", "folder", "last check", "last message", "last error", "state")
    for s in report.sources:
        error = f"{_when(s.last_error_at)} {s.last_error}" if s.last_error else ""
        state = "[green]ok[/green]" if s.healthy else f"[red]{s.problem}[/red]"
        table.add_row(
            s.source, s.folder, _when(s.last_check_at), _when(s.last_message_at), error, state
        )
    console.print(table)
    console.print(
        f"actions: {report.actions_pending} pending, {report.actions_failed} failed; "
        f"messages failed: {report.messages_failed}",
        highlight=False,
    )
    if not report.healthy:
        for s in report.sources:
            if s.problem is not None:
                last_error = f" (last error: {s.last_error})" if s.last_error else ""
                typer.echo(f"unhealthy: {s.source} {s.folder}: {s.problem}{last_error}")
        raise typer.Exit(1)


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "-"


@app.command()
def demo() -> None:
    """Run once on the embedded default: var/maildir seeded with the corpus, SQLite in var/."""
    settings = Settings()
    setup_logging("WARNING", False)
    maildir = settings.sources.maildir.path
    seeded = _seed(maildir)
    daemon = _open(settings)
    try:
        asyncio.run(daemon.run(once=True))
        with daemon.db.session() as session:
            messages = list(session.scalars(select(MessageRow).order_by(MessageRow.id)))
            meetings = list(session.scalars(select(MeetingRow).order_by(MeetingRow.id)))
    except MeetbotError as exc:
        raise _fail(str(exc), code=1) from exc
    finally:
        daemon.close()
    console.print(
        f"seeded {seeded} new messages into {maildir}; store {settings.store.url}", highlight=False
    )
    _print_messages(messages)
    _print_meetings(meetings)


def _seed(maildir: Path) -> int:
    ensure_maildir(maildir)
    corpus = sorted(CORPUS.glob("*.eml"))
    if not corpus:
        raise _fail(f"no corpus in {CORPUS}/ (run from the project folder)")
    taken = {p.name.split(":")[0] for p in (maildir / "cur").iterdir()}
    taken |= {p.name for p in (maildir / "new").iterdir()}
    seeded = 0
    for file in corpus:
        if file.name not in taken:
            shutil.copyfile(file, maildir / "new" / file.name)
            seeded += 1
    return seeded


def _print_messages(messages: list[MessageRow]) -> None:
    table = Table("#", "status", "kind", "subject", title=f"{len(messages)} messages")
    for m in messages:
        table.add_row(str(m.id), m.status, m.kind or "", (m.subject or m.message_id)[:80])
    console.print(table)
    kinds = Counter(m.kind or m.status for m in messages)
    console.print(", ".join(f"{n} {k}" for k, n in sorted(kinds.items())), highlight=False)


def _print_meetings(meetings: list[MeetingRow]) -> None:
    title = f"{len(meetings)} meetings"
    table = Table("meeting", "status", "start", "end", "deadlines", title=title)
    for row in meetings:
        record = row.record
        title = record.get("title", {}).get("value") or record.get("title_th", {}).get("value")
        deadlines = "; ".join(
            f"{d.get('kind')} {d.get('due') or '?'}" for d in record.get("deadlines", [])
        )
        table.add_row(
            str(title or row.uid),
            row.status,
            str(record.get("start", {}).get("value") or "-"),
            str(record.get("end", {}).get("value") or "-"),
            deadlines or "-",
        )
    console.print(table)
