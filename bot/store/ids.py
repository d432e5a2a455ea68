"""The identity of a message: its Message-ID, or a hash of its bytes when it has none."""

from __future__ import annotations

import hashlib
import re

_ANGLE = re.compile(r"<([^<>\s]+)>")
# The store's column (and RFC 5322's line limit): a longer id is stood in for by its hash.
MAX_ID_CHARS = 998


def message_id_from(header: str | None, raw: bytes) -> str:
    """Message-ID without angle brackets; for mail without one, a stable id from its bytes.

    Two copies of the same message (a re-delivery, a second folder) get the same id,
    which is what makes storing idempotent. An id the store could not keep (too long,
    or raw 8-bit bytes that are not text) becomes a stable hash of itself, so a hostile
    header cannot stop a message from being stored.
    """
    if header:
        match = _ANGLE.search(header)
        value = match.group(1) if match else header.strip()
        if value and len(value) <= MAX_ID_CHARS and value.isprintable():
            return value
        if value:
            digest = hashlib.sha256(value.encode("utf-8", "surrogateescape")).hexdigest()
            return f"sha256-id:{digest}"
    return f"sha256:{hashlib.sha256(raw).hexdigest()}"
