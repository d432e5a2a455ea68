"""Thai official letters as records: from typed text, from a mail body, from OCR'd scans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.config.output_sections import REVIEW_THRESHOLD
from bot.reading.document import MailDocument
from bot.reading.ocr_thai import clean_ocr_thai
from bot.understanding.letter import fill_from_letters, find_letter, letters_in
from bot.understanding.record import DeadlineKind, MeetingRecord

HERE = Path(__file__).parent
WRITTEN = dt.datetime(2025, 12, 8, 10, tzinfo=dt.timezone(dt.timedelta(hours=7)))

MEMO = """บันทึกข้อความ
ส่วนราชการ กองยุทธศาสตร์และแผนงาน กลุ่มงานวิเทศสัมพันธ์ โทร ๐ ๒๒๔๕ ๑๓๓๐
ที่ รง ๐๓๐๘.๒/ว ๑๙๖ วันที่ ๒๓ มกราคม ๒๕๖๘
เรื่อง รายงานผลการประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียน
ครั้งที่ ๑๘
เรียน ผู้อำนวยการกอง ผู้อำนวยการสำนัก
พร้อมนี้ กองยุทธศาสตร์และแผนงานขอส่งสำเนาหนังสือสำนักงานปลัดกระทรวงแรงงาน
ที่ รง ๐๒๑๐.๓/ว ๑๙๖ ลงวันที่ ๒๑ มกราคม ๒๕๖๘ มาเพื่อโปรดทราบ
"""


def _typed(letter: str) -> str:
    return (HERE / "scans" / f"{letter}.txt").read_text(encoding="utf-8")


def test_a_letter_header_body_and_signer_are_read():
    letter = find_letter(_typed("letter1"), reference=WRITTEN)
    assert letter is not None
    assert letter.number is not None
    assert letter.number.value == "รง ๐๒๑๐.๓/ว ๒๘๗๒"
    assert letter.date is not None
    assert letter.date.value == dt.date(2025, 12, 8)
    assert letter.office is not None
    assert letter.office.value == "สำนักงานปลัดกระทรวงแรงงาน"
    assert letter.subject is not None
    assert letter.subject.value.endswith("ด้านแรงงานอาเซียน ครั้งที่ ๒๑")  # wrapped line joined
    assert letter.addressee is not None
    assert letter.addressee.value == "อธิบดีกรมการจัดหางาน"
    assert letter.enclosures is not None
    assert letter.enclosures.value.startswith("แบบตอบรับ")
    assert letter.signer is not None
    assert letter.signer.value == "นายสมมติ ตัวอย่างดี"
    assert letter.signer_position is not None
    assert letter.signer_position.value == "ผู้อำนวยการกองการต่างประเทศ"
    assert letter.delegates_requested is not None
    assert letter.delegates_requested.value == 2
    assert letter.reply_deadline is not None
    assert letter.reply_deadline.value == dt.date(2025, 12, 19)
    assert "แจ้งรายชื่อภายในวันที่ ๑๙ ธันวาคม ๒๕๖๘" in letter.reply_deadline.source
    assert letter.title_th is not None
    assert letter.title_th.value.startswith("การประชุมเจ้าหน้าที่อาวุโส")  # ขอเชิญ dropped
    assert letter.body.startswith("ด้วยสำนักเลขาธิการอาเซียน")
    assert letter.title_th.confidence >= REVIEW_THRESHOLD


def test_the_letters_a_letter_cites_are_kept_apart_from_its_own_number():
    letter = find_letter(_typed("letter2"), reference=WRITTEN)
    assert letter is not None
    assert letter.number is not None
    assert letter.number.value == "รง ๐๓๐๘.๒/ว ๑๙๖"
    assert [(c.number, c.date) for c in letter.cites] == [("รง ๐๒๑๐.๓/ว ๑๙๖", dt.date(2026, 1, 21))]
    assert letter.reply_deadline is not None
    assert letter.reply_deadline.value == dt.date(2026, 2, 13)  # ส่งแบบตอบรับภายในวันที่


def test_a_memo_in_a_mail_body_is_a_letter_too():
    doc = MailDocument(
        message_id="memo@example.org",
        subject="แจ้งเวียน",
        sender=None,
        to=(),
        cc=(),
        date=WRITTEN,
        in_reply_to=None,
        references=(),
        authentication_results=(),
        text=MEMO,
    )
    (letter,) = letters_in(doc)
    assert letter.where == "body"
    assert letter.office is not None
    assert letter.office.value.startswith("กองยุทธศาสตร์และแผนงาน")
    assert letter.date is not None
    assert letter.date.value == dt.date(2025, 1, 23)  # วันที่ on the number's line
    assert letter.subject is not None
    # A line wrapped inside a phrase is joined without a space.
    assert letter.subject.value.endswith("อาเซียนครั้งที่ ๑๘")
    assert [c.number for c in letter.cites] == ["รง ๐๒๑๐.๓/ว ๑๙๖"]


def test_an_ocrd_letter_is_read_and_its_values_marked_for_review():
    # Tesseract's own text of the generated scan letter1-moderate-300, cleaned as reading does.
    ocr = clean_ocr_thai((HERE / "tesseract_raw" / "letter1-moderate-300.txt").read_text("utf-8"))
    text = f"[OCR, page 1, confidence 91 %]\n{ocr}"
    letter = find_letter(text, reference=WRITTEN, where="attachment scan.pdf", ocr_confidence=91)
    assert letter is not None
    assert letter.subject is not None
    assert "การประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน" in letter.subject.value
    assert letter.subject.confidence < REVIEW_THRESHOLD
    assert any("read by OCR" in reason for reason in letter.subject.reasons)
    assert letter.subject.source.startswith("attachment scan.pdf, page 1: เรื่อง ")
    assert letter.addressee is not None
    assert letter.addressee.value == "อธิบดีกรมการจัดหางาน"
    assert letter.delegates_requested is not None
    assert letter.delegates_requested.value == 2
    assert letter.number is not None
    assert letter.number.value.startswith("รง ๐๒๑๐.๓/ว ")  # the serial's ๘ and ๗ are misread


def test_text_without_a_letter_header_is_no_letter():
    assert find_letter("Dear colleagues, please find attached.", reference=WRITTEN) is None


def test_a_letter_fills_what_the_record_lacks_and_nothing_else():
    letter = find_letter(_typed("letter1"), reference=WRITTEN)
    assert letter is not None
    filled = fill_from_letters(MeetingRecord(), (letter,))
    assert filled.title_th == letter.title_th
    assert filled.delegates_requested == letter.delegates_requested
    (nomination,) = filled.deadlines
    assert nomination.kind is DeadlineKind.NOMINATION
    assert nomination.due == dt.date(2025, 12, 19)
    assert fill_from_letters(filled, (letter,)) == filled  # nothing added twice


def test_labels_whose_tone_marks_ocr_lost_are_still_labels():
    text = _typed("letter1").replace("เรื่อง ", "เรือง ", 1).replace("ที่ รง", "ที รง", 1)
    letter = find_letter(text, reference=WRITTEN)
    assert letter is not None
    assert letter.number is not None
    assert letter.number.value == "รง ๐๒๑๐.๓/ว ๒๘๗๒"
    assert letter.subject is not None
    assert letter.subject.value.startswith("ขอเชิญเข้าร่วมการประชุม")


def test_the_dates_a_letter_cites_are_kept():
    letter = find_letter(_typed("letter1"), reference=WRITTEN)
    assert letter is not None
    assert letter.cited_dates == (dt.date(2025, 11, 28),)
