"""LibreOffice's process group: killed whole on a timeout, and reaped after a killed daemon."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from bot.actions.memo import soffice


def running(pid: int) -> bool:
    """Whether `pid` is a live process (not a zombie waiting for its parent)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def gone(pid: int, seconds: float = 5) -> bool:
    deadline = time.monotonic() + seconds
    while running(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_run_over_its_time_is_killed_with_its_children(tmp_path):
    # A shell that starts a child and waits, as `soffice` starts oosplash and soffice.bin.
    # The pid is written aside and renamed, so the test never reads a file still empty.
    command = [
        "sh",
        "-c",
        f"sleep 60 & echo $! > {tmp_path}/c.tmp; mv {tmp_path}/c.tmp {tmp_path}/child; wait",
    ]
    # The child sleeps far past the limit, so the run is always over its time; the limit only
    # has to leave the shell time to start the child and say its pid. A machine as busy as a
    # parallel test run makes it may not give the shell that (2 s was not always enough
    # there): then the child was never started, and the run is tried with twice the limit.
    for limit in (0.25, 0.5, 1, 2, 4, 8, 16, 32):
        with pytest.raises(subprocess.TimeoutExpired):
            soffice.run(command, timeout=limit, markers=tmp_path / "markers")
        if (tmp_path / "child").exists():
            break

    child = int((tmp_path / "child").read_text())
    assert gone(child)
    assert list((tmp_path / "markers").iterdir()) == []


# A daemon killed between writing its marker and renaming it leaves the partial file.
@pytest.mark.parametrize("marker_name", ["soffice-{}.pgid", ".soffice-{}.pgid.k3x9.tmp"])
def test_a_group_left_by_a_killed_daemon_is_reaped_at_the_next_start(tmp_path, marker_name):
    fake = tmp_path / "soffice"  # a program that looks like LibreOffice and never ends
    shutil.copy("/bin/sleep", fake)
    left = subprocess.Popen([str(fake), "60"], start_new_session=True)
    markers = tmp_path / "markers"
    markers.mkdir()
    dead_owner = subprocess.Popen(["true"])
    dead_owner.wait()
    (markers / marker_name.format(left.pid)).write_text(f"{left.pid} {dead_owner.pid}\n")
    other = subprocess.Popen(["sleep", "60"], start_new_session=True)  # not LibreOffice
    (markers / f"soffice-{other.pid}.pgid").write_text(f"{other.pid} {dead_owner.pid}\n")
    try:
        assert soffice.reap_leftovers(markers) == 1
        assert left.wait(5) == -9
        assert other.poll() is None  # a group id taken again by another program is left
        assert list(markers.iterdir()) == []
    finally:
        for process in (left, other):
            process.kill()
            process.wait()


def test_a_marker_of_a_meetbot_still_running_is_left_alone(tmp_path):
    fake = tmp_path / "soffice"
    shutil.copy("/bin/sleep", fake)
    running = subprocess.Popen([str(fake), "60"], start_new_session=True)
    markers = tmp_path / "markers"
    markers.mkdir()
    (markers / f"soffice-{running.pid}.pgid").write_text(f"{running.pid} {os.getpid()}\n")
    try:
        assert soffice.reap_leftovers(markers) == 0
        assert running.poll() is None
    finally:
        running.kill()
        running.wait()
