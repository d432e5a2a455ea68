"""A throwaway PostgreSQL cluster on 127.0.0.1 for tests: initdb, pg_ctl, a free port.

Uses Debian's server binaries (/usr/lib/postgresql/<version>/bin, package
`postgresql`), or initdb and pg_ctl on PATH elsewhere. PostgreSQL refuses to run as
root, so as root the cluster belongs to `nobody` and lives in a folder of its own
under /tmp (pytest's tmp_path is mode 0700 and `nobody` could not enter it).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from tests.servers.ports import free_port

# The server's own superuser: trust authentication on 127.0.0.1 only, so no password.
SUPERUSER = "meetbot"
UNPRIVILEGED_USER = "nobody"
# Seconds pg_ctl waits for the server to accept connections.
START_TIMEOUT = 60


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None if absent."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
        reverse=True,
    )
    if debian:
        return debian[0].parent
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        conninfo = f"host={self.host} port={self.port} user={SUPERUSER} dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True) as connection:
            # FILE_COPY: a plain file copy of the small template, faster than WAL-logging it.
            create = sql.SQL("CREATE DATABASE {} STRATEGY = FILE_COPY")
            connection.execute(create.format(sql.Identifier(name)))
        return self.url(name)


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *command] if owner else command


@contextmanager
def running_postgres(binaries: Path) -> Iterator[PostgresServer]:
    """Start a cluster, yield it, then stop it and remove its files."""
    owner = UNPRIVILEGED_USER if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="meetbot-postgres-"))
    data, log = root / "data", root / "server.log"
    if owner:
        account = pwd.getpwnam(owner)
        os.chown(root, account.pw_uid, account.pw_gid)
    port = free_port()
    initdb = [
        str(binaries / "initdb"),
        *("-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale", "-N"),
    ]
    # fsync off: a test cluster has nothing worth keeping through a power cut.
    options = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={root}"
    options += " -c fsync=off -c full_page_writes=off"
    pg_ctl = [str(binaries / "pg_ctl"), "-D", str(data)]
    start = [*pg_ctl, "-o", options, "-l", str(log), "-t", str(START_TIMEOUT), "-w", "start"]
    try:
        subprocess.run(_as_owner(initdb, owner), check=True, capture_output=True, cwd=root)
        try:
            subprocess.run(_as_owner(start, owner), check=True, capture_output=True, cwd=root)
        except subprocess.CalledProcessError as exc:
            server_log = log.read_text() if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr!r}\n{server_log}") from exc
        yield PostgresServer("127.0.0.1", port)
    finally:
        if (data / "postmaster.pid").exists():
            stop = [*pg_ctl, "-m", "immediate", "-w", "stop"]
            subprocess.run(_as_owner(stop, owner), check=False, capture_output=True, cwd=root)
        shutil.rmtree(root, ignore_errors=True)
