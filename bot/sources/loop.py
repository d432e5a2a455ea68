"""The one run loop of every watcher (the Maildir, each IMAP folder): check, wait, again.

A watcher must outlive anything below it: a failed check is recorded on the folder
(`meetbot status` shows it) and tried again after the watcher's pause; only a stop
ends the loop, or, with `once`, the first check.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Protocol

from bot.errors import SourceError, StoreError

log = logging.getLogger(__name__)


class Watcher(Protocol):
    @property
    def name(self) -> str: ...

    async def check_once(self) -> None:
        """Take what has arrived. An IMAP folder also waits in its session for more, and
        returns only when stopping or, with `once`, after its first catch-up."""
        ...

    def pause(self, *, failed: bool) -> float:
        """Seconds to wait before the next check (after a failed one when `failed`)."""
        ...

    def record_error(self, error: str) -> None:
        """Keep the error on the folder, for `meetbot status`."""
        ...


async def keep_watching(watcher: Watcher, stop: asyncio.Event, *, once: bool = False) -> None:
    """Run `watcher` until `stop` is set (or one check with `once`, which raises what
    the check raised)."""
    while not stop.is_set():
        failed = True
        try:
            await watcher.check_once()
            failed = False
        except SourceError as exc:
            log.warning("source failed: %s", exc, extra={"source": watcher.name})
            await _record_error(watcher, str(exc))
            if once:
                raise
        # A full disk or a held lock: a message not committed is taken again once the
        # store takes writes; one line per attempt.
        except StoreError as exc:
            log.error("store unavailable: %s", exc, extra={"source": watcher.name})
            await _record_error(watcher, str(exc))
            if once:
                raise
        # The watcher outlives a bad message or a bug below it: recorded, tried again.
        except Exception as exc:
            log.exception("watcher check failed", extra={"source": watcher.name})
            await _record_error(watcher, f"{type(exc).__name__}: {exc}")
            if once:
                raise
        if once:
            return
        delay = watcher.pause(failed=failed)
        if failed:
            log.info("trying again", extra={"source": watcher.name, "in_seconds": round(delay, 1)})
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)


async def _record_error(watcher: Watcher, error: str) -> None:
    # Health bookkeeping must not take the watcher down with a locked database.
    try:
        await asyncio.to_thread(watcher.record_error, error)
    except StoreError as exc:
        log.warning("could not record the error: %s", exc, extra={"source": watcher.name})
    except Exception:
        log.exception("could not record the error", extra={"source": watcher.name})
