"""Round eight, second pass: title classes left on test8 (tests/realmail/FAILURES.md, "Round
eight, second pass (places11)"), each in an invented text of the class's shape."""

from __future__ import annotations

from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import meeting_of, value_of


def _meeting(body: str, subject: str = "Example Circular No. 1") -> MeetingRecord:
    return meeting_of(body, subject)


def test_a_circulars_heading_in_capitals_under_guidelines_for() -> None:
    meeting = _meeting(
        "EXAMPLE COOPERATION 2027\n\nADMINISTRATIVE CIRCULAR No. 3\n\n"
        "INFORMATION AND GUIDELINES FOR:\n\n"
        "THE SYMPOSIUM ON 2027 EXAMPLE GOALS AND THE INFORMAL SENIOR OFFICIALS MEETING\n\n"
        "EXAMPLE CITY, EXAMPLE LAND DECEMBER 12-13, 2027\n"
    )
    title = value_of(meeting.title)
    assert title is not None
    assert title.lower() == (
        "symposium on 2027 example goals and the informal senior officials meeting"
    )
    assert meeting.title is not None
    assert meeting.title.confidence < 0.8  # a heading's name, under review


def test_a_year_inside_a_name_before_its_subject() -> None:
    meeting = _meeting(
        "The Example Council invites you to the Regional Forum on 2030 Example Goals in Bangkok.\n",
        "Invitation",
    )
    assert value_of(meeting.title) == "Regional Forum on 2030 Example Goals"


def test_a_year_before_a_month_is_the_meetings_day() -> None:
    # guard: "… Forum on 2027 May 3" is no name's year
    meeting = _meeting(
        "The Example Council invites you to the Regional Example Forum on 2027 May 3.\n",
        "Invitation",
    )
    assert value_of(meeting.title) == "Regional Example Forum"


def test_a_page_headed_important_dates_names_its_congress_under_review() -> None:
    meeting = _meeting(
        "Important dates\n\nDeadline for active participation\n\nJanuary 11, 2027, midnight\n\n"
        "Deadline for passive participation\n\nApril 23, 2027, midnight\n",
        "12th Annual Congress of the Example Society of Cardiology: important dates",
    )
    assert value_of(meeting.title) == "12th Annual Congress of the Example Society of Cardiology"
    assert meeting.title is not None
    assert meeting.title.confidence < 0.8


_HOSTED = (
    "Example City, 15 August 2027 – The Example Organization and the Example Forum in Asia "
    "(EFA) today hosted a regional consultation workshop entitled "
    '"The Future of Example Work in Asia: Priority Areas".\n\n'
    "The two-day event, held in Bangkok, gathered input from civil society.\n"
)


def test_the_host_of_an_event_is_no_title_and_the_quoted_name_is() -> None:
    meeting = _meeting(_HOSTED, "Example news")
    assert value_of(meeting.title) == "The Future of Example Work in Asia: Priority Areas"
    assert meeting.title is not None
    assert meeting.title.confidence < 0.8  # new, under review


def test_a_series_hosting_its_edition_is_still_its_name() -> None:
    # guard: "the Example Dialogue on Migration (EDM) hosted its 20th edition" names the meeting
    meeting = _meeting(
        "In 2027, the International Example Dialogue on Migration (IEDM) hosted its 20th "
        "edition. The dialogue gives a platform for timely debates.\n",
        "Example news",
    )
    assert value_of(meeting.title) == "International Example Dialogue on Migration"
