"""Build tests/corpus/ from the seeds' facts: documents first, then the .eml files.

    python tests/build_corpus.py                  # documents and messages
    python tests/build_corpus.py --messages-only  # reuse the committed documents

Thai PDFs are made the way an office makes them: a DOCX naming TH SarabunPSK,
turned into PDF by LibreOffice, where fontconfig draws it with Laksaman from
Debian's fonts-thai-tlwg. That needs `soffice` and `pdftoppm`, so the documents
are committed and the tests never call either. Messages are byte-for-byte
reproducible: fixed boundaries, dates and Message-IDs.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import html
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from icalendar import Calendar, Event
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).parent))
import corpus_texts as T

from tests.corpus_paths import CORPUS, FILES

THAI_FONT = "TH SarabunPSK"  # what an office template names; fontconfig maps it to Laksaman
LATIN_FONT = "Times New Roman"  # mapped to Liberation Serif


# -- documents -----------------------------------------------------------------------


def write_docx(blocks: list, path: Path, *, thai: bool) -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    font, size = (THAI_FONT, 16) if thai else (LATIN_FONT, 12)
    style.font.name = font
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), font)
    rpr.append(rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(size * 2)}))
    for kind, content in blocks:
        if kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for row, values in zip(table.rows, content, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        else:
            paragraph = document.add_paragraph()
            run = paragraph.add_run(content)
            run.bold = kind in ("title", "heading")
            if kind == "title":
                run.font.size = Pt(size + 6)
    # Fixed core properties keep the DOCX bytes stable between runs.
    document.core_properties.author = "meetbot corpus"
    document.save(str(path))


def to_pdf(source: Path, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return outdir / (source.stem + ".pdf")


def image_only_pdf(pdf: Path, out: Path) -> None:
    """A 'scanned' PDF: the first page rendered to grey pixels, wrapped in a PDF with no text."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-r", "60", "-gray", "-f", "1", "-l", "1", str(pdf), f"{tmp}/page"],
            check=True,
            timeout=60,
        )
        pgm = next(Path(tmp).glob("page*.pgm")).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    assert header, "pdftoppm wrote no PGM"
    width, height = int(header.group(1)), int(header.group(2))
    pixels = zlib.compress(pgm[header.end() :], 9)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} "
        f"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "
        f"/Length {len(pixels)} >>\nstream\n".encode()
        + pixels
        + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    out.write_bytes(bytes(body))


def encrypted_copy(pdf: Path, out: Path, *, user_password: str) -> None:
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    with out.open("wb") as handle:
        writer.write(handle)


def agj_calendar() -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//MOHR Malaysia//AGJ COE Workshop//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    workshop = Event()
    workshop.add("uid", "agj-coe-workshop-2025@mohr.example.org")
    workshop.add("dtstamp", dt.datetime(2025, 11, 20, 2, 0, tzinfo=dt.UTC))
    workshop.add(
        "summary",
        "Workshop on the Establishment of the ASEAN Green Jobs (AGJ) Centre of Excellence",
    )
    workshop.add("dtstart", dt.date(2025, 12, 16))
    workshop.add("dtend", dt.date(2025, 12, 19))
    workshop.add(
        "location", "Ballroom A, Level 6, Hilton Kuala Lumpur, 3 Jalan Stesen Sentral, Kuala Lumpur"
    )
    workshop.add("url", "https://tinyurl.com/TORAGJCOE2025")
    workshop.add("sequence", 0)
    calendar.add_component(workshop)
    dinner = Event()
    dinner.add("uid", "agj-coe-welcome-dinner-2025@mohr.example.org")
    dinner.add("dtstamp", dt.datetime(2025, 11, 20, 2, 0, tzinfo=dt.UTC))
    dinner.add("summary", "Welcoming Dinner hosted by MOHR Malaysia")
    dinner.add("dtstart", dt.datetime(2025, 12, 16, 11, 30, tzinfo=dt.UTC))
    dinner.add("dtend", dt.datetime(2025, 12, 16, 14, 0, tzinfo=dt.UTC))
    dinner.add("location", "Ballroom A, Level 6, Hilton Kuala Lumpur")
    calendar.add_component(dinner)
    return calendar.to_ical()


