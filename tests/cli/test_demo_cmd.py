"""`meetbot demo` from a fresh folder: the corpus processed on the embedded default."""

from pathlib import Path

from typer.testing import CliRunner

from bot.cli import _register, app
from tests.servers.smtp import running_smtp_server

PROJECT = Path(__file__).parents[2]


def test_demo_processes_the_corpus_and_sends_nothing_anywhere(tmp_path, monkeypatch):
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    monkeypatch.chdir(tmp_path)
    _register()
    with running_smtp_server() as smtp:
        # An SMTP server in the environment must not make the demo send mail.
        monkeypatch.setenv("MEETBOT_SMTP__HOST", smtp.host)
        monkeypatch.setenv("MEETBOT_SMTP__PORT", str(smtp.port))
        result = CliRunner().invoke(app, ["demo"])
        again = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "14 new message(s) of the demo corpus copied into" in out
    assert "18th SLOM-WG" in out
    assert "held for approval" in out
    assert "link to tinyurl.com: hides its target behind the shortener tinyurl.com" in out
    assert "sender sender@example.org is not on the allowlist of organisers" in out
    assert "Planned reminders (Asia/Bangkok)" in out
    assert "[reminder notice:1]" in out  # the console stands in for Telegram
    assert "Calendar feed var/calendar.ics: parses back cleanly" in out
    assert "var/memos/meeting-1-nomination.docx" in out
    assert (tmp_path / "var" / "memos" / "meeting-1-nomination.docx").is_file()
    assert "nothing leaves this machine" in out
    assert smtp.received == []
    assert again.exit_code == 0, again.output
    assert "0 new message(s)" in again.output
    assert "No notice was sent this time" in again.output
