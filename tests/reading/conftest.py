from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from tests.corpus_paths import CORPUS, FILES


@functools.cache
def _read(name: str) -> MailDocument:
    return read_message((CORPUS / name).read_bytes())


@pytest.fixture
def corpus() -> Callable[[str], MailDocument]:
    """Read a corpus file once per test session (documents are frozen)."""
    return _read


@pytest.fixture
def corpus_file() -> Callable[[str], bytes]:
    return lambda name: (FILES / name).read_bytes()
