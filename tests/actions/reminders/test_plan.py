import datetime as dt

import pytest

from bot.actions.reminders.plan import TargetKind, plan_reminders, targets_of
from bot.config.settings import RemindersSettings
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.understanding.record import Deadline, DeadlineKind
from bot.understanding.temporal.types import Relative
from tests.actions.reminders.meetings import BKK, SGT, slom_record

SETTINGS = RemindersSettings()


def meeting(record=None, **fields) -> Meeting:
    return Meeting(
        7,
        "uid-7",
        fields.pop("status", MeetingStatus.SCHEDULED),
        record or slom_record(),
        0,
        **fields,
    )


def fire_times(m: Meeting, target: str, settings=SETTINGS) -> dict[str, dt.datetime]:
    return {r.offset: r.fire_at for r in plan_reminders(m, settings, BKK) if r.target.key == target}


def test_singapore_deadline_is_reminded_at_half_past_eight_bangkok_time():
    # 00:30 on 16 September in Singapore is still Monday 15 September in Bangkok. The
    # day before is a Sunday: that reminder comes on Friday, where "3d" already was,
    # and the two are one.
    record = slom_record(registration=dt.datetime(2025, 9, 16, 0, 30, tzinfo=SGT))
    times = fire_times(meeting(record), "registration")
    assert times == {
        "7d": dt.datetime(2025, 9, 8, 8, 30, tzinfo=BKK),
        "1d": dt.datetime(2025, 9, 12, 8, 30, tzinfo=BKK),
        "morning": dt.datetime(2025, 9, 15, 8, 30, tzinfo=BKK),
    }


def test_a_saturday_deadline_is_reminded_on_friday_morning():
    record = slom_record(registration=dt.date(2025, 9, 13))  # a Saturday
    times = fire_times(meeting(record), "registration")
    assert times["morning"] == dt.datetime(2025, 9, 12, 8, 30, tzinfo=BKK)
    assert "1d" not in times  # Friday too: one reminder, not two at the same minute
    assert times["3d"] == dt.datetime(2025, 9, 10, 8, 30, tzinfo=BKK)


def test_public_holidays_and_declared_days_off_are_skipped():
    # Wednesday 10 December 2025 is Constitution Day; the office also closes the 9th.
    record = slom_record(registration=dt.date(2025, 12, 11), start=dt.date(2026, 1, 20))
    assert fire_times(meeting(record), "registration")["1d"].date() == dt.date(2025, 12, 9)
    settings = RemindersSettings(days_off=[dt.date(2025, 12, 9)])
    times = fire_times(meeting(record), "registration", settings)
    assert times["1d"] == dt.datetime(2025, 12, 8, 8, 30, tzinfo=BKK)
    no_holidays = RemindersSettings(holidays_country=None)
    assert fire_times(meeting(record), "registration", no_holidays)["1d"].day == 10


def three_days_before(kind: DeadlineKind, anchor: str, source: str) -> Deadline:
    relative = Relative(3, "day", working_days=False, direction="before", anchor=anchor)
    return Deadline(kind, None, relative, source)


def test_a_window_is_reminded_when_it_opens_and_on_its_last_day():
    arrival_card = three_days_before(
        DeadlineKind.TRAVEL,
        "arrival",
        "submit the arrival card within three (3) days before arrival",
    )
    # The meeting starts on Friday 3 October: the card opens on Tuesday 30 September.
    record = slom_record(start=dt.datetime(2025, 10, 3, 9, 0, tzinfo=SGT), deadlines=[arrival_card])
    [target] = [t for t in targets_of(meeting(record), SETTINGS, BKK) if t.key == "travel"]
    assert (target.opens, target.due) == (dt.date(2025, 9, 30), dt.date(2025, 10, 3))
    assert fire_times(meeting(record), "travel") == {
        "opens": dt.datetime(2025, 9, 30, 8, 30, tzinfo=BKK),
        "morning": dt.datetime(2025, 10, 3, 8, 30, tzinfo=BKK),
    }


def test_no_later_than_before_is_a_plain_deadline_not_a_window():
    documents = three_days_before(
        DeadlineKind.DOCUMENTS, "the Meeting", "no later than three days before the Meeting"
    )
    record = slom_record(start=dt.datetime(2025, 10, 3, 9, 0, tzinfo=SGT), deadlines=[documents])
    [target] = [t for t in targets_of(meeting(record), SETTINGS, BKK) if t.key == "documents"]
    assert (target.opens, target.due) == (None, dt.date(2025, 9, 30))


def test_meeting_gets_an_hour_before_and_no_morning_reminder_after_it_started():
    # 09:00 Singapore is 08:00 Bangkok: a reminder at 08:30 would come after the start.
    times = fire_times(meeting(), "meeting")
    assert times["60m"] == dt.datetime(2025, 9, 30, 7, 0, tzinfo=BKK)
    assert "morning" not in times
    assert times["1d"] == dt.datetime(2025, 9, 29, 8, 30, tzinfo=BKK)


def test_dry_run_is_reminded_the_day_before_the_morning_of_and_an_hour_before():
    times = fire_times(meeting(), "dry-run")
    assert times == {
        "1d": dt.datetime(2025, 9, 26, 8, 30, tzinfo=BKK),  # Sunday the 28th: Friday
        "morning": dt.datetime(2025, 9, 29, 8, 30, tzinfo=BKK),
        "60m": dt.datetime(2025, 9, 29, 12, 0, tzinfo=BKK),
    }


