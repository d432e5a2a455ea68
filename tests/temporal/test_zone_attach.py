"""Where a zone is written: after, before, or once for a section of a mail chain."""

import datetime as dt

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.zone_attach import SectionZones, zone_after, zone_before

REF = dt.datetime(2026, 4, 20)
DAY = dt.date(2026, 6, 10)


def test_a_statement_sets_the_zone_of_the_times_after_it_and_says_so() -> None:
    text = "All times are in Singapore time (GMT+8).\n\nOpening: 10 June 2026, 09:00-10:30"
    (item,) = find_temporal(text, reference=REF)
    assert item.tz == "Asia/Singapore"
    assert isinstance(item.start, dt.datetime)
    assert item.start.utcoffset() == dt.timedelta(hours=8)
    assert "zone from the statement 'All times are in Singapore time (GMT+8)'" in item.reasons


def test_a_statement_does_not_reach_back() -> None:
    # The administrative note of a scanned memo ends with its zone; the Bangkok receiving stamp
    # above it is no Malaysian time.
    text = "วันที่ 8 ม.ค. 2569\nเวลา 13.51\n\n13. GENERAL INFORMATION\n- Time Zone** : GMT+8 (MYT)"
    (stamp,) = find_temporal(text, reference=REF)
    assert stamp.tz == "Asia/Bangkok"


def test_a_statement_stops_at_the_next_message_of_the_chain() -> None:
    text = (
        "All times are in Singapore time.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Secretariat <sec@example.org>\n"
        "Date: Mon, 8 Jun 2026 at 10:00\n"
    )
    (stamp,) = find_temporal(text, reference=REF)
    assert stamp.tz == "Asia/Bangkok"


def test_a_zone_written_at_the_time_wins_over_the_statement() -> None:
    text = "Time zone: GMT+8 (MYT)\nDry run: 9 June 2026, 14:00 (Bangkok time)"
    (item,) = find_temporal(text, reference=REF)
    assert item.tz == "Asia/Bangkok"


def test_dates_without_a_time_keep_the_default_zone_under_a_statement() -> None:
    text = "All times are in Manila time.\nThe Forum is on 10 June 2026."
    (item,) = find_temporal(text, reference=REF)
    assert item.start == DAY
    assert item.tz == "Asia/Bangkok"


def test_a_statement_without_a_zone_is_passed_over() -> None:
    text = "Time zone: GMT+7\nBadges must be worn at all times in the venue.\n10 June 2026, 09:00"
    (item,) = find_temporal(text, reference=REF)
    assert item.tz == "UTC+07:00"
    sections = SectionZones(text)
    assert sections.at(0, DAY) is None


def test_outlook_offset_then_cities() -> None:
    text = "9:00 AM-11:00 AM (UTC+07:00) Bangkok, Hanoi, Jakarta."
    written = zone_after(text, text.index(" (UTC"), DAY)
    assert written is not None
    assert written.zone == "Asia/Bangkok"
    assert text[written.start : written.end] == " (UTC+07:00) Bangkok, Hanoi, Jakarta"


def test_a_zone_before_the_expression_but_not_across_a_line() -> None:
    text = "(GMT+8) 10:00 – 11:30"
    written = zone_before(text, text.index("10:00"), 0, DAY)
    assert written is not None
    assert (written.zone, written.start) == ("UTC+08:00", 0)
    assert zone_before("(GMT+8)\n10:00", 8, 0, DAY) is None


def test_a_place_after_a_time_only_where_the_clause_ends() -> None:
    (zoom,) = find_temporal("Time: Jan 28, 2026 02:00 PM Jakarta\n", reference=REF)
    assert zoom.tz == "Asia/Jakarta"
    (venue,) = find_temporal("9 June 2026 at 10:00 Singapore Management University", reference=REF)
    assert venue.tz == "Asia/Bangkok"


def test_a_statement_whose_forms_disagree_is_doubted_on_the_day_of_the_time() -> None:
    # Paris is UTC+1 in winter and UTC+2 in summer: "GMT+1" agrees only in winter.
    text = "Time zone: Paris (GMT+1)\n10 January 2026, 09:00\n\n10 June 2026, 09:00"
    winter, summer = find_temporal(text, reference=REF)
    assert winter.tz == summer.tz == "Europe/Paris"
    assert not any("disagree" in r for r in winter.reasons)
    assert any("disagree" in r for r in summer.reasons)
