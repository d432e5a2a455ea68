from __future__ import annotations

import pytest

from bot.reading.attachments import read_attachment, safe_filename
from bot.reading.limits import ReadLimits


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\Admin Note.pdf", "Admin Note.pdf"),
        ("bad\x00na\x07me?.pdf", "badna_me_.pdf"),
        ("  ..hidden  ", "hidden"),
        ("บันทึกแจ้งเวียน ว196.docx", "บันทึกแจ้งเวียน ว196.docx"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name, "application/pdf", 1) == expected


def test_invented_and_shortened_names():
    assert safe_filename(None, "application/pdf", 3) == "attachment-3.pdf"
    assert safe_filename("..", "text/calendar", 2) == "attachment-2.ics"
    long_name = safe_filename("ก" * 400 + ".pdf", "application/pdf", 1)
    assert len(long_name) == 150
    assert long_name.endswith(".pdf")


def test_damaged_files_become_warnings():
    limits = ReadLimits()
    pdf = read_attachment(
        b"%PDF-1.7 garbage",
        filename="x.pdf",
        content_type="application/pdf",
        charset=None,
        limits=limits,
    )
    assert pdf.text == ""
    assert pdf.warnings[0].startswith("unreadable PDF (")
    docx = read_attachment(
        b"not a zip",
        filename="x.docx",
        content_type="application/octet-stream",
        charset=None,
        limits=limits,
    )
    assert docx.warnings[0].startswith("unreadable DOCX (BadZipFile")


def test_unknown_kinds_are_skipped_quietly():
    image = read_attachment(
        b"\x89PNG", filename="logo.png", content_type="image/png", charset=None, limits=ReadLimits()
    )
    assert image.skipped
    assert image.warnings == ()
    assert image.size == 4


def test_text_attachment_uses_its_charset():
    note = read_attachment(
        "หมายเหตุ".encode("cp874"),
        filename="note.txt",
        content_type="text/plain",
        charset="windows-874",
        limits=ReadLimits(),
    )
    assert note.text == "หมายเหตุ"