def test_configured_offsets_and_morning_hour_are_used():
    settings = RemindersSettings(
        offsets_days=[2], morning_of=dt.time(7, 45), before_start_minutes=30
    )
    times = fire_times(meeting(), "meeting", settings)
    assert times == {
        "2d": dt.datetime(2025, 9, 26, 7, 45, tzinfo=BKK),  # Sunday the 28th: Friday
        "morning": dt.datetime(2025, 9, 30, 7, 45, tzinfo=BKK),  # before the 08:00 start
        "30m": dt.datetime(2025, 9, 30, 7, 30, tzinfo=BKK),
    }


def test_nomination_memo_is_due_working_days_before_registration_skipping_holidays():
    # Registration closes Thursday 17 April 2025; Songkran (14-16 April, with the day in
    # lieu) and the weekend are not working days: three working days before is 9 April.
    record = slom_record(registration=dt.date(2025, 4, 17))
    targets = {t.key: t for t in targets_of(meeting(record), SETTINGS, BKK)}
    assert targets["nomination"].due == dt.date(2025, 4, 9)
    assert targets["nomination"].deadline.derived
    record = slom_record(registration=dt.date(2025, 9, 15))
    targets = {t.key: t for t in targets_of(meeting(record), SETTINGS, BKK)}
    assert targets["nomination"].due == dt.date(2025, 9, 10)


def test_stated_nomination_deadline_wins_over_the_derived_one():
    stated = Deadline(DeadlineKind.NOMINATION, dt.date(2025, 9, 1), None, "nominate by 1 September")
    record = slom_record(deadlines=[stated])
    nominations = [
        t for t in targets_of(meeting(record), SETTINGS, BKK) if t.key.startswith("nomination")
    ]
    assert [t.due for t in nominations] == [dt.date(2025, 9, 1)]


def test_a_registration_deadline_due_with_the_nomination_is_reminded_once_as_it():
    day = dt.date(2025, 9, 1)
    stated = Deadline(DeadlineKind.NOMINATION, day, None, "nominations by 1 September")
    record = slom_record(registration=day, deadlines=[stated])
    targets = {t.key: t.due for t in targets_of(meeting(record), SETTINGS, BKK)}
    assert targets.get("nomination") == day
    assert "registration" not in targets, "one act, one reminder"
    apart = slom_record(registration=dt.date(2025, 9, 15), deadlines=[stated])
    targets = {t.key: t.due for t in targets_of(meeting(apart), SETTINGS, BKK)}
    assert targets["registration"] == dt.date(2025, 9, 15)
    assert targets["nomination"] == day


def test_report_is_due_after_the_meeting_only_when_the_office_sets_a_target():
    assert "report" not in {t.key for t in targets_of(meeting(), SETTINGS, BKK)}
    settings = RemindersSettings(report_due_days_after_meeting=30)
    targets = {t.key: t for t in targets_of(meeting(), settings, BKK)}
    assert targets["report"].due == dt.date(2025, 10, 30)


def test_report_deadline_relative_to_the_meeting_gets_the_meetings_date():
    relative = Relative(2, "week", False, "after", "the Meeting")
    stated = Deadline(DeadlineKind.REPORT, None, relative, "within two weeks after the Meeting")
    settings = RemindersSettings(report_due_days_after_meeting=30)
    targets = {
        t.key: t for t in targets_of(meeting(slom_record(deadlines=[stated])), settings, BKK)
    }
    assert targets["report"].due == dt.date(2025, 10, 14)
    assert not targets["report"].deadline.derived


def test_relative_deadline_with_an_unknown_anchor_has_no_reminders():
    relative = Relative(5, "day", True, "after", "receipt of this letter")
    stated = Deadline(DeadlineKind.DOCUMENTS, None, relative, "within 5 working days of receipt")
    targets = targets_of(meeting(slom_record(deadlines=[stated])), SETTINGS, BKK)
    assert "documents" not in {t.key for t in targets}


def test_registration_stated_twice_is_one_target_and_two_different_deadlines_are_two():
    due = dt.datetime(2025, 9, 15, 23, 59, tzinfo=SGT)
    same = Deadline(DeadlineKind.REGISTRATION, due, None, "register by 15 September")
    other = Deadline(DeadlineKind.DOCUMENTS, dt.date(2025, 9, 20), None, "papers by 20 September")
    later = Deadline(DeadlineKind.DOCUMENTS, dt.date(2025, 9, 25), None, "slides by 25 September")
    targets = targets_of(meeting(slom_record(deadlines=[same, other, later])), SETTINGS, BKK)
    keys = [t.key for t in targets if t.kind is TargetKind.DEADLINE]
    assert keys == ["registration", "documents", "documents-2", "nomination"]


@pytest.mark.parametrize("status", [MeetingStatus.CANCELLED, MeetingStatus.POSTPONED])
def test_cancelled_or_postponed_meeting_has_no_reminders(status):
    assert plan_reminders(meeting(status=status), SETTINGS, BKK) == ()


def test_keys_are_stable_and_change_with_the_date():
    first = {r.key for r in plan_reminders(meeting(), SETTINGS, BKK)}
    assert first == {r.key for r in plan_reminders(meeting(), SETTINGS, BKK)}
    moved = slom_record(start=dt.datetime(2025, 10, 7, 9, 0, tzinfo=SGT))
    second = {r.key for r in plan_reminders(meeting(moved), SETTINGS, BKK)}
    meeting_keys = {k for k in first if ":meeting:" in k}
    assert meeting_keys
    assert not meeting_keys & second
    assert {k for k in first if ":registration:" in k} <= second


def test_date_only_start_takes_the_hour_from_the_main_zoom_session():
    record = slom_record()
    record = type(record)(
        **{**record.__dict__, "start": type(record.start)(dt.date(2025, 9, 30), "30 Sep")}
    )
    target = next(t for t in targets_of(meeting(record), SETTINGS, BKK) if t.key == "meeting")
    assert target.due == dt.datetime(2025, 9, 30, 9, 0, tzinfo=SGT)
