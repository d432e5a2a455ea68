"""Memos for the chat: the drafts already written, or one drafted on request."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.actions.memo.draft import draft, drafted
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.origin import load_origin
from bot.config.settings import Settings
from bot.meetings.meeting import Meeting
from bot.store.database import Database


async def memo_documents(
    settings: Settings, db: Database, meeting: Meeting, kind: MemoKind, *, now: dt.datetime
) -> tuple[Path, ...]:
    """DOCX and PDF (or the reply's .eml) of `kind` for `meeting`; drafted when missing.

    Raises MeetbotError when it cannot be drafted (a template or the emblem missing).
    """
    out_dir = settings.memo.output_dir
    found = drafted(out_dir, meeting.id, kind)
    if found:
        return found
    today = now.astimezone(ZoneInfo(settings.timezone)).date()
    origin = await asyncio.to_thread(load_origin, db, meeting.id, settings, now=now)
    # LibreOffice takes seconds: off the event loop, so the bot keeps answering.
    await asyncio.to_thread(draft, kind, meeting, settings, out_dir, today=today, origin=origin)
    return drafted(out_dir, meeting.id, kind)
