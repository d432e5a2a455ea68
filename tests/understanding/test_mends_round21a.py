"""Review mends of round twenty-one (mend-r21a): near texts that places-r21's rules for meeting
IDs, join links, mode and place phrases read wrong (tests/realmail/FAILURES.md, "Round
twenty-one, review mends (mend-r21a)"), each beside a guard that the rule's own case holds."""

from __future__ import annotations

import pytest

from bot.understanding.record import Mode, Platform
from tests.understanding.helpers import REVIEW_AT, confidence_of, meeting_of, rule_code, value_of

# M1. A written ID given alone first and then again under a link with another number: the
# quoted reply's session is the first one completed, and the doubt comes with its link.

_ALONE_THEN_UNDER = {
    "en": (
        "The sample committee meets on Zoom on 3 May 2027 at 14:00.\n"
        "Meeting ID: 812 3456 7890\nPasscode: 246810\n\n"
        "Copied from the calendar entry:\n"
        "Join: https://example.zoom.us/j/{link}\nMeeting ID: 812 3456 7890\n"
    ),
    "th": (
        "ขอเชิญประชุมคณะทำงานตัวอย่างผ่านระบบ Zoom วันที่ 3 พฤษภาคม 2570 เวลา 14.00 น.\n"
        "รหัสการประชุม 812 3456 7890\nรหัสผ่าน: 246810\n\n"
        "ลิงก์จากปฏิทินของผู้จัด:\nhttps://example.zoom.us/j/{link}\nรหัสการประชุม 812 3456 7890\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "th"])
def test_an_id_given_alone_then_under_another_link_stays_under_review(language: str) -> None:
    sessions = meeting_of(_ALONE_THEN_UNDER[language].format(link="87700011122")).online_meetings
    assert [s.meeting_id for s in sessions] == ["81234567890"]
    assert sessions[0].confidence < REVIEW_AT


@pytest.mark.parametrize("language", ["en", "th"])
def test_guard_an_id_given_alone_then_under_its_own_link_is_sure(language: str) -> None:
    sessions = meeting_of(_ALONE_THEN_UNDER[language].format(link="81234567890")).online_meetings
    assert [(s.meeting_id, s.url) for s in sessions] == [
        ("81234567890", "https://example.zoom.us/j/81234567890")
    ]
    assert sessions[0].confidence >= REVIEW_AT


# M2. A link, then (after a blank line) the next session's ID with that session's own link
# below it: two rooms, not one in doubt.

_TWO_ROOMS_EN = (
    "The sample circle meets online twice this week.\n"
    "Monday's call: https://example.zoom.us/j/87700011122\n\n"
    "Meeting ID: 812 3456 7890\nPasscode: 246810\n{second}"
)
_TWO_ROOMS_TH = (
    "ขอเชิญประชุมกลุ่มตัวอย่างทางออนไลน์สองรอบ\n"
    "รอบเช้า: https://example.zoom.us/j/87700011122\n\n"
    "รหัสการประชุม 812 3456 7890\nรหัสผ่าน: 246810\n{second}"
)
_SECOND_LINK = "https://example.zoom.us/j/81234567890\n"


@pytest.mark.parametrize("template", [_TWO_ROOMS_EN, _TWO_ROOMS_TH])
def test_a_link_then_the_next_rooms_id_above_its_own_link_are_two_rooms(template: str) -> None:
    sessions = meeting_of(template.format(second=_SECOND_LINK)).online_meetings
    assert [s.meeting_id for s in sessions] == ["87700011122", "81234567890"]
    assert all(s.confidence >= REVIEW_AT for s in sessions)


@pytest.mark.parametrize("template", [_TWO_ROOMS_EN, _TWO_ROOMS_TH])
def test_guard_a_link_and_a_different_id_with_no_link_of_its_own_are_in_doubt(
    template: str,
) -> None:
    sessions = meeting_of(template.format(second="")).online_meetings
    assert [s.meeting_id for s in sessions] == ["81234567890"]
    assert sessions[0].confidence < REVIEW_AT


# M3. A page of BlueJeans or GoToMeeting without a room's number is no session.

_TOOLS = (
    "The sample circle meets on 3 May 2027 at 14:00 in Room 4, Example Building.\nNotes: {link}\n"
)


@pytest.mark.parametrize(
    "link",
    [
        "https://www.gotomeeting.com/en-us/features",
        "https://www.bluejeans.com/blog/2027-sample-notes",
    ],
)
def test_a_services_product_page_is_no_session(link: str) -> None:
    assert meeting_of(_TOOLS.format(link=link)).online_meetings == ()


def test_guard_a_gotomeeting_join_link_is_a_session() -> None:
    body = _TOOLS.format(link="https://global.gotomeeting.com/join/445566778")
    sessions = meeting_of(body).online_meetings
    assert [(s.platform, s.meeting_id) for s in sessions] == [(Platform.OTHER, "445566778")]


# M4. "<room> … with a Zoom link" only where the call is the room's: not a clause of its own
# ("the office will send …"), nor an overflow room's link to the main hall.

_ASSEMBLY = (
    "Our yearly general assembly will take place on Friday, 12 March 2027 at 10:00 at the "
    "Example offices, 7 Sample Street, Lyon.\n{after}\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "The office will send speakers with a Zoom link a reminder the day before.",
        "Late-comers will wait in the lobby room with a video link to the main hall.",
    ],
)
def test_a_call_of_another_clause_or_room_is_not_hybrid(after: str) -> None:
    mode = meeting_of(_ASSEMBLY.format(after=after)).mode
    assert value_of(mode) is Mode.IN_PERSON


def test_guard_a_room_with_a_zoom_link_is_hybrid() -> None:
    after = "Members abroad may follow from the sample room with a Zoom link."
    mode = meeting_of(_ASSEMBLY.format(after=after)).mode
    assert value_of(mode) is Mode.HYBRID
    assert rule_code(mode) == "mode.joined_from_room"


def test_guard_a_thai_room_joined_by_video_is_still_hybrid() -> None:
    body = (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง วันที่ 12 มีนาคม 2570 เวลา 10.00 น. "
        "ผ่านระบบการประชุมทางไกล ณ ห้องประชุมตัวอย่าง 2 อาคารตัวอย่าง\n"
    )
    assert value_of(meeting_of(body).mode) is Mode.HYBRID


# M5. A cancelled meeting "on hold" with work going on via a call: no way is read; "on" names
# the meeting's way only with its call ("on a Zoom call").

_CALLED_OFF = "\n".join(
    [
        "Example working group meeting, 9 May 2027, 14:00 UTC.",
        "{way}",
        "Agenda: opening; review of open items; next steps.",
        "This meeting is cancelled.",
    ]
)


def test_a_meeting_on_hold_with_work_via_a_call_gives_no_way() -> None:
    way = (
        "The meeting will be on hold until June, and members may still share their notes "
        "via Zoom and by e-mail."
    )
    assert meeting_of(_CALLED_OFF.format(way=way)).mode is None


def test_guard_a_cancelled_meeting_on_a_zoom_call_keeps_its_way_under_review() -> None:
    mode = meeting_of(_CALLED_OFF.format(way="The call will be on Zoom as usual.")).mode
    assert value_of(mode) is Mode.VIRTUAL
    assert confidence_of(mode) < REVIEW_AT


# M6. A place phrase ends before an hour written "at 10 o'clock", "at 10h30" or "at noon".

_ROOM = "The vote of the example board was held on Monday 8 March in {place}.\n"


@pytest.mark.parametrize("hour", ["10 o'clock", "10h30", "noon"])
def test_a_room_ends_before_an_hour_in_words(hour: str) -> None:
    assert value_of(meeting_of(_ROOM.format(place=f"Room C at {hour}")).venue) == "Room C"


def test_guard_a_house_number_stays_in_the_address() -> None:
    venue = meeting_of(_ROOM.format(place="the Sample Club at 10 Example Street")).venue
    assert value_of(venue) == "Sample Club at 10 Example Street"
