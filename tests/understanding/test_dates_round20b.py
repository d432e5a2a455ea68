"""A meeting's single day inside another event's range (tests/realmail/FAILURES.md, "Round
twenty fixes (dates-r20b)"): the day taken, under 0.8 with its reason; a conference whose
range is the meeting, with a dinner or a visit on one of its days, keeps its range and its
confidence."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.fields.date_range_rival import DAY_INSIDE_REASON
from tests.understanding.helpers import confidence_of, meeting_of, value_of

_DAY_IN_ANOTHER_EVENTS_RANGE = {
    "an audit's range": (
        "Agenda item 3: the Example Board meeting on 24 May 2026.\n"
        "The audit runs from 20 to 30 May 2026.",
        "Example Board",
    ),
    "a festival's range": (
        "You are invited to the meeting of the Example Council on 24 May 2026 in Room 2.\n"
        "The Example Festival runs from 20 to 30 May 2026.",
        "Example Council meeting",
    ),
    "a Thai fair's range": (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง ในวันที่ 24 พฤษภาคม 2569 ณ ห้องประชุม 2\n"
        "ซึ่งอยู่ระหว่างงานมหกรรมสินค้าตัวอย่าง 20-30 พฤษภาคม 2569",
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง",
    ),
}


@pytest.mark.parametrize(
    ("body", "subject"),
    _DAY_IN_ANOTHER_EVENTS_RANGE.values(),
    ids=_DAY_IN_ANOTHER_EVENTS_RANGE.keys(),
)
def test_the_meetings_day_inside_another_events_range_is_taken_under_review(
    body: str, subject: str
) -> None:
    meeting = meeting_of(body, subject)
    assert value_of(meeting.start) == dt.date(2026, 5, 24)
    assert meeting.end is None
    assert confidence_of(meeting.start) < 0.8
    assert meeting.start is not None
    assert DAY_INSIDE_REASON in meeting.start.reasons


@pytest.mark.parametrize(
    "body",
    [
        "The Example Conference will be held from 20 to 22 May 2026 at the Example Centre.\n"
        "The conference dinner is on 21 May 2026.",
        "Example Conference 2026\nDates: 20-22 May 2026, Example Centre\n"
        "A site visit for the conference delegates is arranged on 21 May 2026.",
        # a fair's range, a day inside it said of no meeting: the fair's
        "Invitation to the Example Conference and Fair\n\nThe Example Fair will run from 20 to "
        "22 May 2026 at the Example Hall.\nExhibitors meet on 21 May 2026 for a briefing.",
    ],
    ids=["a dinner inside", "a visit inside", "a fair's own range"],
)
def test_guard_a_conferences_range_with_a_day_inside_keeps_range_and_confidence(
    body: str,
) -> None:
    meeting = meeting_of(body, "Example Conference")
    assert value_of(meeting.start) == dt.date(2026, 5, 20)
    assert value_of(meeting.end) == dt.date(2026, 5, 22)
    assert confidence_of(meeting.start) >= 0.8
