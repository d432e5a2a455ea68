"""The status page: sources' health, actions pending and failed, messages that failed or
were set aside (quarantined)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from bot.app import App
from bot.health import Health, health
from bot.store.statuses import MessageStatus
from bot.store.tables import ActionRunRow, MessageRow

SHOWN = 100
WAITING_FOR_A_PERSON = (MessageStatus.FAILED, MessageStatus.QUARANTINED)


@dataclass(frozen=True)
class Status:
    health: Health
    failed_runs: list[ActionRunRow]
    failed_messages: list[MessageRow]


def status(app: App, now: dt.datetime) -> Status:
    with app.db.session() as session:
        return Status(
            health(session, app.settings, now),
            list(
                session.scalars(
                    select(ActionRunRow)
                    .where(ActionRunRow.status == "failed")
                    .order_by(ActionRunRow.id.desc())
                    .limit(SHOWN)
                )
            ),
            list(
                session.scalars(
                    # Quarantined messages too: they wait for a person as failed ones do.
                    select(MessageRow)
                    .where(MessageRow.status.in_(WAITING_FOR_A_PERSON))
                    .order_by(MessageRow.id.desc())
                    .limit(SHOWN)
                )
            ),
        )


async def reprocess_message(app: App, message_pk: int) -> str:
    """Read, extract and merge a stored message again; its status afterwards."""
    (outcome,) = await app.pipeline.reprocess([message_pk])
    return outcome.status
