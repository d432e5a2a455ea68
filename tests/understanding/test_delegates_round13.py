"""Delegate counts in the forms of round thirteen's failure classes (tests/realmail/FAILURES.md,
"Round thirteen fixes (kinds17)"; the texts are invented in each class's shape): counts a
story or a notice tells that ask the office for nobody."""

from __future__ import annotations

import pytest

from bot.understanding.fields.delegates import find_delegates_requested
from bot.understanding.fields.text import MessageText
from tests.understanding.helpers import assert_under_review


def _count(body: str) -> int | None:
    found = find_delegates_requested(MessageText.of(body))
    return found.value if found else None


@pytest.mark.parametrize(
    "body",
    [
        # the harmed of a storm
        "The storm forced the summit's postponement. Two people were reported killed in the "
        "islands to the north.",
        # a story's source
        "The planned summit on 14 May has been postponed, said two senior officials.",
        # a bloc's members
        "Example Bloc's 10 members are listed in its charter; its leaders will meet in May.",
        # a meeting the persons name
        "Person A had invited heads of the 10 members summit to Example City.",
        # a contest's winners
        "Prizes: Gold Prize (1 person) USD 900; Silver Prize (2 persons) USD 600. "
        "Two winners will be invited to the meeting.",
        # a working group's size as a range
        "The call for experts: five to seven experts with experience of import requirements "
        "will be nominated to the expert working group.",
        # Thai: those on leave from a sitting
        "ข่าวแจ้งว่า ในการประชุมรอบนี้ มีกรรมการแจ้งลาการประชุม 3 คน",
        # Thai: a floor for seconders of a motion
        "ขอให้ส่งญัตติเข้าประชุม โดยให้มีสมาชิกรับรอง อย่างน้อย 2 คน",
    ],
)
def test_a_count_told_is_no_request(body: str) -> None:
    assert _count(body) is None


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Each Member State is invited to nominate two representatives to attend.", 2),
        ("กรุณาส่งผู้แทนเข้าร่วมประชุม หน่วยงานละ 2 คน", 2),
        ("Governments may send up to three participants per country.", 3),
    ],
)
def test_a_count_asked_still_reads(body: str, count: int) -> None:
    assert _count(body) == count


def test_applications_from_any_one_country_are_read_under_review() -> None:
    body = "Up to three applications will be accepted from any one country for this training."
    assert_under_review(find_delegates_requested(MessageText.of(body)), 3)


def test_application_forms_are_no_persons() -> None:
    body = "Applicants who cannot apply online may request three application forms by post."
    assert _count(body) is None
