"""config/meetbot.example.toml documents every setting, with defaults that are true."""

import re
from pathlib import Path

import pytest

from bot.config.config_check import check_config, setting_paths
from bot.config.settings import Settings
from bot.sources.oauth import store_refresh_token
from tests.config_env import isolate

EXAMPLE = Path(__file__).resolve().parents[1] / "config" / "meetbot.example.toml"

# What the example sets on purpose instead of showing the default.
EXAMPLE_VALUES = {
    "delegates",
    "reminders.report_due_days_after_meeting",
    "trust.trusted_authserv_ids",
}

_OFF = re.compile(r"^#\s?(?=\[\[?[a-z]|[A-Za-z0-9_]+\s*=)")


@pytest.fixture(autouse=True)
def clean(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)


def switched_on(text):
    """The example with its commented-out settings turned on."""
    return "\n".join(_OFF.sub("", line) for line in text.splitlines())


def keys_by_table(text):
    tables, table = {(): set()}, ()
    for line in text.splitlines():
        header = re.match(r"^\[\[?([^\]]+)\]", line)
        key = re.match(r"^([A-Za-z0-9_]+)\s*=", line)
        if header:
            table = tuple(header.group(1).split("."))
            tables.setdefault(table, set())
        elif key:
            tables[table].add(key.group(1))
    return tables


def test_every_setting_is_in_the_example():
    tables = keys_by_table(switched_on(EXAMPLE.read_text()))
    paths = list(setting_paths())
    assert len(paths) > 90
    missing = []
    for path in paths:
        *table, key = path.split(".")
        if tuple(table) in tables and key in tables[tuple(table)]:
            continue
        if any(t[: len(table) + 1] == (*table, key) for t in tables):
            continue  # a section: its own header is there
        missing.append(path)
    assert missing == []


def test_every_key_has_a_comment_above_it():
    lines = EXAMPLE.read_text().splitlines()
    uncommented = [
        line
        for number, line in enumerate(lines)
        if re.match(r"^#?\s?[A-Za-z0-9_]+\s*=", line)
        and not lines[number - 1].startswith("#")
        and not _in_second_delegate(lines, number)
    ]
    assert uncommented == []


def _in_second_delegate(lines, number):
    headers = [i for i, line in enumerate(lines[:number]) if line.startswith("[")]
    return lines[headers[-1]] == "[[delegates]]" and lines[: headers[-1]].count("[[delegates]]") > 0


def test_the_example_loads_and_its_values_are_the_defaults():
    report = check_config(EXAMPLE, secret_dirs=[])
    assert report.problems == []
    assert report.warnings == []
    assert report.settings is not None
    loaded = report.settings.model_dump()
    defaults = Settings.load(secret_dirs=[]).model_dump()
    for path in EXAMPLE_VALUES:
        assert _pop(loaded, path) != _pop(defaults, path)
    assert loaded == defaults


def _pop(values, path):
    *parents, last = path.split(".")
    for part in parents:
        values = values[part]
    return values.pop(last)


def test_the_examples_that_are_switched_off_are_valid_too(tmp_path):
    on = tmp_path / "on.toml"
    on.write_text(switched_on(EXAMPLE.read_text()))
    # The office's own emblem file, where the example says to put it: a path that is set
    # must exist (checked in test_config_check).
    emblem = tmp_path / "templates" / "memo" / "garuda.png"
    emblem.parent.mkdir(parents=True)
    emblem.write_bytes(b"\x89PNG")
    # The refresh tokens `meetbot auth` would have stored where the example points.
    for name in ("ministry", "smtp"):
        store_refresh_token(tmp_path / "secrets" / f"{name}.refresh_token", "refresh")
    report = check_config(on, secret_dirs=[])
    assert report.problems == []
    assert report.settings is not None
    assert report.settings.sources.imap[0].name == "ministry"
    assert report.settings.smtp.host == "smtp.example.org"


def test_report_target_is_described_as_the_offices_own():
    text = EXAMPLE.read_text()
    assert "report_due_days_after_meeting = 30" in text
    assert "office's own target, not a regulation" in " ".join(text.split())


def test_delegates_use_example_org_addresses():
    settings = check_config(EXAMPLE, secret_dirs=[]).settings
    assert settings is not None
    assert [d.email.endswith("@example.org") for d in settings.delegates if d.email] == [True] * 2
