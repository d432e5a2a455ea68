"""Titles in the forms of round eight's failure classes (issue 13, T1-T4; the texts here are
invented in each class's shape): Thai events after a postponement or cancellation, names
without a meeting noun the rules knew, names cut or run on, and organisers taken for a name."""

from __future__ import annotations

import pytest

from bot.understanding.fields.title_th_phrase import thai_name
from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import extract, mail


def _record(subject: str, body: str) -> MeetingRecord:
    return extract(mail(body, subject)).meeting


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # T1: a market fair, an anniversary's activities, a ceremony, a concert, a service
        ("ประกาศยกเลิกการจัดงานตลาดนัดสินค้าชุมชน ครั้งที่ 7", "ตลาดนัดสินค้าชุมชน ครั้งที่ 7"),
        (
            "เลื่อนการจัดกิจกรรมวันครบรอบ 30 ปี โรงเรียนบ้านตัวอย่าง ออกไปก่อน",
            "กิจกรรมวันครบรอบ 30 ปี โรงเรียนบ้านตัวอย่าง",
        ),
        ("ยกเลิกพิธีมอบรางวัลครูดีเด่น ประจำปี 2569", "พิธีมอบรางวัลครูดีเด่น ประจำปี 2569"),
        ("เลื่อนการจัดคอนเสิร์ตการกุศล ครั้งที่ 4", "คอนเสิร์ตการกุศล ครั้งที่ 4"),
        (
            "งดกิจกรรมกงสุลสัญจร ประจำปี 2569 เนื่องจากสถานการณ์น้ำท่วม",
            "กิจกรรมกงสุลสัญจร ประจำปี 2569",
        ),
        # T2: a directors' meeting across the country, numbered by its Thai year
        (
            "การประชุมผู้อำนวยการสำนักงานจัดหางานทั่วประเทศ ครั้งที่ 2/2569",
            "การประชุมผู้อำนวยการสำนักงานจัดหางานทั่วประเทศ ครั้งที่ 2/2569",
        ),
        # T3: a council's own name and its session numbered in words
        (
            "ประกาศเรียกประชุมสภาองค์การบริหารส่วนตำบลบ้านตัวอย่าง สมัยสามัญ สมัยที่สอง ครั้งที่ 1",
            "ประชุมสภาองค์การบริหารส่วนตำบลบ้านตัวอย่าง สมัยสามัญ สมัยที่สอง ครั้งที่ 1",
        ),
        (
            "สภาองค์การบริหารส่วนตำบลบ้านตัวอย่าง สมัยสามัญ สมัยที่สาม ครั้งที่ 2 ประจำปี 2569",
            "สภาองค์การบริหารส่วนตำบลบ้านตัวอย่าง สมัยสามัญ สมัยที่สาม ครั้งที่ 2 ประจำปี 2569",
        ),
        # a session numbered past ten in words is one number, not "สิบ" and a loose "สอง"
        (
            "ประกาศเรียกประชุมสภาเทศบาลตำบลตัวอย่าง สมัยวิสามัญ สมัยที่สิบสอง ครั้งที่ 1",
            "ประชุมสภาเทศบาลตำบลตัวอย่าง สมัยวิสามัญ สมัยที่สิบสอง ครั้งที่ 1",
        ),
    ],
)
def test_thai_event_and_council_names(phrase, name):
    found = thai_name(phrase)
    assert found is not None
    assert found[0] == name


@pytest.mark.parametrize(
    ("phrase"),
    [
        "ผลการดำเนินกิจกรรมของโรงเรียน",  # an activity's results, inside a phrase: no event
        "พิธีการศุลกากรสำหรับสินค้า",  # customs formalities follow no notice's verb
    ],
)
def test_an_event_noun_inside_another_phrase_is_no_event(phrase):
    assert thai_name(phrase) is None


def test_a_headings_list_of_what_a_page_holds_is_no_event():
    assert thai_name("กิจกรรมและกำหนดการ การสัมมนาวิชาการ") == ("การสัมมนาวิชาการ", False)


