"""What a button press does, on any channel: mark done, snooze, approve.

The data of a button is "d:<meeting>:<target>" (done), "s:<meeting>:<target>:<how>"
(snooze; see SNOOZES) or "a:<meeting>" (approve). Telegram sends it as callback data,
LINE as a postback; both end here, with the same roles (bot/actions/reminders/access.py).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import StrEnum

from bot.actions.clock import people_when
from bot.actions.reminders.access import NOT_AN_APPROVER, NOT_AN_OFFICER, ChatAccess, Person
from bot.actions.reminders.messages import (
    APPROVE_PREFIX,
    CHANGE_PREFIX,
    DONE_PREFIX,
    SNOOZE_MORNING,
    SNOOZE_PREFIX,
    SNOOZES,
    meeting_title,
    target_name,
)
from bot.actions.reminders.service import OpenTarget, ReminderService
from bot.meetings.approval import ChangedSinceShown

log = logging.getLogger(__name__)

STALE_BUTTON = "ปุ่มนี้ใช้ไม่ได้แล้ว (this button has expired)"
# A meeting id as a button or a command carries it: ASCII digits within the store's 64-bit
# integers (a longer number from a forged button would overflow the store's lookup).
MEETING_ID = r"[1-9][0-9]{0,17}"
# A snooze button made before there were three kinds has none: tomorrow morning.
CALLBACK = re.compile(
    rf"^(?P<action>[{DONE_PREFIX}{SNOOZE_PREFIX}]):(?P<meeting>{MEETING_ID}):(?P<key>[\w-]{{1,40}})"
    rf"(?::(?P<snooze>{'|'.join(SNOOZES)}))?$"
)
APPROVE_CALLBACK = re.compile(
    rf"^{APPROVE_PREFIX}:(?P<meeting>{MEETING_ID}):(?P<shown>[0-9a-f]{{1,40}})$"
)
CHANGE_CALLBACK = re.compile(rf"^{CHANGE_PREFIX}:(?P<change>{MEETING_ID}):(?P<decision>[yn])$")
CHANGED_SINCE = (
    "การประชุมเปลี่ยนไปหลังข้อความนี้ โปรดดูข้อความใหม่ "
    "(the meeting changed after this notice; use the newer one)"
)


class Outcome(StrEnum):
    DONE = "done"  # the press did its work: the buttons can go
    STALE = "stale"
    REFUSED = "refused"


@dataclass(frozen=True)
class Pressed:
    outcome: Outcome
    text: str


class ButtonPresses:
    def __init__(self, service: ReminderService, access: ChatAccess) -> None:
        self._service = service
        self._access = access

    async def press(self, data: str, person: Person | None, who: str) -> Pressed:
        """`who` names the person in records and replies ("Somchai (telegram 42)")."""
        if APPROVE_CALLBACK.match(data):
            return await self._approve(data, person, who)
        if CHANGE_CALLBACK.match(data):
            return await self._decide(data, person, who)
        match = CALLBACK.match(data)
        found = None if match is None else self._service.find(int(match["meeting"]), match["key"])
        if match is None or found is None:
            return Pressed(Outcome.STALE, STALE_BUTTON)
        if not self._access.may_act(person, found.meeting):
            log.warning("refused button %r by %s", data, person)
            return Pressed(Outcome.REFUSED, NOT_AN_OFFICER)
        if match["action"] == DONE_PREFIX:
            return Pressed(Outcome.DONE, self.mark_done(found, who))
        how = match["snooze"] or SNOOZE_MORNING
        until = self._service.snooze(found, by=who, how=how)
        return Pressed(
            Outcome.DONE, f"⏰ จะเตือนอีกครั้ง (snoozed until) {people_when(until, self._service.tz)}"
        )

    def mark_done(self, found: OpenTarget, who: str) -> str:
        changed = self._service.mark_done(found, by=who)
        title = meeting_title(found.meeting)
        name = target_name(found.target)
        if not changed:
            return f"บันทึกไว้แล้วก่อนหน้านี้ (already done): {name} · {title}"
        return f"✅ {name} · {title}: เสร็จแล้ว โดย {who} (reminders stopped)"

    async def _approve(self, data: str, person: Person | None, who: str) -> Pressed:
        """Approval lets possibly forged mail reach every delegate: only approvers may
        give it, not everyone in a group chat, nor a delegate."""
        if not self._access.may_approve(person):
            log.warning("refused approval of %r by %s", data, person)
            return Pressed(Outcome.REFUSED, NOT_AN_APPROVER)
        match = APPROVE_CALLBACK.match(data)
        assert match is not None  # press() matched it
        try:
            meeting = await self._service.directory.approve(
                int(match["meeting"]), by=who, shown=match["shown"]
            )
        except ChangedSinceShown:
            return Pressed(Outcome.REFUSED, CHANGED_SINCE)
        except LookupError:
            return Pressed(Outcome.STALE, STALE_BUTTON)
        title = meeting_title(meeting)
        return Pressed(Outcome.DONE, f"✅ อนุมัติแล้ว (approved) โดย {who}: [{meeting.id}] {title}")

    async def _decide(self, data: str, person: Person | None, who: str) -> Pressed:
        """Accept or reject the one pending change the pressed notice showed; approvers
        only, as for approving."""
        if not self._access.may_approve(person):
            log.warning("refused %r by %s", data, person)
            return Pressed(Outcome.REFUSED, NOT_AN_APPROVER)
        match = CHANGE_CALLBACK.match(data)
        assert match is not None  # press() matched it
        accept = match["decision"] == "y"
        try:
            change = await self._service.directory.decide(
                int(match["change"]), accept=accept, by=who
            )
        except (LookupError, ValueError):
            return Pressed(Outcome.STALE, STALE_BUTTON)
        verb = "ยอมรับแล้ว (accepted)" if accept else "ไม่รับแล้ว (rejected)"
        return Pressed(
            Outcome.DONE, f"{verb} โดย {who}: change {change.id}, meeting [{change.meeting_id}]"
        )
