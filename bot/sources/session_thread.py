"""The one thread an IMAP session's blocking calls run on, and when the call in hand
began: the watchdog tells a server that stopped answering by it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import TypeVar

from bot.errors import SourceError

T = TypeVar("T")


class SessionThread:
    def __init__(self, source: str) -> None:
        self.source = source
        self._executor: ThreadPoolExecutor | None = None
        self.started: float | None = None  # when the server call in hand began

    def open(self, thread_name: str) -> None:
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=thread_name)

    async def run(self, function: Callable[..., T], *args: object) -> T:
        executor = self._executor
        if executor is None:
            raise SourceError("session closed", source=self.source)
        self.started = time.monotonic()
        try:
            return await asyncio.get_running_loop().run_in_executor(
                executor, partial(function, *args)
            )
        finally:
            self.started = None

    def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            # A thread stuck on a dead socket ends when the socket does; do not wait.
            executor.shutdown(wait=False, cancel_futures=True)
