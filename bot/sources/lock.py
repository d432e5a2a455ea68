"""One writer per mailbox: an exclusive lock file in the data folder.

`fcntl.flock` is released by the kernel when the process dies, kill -9 included, so
a crash never leaves a stale lock behind and nobody has to clean up by hand.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
from pathlib import Path
from types import TracebackType

from bot.errors import LockedError


class MailboxLock:
    """Held from `acquire()` until `release()` or the end of the process."""

    def __init__(self, data_dir: Path, mailbox: str) -> None:
        readable = re.sub(r"[^A-Za-z0-9._-]+", "_", mailbox)[:60]
        digest = hashlib.sha256(mailbox.encode()).hexdigest()[:12]
        self.mailbox = mailbox
        self.path = data_dir / "locks" / f"{readable}-{digest}.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise LockedError(
                f"{self.mailbox} is already watched by process {holder} "
                f"(lock {self.path}); one meetbot per mailbox"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> MailboxLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
