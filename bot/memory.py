"""Giving freed memory back to the system when the daemon goes idle.

Reading a PDF or drafting a memo allocates tens of MB that Python frees but the C
allocator keeps for reuse; a daemon that then idles for hours would hold it all that
time. glibc's malloc_trim returns it; elsewhere (musl, macOS) only the collection runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from collections.abc import Callable


def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


_TRIM = _malloc_trim()


def release_memory() -> None:
    """Collect garbage, then return the allocator's free memory to the system."""
    gc.collect()
    if _TRIM is not None:
        _TRIM(0)
