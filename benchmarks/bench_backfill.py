"""Backfill N text messages from Dovecot, extraction included, against mbsync (Debian's isync)
copying the same mailbox to a Maildir (goal: meetbot ≤ 2 × mbsync).

Run from the project folder: python -m benchmarks.bench_backfill [N] [RUNS]

Each side runs RUNS times (default 3), each time into an empty Maildir or store, and the
ratio is of the medians: on a shared machine one run of either can be off by half.

The figure is fetching, storing, reading, extracting and linking into meetings; the actions
(calendar, memo, reminders) are left out. Every message here is an invitation to a meeting of
its own, so N messages make N meetings, and the calendar action rewrites the whole ICS feed
for each of them: that cost grows with the number of meetings, not with the mailbox.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

from bot.app import App
from tests.servers.dovecot import Dovecot
from tests.sources.helpers import account, message, settings_for

USER = "backfill"


def fill(server: Dovecot, count: int) -> None:
    with IMAPClient(server.host, server.port, ssl=False, timeout=60) as client:
        client.login(USER, server.PASSWORD)
        batch = 500
        for start in range(0, count, batch):
            client.multiappend("INBOX", [message() for _ in range(min(batch, count - start))])


def mbsync_seconds(server: Dovecot, work: Path) -> float:
    maildir = work / "mbsync-maildir"
    maildir.mkdir()
    config = work / "mbsyncrc"
    config.write_text(
        f"""IMAPAccount bench
Host {server.host}
Port {server.port}
User {USER}
Pass {server.PASSWORD}
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path {maildir}/
Inbox {maildir}/INBOX

Channel bench
Far :remote:
Near :local:
Patterns INBOX
Sync Pull
Create Near
SyncState *
"""
    )
    started = time.perf_counter()
    subprocess.run(["mbsync", "-q", "-c", str(config), "-a"], check=True)
    elapsed = time.perf_counter() - started
    copied = len(list((maildir / "INBOX" / "new").iterdir())) + len(
        list((maildir / "INBOX" / "cur").iterdir())
    )
    print(f"mbsync: {copied} messages in {elapsed:.2f} s")
    return elapsed


async def meetbot_seconds(server: Dovecot, work: Path) -> float:
    settings = settings_for(work, account(server, USER, server.PASSWORD, timeout_seconds=120))
    app = App.open(settings, actions=[])
    started = time.perf_counter()
    reports = await app.backfill(dt.date(2000, 1, 1))
    elapsed = time.perf_counter() - started
    app.close()
    report = reports[0]
    print(f"meetbot backfill: {report.processed} messages in {elapsed:.2f} s {report.outcomes}")
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    if shutil.which("mbsync") is None:
        sys.exit("mbsync is missing: apt-get install isync")
    server = Dovecot()
    server.start()
    try:
        started = time.perf_counter()
        fill(server, count)
        print(f"appended {count} messages in {time.perf_counter() - started:.1f} s")
        references: list[float] = []
        ours: list[float] = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as tmp:
                references.append(mbsync_seconds(server, Path(tmp)))
            with tempfile.TemporaryDirectory() as tmp:
                ours.append(asyncio.run(meetbot_seconds(server, Path(tmp))))
        reference, mine = statistics.median(references), statistics.median(ours)
        print(f"medians: meetbot {mine:.2f} s, mbsync {reference:.2f} s")
        print(f"ratio meetbot / mbsync: {mine / reference:.2f} (goal ≤ 2)")
    finally:
        server.close()


if __name__ == "__main__":
    main()
