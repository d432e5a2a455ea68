"""`config check` on OAuth logins: the refresh token file must exist (issue 18, item 1)."""

import pytest

from bot.config.config_check import check_config, summarize
from bot.sources.oauth import store_refresh_token
from tests.config_env import isolate

OAUTH_ACCOUNT = (
    'data_dir = "{data}"\n'
    '[[sources.imap]]\nname = "ministry"\nhost = "imap.gmail.com"\nusername = "u@example.org"\n'
    '[sources.imap.oauth]\nprovider = "google"\nclient_id = "id.apps.example.org"\n'
)
OAUTH_SMTP = (
    '[smtp]\nhost = "smtp.office365.com"\n[smtp.oauth]\nprovider = "microsoft"\nclient_id = "c"\n'
)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    return tmp_path


def check(folder, text):
    path = folder / "m.toml"
    path.write_text(text)
    return check_config(path, secret_dirs=[]), path


def test_an_oauth_account_without_its_refresh_token_says_what_to_run(folder):
    report, path = check(folder, OAUTH_ACCOUNT.format(data=folder / "data"))
    expected = folder / "data" / "secrets" / "ministry.refresh_token"
    assert [str(p) for p in report.problems] == [
        f"{path}, line 2: sources.imap[0].oauth: no refresh token for 'ministry' at {expected}, "
        "so it cannot log in: sign in once with `meetbot auth google ministry`"
    ]


def test_the_stored_refresh_token_satisfies_the_check(folder):
    store_refresh_token(folder / "data" / "secrets" / "ministry.refresh_token", "r")
    report, _path = check(folder, OAUTH_ACCOUNT.format(data=folder / "data"))
    assert report.ok, report.problems
    assert any("OAuth google" in line for line in summarize(report.settings))


def test_smtp_oauth_names_its_own_token_file(folder):
    report, _path = check(folder, f'data_dir = "{folder}"\n' + OAUTH_SMTP)
    problems = [str(p) for p in report.problems]
    assert len(problems) == 1
    assert (
        f"no refresh token for 'smtp' at {folder / 'secrets' / 'smtp.refresh_token'}" in problems[0]
    )
    assert "meetbot auth microsoft smtp" in problems[0]


def test_a_custom_provider_must_name_its_endpoints(folder):
    text = OAUTH_ACCOUNT.format(data=folder).replace('"google"', '"custom"')
    report, _path = check(folder, text)
    assert not report.ok
    assert any("needs token_url and device_authorization_url" in str(p) for p in report.problems)
