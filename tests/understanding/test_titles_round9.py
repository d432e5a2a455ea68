"""Round nine: title classes of test9 (tests/realmail/FAILURES.md, "Round nine fixes
(titles12)"), each in an invented text of the class's shape."""

from __future__ import annotations

import datetime as dt

from bot.reading.document import Attachment
from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import extract, mail, meeting_of, read_of, value_of


def _meeting(body: str, subject: str = "Example Circular No. 1") -> MeetingRecord:
    return meeting_of(body, subject)


def test_a_heading_name_does_not_run_into_the_next_lines_text() -> None:
    meeting = _meeting(
        "Examplia City Dialogue\nThe Example Republic, an observer of the Example Process, "
        "hosted the first ministerial meeting in Example City on 3 and 4 March 2027.\n",
        "Examplia City Dialogue",
    )
    assert value_of(meeting.title) == "Examplia City Dialogue"


def test_a_numbered_name_in_a_heading_does_not_take_the_organiser_below() -> None:
    meeting = _meeting(
        "Example Mission attends 18th Example Forum on Migrant Labour\n"
        "The Example Mission for Migrants participated in the 18th Example Forum on Migrant "
        "Labour, held in Example City on 9-10 September 2027.\n",
        "Example Mission attends 18th Example Forum on Migrant Labour",
    )
    assert value_of(meeting.title) == "18th Example Forum on Migrant Labour"


def test_a_name_wrapped_after_a_connector_goes_on_over_the_article() -> None:
    # guard: "… Forum on\nThe Future of Work" is one name over a line break
    meeting = _meeting(
        "We invite you to the Regional Forum on\nThe Future of Example Work in Bangkok.\n",
        "Invitation",
    )
    assert value_of(meeting.title) == "Regional Forum on The Future of Example Work"


def test_a_name_in_a_list_of_bodies_is_doubted() -> None:
    meeting = _meeting(
        "This paper lists the items referred by the Example Health Assembly and the Example "
        "Board requesting feedback. The Example Health Assembly resolutions are annexed; the "
        "Example Health Assembly will be informed.\n",
        "Coordination of the work of the Example Health Assembly, the Example Board and the "
        "Example Committee",
    )
    title = value_of(meeting.title)
    assert title is not None
    assert title.startswith("Example Health Assembly")
    assert meeting.title is not None
    assert meeting.title.confidence < 0.8
    assert "named in a list of bodies: which one the text is about is a guess" in (
        meeting.title.reasons
    )


def test_a_body_by_its_short_form_before_a_numbered_meeting_names_it() -> None:
    meeting = _meeting("รายละเอียดตามเอกสารแนบ\n", "EXC ไทย–ตัวอย่าง ประชุมครั้งที่ 17 ที่จังหวัดตัวอย่าง")
    name, confidence = read_of(meeting.title_th)
    assert name == "EXC ไทย–ตัวอย่าง ครั้งที่ 17"
    assert confidence < 0.8


def test_a_meeting_named_by_its_number_alone_is_doubted() -> None:
    meeting = _meeting("รายละเอียดตามเอกสารแนบ\n", "เดินหน้าศูนย์ตัวอย่าง ประชุมครั้งที่ 2/69")
    name, confidence = read_of(meeting.title_th)
    assert name == "ประชุมครั้งที่ 2/69"
    assert confidence < 0.8


def test_a_headline_meeting_named_by_whom_it_met_with() -> None:
    meeting = _meeting(
        "รายละเอียดตามเอกสารแนบ\n",
        "กรมตัวอย่าง ประชุมหารือร่วมกับผู้แทนทางการประเทศตัวอย่าง ผ่านระบบ VDO Conference",
    )
    assert value_of(meeting.title_th) == "ประชุมหารือร่วมกับผู้แทนทางการประเทศตัวอย่าง"


def test_a_public_forum_a_local_office_holds() -> None:
    meeting = _meeting("รายละเอียดตามเอกสารแนบ\n", "จัดทำประชาคมรับฟังความคิดเห็นเพื่อกำหนดจุดตัวอย่าง")
    name, confidence = read_of(meeting.title_th)
    assert name == "ประชาคมรับฟังความคิดเห็นเพื่อกำหนดจุดตัวอย่าง"
    assert confidence < 0.8


def test_the_asean_community_is_no_forum() -> None:
    # guard: "ประชาคมอาเซียน" is a community; no one holds it
    meeting = _meeting("รายละเอียดตามเอกสารแนบ\n", "ก้าวสู่ประชาคมอาเซียน")
    assert value_of(meeting.title_th) is None


def test_a_headline_names_a_body_by_its_short_form_then_goes_on_with_news() -> None:
    meeting = _meeting("รายละเอียดตามเอกสารแนบ\n", "ประชุม EXC ไทย-ตัวอย่าง พื้นที่แรกที่ จ.ตัวอย่าง จบลงแล้ว")
    name, confidence = read_of(meeting.title_th)
    assert name == "ประชุม EXC ไทย-ตัวอย่าง"
    assert confidence < 0.8


def test_a_headline_short_form_keeps_its_session() -> None:
    meeting = _meeting("รายละเอียดตามเอกสารแนบ\n", "ไม่ล่มประชุม EXC ไทย-ตัวอย่าง สมัยวิสามัญ ที่จังหวัดตัวอย่าง")
    assert value_of(meeting.title_th) == "ประชุม EXC ไทย-ตัวอย่าง สมัยวิสามัญ"


