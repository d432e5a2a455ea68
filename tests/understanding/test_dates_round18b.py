"""Round eighteen's second pass on when the meeting is (tests/realmail/FAILURES.md, "Round
eighteen, second pass (dates23b)"), each in an invented text of the class's shape, with a near
text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.understanding.temporal.evening_hours import EVENING_REASON
from tests.understanding.helpers import BANGKOK, assert_under_review, meeting_of, value_of

_UTC = ZoneInfo("UTC")


# E1: a council's or board's hour written without a.m. or p.m. ("at 5:30"): the evening's


def test_e1_a_councils_bare_hour_is_read_in_the_evening() -> None:
    meeting = meeting_of(
        "Because of the public holiday, the regular Town Council meeting set for Monday, April 13 "
        "has been moved to Wednesday April 15 at 5:30. The agenda will be posted on the notice "
        "board by Friday.",
        "Town Council meeting moved",
    )
    assert_under_review(meeting.start, dt.datetime(2026, 4, 15, 17, 30, tzinfo=BANGKOK))
    assert meeting.start is not None
    assert EVENING_REASON in meeting.start.reasons


# Each case: the body, the subject, and the start it must be read as. "guard" cases are near
# texts the rules must leave alone; the others fail before the rules (E1, S1).
_STARTS = [
    pytest.param(
        "The Library Board of Trustees will meet on Tuesday, May 12 at 6:00 in the reading room. "
        "Members of the public may attend.",
        "Board of Trustees meeting",
        dt.datetime(2026, 5, 12, 18, 0, tzinfo=BANGKOK),
        id="e1-trustees-bare-hour-evening",
    ),
    pytest.param(
        "The walking club meets on Saturday, April 18 at 5:30 by the harbour gate to catch the "
        "sunrise from the headland.",
        "Sunrise walk",
        dt.datetime(2026, 4, 18, 5, 30, tzinfo=BANGKOK),
        id="e1-guard-club-without-a-body-as-written",
    ),
    pytest.param(
        "The sunrise photography group meets on Saturday, April 18 at 5:30 on the beach; bring "
        "a tripod and leave the keyboard at home.",
        "Sunrise photography",
        dt.datetime(2026, 4, 18, 5, 30, tzinfo=BANGKOK),
        id="e1-guard-board-inside-another-word-as-written",
    ),
    pytest.param(
        "The Advisory Board will meet by video call on Thursday, April 16 at 3:00 UTC, in the "
        "early evening for members in Tokyo.",
        "Advisory Board meeting",
        dt.datetime(2026, 4, 16, 3, 0, tzinfo=_UTC),
        id="e1-guard-board-hour-with-zone-as-written",
    ),
    pytest.param(
        "The harbour board will hold its dawn inspection meeting on Friday, April 17 at 06:30 on "
        "the north pier.",
        "Harbour board inspection",
        dt.datetime(2026, 4, 17, 6, 30, tzinfo=BANGKOK),
        id="e1-guard-leading-zero-24-hour-clock",
    ),
    # S1: a Thai page's stamp ("วันที่นำเข้าข้อมูล <day>") joined to the title's lines, as a PDF of
    # the page has it: the day the page was entered, not the meeting's
    pytest.param(
        "การประชุมคณะทำงานร่วมด้านการประมงไทย - ตัวอย่าง ครั้งที่ 4\n"
        "วันที่นำเข้าข้อมูล 2 เม.ย. 2569\n"
        "อธิบดีกรมตัวอย่างมีกำหนดเข้าร่วมการประชุมคณะทำงานร่วมด้านการประมงไทย - ตัวอย่าง "
        "ครั้งที่ 4 ในวันที่ ๒๔ เมษายน ๒๕๖๙ ผ่านระบบการประชุมทางไกล",
        "การประชุมคณะทำงานร่วมด้านการประมงไทย - ตัวอย่าง ครั้งที่ 4",
        dt.date(2026, 4, 24),
        id="s1-thai-entered-stamp-not-the-day",
    ),
    pytest.param(
        "ขอเชิญผู้แทนหน่วยงานเข้าร่วมประชุมเพื่อปรับปรุงข้อมูล วันที่ 22 เมษายน 2569 เวลา 09.30 น. "
        "ณ ห้องประชุมชั้น 2 อาคารตัวอย่าง",
        "ขอเชิญประชุมปรับปรุงข้อมูลทะเบียน",
        dt.datetime(2026, 4, 22, 9, 30, tzinfo=BANGKOK),
        id="s1-guard-meeting-to-update-data-keeps-its-day",
    ),
]


@pytest.mark.parametrize(("body", "subject", "start"), _STARTS)
def test_the_start_is_read_as(body: str, subject: str, start: dt.date) -> None:
    assert value_of(meeting_of(body, subject).start) == start
