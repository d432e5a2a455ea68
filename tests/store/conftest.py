"""Every store test runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.servers.postgres import PostgresServer, running_postgres, server_binaries

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    binaries = server_binaries()
    if binaries is None:
        reason = "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql"
        if os.environ.get("CI"):
            pytest.fail(reason + " (.ci/run installs it; CI must not skip these tests)")
        pytest.skip(reason)
    with running_postgres(binaries) as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A URL to a new, empty database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/meetbot.db"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database(f"test_{next(_names)}")
