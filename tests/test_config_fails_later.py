"""`config check` refuses settings that validate but would fail later (issue 18, item 3)."""

import datetime as dt

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app
from bot.config.config_check import check_config
from bot.config.settings import Delegate
from bot.meetings.assignments import assign
from bot.store.database import open_database
from bot.store.tables import MeetingRow
from tests.config_env import isolate

NOW = dt.datetime(2025, 9, 8, tzinfo=dt.UTC)

ACCOUNT = '[[sources.imap]]\nname = "ministry"\nhost = "imap.example.org"\nusername = "u"\n'
DELEGATE = '[[delegates]]\nkey = "{key}"\nname = "Ms. A"\nemail = "{email}"\n'


@pytest.fixture
def folder(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    return tmp_path


def problems_of(path, secret_dirs=()):
    report = check_config(path, secret_dirs=list(secret_dirs))
    assert not report.ok
    return [str(p) for p in report.problems]


def write(folder, text):
    path = folder / "m.toml"
    path.write_text(text)
    return path


def test_an_account_with_neither_password_nor_token(folder):
    path = write(folder, ACCOUNT)
    assert problems_of(path) == [
        f"{path}, line 1: sources.imap[0]: account 'ministry' has neither password, "
        "oauth2_token nor oauth, so it cannot log in: set MEETBOT_SOURCES__IMAP__0__PASSWORD or a "
        "secret file"
    ]


def test_the_password_from_the_environment_satisfies_the_account(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_SOURCES__IMAP__0__PASSWORD", "pw")
    assert check_config(write(folder, ACCOUNT), secret_dirs=[]).ok


def test_duplicate_delegate_keys(folder):
    path = write(
        folder,
        DELEGATE.format(key="anan", email="a@example.org")
        + DELEGATE.format(key="anan", email="b@example.org"),
    )
    problems = problems_of(path)
    assert problems == [
        f"{path}, line 2: delegates[0].key: 'anan' is the key of 2 delegates; each needs its own",
        f"{path}, line 6: delegates[1].key: 'anan' is the key of 2 delegates; each needs its own",
    ]


def test_an_invalid_delegate_address(folder):
    path = write(folder, DELEGATE.format(key="anan", email="name-at-example.org"))
    (problem,) = problems_of(path)
    assert problem.startswith(
        f"{path}, line 4: delegates[0].email: not a valid email address, got 'name-at-example.org'"
    )


def test_group_chats_without_a_bot_token(folder):
    path = write(folder, "[telegram]\ngroup_chat_ids = [-100123]\n")
    assert problems_of(path) == [
        f"{path}, line 2: telegram.group_chat_ids: group chats are set but telegram.token is "
        "not: nothing can be sent to them; set MEETBOT_TELEGRAM__TOKEN or a secret file"
    ]


def test_group_chats_with_a_token_from_the_environment_pass(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_TELEGRAM__TOKEN", "123:abc")
    assert check_config(write(folder, "[telegram]\ngroup_chat_ids = [-1]\n"), secret_dirs=[]).ok


def test_a_secret_file_that_points_at_nothing(folder, monkeypatch):
    secrets = folder / "secrets"
    secrets.mkdir()
    (secrets / "meetbot_smtp__password").symlink_to(folder / "gone")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(folder / "no-such-folder"))
    assert problems_of(None, [secrets]) == [
        f"environment: CREDENTIALS_DIRECTORY names {folder / 'no-such-folder'}, which is not "
        "a folder",
        f"environment: secret file {secrets / 'meetbot_smtp__password'} points at "
        f"{folder / 'gone'}, which does not exist",
    ]


def test_an_imap_password_in_the_environment_without_a_table_blames_the_environment(
    folder, monkeypatch
):
    monkeypatch.setenv("MEETBOT_SOURCES__IMAP__0__PASSWORD", "pw")
    (problem,) = problems_of(write(folder, "[smtp]\nport = 25\n"))
    assert problem == (
        "environment variable MEETBOT_SOURCES__IMAP__0__PASSWORD: sources.imap: the "
        "environment sets an item of this list, but no layer below it (the configuration "
        "file) gives the list: write the [[sources.imap]] table there"
    )
    assert "expected a list" not in problem


def test_every_assigned_delegate_exists(folder):
    db = open_database(f"sqlite:///{folder}/m.db")
    with db.session() as session:
        session.add(MeetingRow(id=7, uid="m7@meetbot", record={}, revision=1))
    with db.session() as session:
        directory = [Delegate(key="anan", name="A"), Delegate(key="malee", name="M")]
        assign(session, 7, ["anan", "malee"], directory=directory, now=NOW)
    db.close()
    path = write(
        folder,
        f'[store]\nurl = "sqlite:///{folder}/m.db"\n'
        + DELEGATE.format(key="anan", email="a@example.org"),
    )
    _register()
    result = CliRunner().invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 1
    assert (
        "store: delegates: meeting 7 is assigned to delegate 'malee', who is not in "
        "[[delegates]]: add them back or unassign them"
    ) in result.output
    assert "'anan'" not in result.output
