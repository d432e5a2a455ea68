"""Which English name is the meeting's when a text names several (issue 13, titles class
"the name of another event of the text"): the one the subject points at by number or short
form; a tie between two meetings' names, or an English name in a Thai text, is left for a
person to check (under the review threshold); a conference centre is a place."""

from __future__ import annotations

from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import REVIEW_AT, extract, mail


def _meeting(subject: str, body: str) -> MeetingRecord:
    return extract(mail(body, subject)).meeting


TWO_MEETINGS = (
    "The Minister will travel to Geneva from 3 to 14 June 2026 to participate in the 114th "
    "Session of the International Labour Conference. While there, the delegation will also "
    "attend the Second Annual Forum of the World Alliance for Decent Work.\n"
)


def test_the_subject_points_at_the_body_name_by_its_number():
    title = _meeting("Delegation leaves for the 114th ILO gathering in Geneva", TWO_MEETINGS).title
    assert title is not None
    assert title.value == "114th Session of the International Labour Conference"


def test_the_subject_points_at_the_body_name_by_its_initials():
    title = _meeting("Minister to Attend the ILC in Geneva", TWO_MEETINGS).title
    assert title is not None
    assert title.value == "114th Session of the International Labour Conference"


def test_two_meetings_named_as_well_leave_the_name_to_a_person():
    title = _meeting("Minister travels to Geneva", TWO_MEETINGS).title
    assert title is not None
    assert title.confidence < REVIEW_AT
    assert any("another meeting's name" in reason for reason in title.reasons)


def test_an_english_name_in_a_thai_text_is_checked():
    body = (
        "ผู้อำนวยการเข้าร่วมงานแถลงข่าวการเป็นเจ้าภาพการจัดงาน The Asia Routes Development "
        "Forum 2027 ณ โรงแรมในจังหวัดเชียงใหม่ โดยมีผู้ว่าราชการจังหวัดเป็นประธานแถลงข่าว "
        "ซึ่งงานดังกล่าวเป็นงานเจรจาธุรกิจด้านการบินที่ใหญ่ที่สุดในภูมิภาค\n"
    )
    title = _meeting("แถลงข่าวการจัดงาน The Asia Routes Development Forum 2027", body).title
    assert title is not None
    assert title.confidence < REVIEW_AT


def test_a_conference_centre_is_no_meeting_name():
    meeting = _meeting(
        "Expert group meeting - Information for Participants (5 March 2026, UNCC)",
        "The meeting will take place at the United Nations Conference Centre, Bangkok.\n",
    )
    assert meeting.title is None or "Centre" not in meeting.title.value


def test_a_name_whose_place_wraps_onto_the_next_line_is_what_was_convened():
    body = (
        "With the Minister of Overseas Workers presiding and the Manila Dialogue (MD) in the\n"
        "chair this year, the Manila Dialogue Envoys' Meeting in\n"
        "Manila was convened by the Ministry on 5 January 2026.\n"
    )
    title = _meeting("Envoys of the Manila Dialogue gather", body).title
    assert title is not None
    assert title.value == "Manila Dialogue Envoys' Meeting"


def test_a_spaced_dash_between_two_capitalised_words_stays_in_the_name():
    body = (
        "The ministry has been appointed as the network's chairman for 2026. A 24th ASEAN – "
        "OSHNET Coordinating Board Meeting (24th CBM) took place in Kuala Lumpur today.\n"
    )
    title = _meeting("Ministry appointed as network chairman", body).title
    assert title is not None
    assert title.value == "24th ASEAN – OSHNET Coordinating Board Meeting"
