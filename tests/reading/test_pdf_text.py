from __future__ import annotations

from bot.reading.limits import TimeLimit
from bot.reading.pdf_text import NO_TEXT_LAYER, extract_pdf_text
from bot.reading.thai_script import garble_count


def _read(data: bytes, *, max_pages: int = 200, seconds: float = 30.0):
    return extract_pdf_text(data, max_pages=max_pages, deadline=TimeLimit(seconds))


def test_office_thai_pdf_comes_out_clean(corpus_file):
    # pypdf alone garbles this LibreOffice PDF (SARA AM, tone marks over SARA U);
    # the second extractor's /ActualText reading must win.
    result = _read(corpus_file("clmtv-report.pdf"))
    assert result.warnings == ()
    assert garble_count(result.text) == 0
    assert "สำนักงานปลัดกระทรวงแรงงาน" in result.text
    assert "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน" in result.text


def test_scanned_pdf_has_no_text_layer(corpus_file):
    result = _read(corpus_file("scanned-memo.pdf"))
    assert (result.text, result.warnings) == ("", (NO_TEXT_LAYER,))


def test_password_protected(corpus_file):
    result = _read(corpus_file("locked.pdf"))
    assert result.warnings == ("encrypted PDF needs a password: no text read",)


def test_page_limit(corpus_file):
    result = _read(corpus_file("clmtv-report.pdf"), max_pages=1)
    assert result.text == ""
    assert result.warnings == ("PDF has 3 pages, over the limit of 1: not read",)


def test_time_limit_keeps_what_was_read(corpus_file):
    result = _read(corpus_file("bohol-tip-memo.pdf"), seconds=0)
    assert result.warnings[0].startswith("time limit of 0 s reached")
