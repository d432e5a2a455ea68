"""How much reading one message may cost: attachment size, PDF pages, time per file."""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.config.settings import ReadingSettings

__all__ = ["ReadLimits", "TimeLimit"]

_MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    max_attachment_bytes: int = 25 * _MB
    max_pdf_pages: int = 200
    attachment_timeout_seconds: float = 30.0

    @classmethod
    def from_settings(cls, reading: ReadingSettings) -> ReadLimits:
        return cls(
            max_attachment_bytes=int(reading.max_attachment_mb * _MB),
            max_pdf_pages=reading.max_pdf_pages,
            attachment_timeout_seconds=reading.attachment_timeout_seconds,
        )


class TimeLimit:
    """A point in time that extractors check between pages.

    Python cannot stop a library call from outside, so the limit is cooperative:
    a file stops at the first page boundary after its time is up.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() > self._end
