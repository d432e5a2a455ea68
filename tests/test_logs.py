import io
import json
import logging
import subprocess
import sys

import pytest

from bot.logs import MASK, setup_logging


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_text_lines_carry_level_logger_message_and_extra_fields(restore_logging):
    out = io.StringIO()
    setup_logging("INFO", json=False, stream=out)
    logging.getLogger("bot.sources.imap").info("stored %s", "msg-1", extra={"uid": 7})
    logging.getLogger("bot.sources.imap").debug("not shown")
    (line,) = out.getvalue().splitlines()
    assert line.endswith(" INFO bot.sources.imap: stored msg-1 uid=7")


def test_a_newline_in_a_message_cannot_forge_a_second_line(restore_logging):
    out = io.StringIO()
    setup_logging("INFO", json=False, stream=out)
    logging.getLogger("bot").warning("subject %r", "x\n2025-01-01 ERROR forged")
    assert len(out.getvalue().splitlines()) == 1


def test_json_lines_have_the_fields(restore_logging):
    out = io.StringIO()
    setup_logging("DEBUG", json=True, stream=out)
    log = logging.getLogger("bot.processing.pipeline")
    log.debug("extracted", extra={"message_id": "a@example.org", "fields": 5, "ok": True})
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("failed\nbadly")
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["level"] == "DEBUG"
    assert first["logger"] == "bot.processing.pipeline"
    assert first["event"] == "extracted"
    assert first["message_id"] == "a@example.org"
    assert first["fields"] == 5
    assert first["ok"] is True
    assert first["ts"][:2] == "20"
    assert second["event"] == "failed\nbadly"
    assert "ValueError: boom" in second["exc"]


def test_setting_up_twice_replaces_the_handler(restore_logging):
    first, second = io.StringIO(), io.StringIO()
    setup_logging("INFO", stream=first)
    setup_logging("INFO", stream=second)
    logging.getLogger("bot").info("once")
    assert first.getvalue() == ""
    assert second.getvalue().count("once") == 1


@pytest.mark.parametrize("as_json", [False, True])
def test_configured_secrets_are_masked_wherever_they_appear(restore_logging, as_json):
    token = "123456:AAE-bot-token"
    password = 'pa"ss\\word'  # JSON escaping must not let it through
    out = io.StringIO()
    setup_logging("DEBUG", json=as_json, secrets=[token, password, ""], stream=out)
    log = logging.getLogger("httpx")
    log.info("HTTP Request: POST https://api.telegram.org/bot%s/getUpdates", token)
    log.info(f"login with {password}")
    log.warning("retry", extra={"url": f"https://api.telegram.org/bot{token}/send"})
    try:
        raise RuntimeError(f"refused {password}")
    except RuntimeError:
        log.exception("failed")
    text = out.getvalue()
    assert len(text.splitlines()) >= 4
    assert token not in text
    assert password not in text
    assert json.dumps(password)[1:-1] not in text
    assert MASK in text


def test_a_secret_inside_a_word_is_not_masked_so_the_word_does_not_reveal_it(restore_logging):
    out = io.StringIO()
    setup_logging("INFO", secrets=["secret", "4242"], stream=out)
    log = logging.getLogger("bot")
    log.info("from secretariat@example.org, room 142420")
    log.info("password secret, pin 4242.")
    first, second = out.getvalue().splitlines()
    assert "secretariat@example.org" in first
    assert "142420" in first
    assert MASK not in first
    assert "secret" not in second
    assert "4242" not in second
    assert second.count(MASK) == 2


def test_loading_the_store_writes_no_library_chatter():
    # Alembic announces each of its plugins at INFO when it is first imported: seven lines
    # at every daemon start that a person reading the log has no use for. A fresh process,
    # because this one imported alembic long ago.
    code = (
        "from bot.logs import setup_logging; setup_logging('INFO');"
        "import bot.store.database; import logging; logging.getLogger('bot').info('ready')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "ready" in done.stderr
    assert "alembic" not in done.stderr
