"""Round eight, second pass: place and mode classes left on test8 and test7
(tests/realmail/FAILURES.md, "Round eight, second pass (places11)"), each in an invented text
of the class's shape."""

from __future__ import annotations

from bot.understanding.record import MeetingRecord, Mode
from tests.understanding.helpers import extract, mail


def _meeting(body: str, subject: str = "Example Council") -> MeetingRecord:
    return extract(mail(body, subject)).meeting


def _place(meeting: MeetingRecord) -> tuple[str | None, str | None]:
    return (
        meeting.venue.value if meeting.venue else None,
        meeting.city.value if meeting.city else None,
    )


def test_a_label_line_venue_of_the_meeting_over_an_address_block() -> None:
    meeting = _meeting(
        "Practical information\n\nVenue of the meeting\n\n"
        "Headquarters of the Example Organization of the United Nations\n"
        "Viale delle Esempio\n00184 Rome\n\nProgramme of the meeting\n\n"
        "The meeting opens at 10 a.m.\n"
    )
    assert _place(meeting) == (
        "Headquarters of the Example Organization of the United Nations",
        "Rome",
    )


def test_a_label_line_venue_and_address_with_the_short_name_in_brackets() -> None:
    meeting = _meeting(
        "Information note\n\nMeeting venue and address\n\n"
        "Kyoto Example Conference Center (ECC Kyoto) Exampledori, Sakyo-ku Kyoto 606-0001\n\n"
        "The meeting opens at 10 a.m.\n"
    )
    assert _place(meeting) == ("Kyoto Example Conference Center (ECC Kyoto)", "Kyoto")


def test_a_building_ends_at_its_city_though_a_headline_runs_on() -> None:
    # (a PDF's text loses the blank line between the place line and the headline)
    meeting = _meeting(
        "At the Former Example Assembly Building in Santiago Example Officials' Meeting Held\n"
        "The officials met today and agreed on the plan.\n",
        "Example news",
    )
    assert _place(meeting) == ("Former Example Assembly Building", "Santiago")


def test_a_listings_place_line_below_the_days_and_the_hour() -> None:
    meeting = _meeting(
        "Example Committee (25th meeting)\n\nThe meeting will be public.\n\n"
        "2 July 2027\n2:40 pm\n\nExample Office at Geneva\n\nLink to the conference\n"
    )
    assert _place(meeting) == ("Example Office", "Geneva")
    assert meeting.city is not None
    assert meeting.city.confidence < 0.8


def test_a_listing_line_that_is_a_sentence_is_no_place() -> None:
    # guard: a sentence below the days is read by the sentence rules, not as a listing's line
    meeting = _meeting(
        "Example Committee\n\n2 July 2027\n\nMembers may send questions to the office in Geneva.\n"
    )
    assert meeting.city is None


def test_payment_made_onsite_says_nothing_of_the_mode() -> None:
    meeting = _meeting(
        "Example Symposium 2027: Fees\n\n"
        "If you cannot pay by 31 May 2027, you may be allowed to make payment onsite.\n"
    )
    assert meeting.mode is None


def test_an_onsite_meeting_is_still_in_person() -> None:
    # guard: "held onsite" is the meeting's own mode
    meeting = _meeting("The Example Symposium will be held onsite on 3 June 2027.\n")
    assert meeting.mode is not None
    assert meeting.mode.value is Mode.IN_PERSON


def test_a_count_of_the_other_members_asks_for_no_delegates() -> None:
    meeting = _meeting(
        "Example Forum 2027\n\nTen countries have replied. There are still three weeks for the "
        "other five members and observers to confirm their attendance at the session.\n"
    )
    assert meeting.delegates_requested is None


def test_a_request_for_two_delegates_still_counts() -> None:
    # guard: the plain request is read as before
    meeting = _meeting(
        "Example Forum 2027\n\nEach member State is invited to nominate two delegates to "
        "participate in the meeting.\n"
    )
    assert meeting.delegates_requested is not None
    assert meeting.delegates_requested.value == 2
