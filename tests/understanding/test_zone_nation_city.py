"""A nation's time and the city the text writes the meeting in (round seventeen's mend): where
the city does not keep the zone the nation's name was read as, the city's zone is the meeting's
("Samoa Standard Time" is also American Samoa's name for its own time)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import BANGKOK, assert_under_review, meeting_of, value_of

_SENT = dt.datetime(2027, 9, 6, 9, tzinfo=BANGKOK)


def _board(when: str) -> MeetingRecord:
    return meeting_of(
        f"The Example Board will meet on {when}.\nPlease join ten minutes early.",
        "Example Board meeting",
        sent=_SENT,
    )


def test_a_nations_time_the_written_city_does_not_keep_gives_the_citys_zone() -> None:
    meeting = _board("14 September 2027 at 10:00 Samoa Standard Time in Pago Pago, American Samoa")
    pago_pago = ZoneInfo("Pacific/Pago_Pago")
    assert_under_review(meeting.timezone, "Pacific/Pago_Pago")
    assert value_of(meeting.start) == dt.datetime(2027, 9, 14, 10, tzinfo=pago_pago)
    assert value_of(meeting.start).utcoffset() == dt.timedelta(hours=-11)


def test_guard_a_nations_time_the_written_city_keeps_stays() -> None:
    meeting = _board(
        "30 October 2027 at 2pm Australian Daylight Saving Time in Canberra, Australia"
    )
    start = value_of(meeting.start)
    assert start == dt.datetime(2027, 10, 30, 14, tzinfo=ZoneInfo("Australia/Sydney"))
    assert start.utcoffset() == dt.timedelta(hours=11)


def test_guard_a_citys_time_is_kept_where_the_meeting_is_in_another_city() -> None:
    # a zone named by its city, not a nation's: the text's own word for the hour's zone
    meeting = _board("14 September 2027 at 10:00 Apia time in Pago Pago, American Samoa")
    assert value_of(meeting.timezone) == "Pacific/Apia"
    assert value_of(meeting.start).utcoffset() == dt.timedelta(hours=13)
