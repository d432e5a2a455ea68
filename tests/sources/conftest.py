from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.servers.dovecot import Dovecot

_users = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One server for the tests that do not restart it; each test gets its own user."""
    server = Dovecot()
    server.start()
    yield server
    server.close()


@dataclass(frozen=True)
class User:
    name: str
    password: str


@pytest.fixture
def user(dovecot: Dovecot) -> User:
    return User(f"user{next(_users)}", dovecot.PASSWORD)
