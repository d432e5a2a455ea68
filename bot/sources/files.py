"""One-shot import: a .eml file, a directory of them, or an mbox file."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.errors import SourceError

FILE_SOURCE = "file"


@dataclass(frozen=True)
class FileMessage:
    origin: str  # "path" or "path#n" for the n-th message of an mbox, for messages to a person
    raw: bytes


def is_mbox(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(5) == b"From "


def messages_in(path: Path) -> Iterator[FileMessage]:
    """Every message under `path`, in a stable order. Raises SourceError for a bad path."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")
        for file in files:
            yield FileMessage(str(file), file.read_bytes())
    elif path.is_file():
        if is_mbox(path):
            box = mailbox.mbox(path, create=False)
            try:
                for n, key in enumerate(box.iterkeys(), start=1):
                    yield FileMessage(f"{path}#{n}", box.get_bytes(key))
            finally:
                box.close()
        else:
            yield FileMessage(str(path), path.read_bytes())
    else:
        raise SourceError(f"{path}: no such file or directory", source=FILE_SOURCE)
