"""Message kinds in the forms of round fifteen's failure classes (tests/realmail/FAILURES.md,
"Round fifteen fixes (kinds20)"; the texts are invented in each class's shape): a registration
or credentials page whose "invited" names a category or a formality is a circular, as is one
titled for registration that names no meeting noun; a governing body's paper that appoints
members and means to invite organizations decides, it invites no one; Thai news opening on a
day gone by ("เมื่อวันที่ …") with what was held is a report, whatever day the record reads;
a meeting given revised dates or moved to a later month is put off, though its old dates are
"cancelled"; another appointment cancelled, a refund's "in case" of a change of date, and the
media invited to cover call nothing off and invite no one; the organiser's dated notice whose
only update words are its "Zoom Link" is an invitation, and "Instructions for Zoom" a circular.
Guards: "you are invited as an observer" invites; a Thai story of what someone said on that
day, and a day to come ("ในวันที่ …"), are no reports; a cancellation with no new dates stays
one; the Zoom notice with a change word stays an update. Messages are sent on 2 April 2026
(tests.understanding.helpers)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of


def test_a_registration_page_whose_invited_names_a_formality_is_a_circular() -> None:
    body = (
        "Online Registration and Credentials\n\nEX-7\n\n"
        "Permanent Representatives are kindly invited to handle the online sign-up "
        "of their country's team for EX-7. Sign-up closes on "
        "20 April 2026.\n\n"
        "Agencies that take part as observers need to send "
        "a signed letter naming their representatives.\n"
    )
    assert kind_of("EX-7 Online Registration and Credentials", body) is MessageKind.CIRCULAR


def test_one_invited_as_an_observer_is_invited() -> None:
    body = (
        "You are invited as an observer to the seventh session of the Example Commission (EX-7), "
        "to be held in Example City on 12-14 May 2026.\n"
    )
    assert kind_of("EX-7", body) is MessageKind.INVITATION


@pytest.mark.parametrize(
    "subject", ["EX-7 - Credentials", "EX-7 Online Registration", "Registration – EX-7 side event"]
)
def test_a_page_titled_for_its_registration_or_credentials_is_a_circular(subject: str) -> None:
    body = (
        "Letters of credentials should be signed by the Head of State or the Minister for "
        "Foreign Affairs and reach the Secretariat before 20 April 2026.\n"
    )
    assert kind_of(subject, body) is MessageKind.CIRCULAR


@pytest.mark.parametrize(
    "recommending",
    [
        "The Officers recommend that the Governing Body reappoint",
        "The Officers recommend to the Board that it appoint",
    ],
)
def test_a_governing_bodys_paper_appointing_members_decides(recommending: str) -> None:
    body = (
        "TENTH ITEM ON THE AGENDA\nComposition and agenda of standing bodies and meetings\n"
        f"1. {recommending} the following members of the Example Committee: Person A; "
        "Person B.\n"
        "Meeting of Experts on Example Statistics (Example City, 5-9 October 2026)\n"
        "Intergovernmental organizations invited\n"
        "2. The Director-General plans to invite these intergovernmental "
        "bodies to send observers to the meeting: Example Organization.\n"
    )
    assert kind_of("Composition and agenda of standing bodies", body) is MessageKind.CIRCULAR


@pytest.mark.parametrize(
    "opening",
    [
        "เมื่อวันที่ 28 มีนาคม 2569 สถานเอกอัครราชทูตตัวอย่าง ได้จัดการประชุมชุมชนไทย",
        "เมื่อวันอังคารที่ 24 มีนาคม 2569 สถานกงสุลใหญ่ตัวอย่าง ร่วมกับสมาคมตัวอย่าง จัดการประชุมชุมชนไทย",
    ],
)
def test_thai_news_opening_on_a_day_gone_by_is_a_report(opening: str) -> None:
    # (the day in the headline, after the message's, is the one the record reads)
    subject = "การประชุมชุมชนไทย เนื่องในโอกาสวันตัวอย่าง ๒๘ เมษายน ๒๕๖๙"
    body = (
        f"{subject}\n\n{opening} ณ วัดตัวอย่าง เนื่องในโอกาสวันตัวอย่าง 28 เมษายน 2569 "
        "โดยมีผู้แทนสมาคมไทยเข้าร่วมจำนวนมาก\n\nในโอกาสนี้ ได้มอบของที่ระลึกแก่ผู้ร่วมงาน\n"
    )
    assert kind_of(subject, body) is MessageKind.REPORT


@pytest.mark.parametrize(
    "opening",
    [
        "เมื่อวันที่ 28 มีนาคม 2569 ประธานสมาคมตัวอย่าง กล่าวว่า ในวันที่ 28 เมษายน 2569 สมาคมจะจัดงานวันตัวอย่าง",
        "ในวันที่ 28 เมษายน 2569 สถานเอกอัครราชทูตตัวอย่าง ร่วมกับสมาคมตัวอย่าง จัดงานวันตัวอย่าง",
    ],
)
def test_thai_news_of_a_day_to_come_is_no_report(opening: str) -> None:
    body = f"{opening} ณ วัดตัวอย่าง\n\nขอเชิญชุมชนไทยเข้าร่วมงานโดยพร้อมเพรียงกัน\n"
    assert kind_of("งานวันตัวอย่าง 28 เมษายน 2569", body) is not MessageKind.REPORT


def test_dates_cancelled_for_revised_dates_are_a_postponement() -> None:
    body = (
        "We will have to cancel the Example Conference for April 2026.\n\n"
        "We discussed moving the Conference to later this year. The revised dates for the "
        "Example Conference 2026 will be 29 October to 1 November at the Example Hotel.\n"
    )
    assert kind_of("Example Conference 2026 April Dates Cancelled", body) is (
        MessageKind.POSTPONEMENT
    )


def test_an_event_moved_to_a_later_month_is_a_postponement() -> None:
    body = (
        "We were expecting to host the Example Global Conference in Example City in May 2026. "
        "With the guidance of the Board, we have opted to move this contracted event to April "
        "of 2027.\n"
    )
    assert kind_of("Example Global Conference update", body) is MessageKind.POSTPONEMENT


def test_a_cancellation_with_no_new_dates_stays_one() -> None:
    body = (
        "We will have to cancel the Example Conference for April 2026. We hope to see you all at "
        "a later conference.\n"
    )
    assert kind_of("Example Conference 2026 cancelled", body) is MessageKind.CANCELLATION


def test_another_appointment_cancelled_cancels_no_meeting() -> None:
    body = (
        "The Minister will lead a command conference on the storm at 3 pm on 10 April 2026 at "
        "the Example Operations Center. Another appointment the Minister had for that "
        "day was canceled because of the storm. Reporters are welcome to cover it.\n"
    )
    sent = dt.date(2026, 4, 9)
    kind = kind_of("Minister to lead command conference on storm", body, sent)
    assert kind not in {MessageKind.CANCELLATION, MessageKind.INVITATION}


def test_a_refunds_case_of_a_change_of_date_puts_nothing_off() -> None:
    body = (
        "Example Conference 2026 Registration\n"
        "The Example Conference will be held on 20-21 May 2026 at Example University.\n"
        "Should the organizer move the conference to another date and you can no longer "
        "come, your fee will be paid back in full.\n"
    )
    assert kind_of("Example Conference 2026 Registration", body) is not MessageKind.POSTPONEMENT


_BOARD_NOTICE = (
    "The executive committee of the Example Board will meet by electronic means "
    "on Monday, 13 April 2026, from 2:30 to 3:30 p.m. to discuss the budget.\n"
    "Anyone may follow the open part on Zoom with the link below:\n"
    "Zoom Link: https://example.zoom.us/j/681234567\n"
    "Zoom Call-in: (646) 555-0100, Meeting ID: 681 234 567\n"
)


def test_the_organisers_notice_with_a_zoom_link_is_an_invitation() -> None:
    kind = kind_of("Example Board executive committee to meet 13 April", _BOARD_NOTICE)
    assert kind is MessageKind.INVITATION


def test_a_zoom_link_with_a_change_word_stays_an_update() -> None:
    body = _BOARD_NOTICE + "The meeting time has been revised.\n"
    assert kind_of("Example Board executive committee", body) is MessageKind.UPDATE


def test_instructions_for_zoom_are_a_circular() -> None:
    body = (
        "All labs on 13 April 2026 run on Zoom. Zoom link for each lab group: "
        "https://example.zoom.us/j/1234567890 (Meeting ID: 123 456 7890)\n"
    )
    assert kind_of("Instructions for Zoom (Example labs)", body) is MessageKind.CIRCULAR
