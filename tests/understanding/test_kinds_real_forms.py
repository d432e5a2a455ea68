"""Kinds in the forms real notices use (issue 13, kinds class F16): a Thai postponement said
with a bare เลื่อน or "ออกไปก่อน"; a meeting moved online is not cancelled; a guest "at the
invitation of" a host, an "invited speaker", the public urged to turn out and a host's
"honour to host" invite no one; a host who "commenced" a meeting reports it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reading.document import Attachment
from bot.understanding.extract import extract_message
from bot.understanding.record import MessageKind
from tests.understanding.helpers import BANGKOK, kind_of, mail


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "สมาคมฯ ขอแจ้งเลื่อนประชุมใหญ่สามัญประจำปี 2569",
            "ตามที่สมาคมได้กำหนดจัดการประชุมใหญ่สามัญประจำปี 2569 ในวันที่ 25 เมษายน 2569 นั้น",
        ),
        (
            "ข่าวสหกรณ์",
            "สหกรณ์ขอเลื่อนการประชุมใหญ่สามัญประจำปี 2569 ออกไปก่อน จนกว่าสถานการณ์จะคลี่คลาย",
        ),
    ],
)
def test_a_thai_postponement_in_its_own_words_is_a_postponement(subject, body):
    assert kind_of(subject, body) is MessageKind.POSTPONEMENT


def test_a_meeting_not_held_in_person_but_online_is_not_cancelled():
    body = (
        "The board agreed that the Example Riders' meeting set for 14 May 2026 will not be "
        "held in person. Person A is now drawing up plans to hold the meeting virtually.\n"
    )
    assert kind_of("Update on the 2026 division meetings", body) is not MessageKind.CANCELLATION


@pytest.mark.parametrize(
    "body",
    [
        "Person A, the minister, will attend the 4th Example River Summit in Vientiane on "
        "20 April 2026. She goes there at the invitation of the Lao host.",
        "Programme of the 3rd Regional Workshop on Astronomy, 20 April 2026.\nPresentation "
        "time: invited speaker 20 min, general oral speaker 13 min.",
    ],
)
def test_news_of_a_guest_or_a_programme_invites_no_one(body):
    assert kind_of("News", body) is not MessageKind.INVITATION


def test_a_host_who_commenced_the_meeting_reports_it():
    body = (
        "On 2 April 2026, the Deputy Director commenced the 7th Example Fisheries Officials "
        "Meeting at a hotel in Bangkok. She said the country was glad to host "
        "the 7th Example Fisheries Officials Meeting.\n"
    )
    assert kind_of("Thailand chairs the 19th SLOM+3", body) is MessageKind.REPORT


def test_a_cancellation_sent_as_an_attachment_under_a_cover_note_is_a_cancellation():
    doc = mail(
        "Dear colleagues,\n\nPlease find the notice attached.\n\nSecretariat",
        "Notice",
        sent=dt.datetime(2026, 3, 16, 9, 0, tzinfo=BANGKOK),
        attachments=(
            Attachment(
                filename="notice.pdf", content_type="application/pdf", size=100,
                text="Joint Meeting Update\nThe joint meeting the two boards had planned "
                "has been canceled to be on the safe side.",
            ),
        ),
    )  # fmt: skip
    assert extract_message(doc).kind is MessageKind.CANCELLATION


def test_a_meeting_held_online_on_the_dates_of_the_cancelled_one_is_not_cancelled():
    body = (
        "We plan to hold the virtual meeting on the dates of the canceled Spring "
        "Meeting, 18-21 May 2026. Invited, plenary and prize talks all keep the hours "
        "of the first schedule.\n"
    )
    kind = kind_of("Virtual Meeting", body)
    assert kind is not MessageKind.CANCELLATION
    assert kind is not MessageKind.INVITATION


def test_a_circular_letter_informing_member_states_of_a_meeting_brings_the_meeting():
    body = (
        "The Secretary-General presents her compliments to Member States and has the honour to "
        "recall resolution EX.4/2, which widened the remit of the Example Working Group.\n"
        "Member States are informed that the Working Group's ninth meeting will take place "
        "on 4-8 May 2026 in a hybrid format.\n"
    )
    assert kind_of("C.L.14.2026", body) is MessageKind.INVITATION


def test_a_short_reply_above_a_quoted_cancellation_stays_a_reply():
    doc = mail(
        "Noted with thanks.\n\nOn Mon, 16 Mar 2026 at 08:00, Secretariat wrote:\n"
        "The documents of the 5th Joint Working Group Meeting are attached.",
        "Re: Documents",
        sent=dt.datetime(2026, 3, 16, 9, 0, tzinfo=BANGKOK),
        in_reply_to="notice@example.org",
        references=("notice@example.org",),
        attachments=(
            Attachment(
                filename="old-notice.pdf", content_type="application/pdf", size=100,
                text="The 4th Joint Working Group Meeting of 2 March 2025 has been canceled.",
            ),
        ),
    )  # fmt: skip
    assert extract_message(doc).kind is MessageKind.UPDATE