def build_documents() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    sources = {
        "Invitation to SLOM-WG Focal Points": (T.INVITATION_LETTER, False),
        "18th SLOM-WG - Administrative Note": (T.SLOMWG_ADMIN_NOTE, False),
        "AGJ COE Workshop - Administrative Note": (T.AGJ_ADMIN_NOTE, False),
        "clmtv-report": (T.CLMTV_LETTER, True),
        "bohol-tip-memo": (T.BOHOL_MEMO, True),
        "circular-memo": (T.CIRCULAR_MEMO, True),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, (blocks, thai) in sources.items():
            source = Path(tmp) / f"{name}.docx"
            write_docx(blocks, source, thai=thai)
            shutil.copy(to_pdf(source, Path(tmp)), FILES / f"{name}.pdf")
            if name == "circular-memo":
                shutil.copy(source, FILES / "circular-memo.docx")
    image_only_pdf(FILES / "circular-memo.pdf", FILES / "scanned-memo.pdf")
    encrypted_copy(FILES / "clmtv-report.pdf", FILES / "locked.pdf", user_password="secret")
    encrypted_copy(FILES / "bohol-tip-memo.pdf", FILES / "restricted.pdf", user_password="")
    (FILES / "agj-workshop.ics").write_bytes(agj_calendar())
    (FILES / "circular-memo.pdf").unlink()  # only the DOCX and the scan of it are used


# -- messages ------------------------------------------------------------------------

_LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def as_plain(markup: str) -> str:
    """Gmail's text/plain rendering: *bold*, and 'text <url>' for a named link."""
    text = _LINK.sub(
        lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(2)} <{m.group(1)}>", markup
    )
    return _BOLD.sub(r"*\1*", text)


def as_html(markup: str) -> str:
    paragraphs = []
    for block in markup.split("\n\n"):
        escaped = html.escape(block)
        escaped = _LINK.sub(lambda m: f'<a href="{m.group(1)}">{m.group(2)}</a>', escaped)
        escaped = _BOLD.sub(r"<b>\1</b>", escaped).replace("\n", "<br>")
        paragraphs.append(f"<div>{escaped}</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(paragraphs) + "</div>"


def address_list(people: list[tuple[str, str]]) -> str:
    return ", ".join(formataddr(p) for p in people)


# The office's receiving server, as `trust.trusted_authserv_ids` names it in the demo and
# the tests: the header it prepends says the sender's domain was authenticated.
RECEIVING_SERVER = "mx.doe.example.org"


def authenticated(address: str) -> str:
    domain = address.rsplit("@", 1)[1]
    return (
        f"{RECEIVING_SERVER}; dkim=pass header.d={domain} header.s=selector1; "
        f"spf=pass smtp.mailfrom={address}; dmarc=pass (p=QUARANTINE) header.from={domain}"
    )


def headers(msg: EmailMessage, *, sender, to, subject, date, message_id, **extra) -> None:
    msg["Authentication-Results"] = authenticated(sender[1])
    msg["From"] = formataddr(sender)
    msg["To"] = to if isinstance(to, str) else address_list(to)
    for name, value in extra.items():
        msg[name.replace("_", "-")] = value
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"


def fix_boundaries(msg: EmailMessage, stem: str) -> None:
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"{stem}{number:02d}000000000000a1b2c3")


def attach_file(
    msg: EmailMessage, path: Path, maintype: str, subtype: str, name: str | None = None
) -> None:
    msg.add_attachment(
        path.read_bytes(), maintype=maintype, subtype=subtype, filename=name or path.name
    )


_SUBJECT_FIELD = re.compile(rb"^Subject: .*?\r\n(?=\S)", re.MULTILINE | re.DOTALL)


