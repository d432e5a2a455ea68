"""A command imports what it uses: `meetbot --help` and `meetbot dates` start without the
libraries of other commands, and `meetbot read` of a message with its text in it without the
image libraries OCR needs (benchmarks/bench_cli_start.py measures how long they take)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.understanding.prefilter import prefiltered
from tests.corpus_paths import CORPUS

# Runs a command as `meetbot` does, then names every module it imported.
_RUN_AND_LIST = """
import sys
from bot.cli import main
sys.argv = ["meetbot", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(" ".join(sys.modules), file=sys.stderr)
"""


def imported_by(*arguments: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST, *arguments],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stderr.splitlines()[-1].split())


@pytest.mark.parametrize(
    ("arguments", "not_imported"),
    [
        (["--help"], ["pydantic", "sqlalchemy", "holidays", "bot.understanding.temporal.patterns"]),
        (["dates", "registration by 15 September 2025"], ["pydantic", "sqlalchemy", "holidays"]),
        # numpy (and Pillow) are for scanned pages: not for a text-only message, nor for a PDF
        # with its text layer (pypdf brings Pillow itself).
        (["read", str(CORPUS / "h2-wrong-charset.eml")], ["numpy", "PIL", "sqlalchemy"]),
        (["read", str(CORPUS / "03-agj-admin-note.eml")], ["numpy"]),
    ],
)
def test_a_command_starts_without_what_it_does_not_use(arguments, not_imported):
    imported = imported_by(*arguments)
    assert "typer" in imported  # the list is the command's
    assert [name for name in not_imported if name in imported] == []


def test_a_pattern_is_compiled_where_it_is_first_used():
    digit_then_word = prefiltered([str(d) for d in range(10)], r"[0-9]+ [a-z]+")
    assert "pattern" not in vars(digit_then_word)
    assert digit_then_word.search("no digits here") is None
    assert "pattern" not in vars(digit_then_word), "no opening, so nothing to try"
    found = digit_then_word.search("on 15 may")
    assert found is not None
    assert found[0] == "15 may"
    assert "pattern" in vars(digit_then_word)


def test_the_daemon_loads_no_library_of_a_channel_or_a_worker_it_may_not_use():
    # The daemon idles for months: python-telegram-bot (without a Telegram token), LINE's
    # SDK, requests and authlib (without an OAuth sign-in), the OCR and PDF libraries (the
    # workers read) and radicale (a test server) would each hold their memory all along.
    done = subprocess.run(
        [sys.executable, "-c", "import sys, bot.app; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    imported = set(done.stdout.split())
    assert "bot.app" in imported  # the list is the daemon's
    not_imported = [
        "telegram",
        "linebot",
        "requests",
        "authlib",
        "numpy",
        "PIL",
        "pypdf",
        "radicale",
    ]
    assert [name for name in not_imported if name in imported] == []
