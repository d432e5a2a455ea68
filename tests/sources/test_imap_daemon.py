"""The daemon against a real Dovecot: push, catch-up, restarts, UIDVALIDITY, renewals."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil

import pytest
from imapclient import IMAPClient
from sqlalchemy import select

from bot.app import App
from bot.store.tables import ActionRunRow, MailboxCursorRow, MessageRow, PendingDispositionRow
from tests.servers.dovecot import Dovecot
from tests.sources.helpers import (
    account,
    append,
    checks,
    message,
    running,
    seen_outcomes,
    settings_for,
    stored_count,
    wait_for,
)

pytestmark = pytest.mark.dovecot


async def test_message_appended_while_idling_is_stored(dovecot, user, tmp_path):
    # Renewal far beyond the wait: only the IDLE push can bring the message in time.
    app = App.open(settings_for(tmp_path, account(dovecot, user.name, user.password)))
    async with running(app):
        append(dovecot, user.name, user.password, message())
        await wait_for(lambda: stored_count(app.db) == 1, "the appended message")
    assert [o[2] for o in seen_outcomes(app.db)] == ["stored"]


async def test_first_start_takes_new_mail_only_and_catches_up_after_a_stop(dovecot, user, tmp_path):
    append(dovecot, user.name, user.password, message("old"))
    settings = settings_for(tmp_path, account(dovecot, user.name, user.password))
    first = App.open(settings)
    await first.run(once=True)
    assert stored_count(first.db) == 0  # older mail is backfill's job
    first.close()

    for _ in range(3):
        append(dovecot, user.name, user.password, message("while stopped"))
    second = App.open(settings)
    await second.run(once=True)
    await second.run(once=True)  # nothing new: nothing fetched twice
    with second.db.session() as s:
        subjects = sorted(s.scalars(select(MessageRow.subject)))
    assert len(subjects) == 3
    assert all(subject.startswith("while stopped") for subject in subjects)
    assert [o[1:] for o in seen_outcomes(second.db)] == [
        (2, "stored"),
        (3, "stored"),
        (4, "stored"),
    ]
    second.close()


async def test_dovecot_restart_mid_idle_processes_the_outage_mail_once(user, tmp_path):
    server = Dovecot()
    server.start()
    try:
        app = App.open(settings_for(tmp_path, account(server, user.name, user.password)))
        async with running(app):
            append(server, user.name, user.password, message("before"))
            await wait_for(lambda: stored_count(app.db) == 1, "the first message")
            await asyncio.to_thread(server.stop)
            # Delivered while the server is down, as a local delivery agent would.
            new = server.maildir(user.name) / "new"
            for n in range(3):
                (new / f"1700000000.outage{n}.test").write_bytes(message("outage"))
            # The watcher notices the outage (and records it) before the server is back.
            await wait_for(
                lambda: any(row.last_error_at for row in checks(app)), "the outage noticed"
            )
            await asyncio.to_thread(server.start)
            await wait_for(lambda: stored_count(app.db) == 4, "the outage mail")
            append(server, user.name, user.password, message("after"))
            await wait_for(lambda: stored_count(app.db) == 5, "mail after the restart")
        outcomes = seen_outcomes(app.db)
        assert [o[2] for o in outcomes] == ["stored"] * 5
        assert len({o[1] for o in outcomes}) == 5
        with app.db.session() as s:
            cursor = s.scalars(select(MailboxCursorRow)).one()
        assert cursor.last_error is not None  # the outage was noticed and recorded
    finally:
        server.close()


async def test_uidvalidity_change_rescans_and_dedupes_by_message_id(dovecot, user, tmp_path):
    folder = "Meetings"
    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
        c.login(user.name, user.password)
        c.create_folder(folder)
    settings = settings_for(tmp_path, account(dovecot, user.name, user.password, folders=[folder]))
    app = App.open(settings)
    await app.run(once=True)
    kept = [message("kept", message_id=f"kept-{n}@example.org") for n in range(2)]
    for raw in kept:
        append(dovecot, user.name, user.password, raw, folder)
    await app.run(once=True)
    assert stored_count(app.db) == 2

    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
        c.login(user.name, user.password)
        c.delete_folder(folder)
        c.create_folder(folder)
    for raw in [*kept, message("new")]:
        append(dovecot, user.name, user.password, raw, folder)
    await app.run(once=True)

    assert stored_count(app.db) == 3
    outcomes = seen_outcomes(app.db)
    validities = sorted({o[0] for o in outcomes})
    assert len(validities) == 2
    after = [(uid, outcome) for v, uid, outcome in outcomes if v == validities[1]]
    assert after == [(1, "duplicate"), (2, "duplicate"), (3, "stored")]
    app.close()


async def test_idle_is_renewed_and_still_delivers(dovecot, user, tmp_path):
    app = App.open(
        settings_for(tmp_path, account(dovecot, user.name, user.password, idle_renew_seconds=0.3))
    )
    async with running(app):
        seen_checks = set()

        def renewed_three_times() -> bool:
            seen_checks.update(row.last_check_at for row in checks(app))
            return len(seen_checks) >= 4

        await wait_for(renewed_three_times, "three IDLE renewals")
        append(dovecot, user.name, user.password, message())
        await wait_for(lambda: stored_count(app.db) == 1, "a message after renewals")


async def test_polls_when_the_server_lacks_idle(user, tmp_path):
    server = Dovecot(idle=False)
    server.start()
    try:
        acct = account(server, user.name, user.password, poll_seconds=0.2)
        app = App.open(settings_for(tmp_path, acct))
        async with running(app):
            append(server, user.name, user.password, message())
            await wait_for(lambda: stored_count(app.db) == 1, "the polled message")
    finally:
        server.close()
        shutil.rmtree(server.root, ignore_errors=True)


async def test_processed_mail_is_moved_only_when_configured(dovecot, user, tmp_path):
    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
        c.login(user.name, user.password)
        c.create_folder("Done")
    acct = account(dovecot, user.name, user.password, on_processed="move", move_to="Done")
    app = App.open(settings_for(tmp_path, acct))
    await app.run(once=True)
    append(dovecot, user.name, user.password, message())
    await app.run(once=True)
    app.close()
    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
        c.login(user.name, user.password)
        assert c.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
        assert c.select_folder("Done", readonly=True)[b"EXISTS"] == 1


async def test_mail_is_left_unread_by_default(dovecot, user, tmp_path):
    app = App.open(settings_for(tmp_path, account(dovecot, user.name, user.password)))
    await app.run(once=True)
    append(dovecot, user.name, user.password, message())
    await app.run(once=True)
    app.close()
    assert stored_count(app.db) == 1
    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
        c.login(user.name, user.password)
        c.select_folder("INBOX", readonly=True)
        assert c.search(["UNSEEN"]) == [1]


async def test_backfill_takes_old_mail_once_and_skips_what_is_stored(dovecot, user, tmp_path):
    stored_before = message("already imported", message_id="known@example.org")
    for raw in [message("old"), stored_before, message("old")]:
        append(dovecot, user.name, user.password, raw)
    app = App.open(settings_for(tmp_path, account(dovecot, user.name, user.password)))
    await app.import_path(_write(tmp_path / "known.eml", stored_before))
    progress: list[tuple[int, int]] = []

    [first] = await app.backfill(
        dt.date(2000, 1, 1), lambda done, total: progress.append((done, total))
    )
    [second] = await app.backfill(dt.date(2000, 1, 1))

    assert (first.found, first.already_stored, first.processed) == (3, 1, 2)
    assert progress[-1] == (2, 2)
    assert (second.found, second.already_seen, second.processed) == (3, 3, 0)
    assert stored_count(app.db) == 3
    assert sorted(o[1:] for o in seen_outcomes(app.db)) == [
        (1, "stored"), (2, "duplicate"), (3, "stored"),
    ]  # fmt: skip
    app.close()


def _write(path, raw: bytes):
    path.write_bytes(raw)
    return path


async def test_backfill_flags_processed_mail_when_configured(dovecot, user, tmp_path):
    stored_before = message("already imported", message_id="known-flag@example.org")
    for raw in [message("old"), stored_before, message("old")]:
        append(dovecot, user.name, user.password, raw)
    settings = settings_for(
        tmp_path, account(dovecot, user.name, user.password, on_processed="flag")
    )
    app = App.open(settings)
    await app.import_path(_write(tmp_path / "known.eml", stored_before))

    [report] = await app.backfill(dt.date(2000, 1, 1))

    assert (report.found, report.already_stored, report.processed) == (3, 1, 2)
    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
        c.login(user.name, user.password)
        c.select_folder("INBOX", readonly=True)
        assert c.search(["UNSEEN"]) == [], "the stored copy is flagged too"
    with app.db.session() as session:
        assert session.scalars(select(PendingDispositionRow)).all() == [], "nothing owed"
    app.close()


async def test_backfill_drafts_the_memos_and_plans_the_reminders(dovecot, user, tmp_path):
    for raw in [message("Invitation to the workshop"), message("Invitation to the forum")]:
        append(dovecot, user.name, user.password, raw)
    app = App.open(settings_for(tmp_path, account(dovecot, user.name, user.password)))

    await app.backfill(dt.date(2000, 1, 1))

    with app.db.session() as session:
        runs = {(r.action, r.meeting_id): r.status for r in session.scalars(select(ActionRunRow))}
    app.close()
    meetings = sorted({meeting_id for _, meeting_id in runs})
    assert meetings
    for meeting_id in meetings:
        assert runs["memo", meeting_id] == "done"
        assert (tmp_path / "memos" / f"meeting-{meeting_id}-nomination.docx").is_file()
        assert runs["reminders", meeting_id] == "pending"  # for the daemon, which runs them
