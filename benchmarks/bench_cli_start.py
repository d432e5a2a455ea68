"""How long the command line takes to start. Goal: under 0.3 s for each command below.

    python benchmarks/bench_cli_start.py [RUNS]

Each command runs RUNS times (default 9) as its own process, as a person runs it; the
median wall time is the figure (the machine's other work moves single runs), with the
median CPU time (user + system) beside it, which a busy machine moves much less. Then one
run with `python -X importtime` names the modules that cost the most to import, by
their own time, so a slow start says what to make lazy.

The commands run with their bytecode cached, as installed (pip compiles it; the image only
stops Python from writing more): a shell with PYTHONDONTWRITEBYTECODE=1 would otherwise
measure compiling every module from source. The bytecode goes to a temporary directory
(PYTHONPYCACHEPREFIX), not into the tree.

`meetbot read` reads a text-only message here: a PDF or DOCX attachment brings in the
PDF and Word libraries on purpose, and reading them is work, not start-up.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEETBOT = [sys.executable, "-m", "bot"]
TEXT_ONLY_MAIL = ROOT / "bot" / "demo" / "corpus" / "h2-wrong-charset.eml"
COMMANDS = {
    "meetbot --help": ["--help"],
    "meetbot dates": ["dates", "registration by 15 September 2025, 17.00 (GMT+8)"],
    "meetbot read FILE": ["read", str(TEXT_ONLY_MAIL)],
}
GOAL_SECONDS = 0.3
TOP = 8


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of the command."""
    started, cpu_before = time.perf_counter(), _children_cpu()
    subprocess.run([*MEETBOT, *arguments], check=True, capture_output=True, cwd=ROOT, env=env)
    return time.perf_counter() - started, _children_cpu() - cpu_before


def import_offenders(arguments: list[str], env: dict[str, str]) -> list[tuple[int, int, str]]:
    """(own µs, cumulative µs, module) of the modules that took longest by their own time."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot", *arguments],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, module = line.removeprefix("import time:").split("|")
        rows.append((int(own), int(cumulative), module.strip()))
    return sorted(rows, reverse=True)[:TOP]


def main(runs: int) -> int:
    with tempfile.TemporaryDirectory(prefix="meetbot-bytecode-") as bytecode:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        return measure(runs, {**env, "PYTHONPYCACHEPREFIX": bytecode})


def measure(runs: int, env: dict[str, str]) -> int:
    slow = 0
    print(f"load average {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    for name, arguments in COMMANDS.items():
        timed_run(arguments, env)  # warm the file cache and the bytecode
        walls, cpus = zip(*(timed_run(arguments, env) for _ in range(runs)), strict=True)
        median = statistics.median(walls)
        verdict = "ok" if median < GOAL_SECONDS else "over the goal"
        slow += median >= GOAL_SECONDS
        print(
            f"{name}: median {median:.3f} s over {runs} runs "
            f"(min {min(walls):.3f}, max {max(walls):.3f}), "
            f"CPU median {statistics.median(cpus):.3f} s; {verdict}"
        )
        for own, cumulative, module in import_offenders(arguments, env):
            own_ms, with_imports_ms = own / 1000, cumulative / 1000
            print(f"    {own_ms:7.1f} ms own, {with_imports_ms:7.1f} ms with imports: {module}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