def encode_subject(text: str) -> str:
    """RFC 2047 words that each hold whole characters, spaces inside the words.

    CPython's own folding puts the spaces between encoded words, where RFC 2047
    says a reader must drop them; Gmail and Outlook keep them inside.
    """
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode()) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\r\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def write(msg: EmailMessage | bytes, name: str) -> None:
    data = msg if isinstance(msg, bytes) else msg.as_bytes(policy=SMTP)
    if isinstance(msg, EmailMessage) and not str(msg["Subject"]).isascii():
        field = f"Subject: {encode_subject(str(msg['Subject']))}\r\n".encode()
        data = _SUBJECT_FIELD.sub(lambda _: field, data, count=1)
    (CORPUS / name).write_bytes(data)


def gmail_quote(date_line: str, sender: tuple[str, str], text: str) -> str:
    quoted = "\n".join(("> " + line).rstrip() for line in as_plain(text).split("\n"))
    return f"\n\nOn {date_line} {sender[0]} <{sender[1]}> wrote:\n\n{quoted}\n"


def slomwg_invitation() -> EmailMessage:
    msg = EmailMessage()
    headers(
        msg,
        sender=T.ASEC_OFFICER,
        to=T.FOCAL_POINTS,
        Cc=formataddr(T.ASEC_DIVISION),
        subject=T.SLOMWG_SUBJECT,
        date="Wed, 27 Aug 2025 23:40:12 +0700",
        message_id="<CAF18slomwg-invite-0827@mail.asean.example.org>",
    )
    msg.set_content(as_plain(T.INVITATION_MAIL), cte="quoted-printable")
    msg.add_alternative(as_html(T.INVITATION_MAIL), subtype="html", cte="quoted-printable")
    attach_file(msg, FILES / "Invitation to SLOM-WG Focal Points.pdf", "application", "pdf")
    fix_boundaries(msg, "0000000000008f2a")
    return msg


def slomwg_followup() -> EmailMessage:
    msg = EmailMessage()
    headers(
        msg,
        sender=T.ASEC_OFFICER,
        to=T.FOCAL_POINTS,
        Cc=formataddr(T.ASEC_DIVISION),
        subject="Re: " + T.SLOMWG_SUBJECT,
        date="Mon, 08 Sep 2025 12:20:41 +0700",
        message_id="<CAF18slomwg-followup-0908@mail.asean.example.org>",
        In_Reply_To="<CAF18slomwg-invite-0827@mail.asean.example.org>",
        References="<CAF18slomwg-invite-0827@mail.asean.example.org>",
    )
    quote = gmail_quote("Wed, Aug 27, 2025 at 11:40 PM", T.ASEC_OFFICER, T.INVITATION_MAIL)
    msg.set_content(as_plain(T.FOLLOWUP_MAIL) + quote, cte="quoted-printable")
    quoted_html = (
        '<div class="gmail_quote"><div class="gmail_attr">On Wed, Aug 27, 2025 at 11:40 PM '
        f"{T.ASEC_OFFICER[0]} &lt;{T.ASEC_OFFICER[1]}&gt; wrote:<br></div>"
        f'<blockquote class="gmail_quote">{as_html(T.INVITATION_MAIL)}</blockquote></div>'
    )
    msg.add_alternative(
        as_html(T.FOLLOWUP_MAIL) + quoted_html, subtype="html", cte="quoted-printable"
    )
    attach_file(msg, FILES / "18th SLOM-WG - Administrative Note.pdf", "application", "pdf")
    attach_file(msg, FILES / "Invitation to SLOM-WG Focal Points.pdf", "application", "pdf")
    fix_boundaries(msg, "0000000000009c3b")
    return msg


