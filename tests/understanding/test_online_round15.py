"""Round fifteen (calib20): a password label with an aside, a telephone line's access code."""

from __future__ import annotations

from bot.config.output_sections import REVIEW_THRESHOLD
from tests.understanding.helpers import meeting_of


def _sessions(body: str) -> list[tuple[str | None, str | None, float]]:
    return [(s.meeting_id, s.passcode, s.confidence) for s in meeting_of(body).online_meetings]


def test_a_password_is_read_past_an_aside_before_its_colon() -> None:
    # "Event password (if prompted): …", as an ID's label already may carry an aside
    body = (
        "Join the event: https://example.webex.com/example/onstage/g.php?MTID=e0a1b2\n"
        "Event number (if prompted): 123 456 7890\n"
        "Event password (if prompted): Ab12cdEF\n"
    )
    assert _sessions(body) == [("1234567890", "Ab12cdEF", 0.95)]


def test_a_thai_password_is_read_past_an_aside() -> None:
    body = "ลิงก์ประชุม https://zoom.us/j/1234567890\nรหัสผ่าน (ถ้ามี): ab12cd\n"
    assert _sessions(body) == [("1234567890", "ab12cd", 0.95)]


def test_an_aside_before_words_not_a_code_leaves_the_session_under_review() -> None:
    # the password is said to exist and not given: the session cannot be joined as written
    body = "Join https://zoom.us/j/1234567890\nPassword (if prompted): sent to members by e-mail.\n"
    ((meeting_id, passcode, confidence),) = _sessions(body)
    assert (meeting_id, passcode) == ("1234567890", None)
    assert confidence < REVIEW_THRESHOLD


def test_an_aside_without_a_colon_gives_no_password() -> None:
    # guard: only a label's colon after the aside makes what follows the password
    body = "Join https://zoom.us/j/1234567890 with the password (see the attachment) today\n"
    assert _sessions(body) == [("1234567890", None, 0.95)]


def test_a_telephone_lines_access_code_is_no_online_meeting() -> None:
    body = (
        "Watch the webinar from our website.\n"
        "CALL-IN OPTION: To listen by phone, dial +1 (555) 010-0000. The access code is"
        " 925-000-373. Your phone charges apply.\n"
    )
    assert _sessions(body) == []


def test_an_access_code_beside_a_link_with_it_stays_the_meetings_id() -> None:
    # guard: GoToMeeting's page gives the link and, to dial in, the same number
    body = (
        "Please join my meeting: https://global.example-meeting.com/join/494000581\n"
        "You may also dial in using your phone: +1 (555) 010-3212\n"
        "Access Code: 494-000-581\n"
    )
    assert [meeting_id for meeting_id, _, _ in _sessions(body)] == ["494000581"]


def test_an_access_code_of_a_named_platform_stays_the_meetings_id() -> None:
    # guard: Zoom's or Webex's access code typed by phone is the meeting's
    body = "Zoom meeting, by telephone.\nDial in: 1-555-010-6099\nAccess Code: 893 6000 2734\n"
    assert [meeting_id for meeting_id, _, _ in _sessions(body)] == ["89360002734"]