def test_a_thai_events_name_without_a_meeting_noun_is_given_under_review():
    record = _record("ประกาศยกเลิกการจัดงานตลาดนัดสินค้าชุมชน ครั้งที่ 7", "รายละเอียดตามเอกสาร\n")
    assert record.title_th is not None
    assert record.title_th.value == "ตลาดนัดสินค้าชุมชน ครั้งที่ 7"
    assert record.title_th.confidence < 0.8


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (  # T2: a project's call
            "Example Project Weekly Call",
            "The call is on Tuesday, 14 April 2026 at 15:00 UTC on Zoom.\n",
            "Example Project Weekly Call",
        ),
        (  # T2: a joint commission by its letters
            "Notice: 5th Thailand – Examplia JC",
            "The meeting will be held in Bangkok on 20-21 April 2026.\n",
            "5th Thailand – Examplia JC",
        ),
        (  # T2: a body's meeting with a lower-case word between
            "Example Council organizational meeting",
            "The council will meet on 14 April 2026 at 10:00 in the Town Hall.\n",
            "Example Council organizational meeting",
        ),
        (  # T2: held over video or telephone
            "Organizing Committee's Video/Teleconference Session",
            "The session will be on 14 April 2026 at 09:00.\n",
            "Organizing Committee's Video/Teleconference Session",
        ),
        (  # T2: a heading in capitals naming two meetings
            "Invitation",
            "THE SYMPOSIUM ON LABOUR MOBILITY AND THE INFORMAL SENIOR OFFICIALS MEETING\n"
            "Bangkok, 20-21 April 2026\nWe are pleased to invite you to attend.\n",
            "Symposium on Labour Mobility and the Informal Senior Officials Meeting",
        ),
        (  # T3: a sentence's end ends the name
            "Notice",
            "We are pleased to invite you to the 40th Session of the Committee on Examples of "
            "EXCOM. The Director-General will open it on 20 April 2026.\n",
            "40th Session of the Committee on Examples of EXCOM",
        ),
        (  # T4: the organisers, one defined by its letters, are not the workshop
            "Invitation",
            "The International Organization for Examples (IOE) and the Example Forum in Asia "
            "invite you to the Regional Workshop on Fair Recruitment on 20 April 2026.\n",
            "Regional Workshop on Fair Recruitment",
        ),
    ],
)
def test_english_names_without_a_known_noun_or_cut_at_a_sentence(subject, body, title):
    record = _record(subject, body)
    assert record.title is not None
    assert record.title.value == title


def test_a_meeting_by_its_letters_alone():
    record = _record("Example Club AGM postponed", "This year's AGM is postponed to 20 May 2026.\n")
    assert record.title is not None
    assert record.title.value == "Example Club AGM"
    assert record.title.confidence < 0.8


def test_a_call_for_papers_is_no_call_meeting():
    record = _record("Example Society Call for Papers", "Submit abstracts by 20 April 2026.\n")
    assert record.title is None or "Call" not in record.title.value


def test_a_name_without_a_meeting_noun_is_given_under_review():
    record = _record("Example Project Weekly Call", "Tuesday, 14 April 2026 at 15:00 UTC.\n")
    assert record.title is not None
    assert record.title.confidence < 0.8


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "5th International Conference on Example Studies: Important Dates",
            "Important dates\nPaper submission deadline: 10 March 2026\nNotification of "
            "acceptance: 1 April 2026\nConference: 20-22 May 2026\n",
        ),
        (
            "กำหนดการสำคัญ การประชุมวิชาการระดับชาติ ครั้งที่ 5",
            "ส่งบทความฉบับสมบูรณ์ภายใน 10 มีนาคม 2569\nแจ้งผลการพิจารณา 1 เมษายน 2569\n"
            "วันประชุม 20 พฤษภาคม 2569\n",
        ),
    ],
)
def test_an_important_dates_pages_name_is_given_under_review(subject, body):
    record = _record(subject, body)
    assert record.title is not None or record.title_th is not None
    for title in (record.title, record.title_th):
        assert title is None or title.confidence < 0.8


def test_an_invitation_to_a_conference_keeps_its_names_confidence():
    record = _record(
        "5th International Conference on Example Studies",
        "We are pleased to invite you to the 5th International Conference on Example Studies, "
        "20-22 May 2026, Bangkok. Abstract submission closes on 10 March 2026.\n",
    )
    assert record.title is not None
    assert record.title.confidence >= 0.8


