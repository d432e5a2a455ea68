"""Round eight's time and zone classes (tests/realmail/FAILURES.md, Z1, Z2, Z4, R1, I1), each in
an invented text of the class's shape: zones named in words as Zoom, Outlook and Webex print
them, a team's short form, an hour written before its day, an early rate's deadline beside the
registration deadline, and a Google Meet code."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.understanding.fields.online import find_online_meetings
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Platform
from bot.understanding.temporal.clocks import find_clocks
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal
from tests.understanding.helpers import SENT, extract_text


def _one(text: str) -> Temporal:
    (found,) = find_temporal(text, reference=SENT)
    return found


@pytest.mark.parametrize(
    ("label", "zone"),
    [
        ("Pacific Time (US and Canada)", "America/Los_Angeles"),
        ("Eastern Time (US and Canada)", "America/New_York"),
        ("Central Time (US and Canada)", "America/Chicago"),
        # (guards: Zoom's city labels, read before this round)
        ("Bangkok", "Asia/Bangkok"),
        ("Hanoi", "Asia/Ho_Chi_Minh"),
        ("Jakarta", "Asia/Jakarta"),
        ("Kuala Lumpur, Singapore", "Asia/Kuala_Lumpur"),
        ("(GMT+7:00) Bangkok, Hanoi, Jakarta", "Asia/Bangkok"),
        ("Nairobi", "Africa/Nairobi"),
    ],
)
def test_zooms_invitation_line_keeps_the_zone_it_names_in_words(label: str, zone: str) -> None:
    meeting = extract_text(
        "Person A invites you to a scheduled Zoom meeting.\n\n"
        "Topic: Example Network Call\n"
        f"Time: May 14, 2026 09:00 AM {label}\n\n"
        "Join Zoom Meeting\nhttps://zoom.us/j/81234567890\nMeeting ID: 812 3456 7890\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.timezone is not None
    assert meeting.timezone.value == zone
    assert meeting.start.value == dt.datetime(2026, 5, 14, 9, 0, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("text", "zone", "hour_utc"),
    [
        ("Thursday, 14 May 2026 at 10:00 Pacific Standard Time", "America/Los_Angeles", 17),
        ("on 14 May 2026 at 12:00 noon U.S. Eastern Time", "America/New_York", 16),
        ("Thursday, 14 May 2026, 10:00 Central European Summer Time", "Europe/Paris", 8),
        # Outlook's label gives the zone's winter offset all year: no disagreement in May
        ("Thursday, May 14, 2026 9:00 AM (UTC-05:00) Eastern Time (US & Canada)",
         "America/New_York", 13),
    ],
)  # fmt: skip
def test_a_regions_time_in_words_is_its_zone_with_its_summer_time(
    text: str, zone: str, hour_utc: int
) -> None:
    found = _one(text)
    assert found.tz == zone
    assert isinstance(found.start, dt.datetime)
    assert found.start.astimezone(dt.UTC).hour == hour_utc
    assert found.confidence >= 0.9  # the forms written agree


def test_a_regions_name_without_time_after_it_is_no_zone() -> None:
    # guard: "Central" alone names a hall, not America/Chicago
    assert _one("Thursday, 14 May 2026 at 10:00 Central Hall, Example Building").tz == (
        "Asia/Bangkok"
    )


def test_a_teams_short_form_bkk_with_its_offset_is_bangkok() -> None:
    found = _one("Example Working Group call: 14 May 2026, 8:30-9:30am BKK (GMT+07:00)")
    assert found.tz == "Asia/Bangkok"
    assert not found.zone_assumed  # written
    assert found.start == dt.datetime(2026, 5, 14, 8, 30, tzinfo=ZoneInfo("Asia/Bangkok"))


def test_an_offsets_digits_are_no_time_of_day() -> None:
    assert list(find_clocks("Example call (GMT+07:00) and (UTC-05:00)")) == []


def test_a_mornings_range_ending_12_00_am_ends_at_noon_under_review() -> None:
    meeting = extract_text(
        "The Example Workshop will take place from 9:00-12:00am BKK (GMT+07:00) on 14 May 2026."
    ).meeting
    assert meeting.start is not None
    assert meeting.end is not None
    bangkok = ZoneInfo("Asia/Bangkok")
    assert meeting.start.value == dt.datetime(2026, 5, 14, 9, 0, tzinfo=bangkok)
    assert meeting.end.value == dt.datetime(2026, 5, 14, 12, 0, tzinfo=bangkok)
    assert meeting.start.confidence < 0.8


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dear colleagues,\n\nThe next Example Network call will be held 14:00 UTC Thursday,"
            " May 14, 2026 on Zoom.\n",
            dt.datetime(2026, 5, 14, 14, 0, tzinfo=dt.UTC),
        ),
        (
            "Dear all,\n\nPlease join us at 3:30 pm next Tuesday 14th April for the Example"
            " Working Group call.\n",
            dt.datetime(2026, 4, 14, 15, 30, tzinfo=ZoneInfo("Asia/Bangkok")),
        ),
    ],
)
def test_an_hour_written_before_its_day_in_a_sentence_is_the_meetings(
    body: str, expected: dt.datetime
) -> None:
    meeting = extract_text(body).meeting
    assert meeting.start is not None
    assert meeting.start.value == expected


def test_a_mail_stamps_hour_after_its_day_is_still_no_meeting() -> None:
    # guard: the quoted reply's stamp stays a document's date
    meeting = extract_text(
        "The Example Board meets on Friday, 10 April 2026 at 10:00.\n\n"
        "On Mon, Mar 30, 2026 at 6:30 PM Person A <a@example.org> wrote:\n"
        "> Could the Board meet in April?\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 4, 10, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok"))


def test_the_last_hour_comments_are_taken_through_is_not_the_meetings_hour() -> None:
    meeting = extract_text(
        "The Example Council meeting on Monday, April 13 at 4:00 PM will be held via Zoom.\n"
        "Written comments are taken by e-mail through 1:00 pm on Monday, April 13.\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 4, 13, 16, 0, tzinfo=ZoneInfo("Asia/Bangkok"))


def test_the_registration_deadline_is_not_the_early_rates_day() -> None:
    meeting = extract_text(
        "Example Conference on Testing 2026\n\n"
        "IMPORTANT DATES\n"
        "Paper submission deadline: February 1, 2026\n"
        "Early registration deadline: April 10, 2026\n"
        "Registration deadline: April 20, 2026, midnight\n"
        "Conference dates: May 14-15, 2026\n"
    ).meeting
    assert meeting.registration_deadline is not None
    value = meeting.registration_deadline.value
    assert isinstance(value, dt.datetime)
    assert value.date() == dt.date(2026, 4, 20)


@pytest.mark.parametrize(
    "body",
    [
        "Join the Example Working Group on Google Meet: https://meet.google.com/abc-defg-hij",
        "Google Meet details\nVideo call link: https://meet.google.com/abc-defg-hij?hs=122",
        "The call is on Google Meet. Meeting code: abc-defg-hij",
    ],
)
def test_a_google_meet_code_is_the_meeting_id(body: str) -> None:
    (session,) = find_online_meetings(MessageText.of(body))
    assert (session.platform, session.meeting_id) == (Platform.MEET, "abc-defg-hij")


def test_a_dashed_word_is_no_meet_code() -> None:
    # guard: letters in the Meet code's shape without a code's label or a Meet link
    assert find_online_meetings(MessageText.of("Our pre-tour day: see the one-week plan.")) == ()


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        (
            "Date & Time: May 14, 2026 09:00 AM in Pacific Time (US and Canada)",
            "America/Los_Angeles",
        ),
        ("Date & Time: May 14, 2026 09:00 PM in Kuala Lumpur, Singapore", "Asia/Kuala_Lumpur"),
    ],
)
def test_zooms_webinar_line_names_its_zone_after_in(line: str, zone: str) -> None:
    found = _one(line)
    assert found.tz == zone
    assert not found.zone_assumed


def test_an_hour_joined_to_its_day_from_another_line_keeps_the_zone_written_after_it() -> None:
    meeting = extract_text(
        "Guideline for the Example Plenary Session\n\n"
        "  • Join the plenary session on Zoom on May 14, 2026\n"
        "  • Every participant should join with the registered name, starting at 07:30 AM\n"
        "    (Jakarta Time)\n"
    ).meeting
    assert meeting.timezone is not None
    assert meeting.timezone.value == "Asia/Jakarta"
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 5, 14, 7, 30, tzinfo=ZoneInfo("Asia/Jakarta"))


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("on Thursday, 16 April 2026 at 9am PT / 12pm ET", "America/Los_Angeles"),
        ("on Thursday, 16 April 2026 at 11:00 CT", "America/Chicago"),
    ],
)
def test_a_community_calls_short_zone_after_its_hour_is_read(text: str, zone: str) -> None:
    assert _one(text).tz == zone


def test_a_company_form_pt_after_an_hour_is_no_zone() -> None:
    # guard: "PT" opens an Indonesian company's name; the zone needs a word boundary after it
    assert _one("on 16 April 2026 at 10:00 at PT Example Indonesia").tz == "Asia/Bangkok"


def test_a_teams_meeting_id_of_fourteen_digits_is_read() -> None:
    (session,) = find_online_meetings(
        MessageText.of(
            "Microsoft Teams meeting\nClick here to join the meeting\n"
            "Meeting ID: 239 658 124 785 61\nPasscode: Xy7Kq2\n"
        )
    )
    assert (session.platform, session.meeting_id) == (Platform.TEAMS, "23965812478561")
    assert session.passcode == "Xy7Kq2"
