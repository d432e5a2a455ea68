"""What state a stored message is in; the `messages.status` column holds these values."""

from __future__ import annotations

from enum import StrEnum


class MessageStatus(StrEnum):
    STORED = "stored"  # kept raw; not understood yet, or being understood now
    EXTRACTED = "extracted"
    FAILED = "failed"  # reading, extraction or merging raised: the error and trace are kept
    # The daemon died while processing it, twice in a row: skipped until a person reprocesses it.
    QUARANTINED = "quarantined"


# A message whose processing was begun this many times without finishing is quarantined
# at the next start instead of being begun again.
MAX_UNFINISHED_ATTEMPTS = 2
