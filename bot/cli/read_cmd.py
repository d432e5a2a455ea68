"""`meetbot read FILE.eml|DIR|MBOX [--json]`: what the reader makes of mail on disk."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bot.cli import app

if TYPE_CHECKING:
    from bot.reading.document import MailDocument


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _as_text(label: str, doc: MailDocument) -> str:
    lines = [f"=== {label}"]
    lines.append(f"Message-ID: {doc.message_id}")
    lines.append(f"Subject: {doc.subject}")
    lines.append(f"From: {doc.sender or ''}")
    if doc.to:
        lines.append("To: " + ", ".join(map(str, doc.to)))
    if doc.cc:
        lines.append("Cc: " + ", ".join(map(str, doc.cc)))
    lines.append(f"Date: {doc.date.isoformat() if doc.date else ''}")
    if doc.in_reply_to:
        lines.append(f"In-Reply-To: {doc.in_reply_to}")
    if doc.references:
        lines.append("References: " + " ".join(doc.references))
    lines.extend(f"Authentication-Results: {value}" for value in doc.authentication_results)
    lines.append("")
    lines.append(doc.text)
    for fwd in doc.forwarded:
        lines.append("")
        lines.append(
            f"--- forwarded: {fwd.subject or ''} (from {fwd.sender or '?'}, {fwd.date_text or '?'})"
        )
        lines.append(f"    {len(fwd.text)} characters of text")
    if doc.attachments:
        lines.append("")
        lines.append("Attachments:")
    for att in doc.attachments:
        state = "skipped" if att.skipped else f"{len(att.text)} characters of text"
        events = f", {len(att.events)} calendar events" if att.events else ""
        lines.append(f"  {att.filename} ({att.content_type}, {att.size} bytes): {state}{events}")
        if att.ocr_confidence is not None:  # a scan's text is seen nowhere else
            lines.extend(f"    {line}" for line in att.text.splitlines())
    if doc.links:
        lines.append("")
        lines.append("Links:")
        lines.extend(f"  {link}" for link in doc.links)
    if doc.warnings:
        lines.append("")
        lines.append("Warnings:")
        lines.extend(f"  ! {warning}" for warning in doc.warnings)
    return "\n".join(lines)


@app.command()
def read(
    path: Annotated[Path, typer.Argument(help="A .eml file, a directory of them, or an mbox.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per message.")] = False,
) -> None:
    """Read mail from disk and print each message as the bot sees it."""
    if not path.exists():
        typer.echo(f"meetbot read: {path}: no such file or directory", err=True)
        raise typer.Exit(2)
    from pydantic import ValidationError

    from bot.config.settings import Settings
    from bot.reading.files import iter_raw_messages
    from bot.reading.limits import ReadLimits
    from bot.reading.mime import read_message

    # The PDF libraries log what the reader already reports as warnings.
    for noisy in ("pypdf", "pdfminer"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    try:
        settings = Settings.load()
        limits = ReadLimits.from_settings(settings.reading, settings.ocr, settings.data_dir)
    except ValidationError as exc:
        typer.echo(
            f"meetbot read: the configuration is not valid ({exc.error_count()} problems); "
            "`meetbot config check` says what is wrong",
            err=True,
        )
        raise typer.Exit(2) from exc
    count = 0
    try:
        for label, raw in iter_raw_messages(path):
            doc = read_message(raw, limits=limits)
            count += 1
            if as_json:
                record = {"source": label, **dataclasses.asdict(doc)}
                typer.echo(json.dumps(record, ensure_ascii=False, default=_jsonable))
            else:
                typer.echo(_as_text(label, doc) + "\n")
    except OSError as exc:
        typer.echo(f"meetbot read: {exc.filename or path}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from exc
    if count == 0:
        typer.echo(f"meetbot read: {path}: no messages found", err=True)
        raise typer.Exit(1)
