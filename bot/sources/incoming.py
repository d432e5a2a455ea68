"""What a source hands on: the raw message, and the `accept` it hands it to.

Sources do not know what processing follows; the app gives each one an `accept`
(the pipeline's) when it wires them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from bot.store.messages import StoredMessage

# Called inside the transaction that stores the raw message, so the source's record
# of it (seen UID, cursor) commits with it or not at all.
OnStored = Callable[[Session, StoredMessage], None]


@dataclass(frozen=True)
class Incoming:
    raw: bytes
    source: str  # "imap:ministry/INBOX", "maildir", "file"
    on_stored: OnStored | None = None


class Accept(Protocol):
    """Store and process one message; never raises for a bad message (a store that
    refuses writes raises StoreError, and the source tries again later)."""

    async def __call__(self, incoming: Incoming) -> object: ...
