"""The daemon's memo action: a nomination memo drafted whenever an invitation creates or
changes a meeting, or its delegates change; a report memo, never a nomination, when a report
of a known meeting arrives, or a circular of one that has begun; and a log line saying where
it is."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.actions.memo.draft import draft
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.origin import load_origin
from bot.config.settings import Settings
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import MeetingStatus, has_begun
from bot.store.database import Database
from bot.types import Clock
from bot.understanding.record import MessageKind

log = logging.getLogger(__name__)

# Messages that say something a nomination memo prints; a report or a circular does not.
_DRAFTING_KINDS = frozenset({MessageKind.INVITATION, MessageKind.UPDATE, MessageKind.POSTPONEMENT})
# A report or minutes of a meeting that took place: the office reports it, nominates no one.
_REPORTING_KINDS = frozenset({MessageKind.REPORT, MessageKind.CIRCULAR})


class MemoAction:
    name = "memo"

    def __init__(self, settings: Settings, db: Database, clock: Clock) -> None:
        self._settings = settings
        self._db = db
        self._clock = clock

    async def handle(self, change: MeetingChange) -> None:
        now = self._clock.now()
        home = ZoneInfo(self._settings.timezone)
        kind = memo_for(change, now=now, home=home)
        if kind is None:
            return
        meeting = change.meeting
        today = now.astimezone(home).date()
        origin = await asyncio.to_thread(load_origin, self._db, meeting.id, self._settings, now=now)
        # LibreOffice takes seconds: off the event loop, so mail keeps flowing meanwhile.
        result = await asyncio.to_thread(
            draft,
            kind,
            meeting,
            self._settings,
            self._settings.memo.output_dir,
            today=today,
            origin=origin,
        )
        # The runner records "done" when this returns: the files must be on disk by then,
        # or a power cut could leave a memo marked done that does not exist.
        await asyncio.to_thread(sync_to_disk, result.files)
        log.info(
            "%s memo for meeting %s drafted: %s%s",
            kind.value,
            meeting.id,
            result.files[0],
            "".join(f" ({note})" for note in result.notes),
        )


def memo_for(change: MeetingChange, *, now: dt.datetime, home: ZoneInfo) -> MemoKind | None:
    """The memo a change calls for: a report memo for a report of a known meeting or a
    circular of one that has begun, a nomination memo when `needs_nomination_memo`, else
    none."""
    extraction = change.extraction
    previous = change.previous
    if extraction is not None and extraction.kind in _REPORTING_KINDS:
        if previous is None:
            return None
        begun = has_begun(change.meeting.record, now.astimezone(home))
        if extraction.kind is MessageKind.REPORT or begun:
            return MemoKind.REPORT
        # A circular before the meeting forwards its formalities: when it gave the meeting
        # a registration deadline it lacked, the nomination memo prints it.
        live = change.meeting.status is not MeetingStatus.CANCELLED
        return MemoKind.NOMINATION if live and previous.record != change.meeting.record else None
    return MemoKind.NOMINATION if needs_nomination_memo(change) else None


def needs_nomination_memo(change: MeetingChange) -> bool:
    """True for a live meeting that an invitation or update touched, or whose delegates changed."""
    if change.meeting.status is MeetingStatus.CANCELLED:
        return False
    if change.extraction is not None and change.extraction.kind in _DRAFTING_KINDS:
        return True
    previous = change.previous
    return previous is not None and previous.delegates != change.meeting.delegates


def sync_to_disk(files: Sequence[Path]) -> None:
    """Flush `files` and the folders that name them to the disk."""
    for path in [*files, *{file.parent for file in files}]:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
