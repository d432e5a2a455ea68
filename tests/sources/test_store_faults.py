"""The store refusing writes: a lock held longer than the busy timeout, and a full disk.

Either way the daemon says what is wrong in one line, keeps running, and stores the
message once the store takes writes again: nothing lost, nothing twice, no corruption.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import resource
import signal
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config.settings import MemoSettings, Settings, StoreSettings
from bot.errors import StoreError
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.sources.incoming import Incoming
from bot.store.database import Database, open_database
from bot.store.tables import ActionRunRow, MailboxCursorRow, MessageRow
from tests.sources.daemon_log import DaemonLog
from tests.sources.helpers import (
    account,
    append,
    message,
    seen_outcomes,
    settings_for,
    stored_count,
    wait_for,
)
from tests.sources.test_daemon_process import ROOT, start, write_config
from tests.test_pipeline import STAGES, Recorder, SteppedClock, load

# Far below the 15 s default, so a lock "held too long" takes a second of test time.
BUSY_SECONDS = 0.3


@contextlib.contextmanager
def write_lock(path: Path):
    """Another process's connection holding SQLite's write lock until the block ends."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def statuses(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(MessageRow.status).order_by(MessageRow.id)))


@pytest.mark.dovecot
async def test_a_lock_held_too_long_is_reported_and_the_message_stored_after_it(
    dovecot, user, tmp_path, caplog
):
    settings = settings_for(tmp_path, account(dovecot, user.name, user.password))
    path = tmp_path / "meetbot.db"
    settings = settings.model_copy(
        update={
            "store": StoreSettings(url=f"sqlite:///{path}?timeout={BUSY_SECONDS}"),
            "memo": MemoSettings(
                output_dir=tmp_path / "memos", pdf=False, template_dir=ROOT / "templates" / "memo"
            ),
        }
    )
    app = App.open(settings)
    task = asyncio.create_task(app.run())
    try:
        await wait_for(lambda: _checked(app.db), "the first check")
        caplog.clear()
        with write_lock(path):
            append(dovecot, user.name, user.password, message())
            await wait_for(lambda: _refusals(caplog) >= 2, "two refused attempts")
            assert stored_count(app.db) == 0
            assert not task.done(), "the daemon keeps running while the store is locked"
        await wait_for(lambda: stored_count(app.db) == 1, "the message after the lock")
    finally:
        app.stop.set()
        await asyncio.wait_for(task, 30)
        app.close()
    [refusal, *_] = [r for r in caplog.records if "store unavailable" in r.getMessage()]
    assert "database is locked" in refusal.getMessage()
    assert f"held the database's write lock for more than {BUSY_SECONDS:g} s" in (
        refusal.getMessage()
    )
    assert not [r for r in caplog.records if r.exc_info], "one line per attempt, no traceback"
    assert [o[2] for o in seen_outcomes(app.db)] == ["stored"]
    assert statuses(app.db) == ["extracted"]


class LockedWhileReading:
    """A read stage during which another process takes the write lock: the message is
    stored, but the store refuses its extraction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock: contextlib.ExitStack | None = None

    def __call__(self, raw: bytes) -> MailDocument:
        if self.lock is None:
            self.lock = contextlib.ExitStack()
            self.lock.enter_context(write_lock(self.path))
        return read_message(raw)


async def test_a_message_whose_extraction_the_store_refused_is_finished_by_resume(tmp_path):
    path = tmp_path / "p.db"
    db = open_database(f"sqlite:///{path}?timeout={BUSY_SECONDS}")
    locking = LockedWhileReading(path)
    stages = Stages(read=locking, extract=STAGES.extract, merge=STAGES.merge)
    steady = Recorder("steady")
    clock = SteppedClock()
    runner = ActionRunner(db, [steady], load=load, clock=clock)
    pipeline = Pipeline(db, stages, runner, clock=clock)

    with pytest.raises(StoreError, match="database is locked"):
        await pipeline.accept(Incoming(message(), "test"))
    assert locking.lock is not None
    locking.lock.close()
    assert statuses(db) == ["stored"], "the raw message was kept"

    [outcome] = await pipeline.resume()
    again = await pipeline.accept(Incoming(message(message_id="other@example.org"), "test"))

    assert outcome.status == "extracted"
    assert again.status == "extracted"
    assert steady.handled == [outcome.meeting_id, again.meeting_id]
    with db.session() as s:
        assert [r.status for r in s.scalars(select(ActionRunRow))] == ["done", "done"]
    db.close()


def _checked(db: Database) -> bool:
    with db.session() as s:
        return any(r.last_check_at for r in s.scalars(select(MailboxCursorRow)))


def _refusals(caplog: pytest.LogCaptureFixture) -> int:
    return sum("store unavailable" in r.getMessage() for r in caplog.records)


@pytest.mark.dovecot
async def test_a_full_disk_is_one_clear_line_per_attempt_and_nothing_is_lost(
    dovecot, user, tmp_path
):
    """The daemon's file size limit (RLIMIT_FSIZE, set from outside with prlimit) stands in
    for a full disk: writes past it fail as they would on a full file system, and Python
    ignores SIGXFSZ. Raising the limit again is the space coming back."""
    config = write_config(tmp_path, dovecot, user)
    # Memos as DOCX only: LibreOffice would inherit the file size limit and fail on it.
    memo = f'[memo]\noutput_dir = "{tmp_path}/memos"\npdf = false\n'
    memo += f'template_dir = "{ROOT / "templates" / "memo"}"\n'
    config.write_text(config.read_text() + memo)
    db = Database(Settings.load(config).store.database_url())
    daemon = start(config)
    log = DaemonLog(daemon)
    try:
        assert log.wait_for("meetbot running"), log.text
        await wait_for(lambda: _checked(db), "the first check")
        append(dovecot, user.name, user.password, message("before"))
        await wait_for(lambda: statuses(db) == ["extracted"], "a message before the disk fills")

        files = [tmp_path / "meetbot.db", tmp_path / "meetbot.db-wal"]
        room = max(f.stat().st_size for f in files) + 16 * 1024
        _soft, hard = resource.prlimit(daemon.pid, resource.RLIMIT_FSIZE)
        resource.prlimit(daemon.pid, resource.RLIMIT_FSIZE, (room, hard))
        append(dovecot, user.name, user.password, _with_attachment(400_000))
        append(dovecot, user.name, user.password, message("after"))
        assert log.wait_for("store unavailable", times=3), log.text
        assert daemon.poll() is None, "the daemon keeps running on a full disk"
        assert stored_count(db) == 1

        resource.prlimit(daemon.pid, resource.RLIMIT_FSIZE, (hard, hard))
        await wait_for(lambda: stored_count(db) == 3, "the mail once space is back")
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(30) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
        log.close()
        daemon.stdout.close()
    refusal = next(line for line in log.lines if "store unavailable" in line)
    assert "disk I/O error: the file system refused a write (a full disk" in refusal
    assert "Traceback" not in log.text
    assert [o[2] for o in seen_outcomes(db)] == ["stored"] * 3
    assert statuses(db) == ["extracted"] * 3
    db.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "meetbot.db")) as check:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _with_attachment(size: int) -> bytes:
    """A message with `size` bytes of random (incompressible) attachment."""
    head, _, _ = message("big").partition(b"Content-Type: text/plain")
    data = base64.encodebytes(os.urandom(size))
    return (
        head + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nSee the attached file.\r\n--b\r\n"
        b"Content-Type: application/octet-stream; name=data.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + data + b"\r\n--b--\r\n"
    )
