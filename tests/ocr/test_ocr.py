"""OCR in the reading stage, on scans made by tests/ocr/make_scans.py."""

from __future__ import annotations

import email
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot.reading.document import Attachment
from bot.reading.limits import ReadLimits, TimeLimit
from bot.reading.mime import read_message
from bot.reading.ocr import OcrBudget, OcrOptions, ocr_problem
from bot.reading.pdf_text import NO_TEXT_LAYER, extract_pdf_text
from tests.ocr.make_scans import LETTERS, LEVELS, degrade, render, typeset

SCANS = Path(__file__).parent / "scans"
CORPUS_FILES = Path(__file__).parents[1] / "corpus" / "files"

pytestmark = [
    pytest.mark.tesseract,
    pytest.mark.skipif(ocr_problem() is not None, reason=str(ocr_problem())),
]


def _options(tmp_path: Path, **changes: object) -> OcrOptions:
    return replace(OcrOptions(cache_dir=tmp_path / "ocr-cache"), **changes)  # type: ignore[arg-type]


def _scan_pdf(name: str) -> bytes:
    message = email.message_from_bytes((SCANS / f"{name}.eml").read_bytes())
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_payload(decode=True)
            assert isinstance(data, bytes)
            return data
    raise AssertionError(f"{name}: no PDF")


def _only_attachment(raw: bytes, options: OcrOptions) -> Attachment:
    (attachment,) = read_message(raw, limits=ReadLimits(ocr=options)).attachments
    return attachment


@pytest.mark.slow
def test_a_scanned_letter_in_mail_is_read_with_its_provenance(tmp_path):
    attachment = _only_attachment(
        (SCANS / "letter1-clean-300.eml").read_bytes(), _options(tmp_path)
    )
    assert attachment.text.startswith("[OCR, page 1, confidence ")
    assert "สำนักงานปลัดกระทรวงแรงงาน" in attachment.text
    assert "หน่วยงานละ" in attachment.text
    assert attachment.ocr_confidence is not None
    assert attachment.ocr_confidence > 50
    assert NO_TEXT_LAYER not in attachment.warnings


def test_without_ocr_a_scan_still_says_it_has_no_text_layer():
    (attachment,) = read_message((SCANS / "letter2-light-200.eml").read_bytes()).attachments
    assert attachment.warnings == (NO_TEXT_LAYER,)
    assert attachment.ocr_confidence is None


def test_a_page_with_a_text_layer_is_never_ocrd(tmp_path):
    options = _options(tmp_path)
    data = (CORPUS_FILES / "clmtv-report.pdf").read_bytes()
    result = extract_pdf_text(data, max_pages=200, deadline=TimeLimit(30), ocr=OcrBudget(options))
    assert "[OCR" not in result.text
    assert result.ocr_confidence is None
    assert not (tmp_path / "ocr-cache").exists()


@pytest.mark.slow
def test_a_second_read_takes_the_cached_text_not_tesseract(tmp_path):
    options = _options(tmp_path)
    data = _scan_pdf("letter2-light-200")
    first = extract_pdf_text(data, max_pages=5, deadline=TimeLimit(30), ocr=OcrBudget(options))
    (cached,) = (tmp_path / "ocr-cache").rglob("*.json")
    stored = json.loads(cached.read_text(encoding="utf-8"))
    assert stored["text"] in first.text
    # Were Tesseract run again, this text could not come back.
    cached.write_text(json.dumps({"text": "จากแคช", "confidence": 77.0}), encoding="utf-8")
    second = extract_pdf_text(data, max_pages=5, deadline=TimeLimit(30), ocr=OcrBudget(options))
    assert second.text == "[OCR, page 1, confidence 77 %]\nจากแคช"


def test_the_page_cap_is_per_message(tmp_path):
    attachment = _only_attachment(
        (SCANS / "letter2-light-200.eml").read_bytes(), _options(tmp_path, max_pages=0)
    )
    assert attachment.text == ""
    assert "OCR limit of 0 pages per message reached: pages 1 not read" in attachment.warnings


def test_a_page_over_its_time_cap_is_a_warning_not_a_hang(tmp_path):
    attachment = _only_attachment(
        (SCANS / "letter2-light-200.eml").read_bytes(), _options(tmp_path, page_seconds=0.01)
    )
    assert attachment.text == ""
    assert "page 1: OCR over 0.01 s" in attachment.warnings
    assert not (tmp_path / "ocr-cache").exists()  # a failure is not cached


@pytest.mark.slow
def test_an_image_attachment_is_read(tmp_path):
    page = degrade(render(typeset(LETTERS["letter2"]), 200), LEVELS["light"], seed=2)
    png = io.BytesIO()
    page.save(png, "PNG")
    message = email.message.EmailMessage()
    message["Subject"] = "scan"
    message.set_content("ตามแนบ")
    message.add_attachment(png.getvalue(), maintype="image", subtype="png", filename="scan.png")
    attachment = _only_attachment(message.as_bytes(), _options(tmp_path))
    assert attachment.text.startswith("[OCR, page 1, confidence ")
    assert "กรมการจัดหางาน" in attachment.text


def test_missing_tesseract_or_thai_data_is_said_in_words(monkeypatch):
    assert ocr_problem("tha+eng") is None
    assert "no data for xyz" in str(ocr_problem("tha+xyz"))
    monkeypatch.setenv("PATH", "/nonexistent")
    assert "tesseract and pdftoppm not installed" in str(ocr_problem())
