"""The identity of a message: its Message-ID, or a hash of its bytes when it has none."""

from __future__ import annotations

import hashlib
import re

_ANGLE = re.compile(r"<([^<>\s]+)>")


def message_id_from(header: str | None, raw: bytes) -> str:
    """Message-ID without angle brackets; for mail without one, a stable id from its bytes.

    Two copies of the same message (a re-delivery, a second folder) get the same id,
    which is what makes storing idempotent.
    """
    if header:
        match = _ANGLE.search(header)
        value = match.group(1) if match else header.strip()
        if value:
            return value
    return f"sha256:{hashlib.sha256(raw).hexdigest()}"
