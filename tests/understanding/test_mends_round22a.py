"""Review mends of round twenty-two's Thai kinds (mend-r22a; tests/realmail/FAILURES.md, "Round
twenty-two, review mends (mend-r22a)"): the near texts the new rules misread, invented, each
beside a guard that the rule's own form still reads as before.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

# A report of a meeting held on 1 April whose text also tells it was put off from March.
_HELD_AFTER_DELAY = (
    "เมื่อวันที่ 1 เมษายน 2569 นายสมมติ ใจดี นายอำเภอสมมติ เป็นประธานการประชุม{name} "
    "ซึ่งเลื่อนการประชุมมาจากวันที่ 25 มีนาคม 2569 ณ ห้องประชุมอำเภอสมมติ\n"
)
# A sitting held today, late for want of a quorum.
_SITTING_LATE = (
    "วันนี้ (2 เม.ย. 69) การประชุมสภาสมมติ ต้องเลื่อนการประชุมออกไปครึ่งชั่วโมง จนองค์ประชุมครบ "
    "ที่ประชุมได้พิจารณาร่างข้อบัญญัติสมมติจนแล้วเสร็จ\n"
)


def test_a_meeting_on_landslides_held_after_a_delay_is_a_report() -> None:
    # ถล่ม (a landslide) holds ล่ม: no meeting fell through
    name = "เตรียมรับมือดินถล่ม"
    assert kind_of(f"ประชุม{name}", _HELD_AFTER_DELAY.format(name=name)) is MessageKind.REPORT


def test_a_district_named_lom_sak_is_no_collapse() -> None:
    name = "คณะกรรมการอำเภอหล่มสัก"
    assert kind_of(f"ประชุม{name}", _HELD_AFTER_DELAY.format(name=name)) is MessageKind.REPORT


def test_a_meeting_on_a_capsized_boat_is_a_report() -> None:
    name = "ถอดบทเรียนเหตุเรือล่ม"
    assert kind_of(f"ประชุม{name}", _HELD_AFTER_DELAY.format(name=name)) is MessageKind.REPORT


def test_a_sitting_that_nearly_fell_through_is_a_report() -> None:
    assert kind_of("ประชุมสภาสมมติหวิดล่ม", _SITTING_LATE) is MessageKind.REPORT
    assert kind_of("ประชุมสภาสมมติไม่ล่ม", _SITTING_LATE) is MessageKind.REPORT


def test_guard_a_sitting_that_fell_through_is_not_a_report() -> None:
    assert kind_of("ประชุมสภาสมมติล่ม", _SITTING_LATE) is MessageKind.POSTPONEMENT


def test_a_venues_change_is_no_meeting_held() -> None:
    body = (
        "เรียน สมาชิกคณะทำงานสมมติ\nสถานที่ประชุมได้เปลี่ยนเป็นห้องประชุมชั้น 5 อาคารสมมติ "
        "ส่วนวันและเวลาประชุมคงเดิมตามหนังสือฉบับก่อน\n"
    )
    assert kind_of("แจ้งเปลี่ยนสถานที่ประชุมคณะทำงานสมมติ", body) is not MessageKind.REPORT


def test_an_agenda_item_for_the_meeting_to_consider_is_no_report() -> None:
    body = (
        "ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา\nฝ่ายเลขานุการเสนอร่างแผนงานสมมติ ประจำปี 2569 "
        "เพื่อให้ที่ประชุมได้พิจารณาให้ความเห็นชอบ\n"
    )
    subject = "ระเบียบวาระการประชุมคณะทำงานสมมติ ครั้งที่ 2/2569"
    assert kind_of(subject, body) is not MessageKind.REPORT


def test_a_letters_recital_of_what_the_meeting_asked_is_no_report() -> None:
    body = (
        "ตามที่ที่ประชุมได้มอบหมายให้ฝ่ายเลขานุการจัดทำร่างแผนงานคณะทำงานสมมติ นั้น "
        "ฝ่ายเลขานุการได้จัดทำร่างเสร็จแล้ว รายละเอียดตามเอกสารแนบ\n"
    )
    assert kind_of("แจ้งความคืบหน้าคณะทำงานสมมติ", body) is not MessageKind.REPORT


def test_guard_what_the_meeting_did_is_still_a_report() -> None:
    body = (
        "นางสมมติ ใจงาม อธิบดีกรมสมมติ เปิดเผยภายหลังการประชุมคณะทำงานสมมติ ว่า "
        "โดยที่ประชุมได้หารือแนวทางการใช้ข้อมูลร่วมกันระหว่างหน่วยงาน\n"
    )
    assert kind_of("ข่าวกรมสมมติ", body) is MessageKind.REPORT


def test_those_expected_to_come_are_no_report() -> None:
    body = "การประชุมวิชาการสมมติ ประจำปี 2569 คาดว่ามีผู้เข้าร่วมประชุม จำนวน 500 คน จากหน่วยงานทั่วประเทศ\n"
    assert kind_of("การประชุมวิชาการสมมติ", body) is not MessageKind.REPORT


def test_guard_those_who_came_counted_are_still_a_report() -> None:
    body = "สมาคมสมมติ จัดประชุมซักซ้อมแนวทางการจัดงานสมมติ ณ ห้องประชุมสมมติ มีผู้เข้าร่วมประชุมฯ จำนวน 35 คน\n"
    assert kind_of("ข่าวสมาคมสมมติ", body) is MessageKind.REPORT


def test_a_timelines_dated_row_below_its_date_is_no_report() -> None:
    body = (
        "ความเป็นมา\n\n12 มกราคม 2569\n\nกองสมมติได้เสนอร่างระเบียบสมมติต่อที่ประชุมผู้บริหาร\n\n"
        "20 กุมภาพันธ์ 2569\n\nกองสมมติได้ปรับปรุงร่างตามข้อสังเกต\n"
    )
    assert kind_of("ความเป็นมาของร่างระเบียบสมมติ", body) is not MessageKind.REPORT


def test_guard_a_welcome_below_a_date_alone_is_still_a_report() -> None:
    body = (
        "ผู้อำนวยการสำนักงานสมมติ ต้อนรับคณะสมมติ\n\n1 เมษายน 2569\n\n"
        "นายสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ ให้การ\nต้อนรับคณะผู้บริหารสมมติ ที่มาศึกษาดูงาน\n"
    )
    assert kind_of("ข่าวสำนักงานสมมติ", body) is MessageKind.REPORT
