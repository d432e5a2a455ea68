"""The office's notices that wait for something recorded (a change kept apart, a revoked
sign-in): told at the start and when their event is set, again after a notice that
failed, and with no look at the store in between when all was told."""

from __future__ import annotations

import asyncio

from bot.app_notices import keep_telling

RETRY_SECONDS = 0.05


class Office:
    """What `tell` reached: each call answers the next of `answers` (True: all told)."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.calls = 0
        self.told = asyncio.Event()

    async def tell(self, _service: object) -> bool:
        self.calls += 1
        self.told.set()
        return self.answers.pop(0) if self.answers else True

    async def calls_reach(self, count: int) -> None:
        while self.calls < count:
            self.told.clear()
            await asyncio.wait_for(self.told.wait(), 5)


async def telling(office: Office, recorded: asyncio.Event, stop: asyncio.Event, **looks):
    return asyncio.create_task(
        keep_telling(
            stop, lambda: "service", recorded, office.tell, retry_every=RETRY_SECONDS, **looks
        )
    )


async def test_a_notice_that_failed_is_told_again_then_nothing_is_asked_until_recorded():
    office, recorded, stop = Office(False), asyncio.Event(), asyncio.Event()
    task = await telling(office, recorded, stop)
    try:
        await office.calls_reach(2)  # at the start (failed), then after RETRY_SECONDS
        await asyncio.sleep(20 * RETRY_SECONDS)
        assert office.calls == 2, "all told: no look until something is recorded"
        recorded.set()
        await office.calls_reach(3)
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)


async def test_with_a_look_pace_another_processs_records_are_found():
    office, recorded, stop = Office(), asyncio.Event(), asyncio.Event()
    task = await telling(office, recorded, stop, look_every=RETRY_SECONDS)
    try:
        await office.calls_reach(4)
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)
