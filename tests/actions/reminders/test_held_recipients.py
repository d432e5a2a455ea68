"""A meeting held for approval (meeting 3 of `make demo`) is reminded of to the office's
own channels only: its delegates, reached privately once it is approved, get nothing,
since the mail that made it may be forged."""

from bot.actions.reminders.delivery import CONSOLE, EMAIL, TELEGRAM, Recipient, recipients_for
from bot.config.settings import Settings
from bot.meetings.meeting import Meeting, MeetingStatus
from tests.actions.reminders.meetings import slom_record


def settings() -> Settings:
    return Settings(
        telegram={"token": "123:abc", "group_chat_ids": [-100]},
        delegates=[
            {"key": "somchai", "name": "Somchai", "telegram_chat_id": 42},
            {"key": "malee", "name": "Malee", "email": "malee@example.org"},
        ],
    )


def meeting(*, approved: bool) -> Meeting:
    return Meeting(
        3,
        "uid-3",
        MeetingStatus.SCHEDULED,
        slom_record(),
        1,
        delegates=("somchai", "malee"),
        approved=approved,
        approval_reasons=() if approved else ("sender not in the allowlist",),
    )


def test_a_held_meetings_reminders_reach_the_office_chat_only():
    office = Recipient(TELEGRAM, "-100")
    held = recipients_for(meeting(approved=False), settings(), telegram=True)
    assert held == [office]
    approved = recipients_for(meeting(approved=True), settings(), telegram=True)
    assert approved == [office, Recipient(TELEGRAM, "42"), Recipient(EMAIL, "malee@example.org")]


def test_without_a_chat_a_held_meetings_reminders_stay_on_the_console():
    held = recipients_for(meeting(approved=False), settings(), telegram=False)
    assert held == [Recipient(CONSOLE, "stdout")]
