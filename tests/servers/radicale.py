"""A real CalDAV server for tests: Radicale on 127.0.0.1 with a temporary store, no auth."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.servers.ports import free_port

# Radicale starts in well under a second here; this is only a ceiling for slow CI.
START_TIMEOUT_SECONDS = 20


@contextmanager
def running_radicale(folder: Path) -> Iterator[str]:
    """Start Radicale storing under `folder`; yields its base URL."""
    port = free_port()
    log = (folder / "radicale.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--auth-type",
            "none",
            # A client asks without credentials first and Radicale answers that 401 after a
            # delay meant to slow password guessing (about a second), once per client; the
            # calendar action opens a client per run, so the tests waited on it most of all.
            "--auth-delay",
            "0",
            "--storage-filesystem-folder",
            str(folder / "collections"),
            "--logging-level",
            "warning",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"radicale exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("radicale did not start")
