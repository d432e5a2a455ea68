"""Extraction stages for the tests that run them in worker processes.

A worker unpickles its stages by importing their module. A test module would be imported
there whole, with all it imports (the store, Alembic, the test servers: a second of CPU in
every new worker, and a test that replaces its worker waited for each); this one imports
only what the fork server has loaded already (bot.processing.worker_start).
"""

from __future__ import annotations

import os
import time

from bot.reading.document import MailDocument
from bot.understanding.record import Extraction, MessageKind

MEMORY_MB = 512  # the tests' cap on a worker's memory


def costly(document: MailDocument) -> Extraction:
    """An extractor that is slow or greedy when the subject says so; it tells which worker
    process it ran in."""
    if "slow" in document.subject:
        time.sleep(60)  # as a regex blowup or a quadratic decoder would (never waited for)
    if "greedy" in document.subject:
        bytearray(2 * MEMORY_MB * 1024 * 1024)  # as a zip bomb would
    return Extraction(document.message_id, MessageKind.INVITATION, (f"pid {os.getpid()}",))


def poisoned(document: MailDocument) -> object:
    raise ValueError(f"cannot understand {document.subject!r}")
