"""What a file extractor returns: the text it could get and what went wrong."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ExtractedText"]


@dataclass(frozen=True)
class ExtractedText:
    text: str
    warnings: tuple[str, ...] = ()
