"""News of a meeting already held is a report: not an invitation, and not "other" when it is
clearly about a meeting (issue 13). A meeting still to come, or one postponed or cancelled,
keeps its kind."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.record import Extraction, MessageKind
from tests.understanding.helpers import SENT, extract, mail


def _extract(subject: str, body: str, sent: dt.datetime = SENT) -> Extraction:
    return extract(mail(body, subject, sent=sent))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Regional workshop on migrant welfare",
            "The Regional Workshop on Migrant Welfare was held on 30 March 2026 in Vientiane."
            " Participants were invited to share their national practices.",
        ),
        (
            "Officials meet on skills recognition",
            "Senior officials met in Hanoi on 31 March 2026 at the 5th Meeting of the Skills"
            " Recognition Network to review the work plan.",
        ),
        (
            "Ministry convenes tripartite dialogue",
            "On 1 April 2026 the Ministry convened a Tripartite Dialogue on Minimum Wages,"
            " attended by employers' and workers' representatives.",
        ),
        (
            "กรมตัวอย่างจัดประชุมเครือข่าย",
            "เมื่อวันที่ 31 มีนาคม 2569 กรมตัวอย่างได้จัดการประชุมเครือข่ายแรงงานนอกระบบ ครั้งที่ 2"
            " ณ โรงแรมตัวอย่าง จังหวัดขอนแก่น",
        ),
    ],
)
def test_news_of_a_meeting_already_held_is_a_report(subject: str, body: str) -> None:
    extraction = _extract(subject, body)
    assert extraction.kind is MessageKind.REPORT
    assert any("already held" in reason for reason in extraction.reasons)


def test_a_meeting_held_without_a_name_or_date_is_still_a_report() -> None:
    extraction = _extract(
        "Notes from our evening",
        "Our first members' meeting took place at the library. A small group of members"
        " agreed on topics for the months ahead.",
    )
    assert extraction.kind is MessageKind.REPORT


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # last year's meeting recalled, this year's invited to
        (
            "Invitation to the 6th Meeting of the Skills Recognition Network",
            "The 5th Meeting was held in Hanoi in 2025. We are pleased to invite you to the 6th"
            " Meeting of the Skills Recognition Network on 20 May 2026 in Bangkok.",
        ),
        # the future passive: "will be held", "is organized by"
        (
            "Regional Forum on Labour Migration",
            "The Regional Forum on Labour Migration is organized by the Ministry and will be held"
            " on 12 June 2026 in Manila. Please register by 20 May 2026.",
        ),
    ],
)
def test_a_meeting_still_to_come_is_not_a_report(subject: str, body: str) -> None:
    assert _extract(subject, body).kind is not MessageKind.REPORT


def test_an_invitation_in_the_subject_is_not_overruled_by_a_date_read_as_past() -> None:
    extraction = _extract(
        "Invitation: Workshop on Wage Statistics",
        "The first Workshop on Wage Statistics was held on 2 March 2026. Its follow-up will"
        " be announced with its dates.",
    )
    assert extraction.kind is MessageKind.INVITATION


def test_a_postponed_meeting_stays_a_postponement() -> None:
    extraction = _extract(
        "Postponement of the Workshop on Wage Statistics",
        "The Workshop on Wage Statistics, which was held annually in March, is postponed to"
        " 15 May 2026.",
    )
    assert extraction.kind is MessageKind.POSTPONEMENT
