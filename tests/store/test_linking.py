"""Linking by the stored meetings' records, which the database reads from their JSON, on
SQLite and PostgreSQL: in one batch (before a flush) and across batches."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import build_stages
from bot.config.settings import Settings
from bot.meetings.repository import load_meeting
from bot.processing.pipeline import Pipeline
from bot.processing.runner import ActionRunner
from bot.sources.incoming import Incoming
from bot.store.database import open_database
from bot.store.tables import MessageRow
from bot.types import SystemClock

TITLE = "Regional Workshop on Green Jobs for Youth"


def mail(message_id: str, subject: str, body: str) -> bytes:
    return (
        f"Message-ID: <{message_id}>\r\nSubject: {subject}\r\n"
        "From: Secretariat <secretariat@example.org>\r\nTo: desk@example.org\r\n"
        "Date: Mon, 01 Dec 2025 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"\r\nDear colleagues,\r\n\r\n{body}\r\n"
    ).encode()


INVITATION = mail(
    "invitation@example.org",
    f"Invitation to the {TITLE}",
    f"You are invited to the {TITLE}, to be held on 16-17 December 2025 in Kuala Lumpur.",
)
# Another subject, no thread: only the title and the dates say which meeting.
LOGISTICS = mail(
    "logistics@example.org",
    f"Logistics: {TITLE}, Kuala Lumpur",
    f"Please find the logistics for the {TITLE}, 16-17 December 2025. "
    "The venue is the Hilton Kuala Lumpur.",
)
# Next year's workshop of the same name is another meeting.
NEXT_YEAR = mail(
    "next-year@example.org",
    f"Invitation to the {TITLE} 2026",
    f"You are invited to the {TITLE}, to be held on 14-15 December 2026 in Manila.",
)


def meetings_of(pipeline: Pipeline) -> dict[str, int | None]:
    with pipeline.db.session() as session:
        rows = session.execute(select(MessageRow.message_id, MessageRow.meeting_id))
        return {message_id: meeting_id for message_id, meeting_id in rows}


def make_pipeline(url: str) -> Pipeline:
    db = open_database(url)
    runner = ActionRunner(db, [], load=load_meeting, clock=SystemClock())
    return Pipeline(db, build_stages(Settings()), runner, clock=SystemClock())


async def test_a_message_joins_a_meeting_by_its_title_and_dates(database_url):
    pipeline = make_pipeline(database_url)
    await pipeline.accept_batch([Incoming(INVITATION, "test")])
    await pipeline.accept_batch([Incoming(LOGISTICS, "test"), Incoming(NEXT_YEAR, "test")])
    meetings = meetings_of(pipeline)
    pipeline.db.close()
    assert meetings["logistics@example.org"] == meetings["invitation@example.org"]
    assert meetings["next-year@example.org"] not in (None, meetings["invitation@example.org"])


async def test_within_one_batch_too(database_url):
    pipeline = make_pipeline(database_url)
    raws = [INVITATION, NEXT_YEAR, LOGISTICS]
    await pipeline.accept_batch([Incoming(raw, "test") for raw in raws])
    meetings = meetings_of(pipeline)
    pipeline.db.close()
    assert meetings["logistics@example.org"] == meetings["invitation@example.org"]
    assert meetings["next-year@example.org"] not in (None, meetings["invitation@example.org"])
