"""Storing raw messages: once per Message-ID, with the bytes kept for reprocessing."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.ids import message_id_from
from bot.store.tables import MessageRow


@dataclass(frozen=True)
class StoredMessage:
    pk: int
    message_id: str
    created: bool  # False when the message was already stored


def store_raw_message(session: Session, raw: bytes, *, source: str) -> StoredMessage:
    """Store `raw` unless a message with the same Message-ID is already there."""
    return store_raw_messages(session, [raw], source=source)[0]


def store_raw_messages(
    session: Session, raws: Sequence[bytes], *, source: str
) -> list[StoredMessage]:
    """Store each of `raws` whose Message-ID is not stored yet (nor earlier in `raws`), with
    one query and one insert for them all."""
    ids = [_message_id(raw) for raw in raws]
    rows_found = session.execute(
        select(MessageRow.message_id, MessageRow.id).where(MessageRow.message_id.in_(set(ids)))
    )
    known = {message_id: pk for message_id, pk in rows_found}
    rows: dict[str, MessageRow] = {}
    for raw, message_id in zip(raws, ids, strict=True):
        if message_id in known or message_id in rows:
            continue
        rows[message_id] = MessageRow(
            message_id=message_id,
            sha256=hashlib.sha256(raw).hexdigest(),
            raw_gz=gzip.compress(raw, compresslevel=6),
            size=len(raw),
            source=source,
        )
    session.add_all(rows.values())
    session.flush()
    stored: list[StoredMessage] = []
    for message_id in ids:
        row = rows.pop(message_id, None)
        if row is not None:
            known[message_id] = row.id  # a second copy in `raws` is a duplicate of it
        stored.append(StoredMessage(known[message_id], message_id, created=row is not None))
    return stored


def _message_id(raw: bytes) -> str:
    # compat32 never raises on malformed headers: storing must not depend on parsing.
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    # The raw value, as the reader takes it: str() of a Header with 8-bit bytes would
    # turn them into U+FFFD and give the message another id than its document's.
    header = next((v for k, v in headers.raw_items() if k.lower() == "message-id"), None)
    return message_id_from(str(header) if header is not None else None, raw)


def raw_bytes(row: MessageRow) -> bytes:
    return gzip.decompress(row.raw_gz)
