"""`meetbot reprocess`: read stored messages again, so an improved extractor applies."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli import app
from bot.cli.common import ConfigOption
from bot.store.statuses import MessageStatus

if TYPE_CHECKING:
    from bot.app import App
    from bot.processing.outcome import Outcome, OutcomeStatus
    from bot.store.database import Database

# What `--failed` retries: what a crash or a stop of the daemon left aside.
_SET_ASIDE = (MessageStatus.FAILED, MessageStatus.QUARANTINED)


@app.command()
def reprocess(
    message_ids: Annotated[
        list[str] | None, typer.Argument(help="Message-IDs, with or without <>.")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every stored message.")] = False,
    failed: Annotated[
        bool, typer.Option("--failed", help="The failed and the quarantined messages.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Read, extract and merge stored messages again from their kept raw bytes."""
    import asyncio

    from bot.app import App
    from bot.config.config_check import load_settings
    from bot.errors import ConfigError, MeetbotError
    from bot.logs import setup_logging
    from bot.processing.outcome import OutcomeStatus

    if [all_, failed, bool(message_ids)].count(True) != 1:
        typer.echo("give either Message-IDs, --all or --failed", err=True)
        raise typer.Exit(2)
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        typer.echo("the configuration is not valid:", err=True)
        for problem in exc.problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(2) from exc
    setup_logging("WARNING", settings.log_json, secrets=settings.secret_values())
    try:
        daemon = App.open(settings)
    except MeetbotError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    try:
        pks = _chosen_messages(daemon.db, message_ids or [], every=all_, failed=failed)
        counts = asyncio.run(_reprocess_each(daemon, pks))
    finally:
        daemon.close()
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    typer.echo(f"{len(pks)} message(s) reprocessed" + (f": {summary}" if summary else ""))
    if counts[OutcomeStatus.FAILED]:
        raise typer.Exit(1)


async def _reprocess_each(daemon: App, pks: list[int]) -> Counter[OutcomeStatus]:
    counts: Counter[OutcomeStatus] = Counter()
    for pk in pks:
        # One at a time, so a long run shows its progress and an interruption loses nothing.
        (outcome,) = await daemon.pipeline.reprocess([pk])
        counts[outcome.status] += 1
        typer.echo(_describe(outcome))
    return counts


def _chosen_messages(
    db: Database, message_ids: list[str], *, every: bool, failed: bool
) -> list[int]:
    from sqlalchemy import select

    from bot.store.tables import MessageRow

    with db.session() as session:
        if every or failed:
            chosen = select(MessageRow.id).order_by(MessageRow.id)
            if failed:
                chosen = chosen.where(MessageRow.status.in_(_SET_ASIDE))
            return list(session.scalars(chosen))
        wanted = [m.strip().removeprefix("<").removesuffix(">") for m in message_ids]
        query = select(MessageRow.message_id, MessageRow.id)
        rows = session.execute(query.where(MessageRow.message_id.in_(wanted)))
        found = {message_id: pk for message_id, pk in rows}
    missing = [m for m in wanted if m not in found]
    if missing:
        for message_id in missing:
            typer.echo(f"no stored message has Message-ID <{message_id}>", err=True)
        raise typer.Exit(1)
    return [found[m] for m in dict.fromkeys(wanted)]


def _describe(outcome: Outcome) -> str:
    line = f"<{outcome.message_id}>: {outcome.status}"
    if outcome.kind:
        line += f", {outcome.kind}"
    if outcome.meeting_id is not None:
        line += f", meeting {outcome.meeting_id}"
    if outcome.error:
        line += f": {outcome.error}"
    return line
