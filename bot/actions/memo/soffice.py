"""LibreOffice in a process group of its own, so that it dies with all its children.

`soffice` is a shell script that starts `oosplash`, which starts `soffice.bin`: killing
the first leaves the others running. Each conversion starts a new session (its own
process group), which is killed whole when it runs over its time, when the daemon
stops (`kill_running`), or, when the daemon itself was killed and could not, at the
next start (`reap_leftovers`, from the marker file each conversion leaves while it runs).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
from pathlib import Path

from bot.files import ASIDE_SUFFIX, write_whole

log = logging.getLogger(__name__)

# The process groups of the conversions under way in this process.
_running: set[int] = set()
_running_lock = threading.Lock()
# What a leftover's command line must contain before a restart kills its group: a
# process group id can be taken again by an unrelated program once the group is empty.
_LIBREOFFICE_NAMES = ("soffice", "oosplash")


def run(command: list[str], *, timeout: float, markers: Path | None) -> tuple[int, str]:
    """Run `command` in a new process group; its exit code and its output (stderr, then
    stdout). Raises subprocess.TimeoutExpired after `timeout` seconds, the group killed."""
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    group = process.pid
    marker = _mark(markers, group)
    with _running_lock:
        _running.add(group)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(group)
        process.communicate()
        raise
    finally:
        # A child that outlived the script (a second soffice.bin) goes with it.
        _kill_group(group)
        with _running_lock:
            _running.discard(group)
        if marker is not None:
            marker.unlink(missing_ok=True)
    return process.returncode, (stderr or stdout)


def kill_running() -> int:
    """Kill every conversion under way (the daemon is stopping); how many there were."""
    with _running_lock:
        groups = list(_running)
    for group in groups:
        _kill_group(group)
    return len(groups)


def reap_leftovers(markers: Path) -> int:
    """Kill the LibreOffice groups a killed daemon left running; how many were found."""
    if not markers.is_dir():
        return 0
    reaped = 0
    # A kill between writing a marker and renaming it leaves the one written aside.
    aside = markers.glob(f".soffice-*.pgid.*{ASIDE_SUFFIX}")
    for marker in [*markers.glob("soffice-*.pgid"), *aside]:
        with contextlib.suppress(ValueError, OSError):
            group, owner = (int(field) for field in marker.read_text().split())
            if _alive(owner):
                continue  # another meetbot (`meetbot memo`) converting right now
            if _is_libreoffice_group(group):
                _kill_group(group)
                reaped += 1
                log.warning("LibreOffice left by a killed run: stopped", extra={"pgid": group})
        marker.unlink(missing_ok=True)
    return reaped


def _mark(markers: Path | None, group: int) -> Path | None:
    if markers is None:
        return None
    markers.mkdir(parents=True, exist_ok=True)
    marker = markers / f"soffice-{group}.pgid"
    # Whole or not at all: the reaper after a kill never sees a marker still empty.
    write_whole(marker, f"{group} {os.getpid()}\n")
    return marker


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


def _is_libreoffice_group(group: int) -> bool:
    """Whether a process of group `group` runs LibreOffice (Linux: read from /proc)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            # pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses.
            pgrp = int(stat.rsplit(")", 1)[1].split()[2])
            if pgrp != group:
                continue
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile, or not ours to read
        if any(name in cmdline for name in _LIBREOFFICE_NAMES):
            return True
    return False
