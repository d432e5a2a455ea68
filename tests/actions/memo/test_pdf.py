"""The PDF through LibreOffice: Thai text extractable, the TH Sarabun stand-in embedded."""

import datetime as dt
import shutil
import subprocess

import pytest

from bot.actions.memo.draft import draft
from bot.actions.memo.kinds import MemoKind

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]


def test_nomination_pdf_has_thai_text_in_a_thai_font(
    settings, agj_workshop, ministry_letter, tmp_path
):
    settings = settings.model_copy(update={"memo": settings.memo.model_copy(update={"pdf": True})})
    result = draft(
        MemoKind.NOMINATION,
        agj_workshop,
        settings,
        tmp_path,
        today=dt.date(2025, 12, 11),
        origin=ministry_letter,
        number=2730,
    )
    pdf = result.files[-1]
    assert pdf.suffix == ".pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "บันทึกข้อความ" in text
    # Justified lines come out of pdftotext with extra spaces: compare without any.
    assert "ที่รง๐๒๑๐.๓/ว๒๘๗๒ลงวันที่๘ธันวาคม๒๕๖๘" in "".join(text.split())
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "Laksaman" in fonts or "Sarabun" in fonts
