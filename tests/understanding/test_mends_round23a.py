"""Review mends of round twenty-three's rules for kinds of Thai notices (kindsth-r23;
tests/realmail/FAILURES.md, "Round twenty-three, review mends (mend-r23a)"). Each misfire is
told on invented text beside a guard that the rule's own case still reads as it did: an office
that has not met, may meet or meets once something is done ("ยังมิได้ประชุม", "หากได้ประชุม"), a
project that is road works ("ได้ดำเนินการโครงการก่อสร้าง…"), a period still running that opens a
line ("ระหว่างวันที่ 1 – 10 …"), a matter told on "เพื่อทราบ", a line that asks what to do with a
meeting's outcome ("ผลการประชุม ขอให้…") or an agenda's item on the last one, a headline naming
the host of the next meeting, and the public urged to a village forum.
Messages are sent on 2 April 2026 (2569; tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_SUBJECT = "ข่าวประชาสัมพันธ์ตำบลสมมติ"
_ROAD = "เรื่องการซ่อมถนนสายสมมติ ผู้สนใจสอบถามรายละเอียดเพิ่มเติมได้ที่ example.org\n"


def test_a_board_that_has_not_yet_met_is_no_report() -> None:
    body = f"คณะกรรมการหมู่บ้านสมมติ ยังมิได้ประชุมหารือ{_ROAD}"
    assert kind_of(_SUBJECT, body) is MessageKind.OTHER


def test_a_board_that_meets_once_something_is_done_is_no_report() -> None:
    body = f"หากได้ประชุมกับผู้นำชุมชนแล้ว คณะกรรมการหมู่บ้านสมมติจะแจ้ง{_ROAD}"
    assert kind_of(_SUBJECT, body) is MessageKind.OTHER


def test_guard_a_board_that_did_meet_is_a_report() -> None:
    body = f"คณะกรรมการหมู่บ้านสมมติ ได้ประชุมหารือ{_ROAD}"
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_a_forum_not_yet_held_is_no_report() -> None:
    body = "เทศบาลตำบลสมมติ ยังไม่ได้ดำเนินการจัดประชุมประชาคมตำบลสมมติ เนื่องจากยังรอการอนุมัติงบประมาณประจำปี\n"
    assert kind_of(_SUBJECT, body) is MessageKind.OTHER


def test_road_works_carried_out_are_no_meetings_report() -> None:
    body = (
        "เทศบาลตำบลสมมติ ได้ดำเนินการโครงการก่อสร้างถนนคอนกรีตสายสมมติ ระยะทาง 300 เมตร แล้วเสร็จเรียบร้อย\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.OTHER


def test_guard_a_forum_project_carried_out_is_a_report() -> None:
    body = "เทศบาลตำบลสมมติ ได้ดำเนินการจัดโครงการเวทีประชาคมตำบลสมมติ ระยะทาง 300 เมตร แล้วเสร็จเรียบร้อย\n"
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_a_period_still_running_opens_no_story() -> None:
    body = (
        "ในช่วงระหว่างวันที่ 1 – 10 เมษายน 2569 สำนักงานสมมติได้เปิดให้ประชาชนแสดงความคิดเห็น"
        "ต่อร่างแผนพัฒนาสมมติ ณ ศาลากลางจังหวัดสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.OTHER


def test_guard_a_period_over_opens_a_story() -> None:
    body = (
        "ในช่วงระหว่างวันที่ 21 – 31 มีนาคม 2569 สำนักงานสมมติได้เปิดให้ประชาชนแสดงความคิดเห็น"
        "ต่อร่างแผนพัฒนาสมมติ ณ ศาลากลางจังหวัดสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


_MEMO = (
    "ด้วยสำนักงานสมมติได้รับแจ้งกำหนดการประชุมคณะกรรมการสมมติ ในวันที่ 20 เมษายน 2569 "
    "ณ ห้องประชุมสมมติ จึง{}เพื่อทราบ\n"
)


def test_a_matter_told_on_for_information_is_a_circular() -> None:
    subject = "แจ้งกำหนดการประชุมคณะกรรมการสมมติ"
    assert kind_of(subject, _MEMO.format("แจ้งเรื่อง")) is MessageKind.CIRCULAR
    assert kind_of(subject, _MEMO.format("ขอส่งเรื่อง")) is MessageKind.CIRCULAR


def test_guard_an_agendas_items_for_information_are_no_circular() -> None:
    subject = "แจ้งกำหนดการประชุมคณะกรรมการสมมติ"
    body = _MEMO.format("มีวาระเรื่อง") + _MEMO.format("มีระเบียบวาระและ")
    assert kind_of(subject, body) is not MessageKind.CIRCULAR


_ASKED = "คณะกรรมการสมมติ กำหนดประชุมครั้งที่ 2/2569 ในวันที่ 20 เมษายน 2569 ณ ห้องประชุมสมมติ\nผลการประชุม{}\n"


def test_a_line_asking_what_to_do_with_the_outcome_is_no_report() -> None:
    body = _ASKED.format("ขอให้ผู้แทนแต่ละหน่วยงานแจ้งต่อหน่วยงานของตนภายในสิ้นเดือน")
    assert kind_of("การประชุมคณะกรรมการสมมติ ครั้งที่ 2/2569", body) is not MessageKind.REPORT
    undated = body.replace(" ในวันที่ 20 เมษายน 2569", "")
    assert kind_of("การประชุมคณะกรรมการสมมติ ครั้งที่ 2/2569", undated) is not MessageKind.REPORT


def test_an_agendas_item_on_the_last_outcome_is_no_report() -> None:
    body = _ASKED.format("ครั้งที่ 1/2569 และเรื่องสืบเนื่อง\nเรื่องอื่น ๆ")
    assert kind_of("การประชุมคณะกรรมการสมมติ ครั้งที่ 2/2569", body) is not MessageKind.REPORT


def test_guard_a_line_heading_the_outcome_is_a_report() -> None:
    body = (
        "ผลการประชุมคณะกรรมการสมมติ ครั้งที่ 1/2569 เมื่อวันที่ 30 มีนาคม 2569\n"
        "คณะกรรมการมีมติเห็นชอบแผนงานสมมติ และมอบหมายฝ่ายเลขานุการติดตามผล\n"
    )
    assert kind_of("ข่าวคณะกรรมการสมมติ", body) is MessageKind.REPORT


_SUMMIT = (
    "เมื่อวันที่ 30 มีนาคม 2569 นายสมมติ ใจดี รัฐมนตรีสมมติ ได้เข้าร่วมการประชุมรัฐมนตรี"
    "สมมติภูมิภาค ครั้งที่ 5 ณ เมืองสมมติ และที่ประชุมได้รับรองปฏิญญาสมมติ\n"
)


def test_a_headline_naming_the_next_host_keeps_the_report() -> None:
    subject = "ปิดการประชุมรัฐมนตรีสมมติ ประเทศสมมติจะเป็นเจ้าภาพการประชุมครั้งต่อไป"
    assert kind_of(subject, _SUMMIT) is MessageKind.REPORT


def test_guard_a_headline_of_a_host_to_be_is_no_report() -> None:
    subject = "ประเทศสมมติจะเป็นเจ้าภาพการประชุมรัฐมนตรีสมมติภูมิภาค ครั้งที่ 6"
    assert kind_of(subject, _SUMMIT) is not MessageKind.REPORT


_FORUM = (
    "เทศบาลตำบลสมมติ ขอเชิญชวนให้พี่น้องประชาชนมา{} ในวันที่ 10 เมษายน 2569 "
    "เวลา 09.00 น. ณ ศาลาประชาคมหมู่บ้านสมมติ\n"
)


def test_the_public_urged_to_a_village_forum_is_invited() -> None:
    body = _FORUM.format("ร่วมประชุมประชาคมหมู่บ้าน")
    assert kind_of("ประชุมประชาคมหมู่บ้านสมมติ", body) is MessageKind.INVITATION


def test_guard_the_public_urged_to_a_fair_is_not_invited() -> None:
    body = _FORUM.format("เที่ยวงานประจำปีหมู่บ้าน")
    assert kind_of("ประชุมประชาคมหมู่บ้านสมมติ", body) is not MessageKind.INVITATION
