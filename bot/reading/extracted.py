"""What a file extractor returns: the text it could get and what went wrong."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ExtractedText"]


@dataclass(frozen=True)
class ExtractedText:
    text: str
    warnings: tuple[str, ...] = ()
    ocr_confidence: float | None = None  # lowest page confidence (0-100) when OCR read any
