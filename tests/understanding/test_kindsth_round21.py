"""Message kinds in the forms of round twenty-one's Thai failure classes
(tests/realmail/FAILURES.md, "Round twenty-one fixes (kindsth-r21)"; the texts are invented in
each class's shape): a "สรุปสาระสำคัญของการประชุม…" (a meeting's main points summed up) is a
report, as is a story that sums its meeting up ("สรุปสาระสำคัญได้ ดังนี้"), one whose chair a
PDF's line breaks ("เป็น|ประธาน"), one whose leaders "พบหารือกับ…" on the day it opens with, one
that opens on its dateline with no วันที่, one that names a long title before its verb, and a
report titled "ผลสรุปการจัดประชุม…" though the meeting's name is read as none; a course whose
opening is put off ("เลื่อนเปิดอบรม…") is postponed, though its text names a ban on gatherings; a
party preparing to attend ("เตรียมเข้าร่วม…") has not attended; a spokesman's briefing of a
schedule on a day gone by ("… แถลง… ถึงกำหนดการ…") is no report; a page titled as a calendar
("ปฏิทิน…") is for information.
Guards: the same forms told ahead, an invitation that names a summary, a letter whose date stands
on its own line, a course called off, a party that attended, a summary named mid-sentence in a
text naming no meeting, and a calendar named mid-line stay what they are.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_SUBJECT = "ข่าวสำนักงานสมมติ"


def test_a_meetings_main_points_summed_up_is_a_report() -> None:
    subject = "สรุปสาระสำคัญ ของการประชุมใหญ่สามัญสมาคมสมมติ ประจำปี 2569"
    body = (
        f"{subject}\n\n"
        "1) สมาชิกลงทะเบียนทั้งสิ้น 120 คน ครบองค์ประชุม\n"
        "2) ที่ประชุมรับรองงบการเงินของสมาคมสมมติ\n"
    )
    assert kind_of(subject, body) is MessageKind.REPORT


def test_a_story_summing_its_meeting_up_is_a_report() -> None:
    body = (
        "องค์การสมมติจัดการประชุมคณะทำงานสมมติ ณ เมืองสมมติ ระหว่างวันที่ 2-3 มีนาคม 2569 "
        "โดยสามารถสรุปสาระสำคัญได้ ดังนี้\n\n"
        "ที่ประชุมได้หารือแผนงานของคณะทำงานสมมติในปีหน้า\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_an_invitation_naming_a_summary_invites() -> None:
    body = (
        "สำนักงานสมมติขอเชิญท่านเข้าร่วมประชุมคณะทำงานสมมติ ในวันที่ 20 เมษายน 2569 "
        "เวลา 09.30 น. ณ ห้องประชุมชั้น 3 เพื่อรับรองสรุปสาระสำคัญของการประชุมครั้งก่อน\n"
    )
    assert kind_of("ขอเชิญประชุมคณะทำงานสมมติ", body) is MessageKind.INVITATION


def test_a_chair_whose_pdf_line_breaks_is_a_report() -> None:
    body = (
        "นางสาวสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ เป็น\n"
        "ประธานการประชุมคณะกรรมการสมมติ ครั้งที่ 4 เมื่อวันที่ 5 มีนาคม 2569\n"
        "ณ ห้องประชุมชั้น 2 อาคารสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_chair_still_to_come_whose_pdf_line_breaks_is_no_report() -> None:
    body = (
        "นางสาวสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ จะเป็น\n"
        "ประธานการประชุมคณะกรรมการสมมติ ครั้งที่ 5 ในวันที่ 20 เมษายน 2569\n"
        "ณ ห้องประชุมชั้น 2 อาคารสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_leaders_who_met_and_talked_on_the_storys_day_is_a_report() -> None:
    body = (
        "วันนี้ 1 เม.ย. 69 เวลา 15.00 น. นายสมมติ ใจดี นายกรัฐมนตรีประเทศสมมติ พบหารือกับ"
        "นายสมมติ ใจงาม รัฐมนตรีว่าการกระทรวงสมมติ ในโอกาสเยือนกรุงสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_leaders_who_will_meet_and_talk_is_no_report() -> None:
    body = (
        "วันนี้ 1 เม.ย. 69 นายสมมติ ใจดี นายกรัฐมนตรีประเทศสมมติ จะพบหารือกับ"
        "นายสมมติ ใจงาม รัฐมนตรีว่าการกระทรวงสมมติ ในวันที่ 20 เมษายน 2569\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_story_opening_on_its_dateline_is_a_report() -> None:
    body = (
        "สัมมนาสมมติ ภาคกลาง\n"
        "10 มี.ค. 2569 คณะสมมติ มหาวิทยาลัยสมมติ ร่วมกับ สมาคมสมมติ จัดงานสัมมนา เรื่อง "
        "“สมมติกับชุมชน” ณ อาคารสมมติ จังหวัดสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_letters_date_on_its_own_line_opens_no_story() -> None:
    body = (
        "25 มีนาคม 2569\n"
        "สำนักงานสมมติจัดประชุมคณะทำงานสมมติ โดยมีผู้แทนองค์การสมมติเข้าร่วม "
        "ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ ห้องประชุมชั้น 3 อาคารสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_guard_a_dateline_after_the_message_opens_no_story() -> None:
    body = (
        "20 เม.ย. 2569 คณะสมมติ มหาวิทยาลัยสมมติ ร่วมกับ สมาคมสมมติ จัดงานสัมมนา เรื่อง "
        "“สมมติกับชุมชน” ณ อาคารสมมติ จังหวัดสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_story_naming_a_long_title_before_its_chair_is_a_report() -> None:
    body = (
        "เมื่อวันที่ 10 มีนาคม 2569 นางสาวสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติประจำเมืองสมมติ "
        "ได้รับมอบตำแหน่งประธานคณะกรรมการประสานงานสมมติประจำเมืองสมมติ (Example Coordinating "
        "Committee) ต่อจากประเทศสมมติ และเป็นประธานการประชุมคณะกรรมการฯ ครั้งแรกในวาระของไทย "
        "ซึ่งที่ประชุมได้หารือแผนการจัดงานวันสมมติ ในวันที่ 8 พฤษภาคม 2569\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_a_spokesmans_briefing_of_a_schedule_is_no_report() -> None:
    body = (
        "เมื่อวันที่ 1 เม.ย. ที่ทำเนียบสมมติ นายสมมติ ใจดี โฆษกประจำสำนักงานสมมติ แถลงหลังการประชุม"
        "คณะกรรมการสมมติ ถึงกำหนดการของผู้อำนวยการสำนักงานสมมติ ในการเข้าร่วมประชุมสมมติ "
        "ที่จังหวัดสมมติ ระหว่างวันที่ 20-22 เม.ย. 2569\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_courses_opening_put_off_is_a_postponement() -> None:
    subject = "ประกาศ การเลื่อนเปิดอบรมหลักสูตรสมมติ รุ่นที่ 3"
    body = (
        f"{subject}\n\n"
        "ด้วยสถานการณ์โรคระบาดสมมติ ทางราชการยังคงมาตรการงดจัดกิจกรรมที่รวมคนจำนวนมาก "
        "สถาบันสมมติจึงขอเลื่อนการเปิดอบรมหลักสูตรดังกล่าวออกไปจนกว่าสถานการณ์จะคลี่คลาย\n"
    )
    assert kind_of(subject, body) is MessageKind.POSTPONEMENT


def test_guard_a_course_called_off_is_a_cancellation() -> None:
    subject = "ประกาศ การยกเลิกการอบรมหลักสูตรสมมติ รุ่นที่ 3"
    body = f"{subject}\n\nด้วยสถานการณ์โรคระบาดสมมติ สถาบันสมมติจึงขอยกเลิกการอบรมหลักสูตรดังกล่าว\n"
    assert kind_of(subject, body) is MessageKind.CANCELLATION


def test_a_party_preparing_to_attend_has_not_attended() -> None:
    body = (
        "นางสมมติ ใจดี รัฐมนตรีช่วยว่าการกระทรวงสมมติ พร้อมด้วยนายสมมติ ใจงาม "
        "ที่ปรึกษารัฐมนตรี พร้อมคณะ เตรียมเข้าร่วมการประชุมรัฐมนตรีสมมติ ครั้งที่ 9 "
        "ณ กรุงสมมติ ระหว่างวันที่ 20-22 เมษายน 2569\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_guard_a_party_that_attended_is_a_report() -> None:
    body = (
        "นางสมมติ ใจดี รัฐมนตรีช่วยว่าการกระทรวงสมมติ พร้อมด้วยนายสมมติ ใจงาม "
        "ที่ปรึกษารัฐมนตรี พร้อมคณะ เข้าร่วมการประชุมรัฐมนตรีสมมติ ครั้งที่ 8 "
        "ณ กรุงสมมติ ระหว่างวันที่ 10-12 มีนาคม 2569\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def _summary(heading: str) -> str:
    return f"{heading}\n\nสำนักงานสมมติจัดประชุมรับฟังความคิดเห็นโครงการสมมติ 2 กลุ่ม ณ ห้องประชุมอำเภอสมมติ\n"


def test_a_report_titled_by_its_summary_is_one_whatever_its_meetings_name() -> None:
    for heading in (
        "ผลสรุปการจัดประชุมรับฟังความคิดเห็นโครงการสมมติ รอบที่ 1",
        "ผลสรุปการจัดประชุมเพื่อรับฟังความคิดเห็น ครั้งที่ 1",
    ):
        assert kind_of(_SUBJECT, _summary(heading)) is MessageKind.REPORT, heading


def test_guard_a_summary_named_mid_sentence_titles_no_report() -> None:
    body = (
        "สำนักงานสมมติแจ้งว่า ผลสรุปการจัดประชุมรับฟังความคิดเห็นจะเผยแพร่ทางเว็บไซต์\n\n"
        "สำนักงานสมมติรับฟังความคิดเห็นโครงการสมมติ 2 กลุ่ม ณ อำเภอสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def _calendar(heading: str) -> str:
    return (
        f"{heading}\n"
        "10 มี.ค. 2569 วันกำหนดรายชื่อผู้ถือหุ้น\n"
        "28 เม.ย. 2569 วันประชุมสามัญผู้ถือหุ้น ประจำปี 2569\n"
        "15 พ.ค. 2569 วันจ่ายเงินปันผล\n"
    )


def test_a_page_titled_as_a_calendar_is_for_information() -> None:
    heading = "ปฏิทินผู้ถือหุ้น บริษัทสมมติ ปี 2569"
    assert kind_of(heading, _calendar(heading)) is MessageKind.OTHER


def test_guard_a_calendar_named_mid_line_titles_no_page() -> None:
    heading = "กำหนดวันสำคัญของบริษัทสมมติ ตามปฏิทินผู้ถือหุ้น ปี 2569"
    assert kind_of(heading, _calendar(heading)) is not MessageKind.OTHER
