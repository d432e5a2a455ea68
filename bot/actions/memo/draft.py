"""Draft one document of the chain for a meeting into a folder: the one call the CLI and
the daemon make."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

from bot.actions.memo.context import MemoContext, build_context
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.origin import Origin
from bot.actions.memo.places import load_place_names
from bot.actions.memo.render import (
    convert_to_pdf,
    render_docx,
    render_preview,
    render_text,
    soffice_path,
)
from bot.config.settings import Settings
from bot.errors import ActionError, ConfigError
from bot.meetings.meeting import Meeting

log = logging.getLogger(__name__)

PLACEHOLDER_EMBLEM = "emblem-placeholder.png"
REPLY_TEMPLATE = "reply.txt.j2"


@dataclass(frozen=True)
class Draft:
    kind: MemoKind
    files: tuple[Path, ...]  # the main document first
    notes: tuple[str, ...] = ()  # what was left out, and why


def draft(
    kind: MemoKind,
    meeting: Meeting,
    settings: Settings,
    out_dir: Path,
    *,
    today: dt.date,
    origin: Origin | None = None,
    number: int | None = None,
) -> Draft:
    """Write the memo (DOCX, HTML preview, PDF when LibreOffice is here) or the reply (.eml)."""
    template_dir = settings.memo.template_dir
    context = build_context(
        kind,
        meeting,
        settings,
        today=today,
        places=load_place_names(template_dir),
        origin=origin,
        number=number,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"meeting-{meeting.id}-{kind.value}"
    if kind is MemoKind.REPLY:
        eml = stem.with_suffix(".eml")
        eml.write_bytes(_reply_message(context, settings).as_bytes())
        return Draft(kind, (eml,), ("a draft: review it, then send it yourself",))

    emblem = _emblem(settings)
    docx = stem.with_suffix(".docx")
    render_docx(template_dir / f"{kind.value}.docx", context, emblem=emblem, out=docx)
    html = stem.with_suffix(".html")
    render_preview(docx, template_dir=template_dir, emblem=emblem, out=html)
    files, notes = [docx, html], []
    if not settings.memo.pdf:
        notes.append("PDF turned off (memo.pdf)")
    elif soffice_path() is None:
        notes.append("PDF skipped: LibreOffice (soffice) is not installed")
    else:
        files.append(convert_to_pdf(docx, out_dir, markers=soffice_markers(settings)))
    return Draft(kind, tuple(files), tuple(notes))


def soffice_markers(settings: Settings) -> Path:
    """Where a LibreOffice run leaves its marker, for the next start to reap it."""
    return settings.data_dir / "soffice"


def _emblem(settings: Settings) -> Path:
    path = settings.memo.emblem_path or settings.memo.template_dir / PLACEHOLDER_EMBLEM
    if not path.is_file():
        raise ConfigError([f"memo.emblem_path: no image file at {path}"])
    return path


def _reply_message(context: MemoContext, settings: Settings) -> EmailMessage:
    text = render_text(settings.memo.template_dir, REPLY_TEMPLATE, context.as_template_vars())
    first, _, body = text.partition("\n")
    if not first.startswith("Subject:"):
        raise ActionError(f"{REPLY_TEMPLATE}: the first line must be 'Subject: …'")
    message = EmailMessage()
    message["Subject"] = first.removeprefix("Subject:").strip()
    message["From"] = formataddr((settings.smtp.from_name, settings.smtp.from_address))
    if context.meeting.organiser_emails:
        message["To"] = ", ".join(context.meeting.organiser_emails)
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain=settings.smtp.from_address.rpartition("@")[2])
    # Outlook and Thunderbird open an X-Unsent message as a draft to edit and send.
    message["X-Unsent"] = "1"
    message["X-Meetbot-Draft"] = "not sent; a person reviews and sends it"
    message.set_content(body.lstrip("\n"))
    return message
