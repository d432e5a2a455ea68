"""Round eleven's delegate classes (tests/realmail/FAILURES.md, "Round eleven fixes
(deadlines15)"), each in an invented text of the class's shape: "one expert per Party", "two
experts", "nominate a representative", "one fellowship per country", a tripartite delegation;
and what asks nobody: a body's seats per region, a project's total of participants, a body's
size beside the count asked, the creditors of a company under rehabilitation."""

from __future__ import annotations

import pytest

from bot.understanding.fields.delegates import find_delegates_requested
from bot.understanding.fields.text import MessageText


def _found(body: str) -> tuple[int, float] | None:
    found = find_delegates_requested(MessageText.of(body, subject=""))
    return (found.value, found.confidence) if found is not None else None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Member countries are asked to nominate one expert to take part in the course.\n", 1),
        (
            "Authorities across the region are asked again to nominate two experts for the"
            " training.\n",
            2,
        ),
        (
            "The Secretariat asks the Government of your country to nominate a representative"
            " for the session.\n",
            1,
        ),
        (
            "You are kindly asked to nominate an official or specialist in charge of"
            " drafting the national report.\n",
            1,
        ),
        ("Funds permitting, one fellowship per eligible country may be offered.\n", 1),
        # a tripartite delegation: the sum of its groups
        (
            "Every member country may send a tripartite delegation made up of three"
            " Government delegates, one Employers' delegate and one Workers' delegate.\n",
            5,
        ),
    ],
)
def test_a_request_for_experts_or_one_nominee_is_read_under_review(body: str, value: int) -> None:
    found = _found(body)
    assert found is not None
    assert found[0] == value
    assert found[1] < 0.8  # a new reading, under review


def test_a_body_s_seats_per_region_are_no_delegation() -> None:
    # fewer nominations came than seats: a count of each region's members on a committee
    body = (
        "As few candidates were put forward by Parties in both regions, just three members"
        " from each of those regions could be chosen instead of four.\n"
    )
    assert find_delegates_requested(MessageText.of(body, subject="")) is None


def test_a_project_s_number_of_participants_is_its_total() -> None:
    body = "4. Number of Participants | Up to 18 participants\n5. Closing Date for Nominations\n"
    assert find_delegates_requested(MessageText.of(body, subject="")) is None


@pytest.mark.parametrize(
    "body",
    [
        "ที่ประชุมเจ้าหนี้ของบริษัทตัวอย่าง มีเจ้าหนี้ 20 ราย ขอเลื่อนการประชุมออกไป\n",
        "ผู้บริหารแผนได้ขอเพิ่มเติมผู้บริหารแผนตามที่ผู้ถือหุ้นรายใหญ่เสนอ จำนวน 2 ราย\n",
        "At the creditors' meeting, 20 creditor representatives asked for a postponement.\n",
    ],
)
def test_the_creditors_of_a_rehabilitation_are_no_delegation(body: str) -> None:
    assert find_delegates_requested(MessageText.of(body, subject="")) is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # a body's size yields to the count asked
        (
            "Under the decision the panel will comprise 12 experts chosen by the Example"
            " Secretary. Parties were invited to nominate one expert for the panel.\n",
            1,
        ),
        # guard: the composition of a delegation, not of a body, is what each State sends
        (
            "Member States' delegations to the Example Assembly are composed of four delegates:"
            " one delegate on behalf of the Employers, one on behalf of the Workers and two"
            " Government delegates.\n",
            4,
        ),
        # guard: the Government's delegates alone, no tripartite sum
        ("Each member State is invited to send two Government delegates.\n", 2),
        # guard: the label's count is per country
        ("Number of participants: 2 participants per country\n", 2),
        # guard: the creditors are named far from the count asked
        (
            "เรื่อง การประชุมเจ้าหนี้ตัวอย่าง\n\nขอเชิญหน่วยงานส่งผู้แทนเข้าร่วมการประชุมเพื่อรับฟังการชี้แจง"
            "ของกรมบังคับคดีในครั้งนี้ หน่วยงานละ 2 คน\n",
            2,
        ),
    ],
)
def test_the_count_asked_is_read_beside_counts_that_ask_nobody(body: str, value: int) -> None:
    found = _found(body)
    assert found is not None
    assert found[0] == value
