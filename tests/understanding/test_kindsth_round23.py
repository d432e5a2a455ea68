"""Message kinds in the forms of round twenty-three's Thai failure classes
(tests/realmail/FAILURES.md, "Round twenty-three fixes (kindsth-r23)"; the texts are invented in
each class's shape): a local office that "ได้ประชุม…" (did meet) or "ได้ดำเนินการจัดโครงการ…"
(carried out the project), a story opening on a part of a day gone by ("เมื่อช่วงเช้าของวันที่ …")
or on a range of days written ("ในช่วงระหว่างวันที่ …"), a dateline's welcome given a monk
("ถวายการต้อนรับ"), a board's news that names its agenda's items "เพื่อทราบ" and a heading of a
briefing's outcome ("ผลการแถลงข่าว…") are reports; a headline of a host to be ("จะเป็นเจ้าภาพการ
ประชุม…") is no report of the preparatory meeting its text tells; the public urged to follow the
news ("ขอเชิญชวนให้พี่น้องประชาชน…") is invited to no meeting.
Guards: the same forms told ahead, a memo's closing "จึงเรียนมาเพื่อโปรดทราบ", a plan's "นำผลการ
ประชุมไป…", a host told without จะ and an office invited by name stay what they are.
Messages are sent on 2 April 2026 (2569; tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_SUBJECT = "ข่าวสำนักงานสมมติ"


def test_an_office_that_did_meet_is_a_report() -> None:
    body = (
        "องค์การบริหารส่วนตำบลสมมติ ได้ประชุมกับกำนันและผู้ใหญ่บ้านในเขตตำบล "
        "เพื่อหารือการปรับปรุงศาลาประชาคมสมมติ โดยมีรองนายกสมมติ เป็นผู้ดูแล\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_an_office_that_will_get_to_meet_is_no_report() -> None:
    body = (
        "องค์การบริหารส่วนตำบลสมมติ จะได้ประชุมกับกำนันและผู้ใหญ่บ้านในเขตตำบล "
        "เพื่อหารือการปรับปรุงศาลาประชาคมสมมติ โดยมีรองนายกสมมติ เป็นผู้ดูแล\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_project_carried_out_is_a_report() -> None:
    body = (
        "เทศบาลตำบลสมมติ ได้ดำเนินการจัดโครงการเวทีประชาคมตำบลสมมติ "
        "เพื่อรับฟังความต้องการของประชาชนในพื้นที่ โดยมีผู้นำชุมชนเข้าร่วม\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_project_to_be_carried_out_is_no_report() -> None:
    body = (
        "เทศบาลตำบลสมมติ จะดำเนินการจัดโครงการเวทีประชาคมตำบลสมมติ "
        "เพื่อรับฟังความต้องการของประชาชนในพื้นที่ โดยมีผู้นำชุมชนเข้าร่วม\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_morning_gone_by_opening_the_story_is_a_report() -> None:
    body = (
        "เมื่อช่วงเช้าของวันที่ 20 มีนาคม 2569 นายสมมติ ใจดี กงสุลใหญ่ ณ เมืองสมมติ "
        "ได้พบปะผู้แทนชุมชนไทยและสื่อมวลชนในเมืองสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_morning_ahead_is_no_report() -> None:
    body = (
        "ในช่วงเช้าของวันที่ 20 เมษายน 2569 นายสมมติ ใจดี กงสุลใหญ่ ณ เมืองสมมติ "
        "จะพบปะผู้แทนชุมชนไทยและสื่อมวลชนในเมืองสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_meeting_opened_in_an_afternoon_gone_by_is_a_report() -> None:
    body = (
        "กองทุนสมมติประชุมเตรียมงานประจำปี\n\n"
        "เมื่อช่วงบ่ายของวันที่ 14 มีนาคม 2569 ที่ศาลาชุมชนสมมติ นางสมมติ ใจงาม "
        "ประธานกองทุนสมมติ พร้อมคณะกรรมการ เปิดการประชุมประจำเดือนกองทุนสมมติ "
        "เพื่อเตรียมงานประจำปีในวันที่ 16 เมษายน 2569 นี้\n"
    )
    assert kind_of("กองทุนสมมติประชุมเตรียมงานประจำปี", body) is MessageKind.REPORT


def test_guard_a_meeting_to_be_opened_is_no_report() -> None:
    body = (
        "กองทุนสมมติประชุมเตรียมงานประจำปี\n\n"
        "ในช่วงบ่ายของวันที่ 14 เมษายน 2569 ที่ศาลาชุมชนสมมติ นางสมมติ ใจงาม "
        "ประธานกองทุนสมมติ พร้อมคณะกรรมการ จะเปิดการประชุมประจำเดือนกองทุนสมมติ "
        "เพื่อเตรียมงานประจำปีในวันที่ 16 เมษายน 2569 นี้\n"
    )
    assert kind_of("กองทุนสมมติประชุมเตรียมงานประจำปี", body) is not MessageKind.REPORT


def test_a_story_opening_on_a_range_gone_by_is_a_report() -> None:
    body = (
        "ในช่วงระหว่างวันที่ 10-12 มีนาคม 2569 นายสมมติ ใจดี รัฐมนตรีสมมติ และคณะ "
        "ได้เดินทางไปยังเมืองสมมติ เพื่อร่วมประชุมรัฐมนตรีสมมติภูมิภาค\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_range_ahead_is_no_report() -> None:
    body = (
        "ในช่วงระหว่างวันที่ 10-12 พฤษภาคม 2569 นายสมมติ ใจดี รัฐมนตรีสมมติ และคณะ "
        "ได้เดินทางไปยังเมืองสมมติ เพื่อร่วมประชุมรัฐมนตรีสมมติภูมิภาค\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_monks_welcome_on_a_dateline_is_a_report() -> None:
    body = (
        "25 มีนาคม 2569  พระครูสมมติ เจ้าคณะอำเภอสมมติ เป็นองค์ประธานพิธี "
        "โดยมี นายสมมติ ใจดี นายอำเภอสมมติ ถวายการต้อนรับ ในการประชุมพระสังฆาธิการสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_monks_welcome_on_a_dateline_ahead_is_no_report() -> None:
    body = (
        "25 เมษายน 2569  พระครูสมมติ เจ้าคณะอำเภอสมมติ เป็นองค์ประธานพิธี "
        "โดยมี นายสมมติ ใจดี นายอำเภอสมมติ ถวายการต้อนรับ ในการประชุมพระสังฆาธิการสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


_BOARD = (
    "นางสมมติ ใจงาม อธิการบดีมหาวิทยาลัยสมมติ เป็นประธานในการประชุมคณะกรรมการบริหาร"
    "มหาวิทยาลัยสมมติ ครั้งที่ 3/2569 โดยมีวาระเรื่องเสนอพิจารณา แนวทางการจัดสอบ "
    "และเพื่อทราบ ผลการแข่งขันของนักศึกษา เมื่อวันพุธที่ 1 เมษายน 2569 ณ ห้องประชุมสมมติ\n"
)


def test_news_naming_its_agendas_items_for_information_is_a_report() -> None:
    assert kind_of("การประชุมคณะกรรมการบริหาร ครั้งที่ 3/2569", _BOARD) is MessageKind.REPORT


def test_guard_a_memo_closing_for_information_is_a_circular() -> None:
    body = (
        "ด้วยสำนักงานสมมติ แจ้งกำหนดการประชุมคณะกรรมการบริหาร ครั้งที่ 4/2569 "
        "ในวันพุธที่ 6 พฤษภาคม 2569 ณ ห้องประชุมสมมติ\n"
        "จึงเรียนมาเพื่อโปรดทราบ\n"
    )
    assert kind_of("การประชุมคณะกรรมการบริหาร ครั้งที่ 4/2569", body) is MessageKind.CIRCULAR


def test_a_heading_of_a_briefings_outcome_is_a_report() -> None:
    heading = "ผลการแถลงข่าวประจำสัปดาห์ของกรมสมมติ วันที่ 26 มีนาคม 2569 เวลา 10.00 น."
    body = f"{heading}\n\nขอเชิญชวนทุกท่านร่วมกันปลูกต้นไม้ในชุมชนของตน เนื่องในวันต้นไม้สมมติ\n"
    assert kind_of(heading, body) is MessageKind.REPORT


def test_guard_a_plan_for_a_meetings_outcome_stays_an_invitation() -> None:
    body = (
        "ขอเชิญผู้แทนหน่วยงานเข้าร่วมประชุมคณะทำงานสมมติ ในวันที่ 20 เมษายน 2569 "
        "ณ ห้องประชุมสมมติ เพื่อนำผลการประชุมไปจัดทำแผนงานสมมติ\n"
    )
    assert kind_of("เชิญประชุมคณะทำงานสมมติ", body) is MessageKind.INVITATION


_HOST = (
    "ประเทศสมมติจะเป็นเจ้าภาพการประชุมผู้นำสมมติ ครั้งที่ 5 ระหว่างวันที่ 8-9 กรกฎาคม 2569\n\n"
    "เมื่อวันที่ 23 กุมภาพันธ์ 2569 นายสมมติ ใจดี นายกรัฐมนตรี ได้เป็นประธานการประชุม"
    "คณะกรรมการเตรียมการจัดการประชุมผู้นำสมมติ ครั้งที่ 5 ณ ทำเนียบสมมติ\n"
)


def test_a_headline_of_a_host_to_be_is_no_report_of_its_preparations() -> None:
    subject = "ประเทศสมมติจะเป็นเจ้าภาพการประชุมผู้นำสมมติ ครั้งที่ 5"
    assert kind_of(subject, _HOST) is not MessageKind.REPORT


def test_guard_a_headline_of_a_host_without_jah_stays_a_report() -> None:
    subject = "ประเทศสมมติเป็นเจ้าภาพการประชุมผู้นำสมมติ ครั้งที่ 5"
    body = _HOST.replace("จะเป็นเจ้าภาพ", "เป็นเจ้าภาพ")
    assert kind_of(subject, body) is MessageKind.REPORT


def test_the_public_urged_to_follow_the_news_is_invited_to_no_meeting() -> None:
    body = (
        "ตลอดปี 2570 ประเทศสมมติจะเป็นเจ้าภาพการประชุมระดับภูมิภาคหลายครั้ง จึงขอเชิญชวนให้พี่\n"
        "น้องประชาชนติดตามข่าวสารและกำหนดการประชุมได้จากเว็บไซต์ของสำนักงานสมมติ\n"
    )
    assert kind_of("ประเทศสมมติเป็นเจ้าภาพการประชุมตลอดปี 2570", body) is not (MessageKind.INVITATION)


def test_guard_an_office_invited_by_name_stays_an_invitation() -> None:
    body = (
        "ตลอดปี 2570 ประเทศสมมติจะเป็นเจ้าภาพการประชุมระดับภูมิภาคหลายครั้ง จึงขอเชิญผู้แทน\n"
        "หน่วยงานเข้าร่วมประชุมเตรียมการ ในวันที่ 20 เมษายน 2569 ณ ห้องประชุมสมมติ\n"
    )
    assert kind_of("ประเทศสมมติเป็นเจ้าภาพการประชุมตลอดปี 2570", body) is (MessageKind.INVITATION)
