"""Round nineteen, second-pass mends (mend21b): titles24b's title rules on invented text
(tests/realmail/FAILURES.md, "Round nineteen, second-pass mends (mend21b)"). A numbered
sitting a story cites (past, a room, a board's members) is not the meeting it tells of; a
formal name must name who meets as the description does."""

from __future__ import annotations

import pytest

from tests.understanding.helpers import assert_under_review, meeting_of, news_meeting, rule_code

# (body): a numbered name the text cites, not its meeting: no numbered_* title is read
_CITED = [
    "Example Growers news\n\nAt the 3rd annual meeting last year, members agreed to share one "
    "packing shed.\nThis year the growers gather on 14 May 2026 at the Example Barn.\n",
    "Example Wire\n\nLeaders who met at their 4th summit in 2019 pledged new ferries.\n"
    "A new round of talks opens on 20 May 2026 in Example Port.\n",
    "Dear colleagues,\n\nThe review is held at the 3rd floor meeting room on 5 May 2026 from "
    "14:00 to 16:00.\n",
    "Company update\n\nShareholders elected the 10th Board, whose term runs to 2029.\nThe "
    "general meeting is set for 22 May 2026 at the Example Hotel.\n",
    "Chess match\n\nOur team plays Example Town on 9 May 2026 at 18:00. Ms Example sits on the "
    "1st Board tonight.\n",
    "Example Office news\n\nThe rule was adopted by the 40th Council in 2019.\nA review workshop "
    "follows on 4 June 2026 at the Example Centre.\n",
]


@pytest.mark.parametrize("body", _CITED)
def test_a_cited_numbered_name_is_not_the_meeting(body: str) -> None:
    title = news_meeting(body).title
    assert rule_code(title) not in {"title.numbered_body", "title.numbered_lower"}


# Guards (body, title): the numbered sitting the text tells of is still read
_TOLD = [
    (
        "Example Office news\n\nThe Agency's 61st Council opens on 3 June 2026 in Example City "
        "and runs to 5 June.\n",
        "61st Council",
    ),
    (
        "Hello all,\n\nJoin us for our 2nd quarterly meeting on Saturday 16 May 2026 at 10:00 in "
        "the Example Library.\n",
        "2nd quarterly meeting",
    ),
]


@pytest.mark.parametrize(("body", "title"), _TOLD)
def test_the_numbered_sitting_told_of_is_read(body: str, title: str) -> None:
    assert_under_review(news_meeting(body).title, title)


_DESCRIBED = "Examplia to host North Sea fisheries ministers' meeting"


@pytest.mark.parametrize(
    ("story", "title"),
    [
        # another body's meeting shares the place's words but not who meets
        (
            "EXAMPLE CITY, May 2 - The ministers will meet from 3 to 5 June at the Example Hall, "
            "a week after the North Sea Fisheries Scientists Workshop, the ministry said.\n",
            "North Sea fisheries ministers' meeting",
        ),
        # guard: the formal name names the ministers
        (
            "EXAMPLE CITY, May 2 - The fisheries minister will chair the 8th Conference of the "
            "North Sea Fisheries Ministers Circle (NSFMC) from 3 to 5 June at the Example Hall, "
            "the ministry said.\n",
            "8th Conference of the North Sea Fisheries Ministers Circle",
        ),
    ],
    ids=["other-body", "ministers-named"],
)
def test_a_formal_name_names_who_meets(story: str, title: str) -> None:
    assert_under_review(meeting_of(story, _DESCRIBED).title, title)
