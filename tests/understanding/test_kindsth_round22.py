"""Message kinds in the forms of round twenty-two's Thai failure classes
(tests/realmail/FAILURES.md, "Round twenty-two fixes (kindsth-r22)"; the texts are invented in
each class's shape): a story whose chair a PDF's line breaks inside "การ|ประชุม", one whose
official presided over the holding of an event ("เป็นประธานในการจัดงาน…"), one that counts
those who came ("มีผู้เข้าร่วมประชุมฯ จำนวน … คน"), one that tells what the meeting did
("ที่ประชุมได้หารือ…") and one whose dateline stands alone on its line above the story are
reports; a headline's meeting that fell through ("ประชุม… ‘ล่ม’") is called off, though its text
names the day it was to sit.
Guards: the same forms told ahead, a letter's recital of a resolution ("ตามที่ที่ประชุมได้มีมติ…"),
a meeting that only looks set to fall through ("ส่อล่ม") and a letter's date alone on its line
above what its office organises stay what they are.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_SUBJECT = "ข่าวสำนักงานสมมติ"


def test_a_chair_whose_pdf_line_breaks_before_the_meeting_is_a_report() -> None:
    body = (
        "นายสมมติ ใจดี รองผู้อำนวยการสำนักงานสมมติ เป็นประธานการ\n"
        "ประชุมคณะทำงานสมมติ ณ ห้องประชุมชั้น 4 อาคารสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_chair_ahead_whose_line_breaks_is_no_report() -> None:
    body = (
        "นายสมมติ ใจดี รองผู้อำนวยการสำนักงานสมมติ จะเป็นประธานการ\n"
        "ประชุมคณะทำงานสมมติ ณ ห้องประชุมชั้น 4 อาคารสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_presiding_over_the_holding_of_an_event_is_a_report() -> None:
    body = (
        "นางสมมติ ใจงาม นายกสมาคมสมมติ เป็นประธานในการจัดงานวันสมาชิกสมมติ "
        "พร้อมมอบเกียรติบัตรแก่สมาชิกดีเด่น ณ หอประชุมสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_one_who_will_preside_over_the_holding_is_no_report() -> None:
    body = (
        "นางสมมติ ใจงาม นายกสมาคมสมมติ จะเป็นประธานในการจัดงานวันสมาชิกสมมติ "
        "พร้อมมอบเกียรติบัตรแก่สมาชิกดีเด่น ณ หอประชุมสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_those_who_came_counted_is_a_report() -> None:
    body = (
        "ชมรมสมมติ เชิญประธานกลุ่มสมมติทุกอำเภอ ประชุมซักซ้อมแนวทางการจัดเวทีสมมติ "
        "ณ ห้องประชุมสมมติ มีผู้เข้าร่วมประชุมฯ จำนวน 40 คน\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_those_who_will_come_counted_is_no_report() -> None:
    body = (
        "ชมรมสมมติ เชิญประธานกลุ่มสมมติทุกอำเภอ ประชุมซักซ้อมแนวทางการจัดเวทีสมมติ "
        "ณ ห้องประชุมสมมติ จะมีผู้เข้าร่วมประชุมฯ จำนวน 40 คน\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_what_the_meeting_did_is_a_report() -> None:
    body = (
        "นางสมมติ ใจงาม อธิบดีกรมสมมติ เปิดเผยหลังการประชุมคณะทำงานร่วมสมมติ ว่า "
        "ที่ประชุมได้หารือแนวทางการแลกเปลี่ยนข้อมูลระหว่างสองหน่วยงาน\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_letters_recital_of_a_resolution_invites() -> None:
    body = (
        "ตามที่ที่ประชุมคณะกรรมการสมมติได้มีมติให้จัดประชุมครั้งต่อไป นั้น "
        "สำนักงานสมมติขอเชิญท่านเข้าร่วมประชุม ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. "
        "ณ ห้องประชุมชั้น 3 อาคารสมมติ\n"
    )
    assert kind_of("ขอเชิญประชุมคณะกรรมการสมมติ", body) is MessageKind.INVITATION


def test_a_headlines_meeting_that_fell_through_is_called_off() -> None:
    body = (
        "ประชุมคณะกรรมการสมมติ ‘ล่ม’\n\n"
        "นายสมมติ ใจดี โฆษกคณะกรรมการสมมติ กล่าวว่า การงดประชุมในวันนี้ (2 เม.ย. 69) "
        "เนื่องจากองค์ประชุมไม่ครบ กรรมการสามคนติดภารกิจ\n"
    )
    assert kind_of("ประชุมคณะกรรมการสมมติ ‘ล่ม’", body) is MessageKind.CANCELLATION


def test_guard_a_meeting_that_looks_set_to_fall_through_is_read_as_its_text_tells() -> None:
    # (its sitting moved to a later hour on a day not after the message's: a report, as before)
    body = (
        "นายสมมติ ใจดี ประธานคณะกรรมการสมมติ กล่าวถึงการประชุมคณะกรรมการสมมติ ซึ่งวันนี้ "
        "(2 เม.ย.) มีวาระการพิจารณาร่างระเบียบสมมติ ว่า ที่ประชุมอาจขาดองค์ประชุม "
        "จึงเลื่อนการประชุมจากเวลา 09.00 น. เป็นเวลา 10.30 น.\n"
    )
    assert kind_of("ประชุมคณะกรรมการสมมติ ส่อล่ม", body) is MessageKind.REPORT


def test_a_dateline_alone_above_its_story_is_a_report() -> None:
    body = (
        "ผู้อำนวยการสำนักงานสมมติ ให้การต้อนรับคณะผู้บริหารสมมติ\n\n"
        "10 มีนาคม 2569\n\n"
        "นายสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ ร่วมรับฟังและให้การ\n"
        "ต้อนรับคณะผู้บริหารสมมติ ที่เดินทางมาตรวจเยี่ยมสำนักงานสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_letters_date_alone_above_what_its_office_organises() -> None:
    body = (
        "25 มีนาคม 2569\n\n"
        "สำนักงานสมมติจัดประชุมคณะทำงานสมมติ เพื่อพิจารณาแผนงานสมมติ "
        "ณ ห้องประชุมชั้น 3 อาคารสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT
