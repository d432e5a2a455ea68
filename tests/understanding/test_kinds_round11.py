"""Message kinds and passcodes in the forms of round eleven's failure classes
(tests/realmail/FAILURES.md, "Round eleven fixes (kinds15)"; the texts are invented in each
class's shape)."""

from __future__ import annotations

import pytest

from bot.understanding.fields.online import find_online_meetings
from bot.understanding.fields.text import MessageText
from bot.understanding.record import MessageKind
from tests.understanding.helpers import REVIEW_AT, kind_of


# P1: a short password alone on its labelled line is the password.
def test_a_three_letter_password_on_its_own_line_is_read() -> None:
    body = (
        "- Meeting Number: 812 345 678\n"
        "- Meeting Password: xyz\n"
        "- Meeting URL: https://example.webex.com/example/j.php?MTID=m0123456789abcdef\n"
    )
    (session, *_) = find_online_meetings(MessageText.of(body))
    assert (session.meeting_id, session.passcode) == ("812345678", "xyz")


# P2: a word that says a password exists, or where to get it, is no password, and a session
# whose password was said but not read is not trusted.
@pytest.mark.parametrize(
    "body",
    [
        (
            "Meeting Number: 812 345 678\n"
            "Meeting Password: ask the secretariat of the Example Group\n"
            "1. Go to https://example.webex.com/example/j.php?MTID=m0123456789abcdef\n"
            "2. When prompted for a password, type in the meeting password: "
            "(from the secretariat)\n"
        ),
        (
            "Meeting Number: 812 345 678\n"
            "Please note the session is password protected.\n"
            "Join: https://example.webex.com/example/j.php?MTID=m0123456789abcdef\n"
        ),
        (
            "หมายเลขการประชุม: 812 345 678\n"
            "รหัสผ่าน: ขอได้ที่ฝ่ายเลขานุการ\n"
            "ลิงก์: https://example.webex.com/example/j.php?MTID=m0123456789abcdef\n"
        ),
    ],
)
def test_a_password_said_and_not_given_is_none_and_not_trusted(body: str) -> None:
    (session,) = find_online_meetings(MessageText.of(body))
    assert session.meeting_id == "812345678"
    assert session.passcode is None
    assert session.confidence < REVIEW_AT


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # guard: a code of letters alone on its line, and a number ending a sentence
        ("Meeting ID: 812 3456 7890\nPasscode: sunflower\n", "sunflower"),
        ("Meeting ID: 812 3456 7890\nPasscode: sunflower (case sensitive)\n", "sunflower"),
        ("The meeting ID is 812 3456 7890 and the password is 497626.\n", "497626"),
        ("Meeting ID: 812 3456 7890\nPasscode: Ex2026! (case sensitive)\n", "Ex2026!"),
        ("รหัสประชุม: 812 3456 7890\nรหัสผ่าน: 246810\n", "246810"),
    ],
)
def test_a_given_password_is_still_read_and_trusted(body: str, code: str) -> None:
    link = "Join: https://example.zoom.us/j/81234567890\n"
    (session,) = find_online_meetings(MessageText.of(link + body))
    assert session.passcode == code
    assert session.confidence >= REVIEW_AT


def test_a_platform_help_page_is_no_meeting_link() -> None:
    body = (
        "To comment by video, raise your hand. Instructions are available at: "
        "https://support.zoom.us/hc/ja/articles/360031245\n"
    )
    assert find_online_meetings(MessageText.of(body)) == ()