@pytest.mark.parametrize(
    "body",
    [
        # T2: a heading opening the text, closed by its numbers
        "การประชุมผู้อำนวยการสำนักงานตัวอย่างทั่วประเทศ ครั้งที่ 2/2569\nวันที่ 1 เมษายน 2569 ณ โรงแรมตัวอย่าง\n",
    ],
)
def test_a_thai_directors_meeting_named_by_its_heading(body):
    record = _record("ข่าวประชาสัมพันธ์", body)
    assert record.title_th is not None
    assert record.title_th.value == "การประชุมผู้อำนวยการสำนักงานตัวอย่างทั่วประเทศ ครั้งที่ 2/2569"
    assert record.title_th.confidence < 0.8


def test_a_first_line_that_goes_on_as_a_sentence_is_no_heading():
    body = "การประชุมครั้งนี้มีผู้เข้าร่วมจำนวนมาก และได้ข้อสรุปหลายประการ\n"
    assert _record("ข่าวประชาสัมพันธ์", body).title_th is None


def test_a_noun_followed_by_marks_only_names_nothing():
    assert thai_name("การประชุม !!!") is None


def test_a_notice_opening_a_councils_session_names_the_council_under_review():
    phrase = "ประกาศเปิดสมัยประชุมสภาองค์การบริหารส่วนตำบลบ้านตัวอย่าง สมัยสามัญ สมัยที่ 2 ประจำปี 2569"
    found = thai_name(phrase)
    assert found == ("สภาองค์การบริหารส่วนตำบลบ้านตัวอย่าง สมัยสามัญ สมัยที่ 2 ประจำปี 2569", True)
    record = _record(phrase, "รายละเอียดตามประกาศ\n")
    assert record.title_th is not None
    assert record.title_th.confidence < 0.8


def test_a_councils_session_periods_name_no_meeting():
    # the periods a council sits in over a year, not one meeting (a guard)
    assert thai_name("กำหนดสมัยประชุมสภาเทศบาลตำบลตัวอย่าง สมัยสามัญ ประจำปี 2569") is None


def test_a_news_leads_numbered_meeting_in_a_cover_notes_attachment_is_named():
    body = (
        "เรียน ผู้เกี่ยวข้อง\n\nรายละเอียดตามเอกสารแนบ\n\n"
        "--- attachment: news.pdf ---\n"
        "ไทย-ตัวอย่าง ประชุม ชื่นมื่น เห็นพ้องความร่วมมือด้านแรงงาน\n"
        "ไทย-ตัวอย่าง ชื่นมื่น ประชุมร่วมรัฐมนตรีอย่างไม่เป็น\nทางการไทย – ตัวอย่าง ครั้งที่ 3 ณ เมืองตัวอย่าง\n"
    )
    record = extract(mail(body, "ข่าว")).meeting
    assert record.title_th is not None
    assert record.title_th.value == "ประชุมร่วมรัฐมนตรีอย่างไม่เป็นทางการไทย – ตัวอย่าง ครั้งที่ 3"
    assert record.title_th.confidence < 0.8


def test_a_resolution_of_another_meeting_cites_it_without_naming_the_notices():
    phrase = "องค์การบริหารส่วนตำบลตัวอย่าง ได้มีมติในการประชุมสภาองค์การบริหารส่วนตำบล ครั้งที่ 1"
    assert thai_name(phrase) is None


_ZOOM = (
    "Example Org is inviting you to a scheduled Zoom meeting.\n\nTopic: {topic}\n"
    "Time: Apr 14, 2026 02:00 PM Bangkok\n\nJoin Zoom Meeting\n"
    "https://example.zoom.us/j/81234567890\n"
)


def test_a_conferencing_invitations_topic_names_a_meeting_without_a_noun_under_review():
    record = _record("Zoom meeting invitation", _ZOOM.format(topic="Example Project Weekly Sync"))
    assert record.title is not None
    assert record.title.value == "Example Project Weekly Sync"
    assert record.title.confidence < 0.8


def test_zooms_default_topic_names_nothing():
    # a guard: the service's own default is no host's name for the meeting
    assert _record("Zoom meeting invitation", _ZOOM.format(topic="My Meeting")).title is None