def test_an_english_name_in_a_thai_frame_goes_on_past_its_short_form() -> None:
    # guard: "การประชุม ASEAN-Example Dialogue on Labour ครั้งที่ 18" is one name
    meeting = _meeting(
        "รายละเอียดตามเอกสารแนบ\n", "ขอเชิญเข้าร่วมการประชุม ASEAN-Example Dialogue on Labour ครั้งที่ 18"
    )
    assert value_of(meeting.title_th) == "การประชุม ASEAN-Example Dialogue on Labour ครั้งที่ 18"


def test_a_groups_call_named_by_its_short_form() -> None:
    meeting = _meeting(
        "1. Confirmation of scribe.\n2. Charter extension\n\nBridge: +1 555 0100 passcode 1234\n",
        "Agenda for April 16 EXWG call",
    )
    assert value_of(meeting.title) == "EXWG call"
    assert meeting.title is not None
    assert meeting.title.confidence < 0.8


def test_a_call_for_papers_names_no_call() -> None:
    # guard: "EXWG call for papers" asks for papers
    meeting = _meeting("Submit by 1 May 2026.\n", "EXWG call for papers")
    assert value_of(meeting.title) is None


def test_a_numbered_body_names_its_session() -> None:
    meeting = _meeting(
        "This website helps members register to participate in the 51st EXA/EXB Example "
        "Committee to be held in Example City from 26 February to 1 March 2027.\n",
        "51st EXA/EXB Example Committee: registration",
    )
    assert value_of(meeting.title) == "51st EXA/EXB Example Committee"


def test_a_gathering_by_its_name_is_doubted() -> None:
    meeting = _meeting(
        "The Ad Hoc Trade Experts Gathering convened online to discuss shared concerns.\n",
        "Virtual Ad Hoc Trade Experts Gathering of the Example Process Task Force",
    )
    assert value_of(meeting.title) == (
        "Virtual Ad Hoc Trade Experts Gathering of the Example Process Task Force"
    )
    assert meeting.title is not None
    assert meeting.title.confidence < 0.8


def test_a_contests_details_page_names_its_contest() -> None:
    meeting = _meeting(
        "ส่งเอกสารการเข้าประกวด ระหว่างวันที่ 7-8 ธันวาคม 2569\n",
        "รายละเอียดการแข่งขัน ระดับภาคตัวอย่าง (EXAMPLE AWARDS 2569)",
    )
    assert value_of(meeting.title_th) == "การแข่งขัน ระดับภาคตัวอย่าง"


def test_a_mail_archives_received_stamp_is_no_meetings_hour() -> None:
    # (a named call made the archive's stamp look like its hour; date_roles reads a "Received
    # on" stamp as the page's own date)
    meeting = _meeting(
        "Agenda for April 16 EXWG call\n\n1. Confirmation of scribe.\n\n--- Issues for this "
        "Call ---\n\n4. ISSUE-318: Scope\n    April 16: M1 (notice): First call "
        "for change requests\n\nBridge: +1 555 0100 passcode 1234\n\n"
        "Received on Wednesday, 16 April 2026 08:04:45 UTC\n",
        "Agenda for April 16 EXWG call",
    )
    start = meeting.start
    assert start is None or start.value != dt.datetime(2026, 4, 16, 8, 4, tzinfo=dt.UTC)


def test_a_pages_meeting_schedule_heading_names_no_meeting() -> None:
    page = (
        "Meetings > Meeting Dates & Locations\n2027 Meeting Schedule\n\n"
        "May 3rd, 2027: special committee meeting via Zoom at 9 AM\n"
    )
    notice = Attachment("schedule.pdf", "application/pdf", len(page), text=page)
    doc = mail(
        "Please find the notice attached.\n",
        "Example Tourism Zone: 2027 Meeting Schedule",
        attachments=(notice,),
    )
    title = extract(doc).meeting.title
    assert title is None or "Locations" not in title.value  # the heading of a page of dates


def test_a_discussion_numbered_by_its_session_is_a_name() -> None:
    meeting = _meeting(
        "เมื่อวันที่ 25 มีนาคม กองบัญชาการตัวอย่าง ร่วมกับภูมิภาคทหารตัวอย่าง "
        "จัดประชุมหารือความมั่นคงชายแดน สมัยวิสามัญ ณ จุดผ่านแดนตัวอย่าง\n",
        "กองบัญชาการตัวอย่าง ถกภูมิภาคทหารตัวอย่าง แก้ปัญหาด้วยสันติวิธี",
    )
    assert value_of(meeting.title_th) == "ประชุมหารือความมั่นคงชายแดน สมัยวิสามัญ"


def test_a_discussion_without_a_session_names_no_meeting() -> None:
    # guard: "จัดประชุมหารือแนวทาง…" says what was discussed, not which meeting
    meeting = _meeting(
        "กรมตัวอย่าง จัดประชุมหารือแนวทางการจ้างงานตัวอย่าง ณ ห้องประชุมกรม\n",
        "กรมตัวอย่าง หารือแนวทางการจ้างงาน",
    )
    assert value_of(meeting.title_th) is None
