"""read_message on the corpus: what each real-world case must give."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from bot.reading.mime import read_message
from bot.reading.pdf_text import NO_TEXT_LAYER
from bot.reading.thai_script import garble_count, thai_count
from tests.corpus_paths import CORPUS

ALL = sorted(p.name for p in CORPUS.glob("*.eml"))


def test_slomwg_invitation(corpus):
    doc = corpus("01-slomwg-invitation.eml")
    assert doc.subject.startswith("[For the Attention of SLOM-WG] Invitation to the 18th Meeting")
    assert doc.subject.endswith("(18th SLOM-WG)")
    assert doc.message_id == "CAF18slomwg-invite-0827@mail.asean.example.org"
    assert doc.sender is not None
    assert doc.sender.email == "officer1@asean.example.org"
    assert doc.date == dt.datetime(
        2025, 8, 27, 23, 40, 12, tzinfo=dt.timezone(dt.timedelta(hours=7))
    )
    assert [a.email for a in doc.cc] == ["lcsd@asean.example.org"]
    assert "สมศรี สมมุติ" in [a.name for a in doc.to]
    assert doc.authentication_results[0].startswith("mx.doe.example.org; dkim=pass")
    assert "held *virtually on 30 September 2025*" in doc.text  # text/plain chosen, not HTML
    (letter,) = doc.attachments
    assert letter.filename == "Invitation to SLOM-WG Focal Points.pdf"
    assert "This full-day virtual meeting is scheduled for 30 September 2025" in " ".join(
        letter.text.split()
    )
    assert doc.warnings == ()


def test_slomwg_followup_keeps_every_detail(corpus):
    first = corpus("01-slomwg-invitation.eml")
    doc = corpus("02-slomwg-followup.eml")
    assert doc.subject.startswith("Re: [For the Attention of SLOM-WG]")
    assert doc.in_reply_to == first.message_id
    assert doc.references == (first.message_id,)
    for fact in (
        "no later than 15 September 2025 (Singapore Time, GMT+8)",
        "https://go.gov.sg/18thslom-wgmeeting",
        "Meeting ID: 848 2516 8770",
        "Passcode: 610357",
        "*Monday, 29 September 2025*",
        "Meeting ID: 898 5955 2924",
        "Passcode: 830237",
    ):
        assert fact in doc.text
    assert "https://us06web.zoom.us/j/84825168770?pwd=63HToL5o01DR5JCjnAqpihAoXr1Bsg.1" in doc.links
    assert any(link.startswith("https://us06web.zoom.us/j/89859552924") for link in doc.links)
    assert [a.filename for a in doc.attachments] == [
        "18th SLOM-WG - Administrative Note.pdf",
        "Invitation to SLOM-WG Focal Points.pdf",
    ]
    note = " ".join(doc.attachments[0].text.split())
    assert "Dry run Monday, 29 September 2025 898 5955 2924 830237" in note
    assert "--- attachment: 18th SLOM-WG - Administrative Note.pdf ---" in doc.all_text()


def test_agj_admin_note_pdf_and_calendar(corpus):
    doc = corpus("03-agj-admin-note.eml")
    pdf, ics = doc.attachments
    text = " ".join(pdf.text.split())
    assert "16 – 18 DECEMBER 2025, KUALA LUMPUR, MALAYSIA" in text
    assert "https://tinyurl.com/TORAGJCOE2025 by 2 December 2025 (Tuesday)" in text
    assert "within three (3) days before arrival in Malaysia" in text
    # Table cells wrap in the PDF; each fact is still there, in row order.
    assert "1. SLOM-WG (2 pax 22 Sponsored (flight & × 11 AMS) (1+1) accommodation)" in text
    workshop, dinner = ics.events
    assert (workshop.start, workshop.end) == (dt.date(2025, 12, 16), dt.date(2025, 12, 19))
    assert workshop.method == "PUBLISH"
    assert workshop.url == "https://tinyurl.com/TORAGJCOE2025"
    assert dinner.start == dt.datetime(2025, 12, 16, 11, 30, tzinfo=dt.UTC)
    assert "Start: 2025-12-16" in ics.text


def test_clmtv_letter_in_windows_874(corpus):
    doc = corpus("04-clmtv-letter-windows874.eml")
    assert doc.subject == "รายงานการประชุมระดับรัฐมนตรีแรงงาน ครั้งที่ ๔ ในกลุ่มประเทศ CLMTV"
    assert "ที่ รง ๐๓๐๘.๒/๑๐๕๑ ลงวันที่ ๒๗ พฤษภาคม ๒๕๖๗" in doc.text
    assert doc.warnings == ()
    (pdf,) = doc.attachments
    assert "๑.๑ หนังสือสำนักงานปลัดกระทรวงแรงงาน ด่วนที่สุด" in pdf.text
    assert "ผู้แทนจำนวน ๒ คน" in pdf.text
    assert garble_count(pdf.text) == 0


def test_circular_memo_tis620_with_docx(corpus):
    doc = corpus("05-circular-memo-tis620.eml")
    assert doc.subject == "แจ้งเวียน รายงานผลการประชุม SLOM-WG ครั้งที่ ๑๘ (มาเพื่อโปรดทราบ)"
    assert "มาเพื่อโปรดทราบ รายละเอียดตามไฟล์แนบ" in doc.text
    (memo,) = doc.attachments
    assert memo.filename == "บันทึกแจ้งเวียน ว196.docx"  # RFC 2231, percent-encoded UTF-8
    assert "ที่ รง ๐๓๐๘.๒/ว ๑๙๖ วันที่ ๒๓ มกราคม ๒๕๖๙" in memo.text
    assert "มาเพื่อโปรดทราบและพิจารณาใช้ประโยชน์ทางราชการ" in memo.text


def test_bohol_html_only_inline_forward(corpus):
    doc = corpus("06-bohol-tip-inline-forward.eml")
    assert doc.text.startswith("เรียน ทุกหน่วยงาน\nส่งต่อเพื่อโปรดทราบ")
    assert "p{margin" not in doc.text
    assert "<p>" not in doc.text
    assert "ห้องสมุดกรมการจัดหางาน <https://lib.doe.go.th>" in doc.text  # hidden target kept
    assert "http://www.doe.go.th/strategy" in doc.links
    (fwd,) = doc.forwarded
    assert fwd.sender == "กลุ่มงานอาเซียน สปร. <asean.group@mol.example.org>"
    assert fwd.subject == "รายงานการประชุมเชิงปฏิบัติการ แผนงานโบโฮล (TIP) ๒.๐ ครั้งที่ ๒"
    assert fwd.date_text == "Tue, May 5, 2026 at 10:17 AM"
    assert fwd.date is None  # no zone written: left to the temporal engine
    assert fwd.text.startswith("บันทึกข้อความ")
    assert "ระหว่างวันที่ ๑๐ - ๑๑ มีนาคม ๒๕๖๙" in " ".join(doc.attachments[0].text.split())


def test_forward_as_attachment_keeps_inner_message(corpus):
    doc = corpus("07-agj-forward-as-attachment.eml")
    assert "หน่วยงานละ ๑ คน" in doc.text
    (fwd,) = doc.forwarded
    assert fwd.subject.startswith("Administrative Note: Workshop on the Establishment")
    assert fwd.sender == "AGJ Workshop Secretariat <secretariat1@mohr.example.org>"
    assert fwd.date == dt.datetime(2025, 11, 20, 10, 5, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert "by 2 December 2025 (Tuesday)" in fwd.text
    assert [a.filename for a in doc.attachments] == [
        "AGJ COE Workshop - Administrative Note.pdf",
        "AGJ COE Workshop.ics",
    ]
    assert len(doc.attachments[1].events) == 2
    assert "--- forwarded: Administrative Note" in doc.all_text()


def test_broken_boundary_is_recovered(corpus):
    doc = corpus("h1-broken-boundary.eml")
    assert "declared MIME boundary not found: parts read with the boundary 'actual-boundary'" in (
        doc.warnings
    )
    assert doc.text.startswith("Reminder: registration closes on 15 September 2025")
    assert "Content-Type" not in doc.text


def test_wrong_charset_label(corpus):
    doc = corpus("h2-wrong-charset.eml")
    assert "ขอเชิญประชุมในวันอังคารที่ ๓๐ กันยายน ๒๕๖๘" in doc.text
    assert doc.warnings == (
        "body: charset labelled 'iso-8859-1' but the text is cp874; decoded as cp874",
    )


def test_truncated_base64(corpus):
    doc = corpus("h3-truncated-base64.eml")
    assert doc.text == "Please see the attached note."
    assert "damaged base64 (bad padding) in 'admin-note.pdf'" in doc.warnings
    assert any(w.startswith("attachment 'admin-note.pdf': unreadable PDF") for w in doc.warnings)


def test_encrypted_pdfs(corpus):
    doc = corpus("h4-encrypted-pdf.eml")
    locked, restricted = doc.attachments
    assert locked.text == ""
    assert locked.warnings == ("encrypted PDF needs a password: no text read",)
    assert "แผนงานโบโฮล" in restricted.text  # empty user password: readable
    assert restricted.warnings == ()


def test_empty_message(corpus):
    doc = corpus("h5-empty.eml")
    assert doc.warnings == ("empty message: no headers and no body",)
    assert doc.message_id == (
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )


def test_megabyte_line(corpus):
    doc = corpus("h6-long-line.eml")
    assert len(doc.text.encode()) > 999_000  # all of it, in one line
    assert "\n" not in doc.text


def test_scanned_pdf(corpus):
    (scan,) = corpus("h7-scanned-pdf.eml").attachments
    assert scan.text == ""
    assert scan.warnings == (NO_TEXT_LAYER,)


@pytest.mark.parametrize("name", ALL)
def test_every_corpus_text_is_clean(corpus, name):
    text = corpus(name).all_text()
    assert unicodedata.is_normalized("NFC", text)
    assert not any(ch in text for ch in "\u200b\ufeff\r\ufffd")
    if thai_count(text):
        assert garble_count(text) == 0


def test_missing_message_id_is_a_stable_hash():
    raw = b"From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n"
    first, second = read_message(raw), read_message(raw)
    assert first.message_id == second.message_id
    assert first.message_id.startswith("sha256:")
    assert read_message(raw + b"x").message_id != first.message_id


def test_inline_calendar_in_alternative():
    raw = (
        b"From: a@example.org\r\nSubject: Invitation\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nJoin us.\r\n"
        b"--b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x-1\r\n"
        b"SUMMARY:Dry run\r\nDTSTART:20250929T013000Z\r\nDTEND:20250929T023000Z\r\n"
        b"SEQUENCE:2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
    )
    doc = read_message(raw)
    assert doc.text == "Join us."
    (invite,) = doc.attachments
    (event,) = invite.events
    assert (event.summary, event.method, event.sequence) == ("Dry run", "REQUEST", 2)
    assert event.start == dt.datetime(2025, 9, 29, 1, 30, tzinfo=dt.UTC)


def test_plain_stub_loses_to_html():
    raw = (
        b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nView in browser.\r\n"
        b"--b\r\nContent-Type: text/html\r\n\r\n<p>The workshop is on 16 December 2025 at the "
        b"Hilton Kuala Lumpur; <a href='https://tinyurl.com/TORAGJCOE2025'>register</a>.</p>"
        b"\r\n--b--\r\n"
    )
    doc = read_message(raw)
    assert "register <https://tinyurl.com/TORAGJCOE2025>" in doc.text
    assert doc.links == ("https://tinyurl.com/TORAGJCOE2025",)


def test_attachment_over_the_size_limit_is_skipped():
    from bot.reading.limits import ReadLimits

    raw = (
        b"From: a@example.org\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--b\r\nContent-Type: application/pdf; name=big.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b"QUFB" * 5000 + b"\r\n--b--\r\n"
    )
    doc = read_message(raw, limits=ReadLimits(max_attachment_bytes=10_000))
    (big,) = doc.attachments
    assert big.skipped
    assert big.warnings == ("0.0 MB, over the 0.00953674 MB limit: not read",)
