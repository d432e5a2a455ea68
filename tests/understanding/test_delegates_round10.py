"""Round ten's delegate and online-meeting classes (tests/realmail/FAILURES.md, "test10" Q1 and
I1; "Round ten fixes (kinds14)"), each in an invented text of the class's shape: a share of the
persons counted just before ("two from each country"), a quorum and a body's vacant seats,
a Zoom ID and password told in a sentence, a webinar's password written before its ID."""

from __future__ import annotations

import pytest

from bot.understanding.fields.delegates import find_delegates_requested
from bot.understanding.fields.online import find_online_meetings
from bot.understanding.fields.text import MessageText


@pytest.mark.parametrize(
    "body",
    [
        "Number of Participants: Up to 30 participants from member countries (two from each "
        "country, see 9. Qualifications).",
        # a PDF's copy lost the blank after the number
        "Number of Participants: Up to 30 participants from member countries (twofrom each "
        "country, see 9. Qualifications).",
    ],
)
def test_a_share_of_the_persons_counted_before_is_the_delegation(body: str) -> None:
    found = find_delegates_requested(MessageText.of(body, subject=""))
    assert found is not None
    assert found.value == 2
    assert found.confidence < 0.8  # the persons are named before the number, not with it


def test_a_share_of_things_asks_for_nobody() -> None:
    # guard: no persons are counted before the share
    body = "Posters: the hall has 60 boards (two from each country) for the exhibition."
    assert find_delegates_requested(MessageText.of(body, subject="")) is None


@pytest.mark.parametrize(
    "body",
    [
        "Annual General Meeting of Example Cooperative\nQuorum = 7 members (shareholders).\n",
        "The quorum is five members.\n",
        # a body's vacant seats, to be filled: no delegation asked of anyone
        "วิปตัวอย่างนัดประชุมเพื่อตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการตัวอย่าง แทนตำแหน่งที่ ว่าง จำนวน 2 คน\n",
    ],
)
def test_a_quorum_or_vacant_seats_are_no_delegation(body: str) -> None:
    assert find_delegates_requested(MessageText.of(body, subject="")) is None


def test_a_zoom_id_and_password_told_in_a_sentence() -> None:
    body = (
        "Use this link for the Zoom meeting. Callers by phone dial (555) 010-0000. The "
        "meeting ID is 812 3456 7890, and the password is 246810.\n"
    )
    (session,) = find_online_meetings(MessageText.of(body))
    assert (session.meeting_id, session.passcode) == ("81234567890", "246810")


def test_a_webinar_password_written_before_its_id_joins_it() -> None:
    body = (
        "The webinar opens from the link that follows:\n"
        "Password: 135791 Or iPhone one-tap: US:+15550100000,,81234567890#\n"
        "Or Telephone: Dial US: +1 555 010 0000 or +1 555 010 0001\n"
        "Webinar ID: 812 3456 7890\n"
    )
    (session,) = find_online_meetings(MessageText.of(body))
    assert (session.meeting_id, session.passcode) == ("81234567890", "135791")


def test_a_password_far_from_any_meeting_is_left() -> None:
    # guard: a password of something else, long before a meeting's ID, is not its passcode
    body = (
        "Your library account password: reading42\n"
        + "The reading room is open on weekdays from nine to five. " * 10
        + "\nWebinar ID: 812 3456 7890\n"
    )
    (session,) = find_online_meetings(MessageText.of(body))
    assert session.passcode is None


def test_a_rough_count_of_people_asks_for_nobody() -> None:
    body = (
        "No quorum is needed at this put-off meeting, but it would be a pity to see "
        "just two or three people.\n"
    )
    assert find_delegates_requested(MessageText.of(body, subject="")) is None


def test_a_wifi_password_before_a_webinar_id_is_not_its_passcode() -> None:
    # guard: the hall's Wi-Fi password, then the webinar's ID
    body = "Venue Wi-Fi password: guest2026\nWebinar ID: 812 3456 7890\n"
    (session,) = find_online_meetings(MessageText.of(body))
    assert session.passcode is None


def test_the_proxies_a_member_may_carry_are_no_delegation() -> None:
    body = "ผู้รับมอบอำนาจมีสิทธิ์ในการรับมอบอำนาจของสมาคมที่ตนสังกัด 1 ราย และรับมอบอำนาจให้สมาคมอื่นได้อีก 1 ราย\n"
    assert find_delegates_requested(MessageText.of(body, subject="")) is None
