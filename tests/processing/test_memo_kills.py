"""SIGKILL to the daemon's process group at the steps of a memo run, then a restart.

Each case kills `meetbot run` at one moment of the memo action for an invitation: right
after the message was committed (the run planned, not started), while LibreOffice makes
the PDF, and right after the memo was drafted (before or just after its "done" row).
After a restart every memo has its DOCX, HTML and PDF, no LibreOffice is left running,
and no run is marked done without its files.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.sources.maildir import deliver
from bot.store.database import open_database
from bot.store.tables import ActionRunRow
from tests.corpus_paths import CORPUS
from tests.sources.daemon_log import DaemonLog

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]

ROOT = Path(__file__).resolve().parents[2]
INVITATION = CORPUS / "01-slomwg-invitation.eml"
MEMO_FILES = (".docx", ".html", ".pdf")


def write_config(tmp_path: Path) -> Path:
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f"""
data_dir = "{tmp_path}/data"
log_level = "DEBUG"

[store]
url = "sqlite:///{tmp_path}/meetbot.db"

[sources.maildir]
path = "{tmp_path}/maildir"
poll_seconds = 0.2

[calendar]
feed_path = "{tmp_path}/calendar.ics"

[memo]
output_dir = "{tmp_path}/memos"
template_dir = "{ROOT}/templates/memo"
"""
    )
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "maildir" / sub).mkdir(parents=True, exist_ok=True)
    return config


def start(config: Path, *args: str) -> subprocess.Popen[str]:
    """`meetbot run` as the leader of a process group of its own, as a service manager
    starts it."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--config", str(config), *args],
        cwd=config.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )


def wait_for_file(folder: Path, pattern: str, seconds: float) -> list[Path]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = list(folder.glob(pattern)) if folder.is_dir() else []
        if found:
            return found
        time.sleep(0.02)
    return []


def marked_groups(markers: Path) -> list[int]:
    """The process groups of the LibreOffice runs under way. A run that ends removes its
    marker, between the listing and the reading too: gone, it was no longer under way."""
    groups = []
    for marker in markers.glob("soffice-*.pgid"):
        try:
            groups.append(int(marker.read_text().split()[0]))
        except FileNotFoundError:
            continue
    return groups


def group_alive(group: int) -> bool:
    """Whether a live process (not a zombie waiting for its parent) is in `group`."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, _ppid, pgrp = stat.read_text().rsplit(")", 1)[1].split()[:3]
        except (OSError, IndexError):
            continue
        if int(pgrp) == group and state != "Z":
            return True
    return False


def memo_run_done(tmp_path: Path) -> bool:
    db = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    try:
        with db.session() as session:
            query = select(ActionRunRow.status).where(ActionRunRow.action == "memo")
            return "done" in session.scalars(query).all()
    finally:
        db.close()


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def kill_at(
    tmp_path: Path, moment: str, how: str = "SIGKILL to the group"
) -> tuple[list[int], str]:
    """Deliver the invitation, stop the daemon at `moment` (`how`); the LibreOffice
    process groups under way at that moment, and the daemon's log."""
    config = write_config(tmp_path)
    daemon = start(config)
    log = DaemonLog(daemon)
    try:
        assert log.wait_for("meetbot running", 60), log.text
        deliver(tmp_path / "maildir", "1.eml", INVITATION.read_bytes())
        markers = tmp_path / "data" / "soffice"
        if moment == "during LibreOffice":
            assert wait_for_file(markers, "soffice-*.pgid", 120), log.text
        elif moment == "after the done row":
            assert wait_until(lambda: memo_run_done(tmp_path), 120), log.text
        else:
            assert log.wait_for(moment, 120), log.text
        groups = marked_groups(markers)
        if how == "SIGTERM":
            daemon.send_signal(signal.SIGTERM)
        else:
            os.killpg(daemon.pid, signal.SIGKILL)
        daemon.wait(60)
    finally:
        if daemon.poll() is None:
            os.killpg(daemon.pid, signal.SIGKILL)
            daemon.wait(30)
        log.close()
    return groups, log.text


def restart_once(tmp_path: Path) -> str:
    daemon = start(tmp_path / "meetbot.toml", "--once")
    log = DaemonLog(daemon)
    try:
        assert daemon.wait(300) == 0, log.text
    finally:
        log.close()
    return log.text


@pytest.mark.parametrize(
    "moment",
    [
        "message processed",  # committed, the memo run planned and not started
        "during LibreOffice",  # DOCX and HTML written, the PDF under way
        "nomination memo for meeting",  # drafted, before its "done" row (or just after)
        "after the done row",
    ],
)
def test_a_memo_run_killed_at_any_step_ends_with_all_its_files_and_no_libreoffice(tmp_path, moment):
    groups_at_kill, _ = kill_at(tmp_path, moment)
    if moment == "during LibreOffice":
        assert groups_at_kill, "killed before LibreOffice started"
    restart_once(tmp_path)

    db = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    try:
        with db.session() as session:
            runs = session.scalars(select(ActionRunRow).where(ActionRunRow.action == "memo"))
            memo_runs = [(run.meeting_id, run.status) for run in runs]
    finally:
        db.close()
    assert memo_runs, "no memo run recorded"
    for meeting_id, status in memo_runs:
        assert status in ("done", "superseded"), (meeting_id, status)
    for meeting_id, status in memo_runs:
        if status == "done":
            stem = tmp_path / "memos" / f"meeting-{meeting_id}-nomination"
            missing = [s for s in MEMO_FILES if not stem.with_suffix(s).is_file()]
            assert missing == [], f"run done, files missing: {missing}"
    assert [g for g in groups_at_kill if group_alive(g)] == []
    assert list((tmp_path / "data" / "soffice").glob("*.pgid")) == []


def test_a_daemon_stopped_during_libreoffice_leaves_none_running_and_finishes_at_restart(
    tmp_path,
):
    groups, log = kill_at(tmp_path, "during LibreOffice", how="SIGTERM")
    assert groups, "stopped before LibreOffice started"
    assert "LibreOffice stopped" in log  # killed, not waited for
    # Gone when the daemon has stopped, not only after the next start reaped them.
    assert [g for g in groups if group_alive(g)] == []

    restart_once(tmp_path)

    stems = list((tmp_path / "memos").glob("meeting-*-nomination.docx"))
    assert stems
    for docx in stems:
        assert [s for s in MEMO_FILES if not docx.with_suffix(s).is_file()] == []
