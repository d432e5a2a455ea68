"""The daemon reads each message in a worker process on a budget: a message over its time or
its memory is stored failed with the reason, the worker is replaced, and the next message is
read as if nothing happened."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from bot.processing.budget import MessageWorker
from bot.processing.intake import Intake
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.reading.mime import read_message
from bot.sources.incoming import Incoming
from bot.store.database import open_database
from bot.store.statuses import MessageStatus
from bot.store.tables import MessageRow
from tests.processing.stages_in_workers import MEMORY_MB, costly
from tests.sources.helpers import message
from tests.test_pipeline import OneMeetingPerMessage, SteppedClock, load

SECONDS = 2.0


@pytest.fixture
async def pipeline(tmp_path) -> AsyncIterator[Pipeline]:
    db = open_database(f"sqlite:///{tmp_path}/budget.db")
    clock = SteppedClock()
    runner = ActionRunner(db, [], load=load, clock=clock)
    stages = Stages(read_message, costly, OneMeetingPerMessage)
    pipeline = Pipeline(db, stages, runner, clock=clock)
    pipeline.worker = MessageWorker(
        stages.read, stages.extract, seconds=SECONDS, memory_mb=MEMORY_MB
    )
    yield pipeline
    pipeline.worker.close()
    db.close()


async def hand_in(pipeline: Pipeline, subjects: list[str]) -> list[MessageRow]:
    """The messages handed in as the watcher does, one after the other, then processed."""
    intake = Intake(pipeline)
    for subject in subjects:
        await intake(Incoming(message(subject), "test"))
    await intake.processed()
    with pipeline.db.session() as session:
        return list(session.scalars(select(MessageRow).order_by(MessageRow.id)))


def worker_pid(row: MessageRow) -> str:
    assert row.extraction is not None
    (reason,) = row.extraction["reasons"]
    return str(reason)


async def test_a_message_over_its_time_fails_and_the_next_are_read_in_a_new_worker(pipeline):
    before, slow, after, later = await hand_in(
        pipeline, ["Invitation", "slow invitation", "Invitation", "Invitation"]
    )

    assert slow.status == MessageStatus.FAILED
    assert slow.error is not None
    assert f"reading took longer than {SECONDS:g} s" in slow.error
    assert slow.processed_at is not None
    for row in (before, after, later):
        assert row.status == MessageStatus.EXTRACTED, row.error
    assert worker_pid(after) != worker_pid(before)  # the stopped worker was replaced
    assert worker_pid(later) == worker_pid(after)


async def test_a_message_over_its_memory_fails_alone(pipeline):
    before, greedy, after = await hand_in(pipeline, ["Invitation", "greedy invitation", "Invite"])

    assert greedy.status == MessageStatus.FAILED
    assert greedy.error is not None
    assert f"reading needed more than {MEMORY_MB} MB of memory" in greedy.error
    assert "MemoryError" in greedy.error
    assert "greedy" in (greedy.subject or "")  # what could be read is kept
    assert (before.status, after.status) == (MessageStatus.EXTRACTED, MessageStatus.EXTRACTED)
