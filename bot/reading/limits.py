"""How much reading one message may cost: attachment size, PDF pages, time per file."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from bot.config.settings import OcrSettings, ReadingSettings
from bot.reading.ocr import OcrOptions

__all__ = ["ReadLimits", "TimeLimit"]

_MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    max_attachment_bytes: int = 25 * _MB
    max_pdf_pages: int = 200
    attachment_timeout_seconds: float = 30.0
    ocr: OcrOptions | None = None  # None: scanned pages and images are not read

    @classmethod
    def from_settings(
        cls, reading: ReadingSettings, ocr: OcrSettings | None = None, data_dir: Path | None = None
    ) -> ReadLimits:
        return cls(
            max_attachment_bytes=int(reading.max_attachment_mb * _MB),
            max_pdf_pages=reading.max_pdf_pages,
            attachment_timeout_seconds=reading.attachment_timeout_seconds,
            ocr=_ocr_options(ocr, data_dir),
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


def _ocr_options(ocr: OcrSettings | None, data_dir: Path | None) -> OcrOptions | None:
    if ocr is None or not ocr.enabled:
        return None
    return OcrOptions(
        languages=ocr.languages,
        dpi=ocr.dpi,
        page_seconds=ocr.page_seconds,
        max_pages=ocr.max_pages_per_message,
        cache_dir=data_dir / "ocr-cache" if data_dir is not None else None,
    )
