import asyncio

import pytest
from pydantic import ValidationError

from bot.app import App
from bot.config.settings import Settings
from bot.errors import ConfigError
from tests.config_env import isolate

TOML = """
[smtp]
host = "from-toml"
port = 1
from_name = "from-toml"
username = "from-toml"

[[sources.imap]]
name = "ministry"
host = "imap.example.org"
username = "international@example.org"
"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    (tmp_path / "meetbot.toml").write_text(TOML)
    (tmp_path / "secrets").mkdir()
    return tmp_path


def load(folder, **kwargs):
    return Settings.load(folder / "meetbot.toml", secret_dirs=[folder / "secrets"], **kwargs)


def test_each_layer_overrides_the_ones_below(folder, monkeypatch):
    secrets = folder / "secrets"
    (secrets / "meetbot_smtp__host").write_text("from-secret\n")
    (secrets / "meetbot_smtp__port").write_text("2\n")
    (secrets / "MEETBOT_SMTP__FROM_NAME").write_text("from-secret\n")
    (folder / ".env").write_text("MEETBOT_SMTP__HOST=from-dotenv\nMEETBOT_SMTP__PORT=3\n")
    monkeypatch.setenv("MEETBOT_SMTP__HOST", "from-env")

    smtp = load(folder).smtp

    assert smtp.host == "from-env"  # env > .env > secret file > TOML
    assert smtp.port == 3  # .env > secret file > TOML
    assert smtp.from_name == "from-secret"  # secret file > TOML
    assert smtp.username == "from-toml"  # TOML > default
    assert smtp.timeout_seconds == 30.0  # the default


def test_explicit_arguments_override_everything(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_LOG_LEVEL", "ERROR")
    assert load(folder, log_level="DEBUG").log_level == "DEBUG"


def test_environment_reaches_one_item_of_a_list_from_the_file(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_SOURCES__IMAP__0__PASSWORD", "imap-secret")
    (account,) = load(folder).sources.imap
    assert account.host == "imap.example.org"
    assert account.password is not None
    assert account.password.get_secret_value() == "imap-secret"


def test_environment_item_beyond_the_list_is_a_clear_error(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_SOURCES__IMAP__1__PASSWORD", "x")
    with pytest.raises(ConfigError, match=r"sources\.imap\.1: the configuration file has 1 item"):
        load(folder)


def test_dotenv_lines_for_other_tools_are_left_alone(folder):
    (folder / ".env").write_text("POSTGRES_PASSWORD=db\nMEETBOT_LOG_LEVEL=WARNING\n")
    assert load(folder).log_level == "WARNING"


def test_misspelt_meetbot_name_in_dotenv_is_an_error(folder):
    (folder / ".env").write_text("MEETBOT_SMPT__HOST=x\n")
    with pytest.raises(ValidationError, match="smpt__host"):
        load(folder)


def test_a_named_file_that_is_missing_is_an_error(folder):
    with pytest.raises(FileNotFoundError):
        Settings.load(folder / "absent.toml", secret_dirs=[])


def test_missing_secret_folders_are_fine(folder):
    assert Settings.load(folder / "meetbot.toml", secret_dirs=[folder / "none"]).smtp.port == 1


def test_database_password_is_kept_out_of_the_url(folder):
    settings = load(folder, store={"url": "postgresql+psycopg://meetbot:p%40ss@db/meetbot"})
    assert settings.store.url == "postgresql+psycopg://meetbot@db/meetbot"
    assert settings.store.database_url() == "postgresql+psycopg://meetbot:p%40ss@db/meetbot"
    assert "p@ss" not in repr(settings)
    assert "p@ss" in settings.secret_values()


def test_database_password_given_twice_is_an_error(folder):
    with pytest.raises(ValidationError, match="given twice"):
        load(folder, store={"url": "postgresql://a:b@db/x", "password": "c"})


def test_secret_values_lists_every_configured_secret(folder, monkeypatch):
    monkeypatch.setenv("MEETBOT_SMTP__PASSWORD", "smtp-pw")
    monkeypatch.setenv("MEETBOT_TELEGRAM__TOKEN", "123:tok")
    monkeypatch.setenv("MEETBOT_SOURCES__IMAP__0__OAUTH2_TOKEN", "oauth")
    monkeypatch.setenv("MEETBOT_CALENDAR__CALDAV_PASSWORD", "dav")
    assert sorted(load(folder).secret_values()) == ["123:tok", "dav", "oauth", "smtp-pw"]


def test_secret_files_are_read(folder):
    (folder / "secrets" / "meetbot_telegram__token").write_text("123:from-file\n")
    token = load(folder).telegram.token
    assert token is not None
    assert token.get_secret_value() == "123:from-file"


def test_the_maildir_is_off_when_an_imap_account_is_configured_unless_turned_on(
    folder, monkeypatch
):
    assert Settings.load(None, secret_dirs=[]).sources.maildir.enabled  # embedded default
    assert not load(folder).sources.maildir.enabled
    monkeypatch.setenv("MEETBOT_SOURCES__MAILDIR__ENABLED", "true")
    assert load(folder).sources.maildir.enabled


def test_data_dir_is_the_root_of_every_path_not_set(tmp_path, monkeypatch):
    """Issue 18 item 4: moving data_dir moves the store, Maildir, feed and memos."""
    isolate(monkeypatch, tmp_path)
    moved = tmp_path / "volume"
    monkeypatch.setenv("MEETBOT_DATA_DIR", str(moved))
    config = tmp_path / "m.toml"
    config.write_text(f'[calendar]\nfeed_path = "{tmp_path}/public/feed.ics"\n')
    settings = Settings.load(config, secret_dirs=[])
    assert settings.store.url == f"sqlite:///{moved}/meetbot.db"
    assert settings.sources.maildir.path == moved / "maildir"
    assert settings.memo.output_dir == moved / "memos"
    # A path written in the file stays where it was written.
    assert settings.calendar.feed_path == tmp_path / "public" / "feed.ics"


def test_the_daemon_writes_only_under_a_moved_data_dir(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    moved = tmp_path / "volume"
    settings = Settings.load(None, secret_dirs=[], data_dir=moved)
    daemon = App.open(settings)
    try:
        asyncio.run(daemon.run(once=True))
    finally:
        daemon.close()
    assert (moved / "meetbot.db").is_file()
    assert (moved / "maildir" / "new").is_dir()
    assert not (tmp_path / "var").exists()


def test_settings_are_frozen_after_load_and_a_copy_carries_a_change(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    config = tmp_path / "meetbot.toml"
    config.write_text("[memo]\npdf = true\n")
    settings = Settings.load(config)

    with pytest.raises(ValidationError, match="frozen"):
        settings.memo.pdf = False  # type: ignore[misc]
    changed = settings.model_copy(update={"memo": settings.memo.model_copy(update={"pdf": False})})

    assert (settings.memo.pdf, changed.memo.pdf) == (True, False)
    assert not hasattr(Settings, "_file_values")  # nothing of a load is left on the class


def test_a_chat_role_is_the_workspace_role_with_its_order():
    from bot.services.users import Role

    roles = Settings(chat={"roles": {"telegram:1": "approver", "line:U2": "viewer"}}).chat.roles
    approver, viewer = roles["telegram:1"], roles["line:U2"]
    # One Role: the chat's settings and the workspace's accounts rank people alike.
    assert approver is Role.APPROVER
    assert approver.allows(Role.OFFICER)
    assert not viewer.allows(Role.OFFICER)
