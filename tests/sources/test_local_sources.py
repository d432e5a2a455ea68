"""The Maildir source, one-shot imports, the lock, and `meetbot status`."""

from __future__ import annotations

import asyncio
import datetime as dt
import mailbox

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bot.app import App
from bot.cli import _register
from bot.cli import app as cli
from bot.config.settings import MaildirSource, Settings, SourcesSettings
from bot.errors import LockedError, SourceError
from bot.sources.lock import MailboxLock
from bot.sources.maildir import MaildirWatcher, deliver, ensure_maildir
from bot.store.tables import MailboxCursorRow, MessageRow
from tests.sources.helpers import message, stored_count, wait_for


def local_settings(tmp_path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        store={"url": f"sqlite:///{tmp_path}/meetbot.db"},
        # Memos as DOCX only: LibreOffice's seconds per meeting are not what is tested here.
        memo={"pdf": False},
        sources=SourcesSettings(maildir=MaildirSource(path=tmp_path / "maildir", poll_seconds=0.1)),
    )


async def test_maildir_processes_new_mail_once_and_keeps_the_files(tmp_path):
    app = App.open(local_settings(tmp_path))
    maildir = tmp_path / "maildir"
    ensure_maildir(maildir)
    for n in range(3):
        deliver(maildir, f"100{n}.test", message("local"))
    await app.run(once=True)
    assert stored_count(app.db) == 3
    assert list((maildir / "new").iterdir()) == []
    assert sorted(p.name for p in (maildir / "cur").iterdir()) == [
        "1000.test:2,",
        "1001.test:2,",
        "1002.test:2,",
    ]
    await app.run(once=True)
    assert stored_count(app.db) == 3
    app.close()


async def test_maildir_watcher_sees_mail_delivered_while_it_runs(tmp_path):
    settings = local_settings(tmp_path)
    app = App.open(settings)
    watcher = MaildirWatcher(
        tmp_path / "maildir", db=app.db, accept=app.pipeline.accept, clock=app.clock,
        stop=app.stop, poll_seconds=0.05,
    )  # fmt: skip
    task = asyncio.create_task(watcher.run())
    await wait_for((tmp_path / "maildir" / "new").exists, "the Maildir made")
    deliver(tmp_path / "maildir", "2000.test", message("later"))
    await wait_for(lambda: stored_count(app.db) > 0, "the message delivered meanwhile")
    app.stop.set()
    await task
    app.close()


async def test_import_eml_directory_and_mbox(tmp_path):
    app = App.open(local_settings(tmp_path))
    folder = tmp_path / "mails"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.eml").write_bytes(message("a"))
    (folder / "sub" / "b.EML").write_bytes(message("b"))
    (folder / "notes.txt").write_text("not mail")
    box = mailbox.mbox(tmp_path / "archive.mbox")
    for n in range(3):
        box.add(message(f"mbox {n}"))
    box.flush()
    box.close()

    from_dir = await app.import_path(folder)
    from_mbox = await app.import_path(tmp_path / "archive.mbox")
    again = await app.import_path(folder / "a.eml")

    assert [o.status for o in from_dir] == ["extracted", "extracted"]
    assert [o.status for o in from_mbox] == ["extracted"] * 3
    assert [o.status for o in again] == ["duplicate"]
    with app.db.session() as s:
        subjects = sorted(s.scalars(select(MessageRow.subject)))
    assert [x.split()[0] + (x.split()[1] if x.startswith("mbox") else "") for x in subjects] == [
        "a", "b", "mbox0", "mbox1", "mbox2",
    ]  # fmt: skip
    with pytest.raises(SourceError, match="no such file"):
        await app.import_path(tmp_path / "missing")
    app.close()


def test_a_second_lock_on_the_same_mailbox_is_refused(tmp_path):
    with MailboxLock(tmp_path, "imap:desk@mail.example.org:993"):
        with pytest.raises(LockedError, match="already watched"):
            MailboxLock(tmp_path, "imap:desk@mail.example.org:993").acquire()
        MailboxLock(tmp_path, "imap:other@mail.example.org:993").acquire()
    MailboxLock(tmp_path, "imap:desk@mail.example.org:993").acquire()


def test_status_exits_non_zero_when_a_source_is_stale(tmp_path, monkeypatch):
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f'data_dir = "{tmp_path}/data"\n[store]\nurl = "sqlite:///{tmp_path}/meetbot.db"\n'
        f'[sources.maildir]\npath = "{tmp_path}/maildir"\npoll_seconds = 1\n'
    )
    monkeypatch.chdir(tmp_path)
    _register()
    runner = CliRunner()

    never = runner.invoke(cli, ["status", "--config", str(config)])
    assert never.exit_code == 0, "a fresh start before the first check is not unhealthy"
    assert "starting" in never.output

    app = App.open(Settings.load(config))
    asyncio.run(app.run(once=True))
    fresh = runner.invoke(cli, ["status", "--config", str(config)])
    assert fresh.exit_code == 0, fresh.output

    with app.db.session() as s:
        row = s.scalars(select(MailboxCursorRow)).one()
        row.last_check_at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
        row.last_error = "disk full"
        row.last_error_at = row.last_check_at
    app.close()
    stale = runner.invoke(cli, ["status", "--config", str(config)])
    assert stale.exit_code == 1
    assert "disk full" in stale.output
