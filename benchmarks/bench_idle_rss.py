"""Resident memory of an idle `meetbot run` watching one IMAP folder (goal: < 150 MB).

Run from the project folder: python -m benchmarks.bench_idle_rss
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.servers.dovecot import Dovecot
from tests.sources.helpers import append, message

SETTLE_SECONDS = 10


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


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
            )
            daemon = subprocess.Popen(
                [sys.executable, "-m", "bot", "run", "--config", str(config)],
                cwd=tmp,
                env={**os.environ, "PYTHONPATH": str(Path.cwd())},
            )
            time.sleep(SETTLE_SECONDS / 2)
            for _ in range(20):  # some real work first, so reading code is loaded
                append(server, "rss", server.PASSWORD, message())
            time.sleep(SETTLE_SECONDS / 2)
            print(f"idle daemon RSS after 20 messages: {rss_mb(daemon.pid):.1f} MB (goal < 150 MB)")
            daemon.send_signal(signal.SIGTERM)
            print(f"exit code after SIGTERM: {daemon.wait(30)}")
    finally:
        server.close()


if __name__ == "__main__":
    main()
