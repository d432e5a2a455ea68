"""Message kinds and passcodes in the forms of round twelve's failure classes
(tests/realmail/FAILURES.md, "Round twelve fixes (kinds16)"; the texts are invented in each
class's shape)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.fields.online import find_online_meetings
from bot.understanding.fields.text import MessageText
from bot.understanding.record import MessageKind
from tests.understanding.helpers import REVIEW_AT, kind_of


# P1: a password in quotes after its label is read, letters or not; under review.
def test_a_quoted_password_after_its_label_is_read() -> None:
    body = (
        "To join the lab, click the link of your stream:\n"
        "  - Lab 3 Stream B: 22nd April 9-11\n"
        "    <https://example.zoom.us/j/97110604153>\n"
        '    you will need to enter password "tide"\n'
    )
    (session,) = find_online_meetings(MessageText.of(body))
    assert (session.meeting_id, session.passcode) == ("97110604153", "tide")
    assert session.confidence < REVIEW_AT


# P2: a password given as what to type, once after every session and apart from each, is
# every session's; under review.
def test_a_password_given_once_after_the_sessions_is_theirs() -> None:
    body = (
        "Join the Example Forum online, via Webex:\n"
        "  • 24 May (11.15 – 17.15) | Join the meeting\n"
        "    • Meeting number (access code): 851 111 222\n"
        "  • 25 May (09.15 – 17.45) | Join the meeting\n"
        "    • Meeting number (access code): 853 333 444\n\n"
        + "Online participation lets you speak to the room, by text or by video. "
        * 6
        + "\n\nPlease enter the Webex room a quarter of an hour early on the day.\n"
        "If a password is required, please type harbour.\n"
    )
    sessions = find_online_meetings(MessageText.of(body))
    assert [(s.meeting_id, s.passcode) for s in sessions] == [
        ("851111222", "harbour"),
        ("853333444", "harbour"),
    ]
    assert all(s.confidence < REVIEW_AT for s in sessions)


def test_a_password_said_apart_from_the_sessions_is_not_trusted_empty() -> None:
    body = (
        "Meeting number: 851 111 222\n"
        "Join: https://example.webex.com/example/j.php?MTID=m0123456789abcdef\n\n"
        + "Please test your audio before the session begins and mute when not speaking. " * 6
        + "\n\nThe room is password protected; the password is sent to registered members.\n"
    )
    (session,) = find_online_meetings(MessageText.of(body))
    assert session.passcode is None
    assert session.confidence < REVIEW_AT


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # guards: a password after its label stays trusted; "enter it" gives no password
        ("Meeting ID: 812 3456 7890\nPasscode: 246810\n", "246810"),
        ("Meeting ID: 812 3456 7890\nThe passcode is 246810, enter it when asked.\n", "246810"),
    ],
)
def test_a_labelled_password_is_still_read_and_trusted(body: str, code: str) -> None:
    link = "Join: https://example.zoom.us/j/81234567890\n"
    (session,) = find_online_meetings(MessageText.of(link + body))
    assert session.passcode == code
    assert session.confidence >= REVIEW_AT


# K1: a page titled as formalities is a circular, though its text has an update's words.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Example Workshop on Trade Data: Information note",
            "1. The Example Workshop will be held from 17 to 21 May 2027 at the Example"
            " Conference Centre. A revised programme is attached.\n",
        ),
        (
            "Example Council, Fifth Session: Information for delegations",
            "The fifth session will open at 3 p.m. on Monday, 10 May 2027, in Conference Room"
            " 4. Delegations are requested to notify the secretariat of their members.\n",
        ),
        (
            "Workshop registration: fees, accommodation and deadlines",
            "The workshop runs from Monday 8 to Friday 12 March 2027 at the Example Hotel. The"
            " standard fee applies to registrations before 15 January 2027.\n",
        ),
        (
            "Example Labour Conference, 110th Session: Registration",
            "Badges are issued at the registration office, open from 9.30 a.m. to 4.30 p.m. from"
            " Friday 4 June 2027.\n",
        ),
    ],
)
def test_a_page_titled_as_formalities_is_a_circular(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.CIRCULAR


# K2: a dated organiser's page that asks every participant to register invites; and (guard)
# a titled page that invites stays an invitation: it makes the office's meeting.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Fifth Session of the Example Executive Committee (virtual)",
            "The Fifth Session of the Example Executive Committee will be held virtually on 13,"
            " 14 and 17 July 2027. All participants are kindly requested to register.\n",
        ),
        (
            "Example Regional Meeting: Information note",
            "The Director-General has the honour to invite your Government to the Example"
            " Regional Meeting, Example City, 6-9 December 2027.\n",
        ),
    ],
)
def test_a_page_that_asks_to_register_or_invites_is_an_invitation(subject: str, body: str) -> None:
    assert kind_of(subject, body, dt.date(2027, 6, 1)) is MessageKind.INVITATION


# K3: a leader's schedule of the day asks nothing of the office.
@pytest.mark.parametrize(
    "subject",
    ["กำหนดการนายกรัฐมนตรีและรองนายกรัฐมนตรี", "นายกฯ โพสต์กำหนดการประชุมผู้นำตัวอย่าง 18 มี.ค."],
)
def test_a_leaders_schedule_is_other(subject: str) -> None:
    body = (
        "เวลา 08.45 น. นายกรัฐมนตรีนั่งเป็นประธานการประชุมคณะรัฐมนตรี ณ ตึกตัวอย่าง ทำเนียบรัฐบาล\n"
        "เวลา 14.00 น. นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการตัวอย่าง ณ ห้อง 501\n"
    )
    assert kind_of(subject, body, dt.date(2027, 3, 18)) is MessageKind.OTHER


# K4: a subject that denies the meeting is put off reads no postponement.
def test_a_day_kept_is_no_postponement() -> None:
    subject = "ฝ่ายค้านไม่ได้เลื่อนวันอภิปรายทั่วไป"
    body = (
        "ฝ่ายค้านจะขอหารือกับประธานสภาฯ เพื่อขอเลื่อนวันการอภิปรายทั่วไปมาเป็นวันที่ 17 มีนาคม"
        " แทนวันที่ 18 มีนาคม 2570 แต่จากการตรวจสอบแล้ว การประชุมสภายังคงเป็นวันที่ 18 มีนาคม 2570\n"
    )
    assert kind_of(subject, body, dt.date(2027, 3, 10)) is not MessageKind.POSTPONEMENT


def test_a_postponement_is_still_one() -> None:
    # guard
    subject = "ฝ่ายค้านขอเลื่อนวันอภิปรายทั่วไป"
    body = "ประธานสภาฯ แจ้งเลื่อนการประชุมสภาเพื่ออภิปรายทั่วไปจากวันที่ 18 มีนาคม 2570 เป็นวันที่ 24 มีนาคม 2570\n"
    assert kind_of(subject, body, dt.date(2027, 3, 10)) is MessageKind.POSTPONEMENT


# K5: news, on the meeting's day, that its room, place or hour is changed is an update; the
# same news without a change (guard) is still a report of it held.
@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("นายกฯ สั่งเปลี่ยนที่ประชุม 2 คณะ", MessageKind.UPDATE),
        ("ครม.เลื่อนถกเร็วขึ้น 1 ชม.", MessageKind.UPDATE),
        ("Change of venue for today's meeting", MessageKind.UPDATE),
        ("นายกฯ ประชุมคณะกรรมการตัวอย่าง", MessageKind.REPORT),
    ],
)
def test_news_on_the_day_of_a_changed_meeting_is_an_update(subject: str, kind: MessageKind) -> None:
    body = (
        "วันนี้ (15 มี.ค. 70) เวลา 09.30 น. นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการตัวอย่าง"
        " ครั้งที่ 1/2570 ณ ห้องตัวอย่าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล\n"
    )
    assert kind_of(subject, body, dt.date(2027, 3, 15)) is kind
