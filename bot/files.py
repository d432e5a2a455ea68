"""Files written whole or not at all.

A reader in another process (a calendar client fetching the feed, a worker reading the OCR
cache, the next start reaping LibreOffice markers) must never see a file that exists but is
still being written: each is written beside its place and renamed over it, which POSIX makes
atomic within one folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

ASIDE_SUFFIX = ".tmp"


def write_whole(path: Path, content: str | bytes, *, mode: int = 0o644, sync: bool = False) -> None:
    """Replace `path` with `content` (text as UTF-8) in one step, readable with `mode`;
    `sync` also flushes it to the disk first, for a file that must survive a power cut."""
    handle, aside = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=ASIDE_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content.encode("utf-8") if isinstance(content, str) else content)
            if sync:
                out.flush()
                os.fsync(out.fileno())
        # mkstemp makes the file private; most of these are there to be read by others.
        os.chmod(aside, mode)
        os.replace(aside, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(aside)
        raise
