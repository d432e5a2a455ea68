"""Whole-change review mends of round twenty-two's kinds and titles (mend-r22f; tests/realmail/
FAILURES.md, "Round twenty-two, whole-change review mends: kinds and titles (mend-r22f)"): the
near texts the new rules misread, invented, each beside a guard that the rule's own form still
reads as before. The helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

import itertools
import re

from bot.understanding.fields.title_prepared import prepared_for
from bot.understanding.kind_adjourned import COLLAPSED
from bot.understanding.kind_listings import _DAY_NAME, _WHEN_LINE
from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of, meeting_of, value_of

# Thai: a meeting called after what fell, a collapse feared through its noun ------------------

_URGENT = "กระทรวงตัวอย่างประชุมด่วน หลังแอปตัวอย่างล่ม"
_URGENT_BODY = (
    "วันนี้ (1 เม.ย. 69) เวลา 10.00 น. กระทรวงตัวอย่างประชุมด่วนที่ห้องประชุมสมมติ "
    "หลังแอปตัวอย่างใช้งานไม่ได้ ทำให้การประชุมออนไลน์หลายนัดต้องเลื่อนออกไป\n"
)


def test_a_meeting_called_after_an_app_fell_is_no_collapse() -> None:
    """The app fell, not the meeting: the urgent meeting held yesterday is reported."""
    assert kind_of(_URGENT, _URGENT_BODY) is MessageKind.REPORT
    start = meeting_of(_URGENT_BODY, _URGENT).start
    assert start is not None
    assert start.value.isoformat() == "2026-04-01T10:00:00+07:00"


def test_a_collapse_feared_through_its_noun_is_none() -> None:
    assert COLLAPSED.search("ประธานสภาตัวอย่างหวั่นการประชุมล่ม") is None
    assert COLLAPSED.search("เร่งกันการประชุมล่มซ้ำ") is None


def test_guard_a_meeting_that_fell_through_still_collapses() -> None:
    assert COLLAPSED.search("ประชุมคณะกรรมการสมมติ ‘ล่ม’") is not None
    assert COLLAPSED.search("ประชุมสภาล่มอีก") is not None


# English: a series announced under its session headings, all ahead, oldest first ------------

_SESSIONS = (
    "The Sample data clinic series starts this month.\n\n"
    "## Session - {first} 2026\nTopic: Introduction, 10:00-11:00\n\n"
    "## Session - {second} 2026\nTopic: Cleaning sample tables, 10:00-11:00\n\n"
    "## Session - {third} 2026\nTopic: Sharing sample results, 10:00-11:00\n\n"
    "Zoom link: https://example.zoom.us/j/123456789\n"
)


def test_a_series_of_sessions_all_ahead_is_announced() -> None:
    body = _SESSIONS.format(first="14 April", second="21 April", third="28 April")
    assert kind_of("Sample data clinic series", body) is MessageKind.INVITATION


def test_guard_a_log_newest_first_is_still_a_rolling_agenda() -> None:
    body = _SESSIONS.format(first="28 April", second="21 April", third="14 April")
    assert kind_of("Sample data clinic series", body) is MessageKind.OTHER


def test_guard_a_log_with_a_session_gone_by_is_still_a_rolling_agenda() -> None:
    body = _SESSIONS.format(first="24 March", second="7 April", third="21 April")
    assert kind_of("Sample data clinic series", body) is MessageKind.OTHER


# The page's own "when" and its day names: the same matches as the patterns they replace ------

_WHEN_LINE_BEFORE = re.compile(r"[\s*_#>|-]*(?:(?:when|time|date|schedule)\b[\s*_]*:?[\s*_]*)?")
_DAY_NAME_BEFORE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri)\b"
)
_PIECES = ("when", "date", " ", "*", "_", ":", "-", "#", "\n", "x")
_DAYS = ("mon", "tue", "tues", "thur", "sat", "sun", "sunday", "friday", "s", " ", ",")


def test_the_when_line_matches_as_before() -> None:
    for size in range(1, 6):
        for pieces in itertools.product(_PIECES, repeat=size):
            line = "".join(pieces)
            assert bool(_WHEN_LINE.fullmatch(line)) == bool(_WHEN_LINE_BEFORE.fullmatch(line))


def test_the_day_names_match_as_before() -> None:
    day_name = re.compile(_DAY_NAME)
    for pieces in itertools.product(_DAYS, repeat=3):
        line = "".join(pieces)
        found = [m.span() for m in day_name.finditer(line)]
        assert found == [m.span() for m in _DAY_NAME_BEFORE.finditer(line)]


# English: a letter's own meeting after "in preparation for" ---------------------------------


def test_a_letters_own_meeting_prepared_for_keeps_its_name() -> None:
    meeting = meeting_of(
        "Dear members,\n\nIn preparation for the Annual General Meeting of the Example Society, "
        "to be held on 20 May 2026 at Example Hall, Bangkok, please return the attached proxy "
        "form by 10 May 2026.\n",
        "Proxy form",
    )
    assert value_of(meeting.title) == "Annual General Meeting of the Example Society"


def test_guard_a_meeting_prepares_for_another_named_after_it() -> None:
    meeting = meeting_of(
        "A Sample Officials Meeting (SOM) in preparation for the 5th Summit of the Example "
        "Union of Towns (EUT) began in Sampleville on 3 May 2026.\n"
        "The SOM will agree the summit's papers; the SOM closes on 4 May.\n",
        "Sample officials prepare for the summit",
    )
    assert value_of(meeting.title) == "Sample Officials Meeting"


def test_guard_officials_who_convene_prepare_for_another() -> None:
    """The meeting that prepares told by its verb, not its name: the one after is another."""
    text = (
        "Example Senior Officials convened in Sampleville on Saturday to prepare for the "
        "Example Ministers' Meeting on Sunday."
    )
    assert prepared_for(text, text.index("Example Ministers"))
    letter = "In preparation for the Example Ministers' Meeting, please send your papers."
    assert not prepared_for(letter, letter.index("Example Ministers"))


# English: a marked heading after the one that names the page's meeting ---------------------


def test_a_later_heading_of_a_past_workshop_is_not_the_meeting() -> None:
    meeting = meeting_of(
        "## Next Meeting\nThe Example Council meets on 14 May 2026 at 18:00 in the Example "
        "Town Hall.\n\n## Annual Planning Workshop\nHeld last year.\n",
        "Council news",
    )
    assert value_of(meeting.title) != "Annual Planning Workshop"


def test_guard_a_heading_that_names_the_page_call_gains() -> None:
    meeting = meeting_of(
        "# About\n\n## Example Community Call\nEvery other Tuesday.\n\n"
        "## Example Review Meeting\nHeld monthly.\n",
        "Example news",
    )
    assert value_of(meeting.title) == "Example Community Call"
