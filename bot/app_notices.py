"""The office's notices that wait for something to be recorded: a change kept apart for
approval (recorded by a message's merge) and a revoked sign-in (recorded by a watcher's
thread refreshing a token). Each is told by one task that wakes when its event is set,
not by a loop that asks the store at every tick.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.actions.reminders.service import ReminderService
from bot.errors import StoreError

log = logging.getLogger(__name__)

Tell = Callable[[ReminderService], Awaitable[bool]]  # True when everything was told
Service = Callable[[], ReminderService | None]  # the daemon's reminders, while they run


async def first_set(*events: asyncio.Event, timeout: float | None) -> None:
    """Wait until one of `events` is set, or `timeout` seconds (None: no limit)."""
    waits = [asyncio.create_task(event.wait()) for event in events]
    try:
        await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()


def set_soon(event: asyncio.Event, loop: asyncio.AbstractEventLoop) -> None:
    """Set `event` from another thread (a watcher's, refreshing a sign-in)."""
    # A loop closed meanwhile (the daemon stopping): the next start tells it.
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(event.set)


async def announce_changes(service: ReminderService) -> bool:
    return await service.announce_changes()


async def tell_revoked_sign_ins(service: ReminderService) -> bool:
    return await service.notices.tell_revoked_sign_ins()


async def tell_office(service: ReminderService | None, tell: Tell) -> bool:
    """`tell` the office through the daemon's reminders; True when all was told."""
    if service is None:
        return True
    try:
        return await tell(service)
    except StoreError as exc:
        log.error("store unavailable: %s", exc)
        return False


async def keep_telling(
    stop: asyncio.Event,
    service: Service,
    recorded: asyncio.Event,
    tell: Tell,
    *,
    retry_every: float,
    look_every: float | None = None,
) -> None:
    """`tell` the office what was recorded before this started, then as soon as
    `recorded` is set (what it tells was recorded), and again `retry_every` seconds
    after a notice that failed; with `look_every`, also at that pace, for what another
    process recorded. The notice's delivery key is what says it was told: a look again
    sends nothing twice (bot.actions.reminders.delivery)."""
    recorded.clear()
    caught_up = await tell_office(service(), tell)
    while not stop.is_set():
        await first_set(recorded, stop, timeout=look_every if caught_up else retry_every)
        recorded.clear()
        if not stop.is_set():
            caught_up = await tell_office(service(), tell)


def notice_tasks(
    stop: asyncio.Event,
    service: Service,
    kept_apart: asyncio.Event,
    revoked: asyncio.Event,
    *,
    retry_every: float,
) -> list[asyncio.Task[None]]:
    """The daemon's tasks that tell the office of a change kept apart, or a revoked
    sign-in, as soon as it is recorded. `meetbot import` records changes kept apart in a
    process of its own, which a look at the retry pace finds; sign-ins are refreshed by
    this process only."""
    changes = keep_telling(
        stop,
        service,
        kept_apart,
        announce_changes,
        retry_every=retry_every,
        look_every=retry_every,
    )
    sign_ins = keep_telling(stop, service, revoked, tell_revoked_sign_ins, retry_every=retry_every)
    return [
        asyncio.create_task(changes, name="pending changes"),
        asyncio.create_task(sign_ins, name="revoked sign-ins"),
    ]
