"""A `meetbot run` process's log, read in a thread so the pipe never fills and blocks it."""

from __future__ import annotations

import subprocess
import threading
import time


class DaemonLog:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        self._stream = process.stderr
        self._lines: list[str] = []
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self._stream:
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()

    @property
    def lines(self) -> list[str]:
        with self._changed:
            return list(self._lines)

    @property
    def text(self) -> str:
        return "".join(self.lines)

    def count(self, needle: str) -> int:
        return sum(needle in line for line in self.lines)

    def wait_for(self, needle: str, seconds: float = 30, *, times: int = 1) -> bool:
        """Wait until `needle` was logged `times` times; False when the time ran out."""
        deadline = time.monotonic() + seconds
        with self._changed:
            while sum(needle in line for line in self._lines) < times:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True

    def close(self) -> None:
        """Once the process has ended: the rest of its output, then the pipe closed."""
        self._thread.join(10)
        self._stream.close()
