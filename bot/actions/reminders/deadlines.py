"""Deadlines meetbot works out itself: the nomination memo, the report, relative ones.

The organiser states the registration deadline; the office needs its own memo signed
some working days before it, and (when the office sets a target) a report after the
meeting. A deadline stated relative to the meeting ("within two weeks after the
Meeting") gets its date from the meeting's dates.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.config.settings import RemindersSettings
from bot.understanding.record import Deadline, DeadlineKind, MeetingRecord, When
from bot.understanding.temporal.relative import resolve_relative
from bot.understanding.temporal.types import Relative

# Anchors that mean the meeting itself; anything else ("receipt of this letter") has
# no date meetbot knows, so such a deadline stays without one rather than guess.
MEETING_ANCHOR_WORDS = (
    "meeting",
    "workshop",
    "conference",
    "forum",
    "seminar",
    "session",
    "event",
    "programme",
    "program",
    "training",
    "arrival",
    "ประชุม",
    "สัมมนา",
)


WINDOW_CUES = ("within", "ภายใน")

# Why meetbot set a deadline no letter states, as the chat shows it after "คำนวณโดยระบบ:":
# Thai first, the English beside; one line per kind of office rule.
OFFICE_RULES: dict[DeadlineKind, tuple[str, str]] = {
    DeadlineKind.NOMINATION: (
        "{days} วันทำการก่อนวันปิดลงทะเบียน (หลักเกณฑ์ของสำนักงาน)",
        "{days} working days before the registration deadline (office rule)",
    ),
    DeadlineKind.REPORT: (
        "{days} วันหลังการประชุม (เป้าหมายของสำนักงาน)",
        "{days} days after the meeting (office target)",
    ),
}


def office_rule(kind: DeadlineKind, days: int) -> str:
    """'3 วันทำการก่อนวันปิดลงทะเบียน (หลักเกณฑ์ของสำนักงาน) / 3 working days before the
    registration deadline (office rule)': the provenance of a deadline meetbot derived."""
    thai, english = OFFICE_RULES[kind]
    return f"{thai.format(days=days)} / {english.format(days=days)}"


def local_date(moment: When, tz: ZoneInfo) -> dt.date:
    """The office's calendar day of a date or an aware datetime."""
    if isinstance(moment, dt.datetime):
        return moment.astimezone(tz).date()
    return moment


def registration_due(record: MeetingRecord) -> When | None:
    if record.registration_deadline is not None:
        return record.registration_deadline.value
    return next(
        (d.due for d in record.deadlines if d.kind is DeadlineKind.REGISTRATION and d.due),
        None,
    )


def is_window(deadline: Deadline) -> bool:
    """ "within 3 days before arrival": the form opens 3 days before and closes at arrival,
    so it cannot be done earlier; "no later than 3 days before" is a plain deadline."""
    relative = deadline.relative
    if relative is None or relative.direction != "before":
        return False
    words = deadline.source.casefold()
    return any(cue in words for cue in WINDOW_CUES)


def window_against_meeting(
    relative: Relative, record: MeetingRecord, tz: ZoneInfo
) -> tuple[dt.date, dt.date] | None:
    """(opens, closes) of a window before the meeting, or None when the anchor is not it."""
    opens = resolve_against_meeting(relative, record, tz)
    if opens is None or record.start is None:
        return None
    return opens, local_date(record.start.value, tz)


def resolve_against_meeting(
    relative: Relative, record: MeetingRecord, tz: ZoneInfo
) -> dt.date | None:
    """The date of a deadline relative to the meeting, or None when the anchor is not it."""
    anchor = relative.anchor.casefold()
    if not any(word in anchor for word in MEETING_ANCHOR_WORDS):
        return None
    after = relative.direction == "after"
    reference = (record.end or record.start) if after else record.start
    if reference is None:
        return None
    return resolve_relative(relative, local_date(reference.value, tz))


def derived_deadlines(
    record: MeetingRecord, settings: RemindersSettings, tz: ZoneInfo
) -> tuple[Deadline, ...]:
    """The deadlines the text does not state but the office works to."""
    stated = {d.kind for d in record.deadlines if d.due is not None or d.relative is not None}
    derived: list[Deadline] = []
    registration = registration_due(record)
    if registration is not None and DeadlineKind.NOMINATION not in stated:
        days = settings.nomination_working_days_before_registration
        derived.append(
            Deadline(
                kind=DeadlineKind.NOMINATION,
                due=resolve_relative(_working_days_before(days), local_date(registration, tz)),
                relative=None,
                source=office_rule(DeadlineKind.NOMINATION, days),
                derived=True,
            )
        )
    report_days = settings.report_due_days_after_meeting
    last_day = record.end or record.start
    if report_days is not None and last_day is not None and DeadlineKind.REPORT not in stated:
        derived.append(
            Deadline(
                kind=DeadlineKind.REPORT,
                due=local_date(last_day.value, tz) + dt.timedelta(days=report_days),
                relative=None,
                source=office_rule(DeadlineKind.REPORT, report_days),
                derived=True,
            )
        )
    return tuple(derived)


def _working_days_before(days: int) -> Relative:
    return Relative(days, "day", working_days=True, direction="before", anchor="registration")
