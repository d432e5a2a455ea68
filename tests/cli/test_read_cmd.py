from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app
from tests.corpus_paths import CORPUS

_register()
runner = CliRunner()


def test_reads_a_directory_without_a_traceback(tmp_path):
    # Every corpus file is read in tests/reading; here the command's own work is tested.
    names = [
        "02-slomwg-followup.eml",
        "04-clmtv-letter-windows874.eml",
        "h5-empty.eml",
    ]
    for name in names:
        (tmp_path / name).symlink_to(CORPUS / name)
    result = runner.invoke(app, ["read", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert result.output.count("=== ") == len(names)
    assert "Subject: รายงานการประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ ในกลุ่มประเทศ CLMTV" in result.output
    assert "18th SLOM-WG - Administrative Note.pdf (application/pdf, 28021 bytes):" in result.output


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_scanned_letter_prints_its_thai_text(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETBOT_DATA_DIR", str(tmp_path))  # the OCR cache goes there
    result = runner.invoke(app, ["read", str(CORPUS / "h7-scanned-pdf.eml")])
    assert result.exit_code == 0, result.output
    assert "no text layer" not in result.output
    assert "    [OCR, page 1, confidence " in result.output
    assert "รายงานผลการประชุมคณะทำงาน" in result.output
    assert list(tmp_path.glob("ocr-cache/*/*.json"))


def test_json_is_one_object_per_message():
    result = runner.invoke(app, ["read", "--json", str(CORPUS / "03-agj-admin-note.eml")])
    assert result.exit_code == 0
    (line,) = result.output.splitlines()
    record = json.loads(line)
    assert record["message_id"] == "agj-coe-admin-note-20251120@mohr.example.org"
    assert record["attachments"][1]["events"][0]["start"] == "2025-12-16"


def test_missing_path_is_a_plain_message(tmp_path):
    result = runner.invoke(app, ["read", str(tmp_path / "nope.eml")])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output
    assert "Traceback" not in result.output


def test_empty_directory(tmp_path):
    result = runner.invoke(app, ["read", str(tmp_path)])
    assert result.exit_code == 1
    assert "no messages found" in result.output


def test_bad_configuration_is_a_plain_message(monkeypatch):
    monkeypatch.setenv("MEETBOT_READING__MAX_PDF_PAGES", "many")
    result = runner.invoke(app, ["read", str(CORPUS / "h5-empty.eml")])
    assert result.exit_code == 2
    assert "the configuration is not valid" in result.output
