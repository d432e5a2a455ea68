"""Raw messages from the file system: one .eml, a directory of them (or a Maildir), an mbox."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

__all__ = ["iter_raw_messages"]

_MBOX_START = b"From "


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(_MBOX_START)) == _MBOX_START


def iter_raw_messages(path: Path) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) for each message under `path`, in a stable order.

    Raises OSError when `path` cannot be read; a message that reads as garbage is
    still yielded, since judging it is the reader's job.
    """
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix.lower() == ".eml" or child.parent.name in ("cur", "new"):
                yield str(child), child.read_bytes()
    elif _is_mbox(path):
        box = mailbox.mbox(path, create=False)
        try:
            for number, key in enumerate(box.keys(), start=1):
                yield f"{path}#{number}", box.get_bytes(key)
        finally:
            box.close()
    else:
        yield str(path), path.read_bytes()