def agj_admin_note() -> EmailMessage:
    msg = EmailMessage()
    headers(
        msg,
        sender=T.MOHR_SECRETARIAT,
        to=T.FOCAL_POINTS[:4],
        subject="Administrative Note: Workshop on the Establishment of the ASEAN Green Jobs (AGJ) "
        "Centre of Excellence, 16-18 December 2025, Kuala Lumpur",
        date="Thu, 20 Nov 2025 10:05:00 +0800",
        message_id="<agj-coe-admin-note-20251120@mohr.example.org>",
    )
    msg.set_content(T.AGJ_MAIL)
    attach_file(msg, FILES / "AGJ COE Workshop - Administrative Note.pdf", "application", "pdf")
    attach_file(msg, FILES / "agj-workshop.ics", "text", "calendar", "AGJ COE Workshop.ics")
    fix_boundaries(msg, "agjcoe")
    return msg


def thai_subject(text: str, codec: str, label: str) -> str:
    return f"=?{label}?B?{base64.b64encode(text.encode(codec)).decode()}?="


def clmtv_letter() -> bytes:
    """windows-874 body (8bit) and subject, as older Thai Outlook setups send."""
    pdf = base64.encodebytes((FILES / "clmtv-report.pdf").read_bytes()).decode()
    body = T.CLMTV_MAIL.replace("\n", "\r\n").encode("cp874")
    head = (
        f"Authentication-Results: {authenticated(T.DOE_INTL[1])}\r\n"
        f"From: {formataddr(T.DOE_INTL)}\r\n"
        f"To: {formataddr(T.DOE_ALL)}\r\n"
        f"Subject: {thai_subject(T.CLMTV_SUBJECT, 'cp874', 'windows-874')}\r\n"
        "Date: Mon, 27 May 2024 17:30:00 +0700\r\n"
        "Message-ID: <clmtv-report-20240527@doe.example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="----=_NextPart_000_0012_01DAB0A1.CLMTV"\r\n'
        "\r\nThis is a multi-part message in MIME format.\r\n\r\n"
        "------=_NextPart_000_0012_01DAB0A1.CLMTV\r\n"
        'Content-Type: text/plain; charset="windows-874"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode()
    attachment = (
        "\r\n------=_NextPart_000_0012_01DAB0A1.CLMTV\r\n"
        'Content-Type: application/pdf; name="clmtv-report.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="clmtv-report.pdf"\r\n\r\n'
        + pdf.replace("\n", "\r\n")
        + "\r\n------=_NextPart_000_0012_01DAB0A1.CLMTV--\r\n"
    ).encode()
    return head + body + attachment


def circular_memo() -> bytes:
    """tis-620 body, RFC 2047 subject in utf-8, the memo itself as a DOCX."""
    docx_data = base64.encodebytes((FILES / "circular-memo.docx").read_bytes()).decode()
    body = T.CIRCULAR_MAIL.replace("\n", "\r\n").encode("tis-620")
    head = (
        f"Authentication-Results: {authenticated(T.DOE_INTL[1])}\r\n"
        f"From: {formataddr(T.DOE_INTL)}\r\n"
        f"To: {formataddr(T.DOE_ALL)}\r\n"
        f"Subject: {thai_subject(T.CIRCULAR_SUBJECT, 'utf-8', 'UTF-8')}\r\n"
        "Date: Fri, 23 Jan 2026 09:15:00 +0700\r\n"
        "Message-ID: <circular-wor196-20260123@doe.example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="circular-0001"\r\n\r\n'
        "--circular-0001\r\n"
        "Content-Type: text/plain; charset=TIS-620\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode()
    name = "บันทึกแจ้งเวียน ว196.docx"
    encoded_name = "UTF-8''" + "".join(
        ch
        if (ch.isascii() and ch.isalnum()) or ch in ".-"
        else "".join(f"%{b:02X}" for b in ch.encode())
        for ch in name
    )
    attachment = (
        "\r\n--circular-0001\r\n"
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment; filename*={encoded_name}\r\n\r\n"
        + docx_data.replace("\n", "\r\n")
        + "\r\n--circular-0001--\r\n"
    ).encode()
    return head + body + attachment


def bohol_forward() -> EmailMessage:
    """HTML only (no text/plain), a Gmail inline forward, the memo as a Thai PDF."""
    inner_html = "".join(
        f"<p>{html.escape(text)}</p>" for kind, text in T.BOHOL_MEMO if kind != "table"
    )
    inner_html = inner_html.replace(
        "www.doe.go.th/strategy",
        '<a href="http://www.doe.go.th/strategy">www.doe.go.th/strategy</a>',
    ).replace("https://lib.doe.go.th", '<a href="https://lib.doe.go.th">ห้องสมุดกรมการจัดหางาน</a>')
    page = (
        "<html><head><style>p{margin:0}</style><title>fwd</title></head><body>"
        '<div dir="ltr">เรียน ทุกหน่วยงาน<br>ส่งต่อเพื่อโปรดทราบ<br><br>'
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        "---------- Forwarded message ---------<br>"
        f"From: <strong>{html.escape(MOL[0])}</strong> &lt;{MOL[1]}&gt;<br>"
        "Date: Tue, May 5, 2026 at 10:17 AM<br>"
        f"Subject: {html.escape(T.BOHOL_INNER_SUBJECT)}<br>"
        f"To: {html.escape(T.DOE_INTL[0])} &lt;{T.DOE_INTL[1]}&gt;<br></div><br><br>"
        f"{inner_html}</div></div></body></html>"
    )
    msg = EmailMessage()
    headers(
        msg,
        sender=T.DOE_INTL,
        to=[T.DOE_ALL],
        subject=T.BOHOL_SUBJECT,
        date="Mon, 11 May 2026 14:19:00 +0700",
        message_id="<bohol-tip-fwd-20260511@doe.example.org>",
    )
    msg.set_content(page, subtype="html", cte="base64")
    attach_file(msg, FILES / "bohol-tip-memo.pdf", "application", "pdf")
    fix_boundaries(msg, "bohol")
    return msg


MOL = T.MOL_ASEAN


def agj_forward_as_attachment() -> EmailMessage:
    msg = EmailMessage()
    headers(
        msg,
        sender=T.MOL_ASEAN,
        to=[T.DOE_INTL],
        subject="FW: Administrative Note: AGJ Centre of Excellence Workshop",
        date="Mon, 08 Dec 2025 16:40:00 +0700",
        message_id="<agj-fw-20251208@mol.example.org>",
    )
    msg.set_content(T.AGJ_FORWARD_NOTE, cte="base64")
    msg.add_attachment(agj_admin_note())  # message/rfc822, as Outlook's "forward as attachment"
    fix_boundaries(msg, "agjfw")
    return msg


# -- hostile messages ---------------------------------------------------------------


def broken_boundary() -> bytes:
    return (
        "From: sender@example.org\r\nTo: x@example.org\r\n"
        "Subject: Broken boundary: 18th SLOM-WG registration reminder\r\n"
        "Date: Fri, 12 Sep 2025 09:00:00 +0800\r\n"
        "Message-ID: <broken-boundary@example.org>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="declared-boundary"\r\n\r\n'
        "--actual-boundary\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Reminder: registration closes on 15 September 2025 (Singapore Time, GMT+8).\r\n"
        f"{T.SLOMWG_REGISTRATION}\r\n"
        "--actual-boundary--\r\n"
    ).encode()


def wrong_charset() -> bytes:
    body = "เรียน ผู้อำนวยการกอง\r\nขอเชิญประชุมในวันอังคารที่ ๓๐ กันยายน ๒๕๖๘ เวลา ๐๙.๓๐ น.\r\n".encode(
        "cp874"
    )
    return (
        b"From: sender@example.org\r\nTo: x@example.org\r\nSubject: Thai text labelled Latin-1\r\n"
        b"Date: Tue, 09 Sep 2025 10:00:00 +0700\r\nMessage-ID: <wrong-charset@example.org>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    ) + body


def truncated_base64() -> bytes:
    encoded = base64.encodebytes(
        (FILES / "18th SLOM-WG - Administrative Note.pdf").read_bytes()
    ).decode()
    cut = encoded[: len(encoded) // 3].rstrip("\n")[:-1]  # mid-line, not a multiple of 4
    return (
        "From: sender@example.org\r\nTo: x@example.org\r\nSubject: Admin note (cut short)\r\n"
        "Date: Mon, 08 Sep 2025 12:30:00 +0700\r\nMessage-ID: <truncated-base64@example.org>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="cut"\r\n\r\n'
        "--cut\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease see the attached note.\r\n"
        '--cut\r\nContent-Type: application/pdf; name="admin-note.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="admin-note.pdf"\r\n\r\n'
        + cut.replace("\n", "\r\n")
        + "\r\n--cut--\r\n"
    ).encode()


def encrypted_pdfs() -> EmailMessage:
    msg = EmailMessage()
    headers(
        msg,
        sender=("Sender", "sender@example.org"),
        to="x@example.org",
        subject="Encrypted PDFs",
        date="Tue, 28 May 2024 08:00:00 +0700",
        message_id="<encrypted-pdf@example.org>",
    )
    msg.set_content("Two PDFs: one needs a password, one only restricts printing.")
    attach_file(msg, FILES / "locked.pdf", "application", "pdf")
    attach_file(msg, FILES / "restricted.pdf", "application", "pdf")
    fix_boundaries(msg, "encrypted")
    return msg


def scanned_pdf() -> EmailMessage:
    msg = EmailMessage()
    headers(
        msg,
        sender=T.DOE_INTL,
        to=[T.DOE_ALL],
        subject="สแกนบันทึกข้อความ ว ๑๙๖",
        date="Fri, 23 Jan 2026 11:00:00 +0700",
        message_id="<scanned-pdf@doe.example.org>",
    )
    msg.set_content("ไฟล์สแกนตามแนบ")
    attach_file(msg, FILES / "scanned-memo.pdf", "application", "pdf", "scan0001.pdf")
    fix_boundaries(msg, "scanned")
    return msg


def long_line() -> bytes:
    words = "The 18th SLOM-WG will be held virtually on 30 September 2025. ประชุมทางไกล "
    line = (words * (1_000_000 // len(words.encode()) + 1)).encode()[:1_000_000]
    line = line.decode("utf-8", "ignore").encode()
    return (
        b"From: sender@example.org\r\nTo: x@example.org\r\nSubject: One line of a megabyte\r\n"
        b"Date: Tue, 09 Sep 2025 10:00:00 +0700\r\nMessage-ID: <long-line@example.org>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    ) + line


def build_messages() -> None:
    write(slomwg_invitation(), "01-slomwg-invitation.eml")
    write(slomwg_followup(), "02-slomwg-followup.eml")
    write(agj_admin_note(), "03-agj-admin-note.eml")
    write(clmtv_letter(), "04-clmtv-letter-windows874.eml")
    write(circular_memo(), "05-circular-memo-tis620.eml")
    write(bohol_forward(), "06-bohol-tip-inline-forward.eml")
    write(agj_forward_as_attachment(), "07-agj-forward-as-attachment.eml")
    write(broken_boundary(), "h1-broken-boundary.eml")
    write(wrong_charset(), "h2-wrong-charset.eml")
    write(truncated_base64(), "h3-truncated-base64.eml")
    write(encrypted_pdfs(), "h4-encrypted-pdf.eml")
    write(b"", "h5-empty.eml")
    write(long_line(), "h6-long-line.eml")
    write(scanned_pdf(), "h7-scanned-pdf.eml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages-only", action="store_true", help="reuse committed documents")
    args = parser.parse_args()
    if not args.messages_only:
        build_documents()
    build_messages()
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    print(f"corpus: {total / 1e6:.2f} MB in {CORPUS}")


if __name__ == "__main__":
    main()
