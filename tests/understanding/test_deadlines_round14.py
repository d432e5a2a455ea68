"""Round fourteen's registration-deadline class R1 (tests/realmail/FAILURES.md, "Round fourteen
fixes (kinds18)"), in invented texts of the class's shapes: a day the sender will announce
something by is no deadline; a key-dates table copied as label, day, label, day gives each day
its own row's label; "REGISTRATION ENDS" above a day and hour, a table cell "| last day of
registration | <day>", Thai registration open "until" a day, and a registration row's days
above its label are read under review. Guards: a reader's own deadline "ภายใน" stays read,
and a label under days whose line above is a label is not taken for theirs."""

from __future__ import annotations

import datetime as dt

from bot.understanding.record import DeadlineKind, Extracted
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import assert_under_review, meeting_of


def _deadline(lines: tuple[str, ...], subject: str) -> Extracted[object] | None:
    return meeting_of("\n".join(lines) + "\n", subject).registration_deadline


def _day(field: Extracted[object] | None) -> dt.date | None:
    return day_of(field.value) if field is not None else None  # type: ignore[arg-type]


def test_the_day_the_sender_will_announce_slots_is_no_deadline() -> None:
    lines = (
        "ลงทะเบียนรับบริการ โครงการกงสุลสัญจร ที่เมืองตัวอย่าง",
        "วันเสาร์ที่ 23 พฤษภาคม 2569 เวลา 09.30-17.30 น.",
        "สถานเอกอัครราชทูตฯ จะจัดสรรคิวให้ผู้ที่ลงทะเบียนสำเร็จ ซึ่งจะประกาศให้ทราบภายในวันที่ 15 พฤษภาคม 2569",
    )
    assert _deadline(lines, "ลงทะเบียนกงสุลสัญจร ณ เมืองตัวอย่าง") is None


def test_a_readers_own_thai_deadline_stays_read() -> None:
    lines = (
        "ขอเชิญเข้าร่วมการสัมมนาตัวอย่าง วันที่ 23 พฤษภาคม 2569 ณ โรงแรมตัวอย่าง",
        "กรุณาลงทะเบียนภายในวันที่ 15 พฤษภาคม 2569",
    )
    assert _day(_deadline(lines, "ขอเชิญเข้าร่วมการสัมมนาตัวอย่าง")) == dt.date(2026, 5, 15)


def test_a_key_dates_table_gives_each_day_its_own_rows_label() -> None:
    lines = (
        "KEY DATES",
        "REGISTRATION OPENS",
        "Wednesday 15th April 2026",
        "REGISTRATION ENDS",
        "Friday 29th May 2026 - 5pm GMT",
        "SUBMISSION DEADLINE",
        "Monday 18th May 2026 - 5pm GMT",
    )
    meeting = meeting_of("\n".join(lines) + "\n", "Example Symposium 2026 Key Dates")
    kinds = {day_of(d.due): d.kind for d in meeting.deadlines}
    assert kinds.get(dt.date(2026, 5, 18)) is DeadlineKind.DOCUMENTS
    assert_under_review(meeting.registration_deadline)
    assert _day(meeting.registration_deadline) == dt.date(2026, 5, 29)


def test_a_table_cell_naming_the_last_day_of_registration() -> None:
    lines = (
        "กำหนดการประชุม",
        "| ส่งบทความ | 7 กันยายน พ.ศ. 2569",
        "| วันสุดท้ายของการลงทะเบียน | 16 ตุลาคม พ.ศ. 2569",
        "| การนำเสนอผลงาน | 25-26 ตุลาคม พ.ศ. 2569",
    )
    deadline = _deadline(lines, "การประชุมวิชาการตัวอย่าง 2569")
    assert_under_review(deadline)
    assert _day(deadline) == dt.date(2026, 10, 16)


def test_thai_registration_open_until_a_day() -> None:
    lines = (
        "ขอเชิญเข้าร่วมการสัมมนาตัวอย่าง วันที่ 20 สิงหาคม 2569 ณ มหาวิทยาลัยตัวอย่าง",
        "ผู้สนใจสามารถลงทะเบียนได้ถึงวันที่ 10 สิงหาคม 2569",
    )
    deadline = _deadline(lines, "การสัมมนาตัวอย่าง")
    assert_under_review(deadline)
    assert _day(deadline) == dt.date(2026, 8, 10)


def test_a_registration_rows_days_above_its_label() -> None:
    lines = (
        "กำหนดการ",
        "วันที่ 1 - 31 มกราคม 2569",
        "",
        "ส่งบทคัดย่อ",
        "ขยายเวลาส่งผลงาน ถึงวันที่ 10 กุมภาพันธ์ 2569",
        "วันที่ 5 มกราคม - 27 กุมภาพันธ์ 2569",
        "ลงทะเบียนและชำระเงิน",
        "วันที่ 10 - 24 กุมภาพันธ์ 2569",
        "ตอบรับผลงาน",
        "วันที่ 12 - 13 มีนาคม 2569 การประชุมวิชาการ",
    )
    deadline = _deadline(lines, "การประชุมวิชาการตัวอย่าง 12-13 มีนาคม 2569")
    assert_under_review(deadline)
    assert _day(deadline) == dt.date(2026, 2, 27)


def test_a_label_under_days_whose_line_above_is_a_label_is_not_theirs() -> None:
    lines = (
        "กำหนดการ",
        "ส่งบทคัดย่อ",
        "วันที่ 1 - 31 มกราคม 2569",
        "ลงทะเบียนและชำระเงิน",
        "วันที่ 1 - 28 กุมภาพันธ์ 2569",
    )
    deadline = _deadline(lines, "การประชุมวิชาการตัวอย่าง 12-13 มีนาคม 2569")
    assert _day(deadline) != dt.date(2026, 1, 31)
