"""`meetbot auth PROVIDER ACCOUNT`: the device code flow against a local stand-in for the
provider's endpoints stores the refresh token as a secret file (issue 18, item 1)."""

import stat
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app
from bot.config.config_check import check_config
from tests.config_env import isolate
from tests.servers.oauth_endpoint import TokenEndpoint, serve_token_endpoint

CONFIG = """data_dir = "{data}"
[[sources.imap]]
name = "ministry"
host = "imap.example.org"
username = "desk@example.org"
[sources.imap.oauth]
provider = "google"
client_id = "client-id"
client_secret = "client-secret"
token_url = "{token}"
device_authorization_url = "{device}"
"""


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    with serve_token_endpoint() as state:
        yield state


@pytest.fixture
def config(tmp_path, monkeypatch, endpoint):
    isolate(monkeypatch, tmp_path)
    path = tmp_path / "meetbot.toml"
    text = CONFIG.format(data=tmp_path / "data", token=endpoint.url, device=endpoint.device_url)
    path.write_text(text)
    return path


def run(*args: str):
    _register()
    return CliRunner().invoke(app, ["auth", *args])


def test_the_device_flow_stores_the_refresh_token_readable_by_its_owner_only(
    tmp_path, config, endpoint
):
    assert not check_config(config, secret_dirs=[]).ok  # no refresh token yet
    result = run("google", "ministry", "--config", str(config))
    assert result.exit_code == 0, result.output
    assert "ใส่รหัส WDJB-MJHT" in result.output
    assert "enter the code WDJB-MJHT" in result.output
    assert "https://example.org/device" in result.output
    secret = tmp_path / "data" / "secrets" / "ministry.refresh_token"
    assert secret.read_text() == "refresh-from-device"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert endpoint.device_polls == 3, "polled while pending, stopped once approved"
    assert endpoint.device_forms == [
        {"client_id": "client-id", "scope": "https://mail.google.com/"}
    ]
    assert check_config(config, secret_dirs=[]).ok


def test_a_declined_sign_in_stores_nothing_and_says_so(tmp_path, config, endpoint):
    endpoint.pending_polls = None
    result = run("google", "ministry", "--config", str(config))
    assert result.exit_code == 1
    assert "declined" in result.output
    assert not (tmp_path / "data" / "secrets" / "ministry.refresh_token").exists()


def test_an_unknown_account_or_the_wrong_provider_is_named(config):
    unknown = run("google", "finance", "--config", str(config))
    assert unknown.exit_code == 2
    assert "no account 'finance'" in unknown.output
    wrong = run("microsoft", "ministry", "--config", str(config))
    assert wrong.exit_code == 2
    assert "ministry signs in with google, not microsoft" in wrong.output
