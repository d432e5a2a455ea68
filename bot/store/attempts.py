"""Counting processing runs on a message, so one that kills the daemon is set aside.

A run is counted, and the count committed, before it starts; finishing it (understood or
failed) sets the count back to 0. A count still standing at the next start means the
daemon died inside the run: the same message would most likely kill it again.
"""

from __future__ import annotations

from bot.store.statuses import MAX_UNFINISHED_ATTEMPTS, MessageStatus
from bot.store.tables import MessageRow


def begin_attempt(row: MessageRow, *, by_person: bool = False) -> bool:
    """Count a run begun on `row`; False (and the message quarantined) when runs begun
    before did not finish often enough that this one should not start. A person asking
    for the message (`meetbot reprocess`) always starts a run."""
    if by_person:
        row.attempts = 1
        return True
    if row.attempts >= MAX_UNFINISHED_ATTEMPTS:
        row.status = MessageStatus.QUARANTINED
        row.error = (
            f"set aside: the daemon stopped {row.attempts} times in a row while processing "
            "this message; `meetbot reprocess` tries it again"
        )
        row.error_trace = None
        return False
    row.attempts += 1
    return True


def finish_attempt(row: MessageRow) -> None:
    row.attempts = 0
