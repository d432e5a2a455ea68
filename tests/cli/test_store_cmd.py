import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bot.cli import _register, app
from bot.store.database import open_database
from bot.store.messages import store_raw_message
from bot.store.tables import MessageRow
from tests.config_env import isolate

# Subject in RFC 2047: "ประชุม SLOM-WG" once decoded.
FIRST = (
    b"Message-ID: <first@example.org>\r\n"
    b"From: Secretariat <events@example.org>\r\n"
    b"Subject: =?utf-8?b?4Lib4Lij4Liw4LiK4Li44LihIFNMT00tV0c=?=\r\n"
    b"\r\nInvitation text\r\n"
)
SECOND = b"Message-ID: <second@example.org>\r\nSubject: second\r\n\r\nbody\r\n"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store holding two messages as an older, worse reader left them."""
    isolate(monkeypatch, tmp_path)
    url = f"sqlite:///{tmp_path}/var/meetbot.db"
    monkeypatch.setenv("MEETBOT_STORE__URL", url)
    monkeypatch.setenv("MEETBOT_DATA_DIR", str(tmp_path / "var"))
    with open_database(url) as db, db.session() as s:
        for raw in (FIRST, SECOND):
            row = s.get_one(MessageRow, store_raw_message(s, raw, source="file").pk)
            row.status, row.error, row.subject = "failed", "old reader crashed", ""
    _register()
    return url


def rows(url):
    with open_database(url) as db, db.session() as s:
        return {r.message_id: r for r in s.scalars(select(MessageRow))}


def test_reprocess_one_message_reads_its_kept_bytes_again(store):
    result = CliRunner().invoke(app, ["reprocess", "<first@example.org>"])
    assert result.exit_code == 0, result.output
    assert "<first@example.org>: extracted" in result.output
    assert "1 message(s) reprocessed: 1 extracted" in result.output
    after = rows(store)
    assert after["first@example.org"].status == "extracted"
    assert after["first@example.org"].error is None
    assert after["first@example.org"].subject == "ประชุม SLOM-WG"
    assert after["first@example.org"].processed_at is not None
    assert after["second@example.org"].status == "failed"  # not asked for: untouched


def test_reprocess_all(store):
    result = CliRunner().invoke(app, ["reprocess", "--all"])
    assert result.exit_code == 0, result.output
    assert "2 message(s) reprocessed: 2 extracted" in result.output
    assert {r.status for r in rows(store).values()} == {"extracted"}


def test_unknown_message_id_changes_nothing(store):
    result = CliRunner().invoke(app, ["reprocess", "first@example.org", "nope@example.org"])
    assert result.exit_code == 1
    assert "no stored message has Message-ID <nope@example.org>" in result.output
    assert {r.status for r in rows(store).values()} == {"failed"}


@pytest.mark.parametrize("arguments", [[], ["--all", "first@example.org"]])
def test_either_ids_or_all(store, arguments):
    result = CliRunner().invoke(app, ["reprocess", *arguments])
    assert result.exit_code == 2
    assert "give either Message-IDs, --all or --failed" in result.output
