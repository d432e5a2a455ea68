from __future__ import annotations

import io
import zipfile

import docx

from bot.reading.docx_text import extract_docx_text
from bot.reading.limits import TimeLimit


def test_paragraphs_and_tables_in_order():
    document = docx.Document()
    document.add_paragraph("ขอรายงาน")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "NO.", "CATEGORY"
    table.cell(1, 0).text, table.cell(1, 1).text = "1.", "SLOM-WG (1+1)"
    document.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract_docx_text(buffer.getvalue(), max_bytes=10**7, deadline=TimeLimit(30))
    assert result.text == "ขอรายงาน\nNO.\tCATEGORY\n1.\tSLOM-WG (1+1)\nจึงเรียนมาเพื่อโปรดพิจารณา"


def test_zip_bomb_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 2_000_000)
    result = extract_docx_text(buffer.getvalue(), max_bytes=10_000, deadline=TimeLimit(30))
    assert result.text == ""
    assert result.warnings == ("DOCX would inflate to 2000000 bytes: not read",)


def test_corpus_docx(corpus_file):
    result = extract_docx_text(
        corpus_file("circular-memo.docx"), max_bytes=10**7, deadline=TimeLimit(30)
    )
    assert result.text.startswith("บันทึกข้อความ\nส่วนราชการ กองยุทธศาสตร์และแผนงาน")
