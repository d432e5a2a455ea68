"""Merging rules, on records built by hand."""

import datetime as dt

from bot.meetings.merge import merge_records
from bot.understanding.record import (
    Deadline,
    DeadlineKind,
    Extracted,
    MeetingRecord,
    MessageKind,
    OnlineMeeting,
    Platform,
    SessionLabel,
)
from bot.understanding.temporal.types import Relative

SGT = dt.timezone(dt.timedelta(hours=8))


def x(value, confidence=0.9):
    return Extracted(value, "source text", confidence)


def test_nothing_wipes_a_value():
    old = MeetingRecord(title=x("Workshop on Green Jobs"), venue=x("Hilton Hotel"))
    merged = merge_records(
        old, MeetingRecord(title=x("Workshop on Green Jobs")), kind=MessageKind.UPDATE
    )
    assert merged.record.venue.value == "Hilton Hotel"
    assert merged.changed == ()
    assert not merged.visible


def test_a_restated_value_replaces_the_old_one():
    old = MeetingRecord(venue=x("Hilton Hotel"))
    merged = merge_records(old, MeetingRecord(venue=x("Le Méridien")), kind=MessageKind.UPDATE)
    assert merged.record.venue.value == "Le Méridien"
    assert merged.changed == ("venue",)
    assert merged.visible


def test_a_much_less_certain_restatement_is_not_believed():
    old = MeetingRecord(venue=x("Hilton Hotel", 0.95))
    merged = merge_records(old, MeetingRecord(venue=x("Somewhere", 0.4)), kind=MessageKind.UPDATE)
    assert merged.record.venue.value == "Hilton Hotel"


def test_a_day_without_hours_keeps_the_hours_known():
    start = dt.datetime(2025, 9, 30, 9, 30, tzinfo=SGT)
    end = dt.datetime(2025, 9, 30, 17, 30, tzinfo=SGT)
    old = MeetingRecord(start=x(start), end=x(end))
    new = MeetingRecord(start=x(dt.date(2025, 9, 30)))
    merged = merge_records(old, new, kind=MessageKind.UPDATE)
    assert (merged.record.start.value, merged.record.end.value) == (start, end)


def test_postponement_moves_start_and_end_together():
    old = MeetingRecord(start=x(dt.date(2026, 3, 24)), end=x(dt.date(2026, 3, 25)))
    new = MeetingRecord(start=x(dt.date(2026, 5, 19), 0.6))
    merged = merge_records(old, new, kind=MessageKind.POSTPONEMENT)
    assert merged.record.start.value == dt.date(2026, 5, 19)
    assert merged.record.end is None  # the old last day belongs to the old dates
    assert set(merged.changed) == {"start", "end"}


def test_sessions_are_merged_by_meeting_id():
    zoom = OnlineMeeting(
        Platform.ZOOM, None, "84825168770", None, SessionLabel.MAIN, None, None, "s"
    )
    with_passcode = OnlineMeeting(
        Platform.ZOOM, "https://zoom.us/j/84825168770", "84825168770", "610357",
        SessionLabel.MAIN, None, None, "s",
    )  # fmt: skip
    merged = merge_records(
        MeetingRecord(online_meetings=(zoom,)),
        MeetingRecord(online_meetings=(with_passcode,)),
        kind=MessageKind.UPDATE,
    )
    (session,) = merged.record.online_meetings
    assert (session.url, session.passcode) == ("https://zoom.us/j/84825168770", "610357")


def test_an_extended_deadline_replaces_the_old_one_of_its_kind():
    def deadline(kind, day):
        return Deadline(kind, day, None, "s")

    old = MeetingRecord(
        deadlines=(
            deadline(DeadlineKind.REGISTRATION, dt.date(2026, 3, 1)),
            deadline(DeadlineKind.TRAVEL, dt.date(2026, 3, 20)),
        )
    )
    new = MeetingRecord(deadlines=(deadline(DeadlineKind.REGISTRATION, dt.date(2026, 3, 8)),))
    merged = merge_records(old, new, kind=MessageKind.UPDATE)
    assert [(d.kind, d.due) for d in merged.record.deadlines] == [
        (DeadlineKind.TRAVEL, dt.date(2026, 3, 20)),
        (DeadlineKind.REGISTRATION, dt.date(2026, 3, 8)),
    ]


def test_a_relative_deadline_is_resolved_when_the_dates_arrive():
    report = Deadline(
        DeadlineKind.REPORT, None, Relative(2, "week", False, "after", "the Meeting"), "s"
    )
    merged = merge_records(
        MeetingRecord(deadlines=(report,)),
        MeetingRecord(start=x(dt.date(2025, 9, 30))),
        kind=MessageKind.UPDATE,
    )
    (resolved,) = merged.record.deadlines
    assert resolved.due == dt.date(2025, 10, 14)


def test_a_surer_restatement_keeps_the_surer_reading():
    # An invitation's "virtual" held under review, then the follow-up's beside its Zoom block.
    old = MeetingRecord(mode=Extracted("virtual", "held online", 0.75))
    merged = merge_records(
        old, MeetingRecord(mode=Extracted("virtual", "Join Zoom", 0.9)), kind=MessageKind.UPDATE
    )
    assert merged.record.mode.confidence == 0.9
    assert merged.record.mode.source == "Join Zoom"
    assert merged.changed == ()


def test_a_less_sure_restatement_keeps_the_first_reading():
    old = MeetingRecord(mode=Extracted("virtual", "Join Zoom", 0.9))
    merged = merge_records(
        old, MeetingRecord(mode=Extracted("virtual", "held online", 0.75)), kind=MessageKind.UPDATE
    )
    assert merged.record.mode.source == "Join Zoom"
