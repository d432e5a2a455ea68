"""How a meeting is held, as real notices say it: online after a verb or before a meeting's
name, a denied physical presence, and the way of another meeting that says nothing of this."""

from __future__ import annotations

import pytest

from bot.understanding.record import Mode
from tests.understanding.helpers import extract, mail


def _mode(body: str) -> Mode | None:
    mode = extract(mail(body)).meeting.mode
    return None if mode is None else mode.value


@pytest.mark.parametrize(
    "sentence",
    [
        "The Special Summit on Trade will be held online on 14 April 2026.",
        "Viet Nam to host much-delayed ASEAN summit online on 26 June 2026.",
        "The PM chairs the online ASEAN Special Summit on 14 April 2026.",
        "The Board will hold a regular meeting on 17 November 2026 by telephone, video link,"
        " or any other means not requiring physical presence.",
    ],
)
def test_online_said_in_other_words_is_virtual(sentence: str) -> None:
    assert _mode(sentence) is Mode.VIRTUAL


@pytest.mark.parametrize(
    "sentence",
    [
        "Directors may participate in any meeting by telephone or other means not requiring"
        " physical presence.",
        "The by-laws allow a meeting by electronic means not requiring physical presence.",
        "The Board can meet without physical presence if necessary.",
    ],
)
def test_a_meeting_only_allowed_without_physical_presence_is_not_said_virtual(
    sentence: str,
) -> None:
    text = f"The Annual Meeting takes place on 17 November 2026 at the Town Hall. {sentence}"
    assert _mode(text) is Mode.IN_PERSON


def test_the_way_of_another_meeting_says_nothing_of_this_one() -> None:
    text = (
        "The Working Group met on 14-15 June 2026. Around July there could be an additional"
        " virtual meeting for all members."
    )
    assert _mode(text) is None
    assert _mode("The Forum takes place on 3 May 2026 without physical attendance.") is Mode.VIRTUAL


def test_a_venue_label_that_names_a_platform_is_no_venue() -> None:
    text = (
        "Date\nOctober 11 – October 14, 2026\n"
        "Place\nRegional virtual ZOOM platform, broadcasted from the Office in Cairo, Egypt.\n"
    )
    assert _mode(text) is Mode.VIRTUAL
    assert _mode("Venue : Virtually - Hanoi - Viet Nam\nDate : 24 August 2026\n") is Mode.VIRTUAL
