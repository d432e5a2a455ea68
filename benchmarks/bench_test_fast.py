"""What `make test-fast` costs: wall time and the CPU of every process it starts. Goal: under
60 s of wall time on two idle cores.

    python benchmarks/bench_test_fast.py [-- PYTEST ARGUMENTS]

Runs `make test-fast` (or, given arguments after `--`, `pytest` with them, e.g.
`-- -n auto -m "not slow" --durations=40 tests/web`) and prints its wall time and CPU time.
The machine is shared, so the wall time moves with the others' work; the CPU time barely
does, and it is the figure to compare between runs there. The wall figure that counts is
taken on an idle machine.

`time` and the shell's rusage count only the processes waited for by their parents: the
fork server's workers and servers that outlive their starter escape them. Here every process
the run starts is in one cgroup (cgroup v1 `cpuacct` or cgroup v2, which needs root) and its
CPU is read from the cgroup; where no cgroup can be made, the script makes itself the
subreaper of the run, so orphans are reparented to it, and reaps them all, so the rusage of
its children counts them too.
"""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
V1 = Path("/sys/fs/cgroup/cpuacct")
V2 = Path("/sys/fs/cgroup/unified")
PR_SET_CHILD_SUBREAPER = 36


def _command(arguments: list[str]) -> list[str]:
    if arguments:
        return [str(ROOT / ".venv" / "bin" / "pytest"), "-q", *arguments]
    return ["make", "--no-print-directory", "test-fast"]


def _environment() -> dict[str, str]:
    """The bytecode kept where `make test-fast` keeps it, for a pytest run as well."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(ROOT / ".venv" / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _new_cgroup() -> tuple[Path, str] | None:
    """A fresh cgroup this user may write to, and the kind ("v1" or "v2"), or None."""
    name = f"bench_test_fast_{os.getpid()}"
    for root, kind, probe in ((V1, "v1", "cpuacct.usage"), (V2, "v2", "cgroup.procs")):
        if not (root / probe).exists():
            continue
        try:
            (root / name).mkdir()
        except OSError:
            continue
        return root / name, kind
    return None


def _cgroup_cpu(group: Path, kind: str) -> tuple[float, float]:
    """(user, system) CPU seconds of every process that was ever in the group."""
    if kind == "v1":
        ticks = os.sysconf("SC_CLK_TCK")
        stat = dict(line.split() for line in (group / "cpuacct.stat").read_text().splitlines())
        return int(stat["user"]) / ticks, int(stat["system"]) / ticks
    stat = dict(line.split() for line in (group / "cpu.stat").read_text().splitlines())
    return int(stat["user_usec"]) / 1e6, int(stat["system_usec"]) / 1e6


def _run_in_cgroup(command: list[str], group: Path, kind: str) -> tuple[int, float, float]:
    def join() -> None:
        (group / "cgroup.procs").write_text(str(os.getpid()))

    try:
        run = subprocess.run(command, cwd=ROOT, env=_environment(), preexec_fn=join, check=False)
        code = run.returncode
        user, system = _cgroup_cpu(group, kind)
        return code, user, system
    finally:
        group.rmdir()  # fails, and says so, if the run left a process behind


def _run_as_subreaper(command: list[str]) -> tuple[int, float, float]:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
    code = subprocess.run(command, cwd=ROOT, env=_environment(), check=False).returncode
    while True:  # the orphans reparented to this process: their CPU counts once reaped
        try:
            os.wait()
        except ChildProcessError:
            break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return code, usage.ru_utime, usage.ru_stime


def main(arguments: list[str]) -> int:
    command = _command(arguments[1:] if arguments[:1] == ["--"] else arguments)
    cgroup = _new_cgroup()
    started = time.perf_counter()
    if cgroup:
        code, user, system = _run_in_cgroup(command, *cgroup)
    else:
        code, user, system = _run_as_subreaper(command)
    wall = time.perf_counter() - started
    accounting = f"cgroup {cgroup[1]}" if cgroup else "subreaper rusage"
    load = os.getloadavg()[0]
    print(
        f"\n{' '.join(command)}\n"
        f"wall {wall:.1f} s, CPU {user + system:.1f} s (user {user:.1f} + sys {system:.1f}; "
        f"{accounting}), exit {code}, load average at the end {load:.2f}"
    )
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
