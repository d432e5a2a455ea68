"""Stored English reasons read into Thai by pattern: the first pattern that matches the
whole reason gives its Thai, with what the pattern's named groups took in its {fields}."""

from __future__ import annotations

import re
from collections.abc import Iterable


def thai_by_pattern(reason: str, table: Iterable[tuple[re.Pattern[str], str]]) -> str | None:
    """The Thai of the first pattern matching all of `reason`; None when none does. (A group
    that took nothing, an optional one, fills no field.)"""
    for pattern, thai in table:
        found = pattern.fullmatch(reason)
        if found:
            return thai.format(**{k: v for k, v in found.groupdict().items() if v is not None})
    return None
