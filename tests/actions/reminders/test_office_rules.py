"""A deadline meetbot works out itself says why in the chat, Thai first, the English beside."""

import datetime as dt

import pytest

from bot.actions.reminders.messages import reminder_message
from bot.actions.reminders.plan import plan_reminders
from bot.config.settings import RemindersSettings
from bot.meetings.meeting import Meeting, MeetingStatus
from tests.actions.reminders.meetings import BKK, slom_record

SETTINGS = RemindersSettings(report_due_days_after_meeting=30)


def computed_line(target: str) -> str:
    meeting = Meeting(7, "uid-7", MeetingStatus.SCHEDULED, slom_record(), 0, approved=True)
    reminder = next(r for r in plan_reminders(meeting, SETTINGS, BKK) if r.target.key == target)
    text = reminder_message([reminder], meeting, today=dt.date(2025, 9, 1), tz=BKK).text
    return next(line for line in text.splitlines() if "คำนวณโดยระบบ" in line)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (
            "nomination",
            "(คำนวณโดยระบบ: 3 วันทำการก่อนวันปิดลงทะเบียน (หลักเกณฑ์ของสำนักงาน) / "
            "3 working days before the registration deadline (office rule))",
        ),
        (
            "report",
            "(คำนวณโดยระบบ: 30 วันหลังการประชุม (เป้าหมายของสำนักงาน) / "
            "30 days after the meeting (office target))",
        ),
    ],
)
def test_each_office_rule_reads_thai_first_with_the_english_beside(target, expected):
    assert computed_line(target) == expected
