"""Round nineteen, second pass: English title classes test19 left (tests/realmail/FAILURES.md,
"Round nineteen, second pass (titles24b)"), each in an invented text of the class's shape, with
a guard beside each. Every new reading is under review (below 0.8)."""

from __future__ import annotations

import pytest

from tests.understanding.helpers import assert_under_review, meeting_of, news_meeting, rule_code

# A numbered sitting named without a capitalised name -------------------------------------------

# (text, title, rule): a body's numbered sitting by its number and noun alone, and a numbered
# meeting written in lower case
_NUMBERED = [
    (
        "Examplia Office news\n\nThe Agency's 58th Council, which gathers this morning, "
        "will weigh two requests for observer status from island states.\n",
        "58th Council",
        "title.numbered_body",
    ),
    (
        "Trade desk\n\nNo new day was fixed for the 7th ministerial conference, which the "
        "trading bloc had planned for the coast.\nDelegates were told to wait for a notice.\n",
        "7th ministerial conference",
        "title.numbered_lower",
    ),
]
# Guards (text, rule): a name goes on after the body's noun ("… Council Planning Day"); "the
# 4th meeting of …" is of what follows, its first words name nothing.
_NOT_NUMBERED = [
    (
        "Examplia Office news\n\nPapers for the 58th Council Planning Day are posted below "
        "for members to read before they travel.\n",
        "title.numbered_body",
    ),
    (
        "Trade desk\n\nNo new day was fixed for the 4th meeting of the harbour users, "
        "which had been set for the coast.\n",
        "title.numbered_lower",
    ),
]


@pytest.mark.parametrize(("text", "title", "rule"), _NUMBERED)
def test_a_numbered_sitting_without_a_capitalised_name(text: str, title: str, rule: str) -> None:
    meeting = news_meeting(text)
    assert_under_review(meeting.title, title)
    assert rule_code(meeting.title) == rule


@pytest.mark.parametrize(("text", "rule"), _NOT_NUMBERED)
def test_a_numbered_name_that_goes_on_is_not_cut(text: str, rule: str) -> None:
    assert rule_code(news_meeting(text).title) != rule


# A meeting described by who meets, named formally in the text ---------------------------------

_DESCRIBED = "Examplia to host North Sea fisheries ministers' meeting"


# (story, title): the formal name sharing the description's words is taken; guard: a name
# that shares one word only ("North") is another event the story cites.
_STORIES = [
    (
        "EXAMPLE CITY, May 2 - The fisheries minister will chair the 12th Conference of the "
        "North Sea Fisheries Ministers Network (NSFMN) from 3 to 5 June at the Example Hall, "
        "the ministry said.\n",
        "12th Conference of the North Sea Fisheries Ministers Network",
    ),
    (
        "EXAMPLE CITY, May 2 - The fisheries minister will chair the talks from 3 to 5 June at "
        "the Example Hall, after the North Sea Boat Conference, the ministry said.\n",
        "North Sea fisheries ministers' meeting",
    ),
]


@pytest.mark.parametrize(("story", "title"), _STORIES)
def test_a_description_by_who_meets_and_the_formal_name(story: str, title: str) -> None:
    assert_under_review(meeting_of(story, _DESCRIBED).title, title)


# A Thai headline's short form spelt by its letters' Thai names ------------------------------

_HEADLINE = "เริ่มแล้ว ทีมไทยถกเอ็กซ์วายซี-ประเทศตัวอย่าง 3-5 มี.ค.ที่ชายฝั่ง"


@pytest.mark.parametrize(
    ("short", "title"),
    [
        ("XYC", "การประชุมคณะกรรมการความร่วมมือชายฝั่งตัวอย่าง"),
        # guard: the story's letters are not the headline's ("XYD" is no "เอ็กซ์วายซี")
        ("XYD", None),
    ],
    ids=["spelt", "other-letters"],
)
def test_a_short_form_in_thai_letters_finds_the_storys_name(short: str, title: str | None) -> None:
    story = (
        "ทางจังหวัดแจ้งว่า วันนี้มีการประชุมคณะกรรมการความร่วมมือชายฝั่ง"
        f"ตัวอย่าง ({short}) ที่จังหวัดตัวอย่าง ระหว่างวันที่ 3-5 มี.ค. ทั้งสองฝ่ายจะหารือเรื่องท่าเรือ\n"
    )
    found = meeting_of(story, _HEADLINE).title_th
    assert (found.value if found else None) == title
    if found:
        assert_under_review(found, title)
