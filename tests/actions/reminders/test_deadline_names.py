"""How the chat names a deadline: by the one table of deadline kinds the workspace uses
(bot/meetings/field_names.py), so the organiser's day for the names is "เสนอรายชื่อผู้แทน"
everywhere, never the office's own memo; and a reminder's target is known as data, not
read back out of the words a notice shows."""

from __future__ import annotations

import datetime as dt

from bot.actions.reminders.facts import Change, is_target, said_labels
from bot.actions.reminders.messages import buttons_for
from bot.actions.reminders.notice import arrival_notice, change_notice
from bot.actions.reminders.plan import targets_of
from bot.config.settings import RemindersSettings
from bot.meetings.field_names import DEADLINE_NAMES, chat_name
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.meetings.pending import FieldChange, HeldChange
from bot.understanding.record import Deadline, DeadlineKind
from tests.actions.reminders.meetings import BKK, slom_record


def meeting_with_every_kind() -> Meeting:
    deadlines = tuple(
        Deadline(kind, dt.date(2025, 9, 10 + n), None, f"{kind.value} by ...")
        for n, kind in enumerate(DeadlineKind)
        if kind is not DeadlineKind.REGISTRATION
    )
    record = slom_record(deadlines=deadlines)
    return Meeting(1, "m-1", MeetingStatus.SCHEDULED, record, 1, approved=True)


def test_every_deadline_kind_is_named_in_the_chat_as_in_the_workspace():
    meeting = meeting_with_every_kind()
    targets = targets_of(meeting, RemindersSettings(), BKK)
    notice = arrival_notice(meeting, targets, today=dt.date(2025, 9, 1), tz=BKK).text
    for kind in DeadlineKind:
        assert f"• {chat_name(DEADLINE_NAMES[kind.value])}: " in notice, kind
    assert "Nomination memo" not in notice
    assert "บันทึกขออนุมัติ" not in notice, "the organiser's day for names is not our memo's"


def test_the_done_button_of_the_day_for_names_says_the_names_went():
    meeting = meeting_with_every_kind()
    [names] = [t for t in targets_of(meeting, RemindersSettings(), BKK) if t.key == "nomination"]
    done = buttons_for(names, meeting.id)[0].label
    assert "ส่งรายชื่อ" in done
    assert "Memo" not in done


def test_a_fact_is_a_reminders_target_only_when_it_says_so_as_data():
    # A label that happens to end in "]" (a session named "Panel [B]", a title) is no
    # target; a target keeps its key as data, whatever its words.
    link = Change("ลิงก์ (Link) Panel [B]", "https://example.org/b", None)
    assert not is_target(link)
    assert said_labels([link]) == ["ลิงก์ (Link) Panel [B]"]


def test_a_change_waiting_for_a_decision_reads_as_the_other_notices_do():
    """Field by its Thai name, dates as people read them in Bangkok time, a link from the
    untrusted mail as text with its host: not "start: 2025-09-30T10:00:00+08:00"."""
    meeting = Meeting(1, "m-1", MeetingStatus.SCHEDULED, slom_record(), 1, approved=True)
    change = HeldChange(
        id=3,
        meeting_id=1,
        message_id="follow-up@example.net",
        fields=(
            FieldChange(
                "start",
                {"value": "2025-09-30T09:00:00+08:00", "source": "s"},
                {"value": "2025-09-30T10:00:00+08:00", "source": "s"},
            ),
            FieldChange("venue", {"value": None}, {"value": "Hall, https://evil.example/map"}),
        ),
        reasons=("sender x@example.net is not on the allowlist of organisers",),
        state="pending",
        decided_by=None,
    )
    text = change_notice(meeting, change, tz=BKK).text
    assert (
        "• เริ่ม (Start): วันอังคารที่ 30 กันยายน 2568 เวลา 08.00 น. เวลาประเทศไทย"
        " (09.00 น. เวลา UTC+08:00) → วันอังคารที่ 30 กันยายน 2568 เวลา 09.00 น." in text
    )
    assert "• สถานที่ (Venue): — → Hall, " in text
    assert "https://evil.example" not in text
    assert "[host: evil.example]" in text
    assert "start:" not in text
