"""A backfill's batches (one flush per batch, reading and extraction in worker processes)
give the same meetings as messages taken one at a time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import build_stages
from bot.config.settings import Settings
from bot.meetings.repository import list_meetings, load_meeting
from bot.processing.outcome import Outcome
from bot.processing.pipeline import Pipeline
from bot.processing.runner import ActionRunner
from bot.processing.workers import NotUnderstood, UnderstandingPool, Understood
from bot.reading.mime import read_message
from bot.sources.incoming import Incoming
from bot.store.database import Database, open_database
from bot.store.tables import MessageRow
from bot.types import SystemClock
from tests.processing.stages_in_workers import poisoned
from tests.sources.helpers import message
from tests.understanding.helpers import CORPUS, FIXTURES

ROOT = Path(__file__).parents[1]
MAIL = sorted(
    [
        *CORPUS.glob("*.eml"),
        *FIXTURES.glob("*.eml"),
        *(ROOT / "tests/understanding/heldout").glob("*.eml"),
        *(ROOT / "tests/understanding/heldout2").glob("*.eml"),
    ]
)


def mail(message_id: str, subject: str, body: str, in_reply_to: str | None = None) -> bytes:
    reply = f"In-Reply-To: <{in_reply_to}>\r\n" if in_reply_to else ""
    return (
        f"Message-ID: <{message_id}>\r\n{reply}Subject: {subject}\r\n"
        "From: Secretariat <secretariat@example.org>\r\nTo: desk@example.org\r\n"
        "Date: Tue, 02 Dec 2025 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"\r\n{body}\r\n"
    ).encode()


def mailbox() -> list[bytes]:
    subject = "Invitation to the Regional Workshop on Skills Recognition"
    invitation = "You are invited to the Regional Workshop on 16 December 2025 in Bangkok."
    # Replies that say only when: their thread or their subject must tell which meeting,
    # though the invitation they follow is in the same batch, not yet flushed.
    moved = "Please note the meeting is now on 17 December 2025."
    # Replies that name no meeting at all: only the thread, or only the subject, links them.
    zoom = (
        "Please find below the Zoom details for the meeting.\r\n\r\nJoin Zoom Meeting\r\n"
        "https://zoom.us/j/84825168770?pwd=abc\r\nMeeting ID: 848 2516 8770\r\n"
        "Passcode: 610357"
    )
    plain = "Arrangements for January"
    youth = "You are invited to the Regional Forum on Youth Skills on 20 January 2026."
    return [
        mail("first@example.org", subject, invitation),
        mail("second@example.org", plain, youth),
        *(path.read_bytes() for path in MAIL),
        mail("follow-1@example.org", f"Re: {subject}", moved, in_reply_to="first@example.org"),
        mail("follow-2@example.org", f"Fwd: {subject}", moved),
        mail("follow-3@example.org", "Re: our meeting", zoom, in_reply_to="first@example.org"),
        mail("follow-4@example.org", f"Re: {plain}", zoom),
    ]


def grouping(db: Database) -> tuple[list[list[str]], list[dict[str, object]]]:
    """Which messages make each meeting, and each meeting's record, in a comparable form."""
    with db.session() as session:
        rows = session.execute(select(MessageRow.message_id, MessageRow.meeting_id)).all()
        meetings = list_meetings(session)
    by_meeting: dict[int, list[str]] = {}
    for message_id, meeting_id in rows:
        if meeting_id is not None:
            by_meeting.setdefault(meeting_id, []).append(message_id)
    groups = sorted(sorted(ids) for ids in by_meeting.values())
    records = sorted(({"status": m.status.value, **m.record.to_json()} for m in meetings), key=repr)
    return groups, records


def pipeline(tmp_path: Path, name: str) -> Pipeline:
    settings = Settings(data_dir=tmp_path)
    db = open_database(f"sqlite:///{tmp_path}/{name}.db")
    runner = ActionRunner(db, [], load=load_meeting, clock=SystemClock())
    return Pipeline(db, build_stages(settings), runner, clock=SystemClock())


@pytest.mark.slow  # worker processes, and the mailbox four times over
async def test_one_batch_gives_the_meetings_that_one_message_at_a_time_gives(tmp_path):
    raws = mailbox()
    alone, batched, in_workers, small = (
        pipeline(tmp_path, n) for n in ("alone", "batch", "workers", "small")
    )
    for raw in raws:
        await alone.accept(Incoming(raw, "test"), act=False)
    await batched.accept_batch([Incoming(raw, "test") for raw in raws])
    # Batches of five: follow-ups meet what earlier batches linked, in the database.
    for start in range(0, len(raws), 5):
        await small.accept_batch([Incoming(raw, "test") for raw in raws[start : start + 5]])
    stages = in_workers.stages
    workers = UnderstandingPool(stages.read, stages.extract, workers=1)
    try:
        understood = await workers.submit(raws)
    finally:
        workers.close()
    await in_workers.accept_batch([Incoming(raw, "test") for raw in raws], understood)

    expected = grouping(alone.db)
    groups, _ = expected
    assert [
        "first@example.org",
        "follow-1@example.org",
        "follow-2@example.org",
        "follow-3@example.org",
    ] in groups
    assert ["follow-4@example.org", "second@example.org"] in groups
    assert sum(len(group) > 1 for group in groups) >= 3, "the mail has several threads"
    assert grouping(batched.db) == expected
    assert grouping(in_workers.db) == expected
    assert grouping(small.db) == expected
    for one in (alone, batched, in_workers, small):
        one.db.close()


async def test_a_message_that_fails_in_a_worker_is_kept_with_the_reason(tmp_path):
    workers = UnderstandingPool(read_message, poisoned, workers=1)  # type: ignore[arg-type]
    try:
        [failure] = await workers.submit([message("Poison")])
    finally:
        workers.close()
    assert isinstance(failure, NotUnderstood)
    assert failure.error.startswith("ValueError: cannot understand 'Poison")
    assert "poisoned" in failure.traceback, "the worker's traceback comes back"
    assert failure.document is not None
    assert failure.document.subject.startswith("Poison")

    one = pipeline(tmp_path, "failed")
    good = message("Invitation")
    understood = [failure, Understood(read_message(good), one.stages.extract(read_message(good)))]
    outcomes = await one.accept_batch(
        [Incoming(message("Poison"), "test"), Incoming(good, "test")], understood
    )
    assert [o.status for o in outcomes] == ["failed", "extracted"]
    failed: Outcome = outcomes[0]
    assert failed.error is not None
    assert "ValueError: cannot understand" in failed.error
    with one.db.session() as session:
        row = session.get_one(MessageRow, failed.message_pk)
        assert row.status == "failed"
        assert row.subject.startswith("Poison")
        assert row.processed_at is not None
        assert row.processed_at <= dt.datetime.now(dt.UTC)
    one.db.close()
