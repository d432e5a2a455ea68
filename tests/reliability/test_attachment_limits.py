"""Attachments are read within limits, never written to disk, and their names made safe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.reading.attachments import safe_filename
from bot.reading.limits import ReadLimits
from bot.reading.mime import read_message
from tests.corpus_paths import CORPUS

ROOT = Path(__file__).resolve().parents[2]
CLMTV = (CORPUS / "04-clmtv-letter-windows874.eml").read_bytes()  # a 3-page PDF
# PDF and calendar; DOCX; a forwarded message with its own attachments; encrypted PDFs.
ATTACHED = [
    "03-agj-admin-note.eml",
    "05-circular-memo-tis620.eml",
    "07-agj-forward-as-attachment.eml",
    "h4-encrypted-pdf.eml",
]


def forwarded(raw: bytes) -> bytes:
    return b"Subject: Fwd: letter\nContent-Type: message/rfc822\n\n" + raw


def attachment(filename_header: bytes, data: bytes = b"notes\n") -> bytes:
    return (
        b'Subject: files\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n'
        b"Content-Type: text/plain\n\nSee attached.\n--b\n"
        b"Content-Type: text/plain\nContent-Disposition: attachment; " + filename_header + b"\n\n"
        + data + b"\n--b--\n"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report\u202efdp.exe", "report_fdp.exe"),  # shows as "reportexe.pdf" otherwise
        ("\u2067memo\u2069.docx", "_memo_.docx"),
        ("note\x85\x9b.pdf", "note_.pdf"),  # C1 controls
        ("/etc/cron.d/job", "job"),
        ("..\\..\\Startup\\run.bat", "run.bat"),
        ("ประชุม" * 60 + ".pdf", "ประชุม" * 13 + ".pdf"),  # 240 bytes of UTF-8 at most
    ],
)
def test_file_names_are_made_safe(name, expected):
    assert safe_filename(name, "application/pdf", 1) == expected


@pytest.mark.parametrize(
    "header",
    [
        b'filename="../../../home/user/.bashrc"',
        b"filename*=utf-8''..%2F..%2Fhome%2Fuser%2F.bashrc",
        b'filename="=?utf-8?B?Li4vLi4vaG9tZS91c2VyLy5iYXNocmM=?="',  # RFC 2047: ../../home/...
    ],
)
def test_encoded_names_cannot_climb_out(header):
    [found] = read_message(attachment(header)).attachments
    assert found.filename == "bashrc"  # no folders, and not hidden


def test_the_size_limit_holds_inside_a_forward():
    limits = ReadLimits(max_attachment_bytes=10_000)
    doc = read_message(forwarded(CLMTV), limits=limits)
    [pdf] = doc.attachments
    assert pdf.skipped
    assert pdf.text == ""
    assert any("over the 0.00953674 MB limit: not read" in w for w in doc.warnings)


def test_the_page_limit_holds_inside_a_forward():
    doc = read_message(forwarded(CLMTV), limits=ReadLimits(max_pdf_pages=2))
    [pdf] = doc.attachments
    assert pdf.text == ""
    assert pdf.warnings == ("PDF has 3 pages, over the limit of 2: not read",)
    assert (
        "forwarded message: attachment 'clmtv-report.pdf': "
        "PDF has 3 pages, over the limit of 2: not read"
    ) in doc.warnings


def test_the_time_limit_stops_between_pages():
    doc = read_message(CLMTV, limits=ReadLimits(attachment_timeout_seconds=0))
    [pdf] = doc.attachments
    assert pdf.warnings[0] == "time limit of 0 s reached: text may be missing after page 0 of 3"


def test_processing_hostile_attachments_writes_nothing_outside_the_data_folder(tmp_path):
    """Corpus mail with every kind of attachment, and attachments with climbing names,
    through `meetbot import`
    with the folders a process might write to (cwd, HOME, TMPDIR) empty and watched."""
    work, home, temp, mail = (tmp_path / d for d in ("work", "home", "tmp", "mail"))
    for folder in (work, home, temp, mail):
        folder.mkdir()
    for name in ATTACHED:
        (mail / name).write_bytes((CORPUS / name).read_bytes())
    (mail / "climb.eml").write_bytes(attachment(b'filename="../../../../tmp/x.txt"'))
    (mail / "fwd.eml").write_bytes(forwarded(attachment(b'filename="/home/user/.profile"')))
    data = work / "data"
    config = work / "meetbot.toml"
    config.write_text(
        f'data_dir = "{data}"\n[store]\nurl = "sqlite:///{data}/meetbot.db"\n'
        f'[calendar]\nfeed_path = "{data}/calendar.ics"\n'
        f'[memo]\noutput_dir = "{data}/memos"\npdf = false\n'
        f'template_dir = "{ROOT / "templates" / "memo"}"\n'
        "[sources.maildir]\nenabled = false\n"
    )
    before = set(mail.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "bot", "import", str(mail), "--config", str(config)],
        cwd=work,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "TMPDIR": str(temp)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "messages:" in done.stdout
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    outside = {p for p in written if data not in p.parents and p != config}
    assert outside == set()
