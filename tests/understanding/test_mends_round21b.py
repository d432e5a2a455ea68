"""Review mends of round twenty-one's Thai kinds (tests/realmail/FAILURES.md, "Round twenty-one,
review mends (mend-r21b)"): near texts the new rules misread, invented here. A memo that sums up
a notice of a meeting still to come ("สรุปสาระสำคัญได้ ดังนี้") reports nothing; a rule or a blank
form that opens on a report's name is no report's title; a call wished for ("ประสงค์พบหารือ") or
named as a noun ("ประเด็นการพบหารือ") is no deed done; a timeline's dated rows of a policy are no
story of a meeting; "หากมีการเลื่อนเปิดการประชุม…" (if it is put off) puts nothing off; an opening
brought forward ("เลื่อนเปิดงานให้เร็วขึ้น") is not put off; a preparatory committee's name
("คณะกรรมการเตรียมการ…") does not look ahead.
Guards beside each: the rule's own form still reads as it did.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import extract_text, kind_of, value_of

_NEWS = "ข่าวประชาสัมพันธ์หน่วยงานตัวอย่าง"


def test_a_memo_summing_up_a_notice_of_a_meeting_ahead_is_no_report() -> None:
    body = (
        "บันทึกข้อความ ส่วนราชการ กองตัวอย่าง\n"
        "กรมตัวอย่างมีหนังสือแจ้งว่า จะจัดการประชุมคณะทำงานตัวอย่าง ครั้งที่ 2/2569 "
        "ในวันที่ 20 พฤษภาคม 2569 เวลา 09.30 น. ณ ห้องประชุมตัวอย่าง สรุปสาระสำคัญได้ ดังนี้\n"
        "1. ผู้เข้าร่วม ได้แก่ ผู้แทนกองตัวอย่าง\n"
    )
    assert kind_of("กรมตัวอย่างแจ้งการประชุมคณะทำงานตัวอย่าง", body) is not MessageKind.REPORT


def test_guard_a_story_summing_up_a_meeting_held_is_a_report() -> None:
    body = (
        "กรมตัวอย่างจัดการประชุมคณะทำงานตัวอย่าง ณ เมืองตัวอย่าง ระหว่างวันที่ 9-10 มีนาคม 2569 "
        "ผลการหารือของคณะทำงานพอสรุปสาระสำคัญได้เป็นสามข้อ\n"
        "ข้อแรก ที่ประชุมรับทราบแผนงานของคณะทำงานตัวอย่าง\n"
    )
    assert kind_of(_NEWS, body) is MessageKind.REPORT


def test_a_rule_or_a_blank_form_opening_on_a_reports_name_is_no_report() -> None:
    rule = (
        "กองตัวอย่างแจ้งแนวทางสำหรับผู้เดินทางไปราชการต่างประเทศ\n"
        "รายงานผลการประชุม ให้ส่งถึงกองตัวอย่างภายใน 15 วัน นับแต่วันเดินทางกลับ\n"
    )
    assert kind_of("แนวทางการรายงานผลการเดินทางไปต่างประเทศ", rule) is not MessageKind.REPORT
    form = "กองตัวอย่างส่งแบบบันทึกรายงานการประชุมให้หน่วยงานในสังกัดใช้ต่อไป\n"
    assert kind_of("รายงานการประชุม (แบบฟอร์ม) ของหน่วยงานในสังกัด", form) is not MessageKind.REPORT


def test_guard_a_report_titled_by_its_name_is_a_report() -> None:
    body = (
        "ผลสรุปการจัดประชุมรับฟังความเห็นต่อร่างแผนตัวอย่าง รอบที่ 1\nผู้เข้าร่วม 48 คน จากหน่วยงานตัวอย่างทั่วประเทศ\n"
    )
    assert kind_of(_NEWS, body) is MessageKind.REPORT


def test_a_call_wished_for_or_named_as_a_noun_is_no_deed_done() -> None:
    wished = (
        "วันนี้ 1 เม.ย. 69 สถานทูตตัวอย่างแจ้งว่า เอกอัครราชทูตตัวอย่างประสงค์พบหารือกับ"
        "อธิบดีกรมตัวอย่าง ในช่วงต้นเดือนพฤษภาคม\n"
    )
    assert kind_of(_NEWS, wished) is not MessageKind.REPORT
    named = (
        "วันที่ 1 เมษายน 2569 กองตัวอย่างส่งร่างประเด็นการพบหารือระหว่างรัฐมนตรีตัวอย่างกับ"
        "คณะผู้แทนประเทศตัวอย่าง ให้ผู้บริหารพิจารณา\n"
    )
    assert kind_of(_NEWS, named) is not MessageKind.REPORT


def test_guard_leaders_who_met_and_talked_is_a_report() -> None:
    body = (
        "วันนี้ 1 เม.ย. 69 นายตัวอย่าง ใจเย็น รัฐมนตรีประเทศตัวอย่าง พบหารือกับ"
        "นายตัวอย่าง ใจกว้าง อธิบดีกรมตัวอย่าง ณ ทำเนียบตัวอย่าง\n"
    )
    assert kind_of(_NEWS, body) is MessageKind.REPORT


def test_a_timelines_dated_rows_of_a_policy_are_no_story_of_a_meeting() -> None:
    body = (
        "ความเป็นมาของระเบียบตัวอย่าง\n"
        "12 ม.ค. 2569 กองตัวอย่างได้เสนอร่างระเบียบต่อผู้บริหาร\n"
        "20 ก.พ. 2569 ได้ประกาศใช้ระเบียบตัวอย่างฉบับนี้\n"
    )
    assert kind_of("ระเบียบกองตัวอย่างว่าด้วยการลา", body) is not MessageKind.REPORT


def test_guard_a_story_opening_on_its_dateline_is_a_report() -> None:
    body = (
        "15 มี.ค. 2569 คณะตัวอย่าง มหาวิทยาลัยตัวอย่าง ร่วมกับสมาคมตัวอย่าง จัดงานสัมมนาวิชาการ"
        "ตัวอย่าง ณ ห้องประชุมตัวอย่าง\n"
    )
    assert kind_of(_NEWS, body) is MessageKind.REPORT


_INVITATION = (
    "กองตัวอย่างขอเชิญท่านเข้าร่วมประชุมคณะทำงานตัวอย่าง ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. "
    "ณ ห้องประชุมตัวอย่าง "
)


def test_an_opening_put_off_on_a_condition_puts_nothing_off() -> None:
    read = extract_text(
        f"{_INVITATION}หากมีการเลื่อนเปิดการประชุม จะแจ้งให้ทราบอีกครั้ง\n",
        "ขอเชิญประชุมคณะทำงานตัวอย่าง",
    )
    assert read.kind is MessageKind.INVITATION
    assert value_of(read.meeting.start) is not None


def test_an_opening_brought_forward_is_not_put_off() -> None:
    body = (
        "งานตัวอย่าง 2569 มีขึ้นวันที่ 10 พฤษภาคม 2569 ณ ศูนย์ประชุมตัวอย่าง โดยผู้จัดเลื่อนเปิดงาน"
        "ให้เร็วขึ้นเป็นเวลา 08.00 น.\n"
    )
    assert kind_of("งานตัวอย่าง 2569", body) is not MessageKind.POSTPONEMENT


def test_guard_an_opening_put_off_is_a_postponement() -> None:
    body = "กองตัวอย่างขอแจ้งเลื่อนเปิดการประชุมคณะทำงานตัวอย่าง ออกไปจนกว่าจะแจ้งให้ทราบ\n"
    assert kind_of("แจ้งเลื่อนเปิดการประชุมคณะทำงานตัวอย่าง", body) is MessageKind.POSTPONEMENT


def test_a_preparatory_committees_name_does_not_look_ahead() -> None:
    body = (
        "นายตัวอย่าง ใจเย็น ผู้อำนวยการกองตัวอย่าง พร้อมด้วยคณะกรรมการเตรียมการจัดงานตัวอย่าง "
        "เข้าร่วมการประชุมคณะทำงานตัวอย่าง ณ ห้องประชุมตัวอย่าง\n"
    )
    assert kind_of(_NEWS, body) is MessageKind.REPORT


def test_guard_a_party_preparing_to_attend_has_not_attended() -> None:
    body = (
        "นายตัวอย่าง ใจเย็น ผู้อำนวยการกองตัวอย่าง พร้อมด้วยคณะ เตรียมเข้าร่วมการประชุมคณะทำงาน"
        "ตัวอย่าง ณ ห้องประชุมตัวอย่าง\n"
    )
    assert kind_of(_NEWS, body) is not MessageKind.REPORT


def test_a_memo_of_a_letter_received_on_a_day_gone_by_is_no_report() -> None:
    body = (
        "เมื่อวันที่ 5 มีนาคม 2569 กองตัวอย่างได้รับหนังสือจากกรมตัวอย่าง ที่ กต 0101/234 ลงวันที่ "
        "3 มีนาคม 2569 แจ้งว่ากรมตัวอย่างและองค์การตัวอย่างแห่งประเทศตัวอย่าง มีความประสงค์ให้"
        "หน่วยงานในสังกัดทุกแห่งพิจารณาแจ้งรายชื่อผู้อำนวยการกองที่เข้าร่วมประชุมคณะกรรมการ"
        "ตัวอย่าง ครั้งที่ 2/2569 ในวันที่ 20 เมษายน 2569 ณ ห้องประชุมตัวอย่าง\n"
    )
    assert kind_of("การประชุมคณะกรรมการตัวอย่าง", body) is not MessageKind.REPORT


def test_guard_a_chair_named_after_a_long_title_on_a_day_gone_by_is_a_report() -> None:
    body = (
        "เมื่อวันที่ 5 มีนาคม 2569 นายตัวอย่าง ใจเย็น ผู้อำนวยการกองตัวอย่าง กรมตัวอย่าง "
        "กระทรวงตัวอย่าง ในฐานะผู้แทนหน่วยงานตัวอย่างประจำภูมิภาคตัวอย่าง และกรรมการ"
        "ผู้ทรงคุณวุฒิของสมาคมตัวอย่างแห่งประเทศตัวอย่าง เป็นประธานการประชุมคณะทำงานตัวอย่าง "
        "ณ ห้องประชุมตัวอย่าง\n"
    )
    assert kind_of(_NEWS, body) is MessageKind.REPORT