# K1: a message that mentions a reminder sent before, or lists one as an item, is no reminder.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Call for nominations: Example Advisory Committee",
            "Parties were invited to nominate one expert and a reminder was sent out on "
            "8 May 2026. Parties that did not do so are invited to nominate an expert by "
            "30 April 2026. The second meeting of the Committee will be held from 15 to 17 "
            "June 2026.\n",
        ),
        (
            "Example Club AGM online, Thursday 24 September",
            "The AGM will be held on Zoom at 7.30 pm on Thursday 24 September 2026. "
            "Nominations for the incoming committee are due to me by 22 September. A few days "
            "ago I sent a reminder to several members about paying their yearly fees.\n",
        ),
    ],
)
def test_a_reminder_sent_before_makes_no_follow_up(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.INVITATION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # guard: the message says it is a reminder
        (
            "Reminder: next meeting Wednesday, 15 April 2026",
            "Hi everyone, our next meeting will be on Wednesday 15 April 2026 at 10:00.\n",
        ),
        (
            "Example Group meeting, 15 April 2026",
            "This is a reminder that the next Example Group meeting is on 15 April 2026 at "
            "10:00 in Room 2.\n",
        ),
    ],
)
def test_a_reminder_said_of_this_message_is_a_follow_up(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.UPDATE


# K2: the organiser's page of a dated meeting that gives its meeting ID, asks to register, or
# names its place as a field in its head: an invitation.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "2026-04-20 Telecon (Example Community Group)",
            "Example Community Group call, 20 April 2026, 15:00 UTC\n"
            "Agenda\n* Work items\n* Any other business\n"
            "Zoom: https://example.zoom.us/j/81234567890\nMeeting ID: 812 3456 7890\n",
        ),
        (
            "Workshop 2: Example Topic (30 April 2026, online)",
            "30 April 2026, 10.30-12.00\nWorkshop 2: Example Topic\n"
            "This workshop will look at the structure of the Example Process.\n"
            "Please register through our booking page. The session will be held online.\n",
        ),
        (
            "5th Example Dialogue Steering Group meeting, Example City, 22 April 2026",
            "5th Example Dialogue Steering Group meeting\nWednesday, 22 April 2026, 9:00 - 17:00\n"
            "Location: Example City, Example Country\n"
            "The Steering Group will discuss the structure of its next report.\n",
        ),
        (
            "การประชุมคณะทำงานตัวอย่าง ครั้งที่ 3/2569",
            "การประชุมคณะทำงานตัวอย่าง ครั้งที่ 3/2569\nวันพุธที่ 22 เมษายน 2569 เวลา 09.30 น.\n"
            "สถานที่: ห้องประชุม 1 อาคารตัวอย่าง\nวาระ: ติดตามผลการดำเนินงาน\n",
        ),
    ],
)
def test_an_organisers_page_that_says_how_to_take_part_invites(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.INVITATION


def test_a_place_field_far_down_a_page_is_no_event_page() -> None:
    # guard: a desk's "Location:" deep in a long page of another kind is no event's header
    body = (
        "5th Example Dialogue Steering Group meeting\nWednesday, 22 April 2026\n"
        + "The Steering Group will discuss the structure of its next report and the results of "
        "the surveys sent out in February. "
        * 6
        + "\nLibrary desk\nLocation: ground floor, next to the entrance\n"
    )
    assert kind_of("5th Example Dialogue Steering Group meeting", body) is MessageKind.UPDATE


# K3: a page whose title names it a page of formalities is a circular, dated or not.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Tenth Example Summit, 10-12 December 2026, Example City: Logistics Note for "
            "Participants",
            "Tenth Example Summit 10 - 12 December 2026 Example City\nLOGISTICS NOTE FOR "
            "PARTICIPANTS\nThe Summit will be held on 10-12 December 2026 at the Example "
            "Convention Centre. Airport transfers will be provided.\n",
        ),
        (
            "Fellowships for Example Union events: workshop, Example City, 20-23 May 2026",
            "Fellowships for Example Union events\nEach eligible Member State may receive one "
            "full or two partial fellowships for the workshop, 20-23 May 2026.\n",
        ),
        (
            "การประชุมวิชาการตัวอย่าง ครั้งที่ 5: คู่มือผู้เข้าร่วมประชุม",
            "คู่มือผู้เข้าร่วมประชุม\nการประชุมวิชาการตัวอย่าง ครั้งที่ 5 วันที่ 20-21 พฤษภาคม 2569 "
            "ณ ศูนย์ประชุมตัวอย่าง\nการเดินทาง ที่พัก และการลงทะเบียนหน้างาน\n",
        ),
    ],
)
def test_a_page_titled_as_formalities_is_a_circular(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.CIRCULAR


def test_formalities_named_only_deep_in_a_page_make_no_circular() -> None:
    # guard: a meeting page that mentions its logistics note in passing is no such note
    body = (
        "5th Example Dialogue Steering Group meeting\nWednesday, 22 April 2026\n"
        + "The Steering Group will discuss the structure of its next report and the results of "
        "the surveys sent out in February. "
        * 6
        + "\nA logistics note for participants will follow.\n"
    )
    assert kind_of("5th Example Dialogue Steering Group meeting", body) is not MessageKind.CIRCULAR


# K4: the report a meeting will adopt is an item of its agenda, not a report.
def test_the_report_a_meeting_will_adopt_makes_no_report() -> None:
    body = (
        "Example Regional Meeting, 12-15 December 2026\n"
        "The first sitting opens at 10am with the choice of the Chair.\n"
        "The Regional Meeting closes on Tuesday 15 December, adopting the "
        "report of the Meeting.\n"
    )
    assert kind_of("Example Regional Meeting: programme", body) is not MessageKind.REPORT


def test_a_meetings_report_is_still_a_report() -> None:
    # guard
    body = (
        "Report of the Example Regional Meeting, held on 12-15 March 2026\n"
        "The Meeting adopted its conclusions on the last day.\n"
    )
    assert kind_of("Report of the Example Regional Meeting", body) is MessageKind.REPORT


# K5: joining details sent to one who has signed up follow the registration.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Example Expert Group Meeting, 14 May 2026 (virtual) - joining details",
            "Dear Participant,\nThank you for registering for the virtual Example Expert Group "
            "Meeting. The meeting will be held online on 14 May 2026 from 13:00.\n"
            "Join: https://example.zoom.us/j/81234567890\nMeeting ID: 812 3456 7890\n",
        ),
        (
            "การประชุมออนไลน์ตัวอย่าง วันที่ 14 พฤษภาคม 2569",
            "ขอบคุณที่ลงทะเบียนเข้าร่วมการประชุมออนไลน์ตัวอย่าง วันที่ 14 พฤษภาคม 2569 เวลา 13.00 น.\n"
            "ลิงก์: https://example.zoom.us/j/81234567890\nMeeting ID: 812 3456 7890\n",
        ),
    ],
)
def test_joining_details_for_a_registrant_are_an_update(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.UPDATE


def test_thanks_for_interest_with_a_way_to_register_is_no_follow_up() -> None:
    # guard: an organiser's page thanks readers for their interest and asks them to register
    body = (
        "Thank you for your interest in the Example Expert Group Meeting on 14 May 2026. "
        "Please register via the form below.\n"
    )
    assert kind_of("Example Expert Group Meeting, 14 May 2026", body) is MessageKind.INVITATION


# K6: a governing body's paper deciding on a meeting (its composition, whom to invite) is read
# for information.
def test_a_governing_bodys_paper_on_a_meeting_is_a_circular() -> None:
    body = (
        "Membership and programme of meetings in 2026\n"
        "Example Meeting of Experts (Geneva, 21-25 April 2026)\n"
        "1. The Council may wish to authorise the Secretary-General to invite the "
        "Example Federation to send one observer to the meeting.\n"
    )
    assert kind_of("GB.400: Composition of meetings", body) is MessageKind.CIRCULAR


def test_an_invitation_that_names_the_governing_body_still_invites() -> None:
    # guard: a subject that invites is believed
    body = (
        "The Council may wish to authorise the Secretary-General to publish the "
        "report. We invite you to the Example Meeting of Experts, Geneva, 21-25 April 2026.\n"
    )
    subject = "Invitation: Example Meeting of Experts, 21-25 April 2026"
    assert kind_of(subject, body) is MessageKind.INVITATION


# K7: a dated page that sets out its own agenda under a heading, or asks those entitled to use
# their right at the meeting, says how to take part in it.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "2026-04-22 Telecon (Example Community Group)",
            "Example Community Group call on 22 April 2026 at 15:00 UTC.\n"
            "We are using Zoom for the meeting; see the member archive for the details.\n"
            "## Agenda\n* Work items\n* Any other business\n",
        ),
        (
            "หน่วยงานตัวอย่างขอให้ผู้ถือหุ้นกู้ใช้สิทธิในการประชุมผู้ถือหุ้นกู้ วันที่ 20 เมษายน 2569",
            "หน่วยงานตัวอย่างขอให้ผู้ถือหุ้นกู้ของบริษัทตัวอย่าง ใช้สิทธิในการประชุมผู้ถือหุ้นกู้ "
            "ครั้งที่ 1/2569 ในวันที่ 20 เมษายน 2569 ศึกษาข้อมูลให้ครบถ้วนก่อนลงมติ\n",
        ),
        (
            "Example Company bondholders' meeting, 20 April 2026",
            "Holders of the Example Company bonds are urged to exercise their right to vote at "
            "the meeting of bondholders on 20 April 2026.\n",
        ),
    ],
)
def test_a_dated_page_that_says_how_to_take_part_invites(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.INVITATION


def test_an_agenda_word_inside_a_sentence_is_no_heading() -> None:
    # guard: the page speaks of an agenda; it sets none out
    body = (
        "The Example Community Group will meet on 22 April 2026 at 15:00 UTC. The chairs "
        "will circulate an agenda a week before.\n"
    )
    assert kind_of("Example Community Group call, 22 April 2026", body) is MessageKind.UPDATE
