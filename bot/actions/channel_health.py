"""The health of the way out: each channel's last success and last failure, and the
outbox mail that has waited too long.

A channel that has never been tried is "starting", not unhealthy: a fresh daemon has
sent nothing yet. One that failed after its last success is unhealthy until it works
again; the error says why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from bot.store.tables import ChannelStateRow

SMTP = "smtp"


class ChannelState(StrEnum):
    OK = "ok"
    STARTING = "starting"  # configured, never tried yet
    FAILING = "failing"
    NOT_CONFIGURED = "not configured"


@dataclass(frozen=True)
class ChannelHealth:
    channel: str
    state: ChannelState
    last_success_at: dt.datetime | None = None
    last_failure_at: dt.datetime | None = None
    last_error: str | None = None

    @property
    def healthy(self) -> bool:
        return self.state is not ChannelState.FAILING


def record_success(session: Session, channel: str, at: dt.datetime) -> None:
    _row(session, channel).last_success_at = at


def record_failure(session: Session, channel: str, at: dt.datetime, error: str) -> None:
    row = _row(session, channel)
    row.last_failure_at = at
    row.last_error = error


def channel_health(session: Session, channel: str, *, configured: bool) -> ChannelHealth:
    if not configured:
        return ChannelHealth(channel, ChannelState.NOT_CONFIGURED)
    row = session.get(ChannelStateRow, channel)
    if row is None or (row.last_success_at is None and row.last_failure_at is None):
        return ChannelHealth(channel, ChannelState.STARTING)
    failing = row.last_failure_at is not None and (
        row.last_success_at is None or row.last_failure_at > row.last_success_at
    )
    return ChannelHealth(
        channel,
        ChannelState.FAILING if failing else ChannelState.OK,
        row.last_success_at,
        row.last_failure_at,
        row.last_error,
    )


def _row(session: Session, channel: str) -> ChannelStateRow:
    row = session.get(ChannelStateRow, channel)
    if row is None:
        row = ChannelStateRow(channel=channel)
        session.add(row)
    return row
