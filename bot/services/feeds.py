"""Calendar feeds over HTTP: the office's and one per delegate, each behind a secret token.

A token is the whole credential (calendar programs cannot log in), so it is long,
random, revocable, and rotated by `meetbot feed rotate`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Select, select

from bot.actions.calendar.ical import feed_calendar
from bot.store.database import Database
from bot.store.tables import AssignmentRow, CalendarEntryRow, FeedTokenRow, MeetingRow

OFFICE = ""  # the key of the office feed among delegates' keys
TOKEN_BYTES = 32  # 256 bits: not guessable in any number of requests


@dataclass(frozen=True)
class Feed:
    content: bytes
    etag: str  # a strong ETag of the content, quoted


def rotate_token(db: Database, delegate_key: str, *, now: dt.datetime) -> str:
    """A new token for the feed (`OFFICE` or a delegate's key); the old one stops working."""
    with db.session() as session:
        for row in session.scalars(_active(delegate_key)):
            row.revoked_at = now
        token = secrets.token_urlsafe(TOKEN_BYTES)
        session.add(FeedTokenRow(token=token, delegate_key=delegate_key or None, created_at=now))
    return token


def revoke_token(db: Database, delegate_key: str, *, now: dt.datetime) -> int:
    with db.session() as session:
        rows = list(session.scalars(_active(delegate_key)))
        for row in rows:
            row.revoked_at = now
    return len(rows)


def feed_tokens(db: Database) -> dict[str, str]:
    """The token in force for each feed, by `OFFICE` or delegate key."""
    with db.session() as session:
        rows = session.scalars(select(FeedTokenRow).where(FeedTokenRow.revoked_at.is_(None)))
        return {row.delegate_key or OFFICE: row.token for row in rows}


def feed_for(db: Database, token: str, *, name: str) -> Feed | None:
    """The feed a token opens, or None for an unknown or revoked token."""
    with db.session() as session:
        row = session.scalar(
            select(FeedTokenRow).where(
                FeedTokenRow.token == token, FeedTokenRow.revoked_at.is_(None)
            )
        )
        if row is None:
            return None
        # Held meetings stay out: a delegate's calendar must not carry forged mail.
        query = (
            select(CalendarEntryRow.event)
            .join(MeetingRow, MeetingRow.id == CalendarEntryRow.meeting_id)
            .where(CalendarEntryRow.cancelled.is_(False), MeetingRow.approved.is_(True))
        )
        if row.delegate_key is not None:
            query = query.join(
                AssignmentRow, AssignmentRow.meeting_id == CalendarEntryRow.meeting_id
            ).where(
                AssignmentRow.delegate_key == row.delegate_key, AssignmentRow.removed_at.is_(None)
            )
        events = session.scalars(query.order_by(CalendarEntryRow.ends_at, CalendarEntryRow.uid))
        title = name if row.delegate_key is None else f"{name}: {row.delegate_key}"
        content: bytes = feed_calendar(events, name=title).to_ical()
    return Feed(content, f'"{hashlib.sha256(content).hexdigest()[:32]}"')


def _active(delegate_key: str) -> Select[FeedTokenRow]:
    key = FeedTokenRow.delegate_key
    same = key.is_(None) if delegate_key == OFFICE else key == delegate_key
    return select(FeedTokenRow).where(same, FeedTokenRow.revoked_at.is_(None))
