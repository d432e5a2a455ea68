"""Draft one document of the chain for a meeting into a folder: the one call the CLI and
the daemon make."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import get_args

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
from bot.actions.memo.thai_forms import BLANK
from bot.config.settings import Route, Settings
from bot.errors import ActionError, ConfigError
from bot.files import write_whole
from bot.meetings.meeting import Meeting

log = logging.getLogger(__name__)

PLACEHOLDER_EMBLEM = "emblem-placeholder.png"
REPLY_TEMPLATE = "reply.txt.j2"
# Beside a draft: the memo number and route it was given, for the next time it is drawn.
CHOICES_SUFFIX = ".choices.json"

GivenChoices = tuple[int | None, Route | None]


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
    route: Route | None = None,
) -> Draft:
    """Write the memo (DOCX, HTML preview, PDF when LibreOffice is here) or the reply (.eml).
    A nomination that goes through the ministry brings its covering letter along.

    A memo drawn again (after a correction, a follow-up) keeps the `number` and `route` it
    was last given in `out_dir`, unless it is given others."""
    template_dir = settings.memo.template_dir
    stem = draft_stem(out_dir, meeting.id, kind)
    number, route = _given_before(stem, number, route)
    context = build_context(
        kind,
        meeting,
        settings,
        today=today,
        places=load_place_names(template_dir),
        origin=origin,
        number=number,
        route=route,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    _remember(stem, number, route)
    if kind is MemoKind.REPLY:
        eml = stem.with_suffix(".eml")
        eml.write_bytes(_reply_message(context, settings).as_bytes())
        return Draft(kind, (eml,), ("a draft: review it, then send it yourself",))

    kinds = [kind]
    if kind is MemoKind.NOMINATION and context.through_ministry:
        kinds.append(MemoKind.COVERING)
    emblem = _emblem(settings)
    blank_reference = f"{settings.office.reference_prefix_th}/{BLANK}"
    files: list[Path] = []
    notes: list[str] = []
    for each in kinds:
        docx = out_dir / f"meeting-{meeting.id}-{each.value}.docx"
        # The covering letter takes its own number from the register.
        own = context if each is kind else replace(context, kind=each, reference=blank_reference)
        render_docx(template_dir / f"{each.value}.docx", own, emblem=emblem, out=docx)
        html = docx.with_suffix(".html")
        render_preview(docx, template_dir=template_dir, emblem=emblem, out=html)
        files += [docx, html]
        if settings.memo.pdf and soffice_path() is not None:
            files.append(convert_to_pdf(docx, out_dir, markers=soffice_markers(settings)))
    if not settings.memo.pdf:
        notes.append("PDF turned off (memo.pdf)")
    elif soffice_path() is None:
        notes.append("PDF skipped: LibreOffice (soffice) is not installed")
    if len(kinds) > 1:
        notes.append("with the covering letter to the Permanent Secretary (หนังสือถึงปลัดกระทรวง)")
    return Draft(kind, tuple(files), tuple(notes))


def draft_stem(out_dir: Path, meeting_id: int, kind: MemoKind) -> Path:
    return out_dir / f"meeting-{meeting_id}-{kind.value}"


def drafted(out_dir: Path, meeting_id: int, kind: MemoKind) -> tuple[Path, ...]:
    """The documents of a draft already written, for people: DOCX and PDF, or the reply."""
    stem = draft_stem(out_dir, meeting_id, kind)
    suffixes = (".eml",) if kind is MemoKind.REPLY else (".docx", ".pdf")
    return tuple(path for path in map(stem.with_suffix, suffixes) if path.is_file())


def _given_before(stem: Path, number: int | None, route: Route | None) -> GivenChoices:
    """`number` and `route`, each else the one the draft was last given."""
    try:
        before = json.loads(stem.with_suffix(CHOICES_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return number, route
    if number is None and isinstance(before.get("number"), int):
        number = before["number"]
    if route is None and before.get("route") in get_args(Route):
        route = before["route"]
    return number, route


def _remember(stem: Path, number: int | None, route: Route | None) -> None:
    if number is not None or route is not None:
        choices = json.dumps({"number": number, "route": route})
        # Whole or not at all: `meetbot memo` and the daemon may redraw at the same moment.
        write_whole(stem.with_suffix(CHOICES_SUFFIX), choices)


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
