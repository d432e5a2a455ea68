"""`meetbot demo` from a fresh folder: the corpus processed on the embedded default."""

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app
from tests.servers.smtp import running_smtp_server

PROJECT = Path(__file__).parents[2]


def kept_ocr_cache(cache: pytest.Cache) -> Path:
    """A folder for the demo's OCR cache kept between test runs (in pytest's cache), one per
    version of the reading code and of Tesseract: the demo's scanned page costs Tesseract
    seconds of one core, the same every run until one of them changes. A fresh clone (CI)
    reads it with Tesseract; tests/ocr test the OCR itself."""
    digest = hashlib.sha256()
    for source in sorted((PROJECT / "bot" / "reading").glob("*.py")):
        digest.update(source.read_bytes())
    tesseract = subprocess.run(["tesseract", "--version"], capture_output=True, check=False)
    digest.update(tesseract.stdout + tesseract.stderr)
    kept = cache.mkdir("demo-ocr")
    for older in kept.iterdir():
        if older.name != digest.hexdigest():
            shutil.rmtree(older)
    (kept / digest.hexdigest()).mkdir(exist_ok=True)
    return kept / digest.hexdigest()


def test_demo_processes_the_corpus_and_sends_nothing_anywhere(
    tmp_path, monkeypatch, request, capfd
):
    """Run from a folder of its own, as a daemon's working folder is: no templates there."""
    cache = getattr(request.config, "cache", None)  # None: run with -p no:cacheprovider
    if cache is not None:
        (tmp_path / "var").mkdir()
        (tmp_path / "var" / "ocr-cache").symlink_to(kept_ocr_cache(cache))
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
    # The reading workers' own output goes to the terminal: nothing bare of a library's.
    assert "EOF marker not found" not in capfd.readouterr().err
    assert "14 new message(s) of the demo corpus copied into" in out
    assert "18th SLOM-WG" in out
    assert "held for approval" in out
    assert "link to tinyurl.com: hides its target behind the shortener tinyurl.com" in out
    assert "sender sender@example.org is not on the allowlist of organisers" in out
    # Thai first, as the office reads every notice:
    assert (
        "ผู้ส่ง sender@example.org ไม่อยู่ในรายชื่อผู้จัดที่เชื่อถือ "
        "(sender sender@example.org is not on the allowlist of organisers)"
    ) in out
    assert "ลิงก์ไปที่ tinyurl.com: ซ่อนปลายทางไว้หลังบริการย่อลิงก์ tinyurl.com (link to" in out
    assert "Planned reminders (Asia/Bangkok)" in out
    assert "meetbot demo as of 2025-08-28 09:00 (Asia/Bangkok)" in out
    assert "[reminder notice:1]" in out  # the console stands in for Telegram
    # The follow-up brought the registration deadline: told as old → new.
    assert "[reminder update:1:" in out
    assert "(ไม่มี; none) → วันจันทร์ที่ 15 กันยายน 2568 เวลา 22.59 น. เวลาประเทศไทย" in out
    assert "The next reminder would fire at 2025-09-03 08:30 and read:" in out
    assert "Calendar feed var/calendar.ics: parses back cleanly" in out
    assert "var/memos/meeting-1-nomination.docx" in out
    assert (tmp_path / "var" / "memos" / "meeting-1-nomination.docx").is_file()
    assert "nothing leaves this machine" in out
    assert smtp.received == []
    assert "Workspace: http://127.0.0.1:8470" in out
    assert "Demo login: demo / " in out
    assert again.exit_code == 0, again.output
    assert "0 new message(s)" in again.output
    assert "No notice was sent this time" in again.output
