"""Memo drafts of a meeting: which exist, whether a correction made them stale, redraw."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.actions.memo.draft import Draft, draft, draft_stem
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.origin import load_origin
from bot.app import App
from bot.config.settings import Route
from bot.meetings.repository import load_meeting
from bot.store.tables import CorrectionRow

# The files a draft may leave, by how a person opens them.
MEMO_SUFFIXES = {".docx": "DOCX", ".pdf": "PDF", ".html": "HTML", ".eml": "EML"}


@dataclass(frozen=True)
class MemoFile:
    kind: MemoKind
    path: Path
    label: str  # DOCX, PDF, HTML, EML
    written_at: dt.datetime
    stale: bool  # a correction came after it was written


def memo_files(app: App, meeting_id: int) -> list[MemoFile]:
    """The drafts of every kind for the meeting, in `memo.output_dir`."""
    with app.db.session() as session:
        corrected = session.scalar(
            select(func.max(CorrectionRow.created_at)).where(CorrectionRow.meeting_id == meeting_id)
        )
    found: list[MemoFile] = []
    for kind in MemoKind:
        for suffix, label in MEMO_SUFFIXES.items():
            path = memo_path(app, meeting_id, kind, suffix)
            if not path.is_file():
                continue
            written = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            stale = corrected is not None and corrected.astimezone(dt.UTC) > written
            found.append(MemoFile(kind, path, label, written, stale))
    return found


def memo_download(app: App, meeting_id: int, name: str) -> tuple[Path, str] | None:
    """The memo file called `name` and its label, when the meeting has one: the name is
    matched against the names a draft may have, and only that file is looked for."""
    for kind in MemoKind:
        stem = draft_stem(app.settings.memo.output_dir, meeting_id, kind)
        if name.startswith(f"{stem.name}."):
            label = MEMO_SUFFIXES.get(name.removeprefix(stem.name))
            path = stem.with_name(name)
            return (path, label) if label is not None and path.is_file() else None
    return None


def memo_path(app: App, meeting_id: int, kind: MemoKind, suffix: str) -> Path:
    return draft_stem(app.settings.memo.output_dir, meeting_id, kind).with_suffix(suffix)


def redraw(
    app: App,
    meeting_id: int,
    kind: MemoKind = MemoKind.NOMINATION,
    *,
    number: int | None = None,
    route: Route | None = None,
) -> Draft:
    """Draft the memo again from the meeting as it is now (after corrections), with the
    memo number and route given, else those it was last drawn with."""
    [drawn] = redraw_kinds(app, meeting_id, [kind], number=number, route=route)
    return drawn


def redraw_if_drafted(app: App, meeting_id: int) -> list[Draft]:
    """Redraw each memo kind already drafted for the meeting, so none stays stale."""
    drafted = {memo.kind for memo in memo_files(app, meeting_id) if memo.label != "EML"}
    return redraw_kinds(app, meeting_id, sorted(drafted))


def redraw_kinds(
    app: App,
    meeting_id: int,
    kinds: list[MemoKind],
    *,
    number: int | None = None,
    route: Route | None = None,
) -> list[Draft]:
    """Each of `kinds` drawn again from the meeting, loaded once."""
    if not kinds:
        return []
    now = app.clock.now()
    today = now.astimezone(ZoneInfo(app.settings.timezone)).date()
    with app.db.session() as session:
        meeting = load_meeting(session, meeting_id)
    origin = load_origin(app.db, meeting_id, app.settings, now=now)
    out_dir = app.settings.memo.output_dir
    return [
        draft(
            kind,
            meeting,
            app.settings,
            out_dir,
            today=today,
            origin=origin,
            number=number,
            route=route,
        )
        for kind in kinds
    ]
