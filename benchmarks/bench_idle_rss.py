"""Resident memory of an idle `meetbot run` watching one IMAP folder (goal: < 150 MB).

Run from the project folder: python -m benchmarks.bench_idle_rss

The daemon first does real work: 20 invitations, each a meeting with its memo (DOCX,
HTML and, with LibreOffice, PDF), calendar entries and reminders. It is measured once
all of that is done and it is back to waiting, and its peak while working is printed too.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.servers.dovecot import Dovecot
from tests.sources.helpers import append, message

SETTLE_SECONDS = 10
MESSAGES = 20
WORK_TIMEOUT_SECONDS = 300


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def tree_pss_mb(pid: int) -> tuple[float, int]:
    """The proportional memory of `pid` and every process under it (the fork server that
    starts the reading workers, the workers), shared pages counted once; how many processes."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, total = [pid], 0.0
    for each in tree:
        tree.extend(children.get(each, []))
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{each}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
    return total, len(tree)


def wait_until_done(db: Path, pid: int) -> float:
    """Wait until every message is processed and no action is left to run; the peak RSS."""
    peak = 0.0
    deadline = time.monotonic() + WORK_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        peak = max(peak, rss_mb(pid))
        with contextlib.suppress(sqlite3.OperationalError), sqlite3.connect(db) as store:
            done = store.execute("SELECT count(*) FROM messages WHERE status != 'stored'")
            waiting = store.execute(
                "SELECT count(*) FROM action_runs WHERE status IN ('pending', 'failed')"
            )
            if done.fetchone()[0] >= MESSAGES and waiting.fetchone()[0] == 0:
                return peak
        time.sleep(0.5)
    raise SystemExit(f"the daemon did not finish its work within {WORK_TIMEOUT_SECONDS} s")


def main() -> None:
    server = Dovecot()
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "meetbot.toml"
            config.write_text(
                f'data_dir = "{tmp}/data"\n[store]\nurl = "sqlite:///{tmp}/m.db"\n'
                "[sources.maildir]\nenabled = false\n"
                f'[[sources.imap]]\nname = "rss"\nhost = "{server.host}"\nport = {server.port}\n'
                f'tls = "none"\nusername = "rss"\npassword = "{server.PASSWORD}"\n'
                # The daemon runs in the temporary folder: the templates are the project's.
                f'[memo]\ntemplate_dir = "{Path.cwd() / "templates" / "memo"}"\n'
            )
            daemon = subprocess.Popen(
                [sys.executable, "-m", "bot", "run", "--config", str(config)],
                cwd=tmp,
                env={**os.environ, "PYTHONPATH": str(Path.cwd())},
            )
            time.sleep(SETTLE_SECONDS / 2)
            print(f"RSS at start: {rss_mb(daemon.pid):.1f} MB")
            for _ in range(MESSAGES):  # real work first, so that its code is loaded
                append(server, "rss", server.PASSWORD, message())
            peak = wait_until_done(Path(tmp) / "m.db", daemon.pid)
            time.sleep(SETTLE_SECONDS / 2)
            print(f"peak RSS while working: {peak:.1f} MB")
            print(
                f"idle daemon RSS after {MESSAGES} messages: {rss_mb(daemon.pid):.1f} MB"
                " (goal < 150 MB)"
            )
            pss, processes = tree_pss_mb(daemon.pid)
            print(f"idle meetbot, {processes} processes (PSS, shared pages once): {pss:.1f} MB")
            daemon.send_signal(signal.SIGTERM)
            print(f"exit code after SIGTERM: {daemon.wait(30)}")
    finally:
        server.close()


if __name__ == "__main__":
    main()
