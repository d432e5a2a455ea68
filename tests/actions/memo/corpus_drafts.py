"""Meetings built from corpus messages the way the pipeline stores them: for the tests that
compare memos with the seeds and for tools/render_memo_pages.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bot.actions.memo.origin import Origin, load_origin
from bot.config.settings import Settings
from bot.meetings.meeting import Meeting
from bot.meetings.repository import apply_extraction, load_meeting
from bot.reading.mime import read_message
from bot.store.database import open_database
from bot.store.messages import store_raw_message
from bot.understanding.extract import extract_message

CORPUS = Path(__file__).resolve().parents[3] / "bot" / "demo" / "corpus"


def stored_meeting(
    settings: Settings,
    db_file: Path,
    names: Sequence[str],
    *,
    delegates: tuple[str, ...],
    now: dt.datetime,
) -> tuple[Meeting, Origin | None]:
    """The one meeting the corpus messages `names` make, with `delegates`, and its origin."""
    db = open_database(f"sqlite:///{db_file}")
    try:
        meeting_ids = set()
        for name in names:
            raw = (CORPUS / name).read_bytes()
            with db.session() as session:
                stored = store_raw_message(session, raw, source="corpus")
                doc = read_message(raw)
                change = apply_extraction(
                    session, message_pk=stored.pk, doc=doc, extraction=extract_message(doc)
                )
                if change is not None:
                    meeting_ids.add(change.meeting.id)
        [meeting_id] = meeting_ids  # every message joined one meeting
        with db.session() as session:
            meeting = replace(load_meeting(session, meeting_id), delegates=delegates)
        return meeting, load_origin(db, meeting_id, settings, now=now)
    finally:
        db.close()
