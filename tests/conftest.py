"""Fixtures for the whole suite."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _restore_root_logging() -> Iterator[None]:
    # The commands under test call setup_logging, which replaces the root handlers with
    # one writing to that test's captured stream; servers still running in threads
    # (aiosmtpd) would then log into a closed file in the next test.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
