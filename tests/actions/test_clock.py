"""One clock for people: Bangkok time first, the organiser's stated time in brackets."""

import datetime as dt
from zoneinfo import ZoneInfo

from bot.actions.clock import (
    english_when,
    page_when,
    people_time,
    people_when,
    table_time,
    utc_time,
)

BKK = ZoneInfo("Asia/Bangkok")
SGT = ZoneInfo("Asia/Singapore")


def test_singapore_deadline_reads_in_bangkok_time_with_the_stated_time_beside():
    due = dt.datetime(2025, 9, 15, 23, 59, tzinfo=SGT)
    assert people_time(due, BKK) == "22.59 น. เวลาประเทศไทย (23.59 น. เวลาสิงคโปร์)"
    assert people_when(due, BKK, digits=True, weekday=False) == (
        "๑๕ กันยายน ๒๕๖๘ เวลา ๒๒.๕๙ น. เวลาประเทศไทย (๒๓.๕๙ น. เวลาสิงคโปร์)"
    )
    assert (
        english_when(due, BKK)
        == "15 September 2025, 22:59 Bangkok time (23:59 UTC+08:00 as stated)"
    )
    assert table_time(due, BKK) == "2025-09-15 22:59 (23:59 UTC+08:00)"


def test_bangkok_time_has_no_brackets_and_a_bare_offset_is_named_by_it():
    assert people_time(dt.datetime(2025, 9, 30, 9, 30, tzinfo=BKK), BKK) == "09.30 น. เวลาประเทศไทย"
    stored = dt.datetime.fromisoformat("2025-09-16T00:30:00+08:00")  # a record read back
    assert people_time(stored, BKK) == (
        "23.30 น. เวลาประเทศไทย (00.30 น. 16 กันยายน 2568 เวลา UTC+08:00)"
    )


def test_status_and_logs_say_utc():
    assert utc_time(dt.datetime(2025, 9, 15, 23, 59, tzinfo=SGT)) == "2025-09-15 15:59:00 UTC"


def test_the_workspace_gives_the_buddhist_era_then_the_gregorian_day():
    due = dt.datetime(2025, 9, 15, 23, 59, tzinfo=SGT)
    assert page_when(due, BKK) == "15 ก.ย. 2568 22.59 น. (2025-09-15 22:59 ICT)"
    assert page_when(due, BKK, "Asia/Singapore") == (
        "15 ก.ย. 2568 22.59 น. (2025-09-15 22:59 ICT) [23.59 น. เวลาสิงคโปร์]"
    )
    assert page_when(due, BKK, "Asia/Bangkok") == page_when(due, BKK)
    assert page_when(due, BKK, "Not/AZone").endswith("[Not/AZone]")
    assert page_when(dt.date(2027, 3, 3), BKK) == "3 มี.ค. 2570 (2027-03-03)"


def test_the_workspace_gives_the_organisers_day_when_their_clock_is_on_another():
    """09.30 in Bangkok on 3 March is 21.30 on 2 March in New York: the bracket says so, and
    names a zone the table lacks in Thai by its offset, as the chat does."""
    start = dt.datetime(2027, 3, 3, 9, 30, tzinfo=BKK)
    assert page_when(start, BKK, "America/New_York") == (
        "3 มี.ค. 2570 09.30 น. (2027-03-03 09:30 ICT) [21.30 น. 2 มี.ค. 2570 เวลา UTC-05:00]"
    )
    assert page_when(start, BKK, "Asia/Singapore").endswith("[10.30 น. เวลาสิงคโปร์]")
