"""Storing raw messages: once per Message-ID, with the bytes kept for reprocessing."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.reading.ids import message_id_from
from bot.store.tables import MessageRow


@dataclass(frozen=True)
class StoredMessage:
    pk: int
    message_id: str
    created: bool  # False when the message was already stored


def store_raw_message(session: Session, raw: bytes, *, source: str) -> StoredMessage:
    """Store `raw` unless a message with the same Message-ID is already there."""
    # compat32 never raises on malformed headers: storing must not depend on parsing.
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    # The raw value, as the reader takes it: str() of a Header with 8-bit bytes would
    # turn them into U+FFFD and give the message another id than its document's.
    header = next((v for k, v in headers.raw_items() if k.lower() == "message-id"), None)
    message_id = message_id_from(str(header) if header is not None else None, raw)
    existing = session.scalar(select(MessageRow.id).where(MessageRow.message_id == message_id))
    if existing is not None:
        return StoredMessage(existing, message_id, created=False)
    row = MessageRow(
        message_id=message_id,
        sha256=hashlib.sha256(raw).hexdigest(),
        raw_gz=gzip.compress(raw, compresslevel=6),
        size=len(raw),
        source=source,
    )
    session.add(row)
    session.flush()
    return StoredMessage(row.id, message_id, created=True)


def raw_bytes(row: MessageRow) -> bytes:
    return gzip.decompress(row.raw_gz)
