"""Round nine, second pass: title classes left on test9 and the other read parts
(tests/realmail/FAILURES.md, "Round nine, second pass (titles13)"), each in an invented text
of the class's shape."""

from __future__ import annotations

from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import extract, mail


def _meeting(body: str, subject: str = "Example news") -> MeetingRecord:
    return extract(mail(body, subject)).meeting


def test_a_lower_case_meeting_of_a_named_body_is_a_name_under_review() -> None:
    meeting = _meeting(
        "A joint committee meeting of the Example River Commission (ERC) scheduled for today "
        "and tomorrow has been put off indefinitely, an official said yesterday.\n",
        "River panel on hold",
    )
    assert meeting.title is not None
    assert meeting.title.value.endswith("meeting of the Example River Commission")
    assert meeting.title.confidence < 0.8


def test_a_body_named_before_its_lower_case_meeting_is_a_name() -> None:
    meeting = _meeting(
        "EXAMPLEVILLE – Due to a light agenda, the Example Town Council meeting scheduled for "
        "Wednesday, Aug. 21 has been cancelled.\n",
        "Town cancels summer council meeting",
    )
    assert meeting.title is not None
    assert meeting.title.value == "Example Town Council meeting"
    assert meeting.title.confidence < 0.8


def test_another_body_named_once_does_not_outrank_a_meeting_said_twice() -> None:
    # guard: "the meeting of the Council" (twice, one capitalised word) is the text's meeting;
    # "the Executive Board meeting" that sets its agenda is not named for it
    meeting = _meeting(
        "The August meeting of the Council was held online. Thursday, September 10th will be the "
        "next regular meeting of the Council. Its agenda will be set at the next Example "
        "Board meeting on Monday.\n",
        "Feedback on the August meeting",
    )
    assert meeting.title is None


def test_a_programme_for_a_cause_is_no_meeting() -> None:
    # guard: a lower-case "programme for <Name>" names a plan, not a gathering
    meeting = _meeting(
        "The campaign is part of the programme for Example Responsibility in Ending Example "
        "Harm, run with partners in Example City.\n",
        "Labour day campaign",
    )
    assert meeting.title is None


def _thai_title(meeting: MeetingRecord) -> str | None:
    return meeting.title_th.value if meeting.title_th else None


def test_a_thai_discussion_held_online_with_whom_is_named_by_whom() -> None:
    headline = "สถานเอกอัครราชทูต ณ กรุงตัวอย่าง ประชุมหารือในรูปแบบออนไลน์กับแกนนำชุมชนไทยในเมืองตัวอย่าง"
    meeting = _meeting(f"{headline}\n\nเมื่อวันที่ 27 เม.ย. 2564 เอกอัครราชทูตได้ประชุมหารือ\n", headline)
    assert _thai_title(meeting) == ("ประชุมหารือในรูปแบบออนไลน์กับแกนนำชุมชนไทยในเมืองตัวอย่าง")
    assert meeting.title_th is not None
    assert meeting.title_th.confidence < 0.8


def test_a_thai_name_still_ends_before_how_it_is_held() -> None:
    # guard: a name its noun opens ("การประชุมคณะทำงาน…") ends before how it is held, with
    # whomever
    subject = "ขอเชิญเข้าร่วมการประชุมคณะทำงานตัวอย่างในรูปแบบออนไลน์กับผู้แทนหน่วยงาน"
    meeting = _meeting("ขอเชิญเข้าร่วมการประชุมตามกำหนดการแนบ\n", subject)
    assert _thai_title(meeting) == "การประชุมคณะทำงานตัวอย่าง"


def test_a_discussion_headline_names_the_talk_not_the_summit_it_reports_to() -> None:
    meeting = _meeting(
        "Example Ministry Joins Discussions on the Example Outlook\n\nOn 3 March 2027 the "
        "Permanent Secretary joined remote discussions with senior officials of member "
        "countries. The Example Outlook will be presented to the leaders at the 40th Example "
        "Summit in November 2027.\n",
        "Example Ministry Joins Discussions on the Example Outlook",
    )
    assert meeting.title is not None
    assert meeting.title.value == "Example Ministry Joins Discussions on the Example Outlook"
    assert meeting.title.confidence < 0.8


def test_a_discussion_at_a_named_meeting_keeps_the_meetings_name() -> None:
    # guard: the talk took place at a meeting (no summit) the text names
    meeting = _meeting(
        "The draft declaration was the main topic of discussion at the 12th Example Senior "
        "Officials Meeting (ESOM) held yesterday in Example City.\n",
        "Example officials discuss draft declaration",
    )
    assert meeting.title is not None
    assert meeting.title.value == "12th Example Senior Officials Meeting"


def test_a_bodys_session_under_its_heading_is_named() -> None:
    meeting = _meeting(
        "EXAMPLE COMMITTEE EXR/EC12/1 Rev. 1\nTwelfth session 19 July 2027\nExample City\n"
        "PROVISIONAL AGENDA\n1. Opening of the session\n2. Adoption of the agenda\n",
        "EC12 note to partners",
    )
    assert meeting.title is not None
    assert meeting.title.value == "Example Committee, Twelfth session"
    assert meeting.title.confidence < 0.8


def test_a_bodys_session_after_a_colon_is_named() -> None:
    meeting = _meeting(
        "Example Regional Committee for Examplia: sixty-eight session\n\nThe committee meets in "
        "Example City from 17 to 20 September 2027.\n",
        "Example Regional Committee for Examplia: sixty-eight session",
    )
    assert meeting.title is not None
    assert meeting.title.value == "Example Regional Committee for Examplia, sixty-eight session"
