"""The chat commands, the same on every channel: what `/upcoming`, `/meeting ID`,
`/assign`, `/done` and `/memo` answer, with the role checks of `ChatAccess`.

Telegram (bot/actions/reminders/commands.py) and LINE (bot/actions/reminders/line.py)
only read the command from their own updates and send the `Reply` back; whether the
chat itself is allowed is the channel's guard, asked before anything here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.actions.clock import people_when
from bot.actions.memo.kinds import MemoKind
from bot.actions.reminders.access import LINKS_WITHHELD, NOT_AN_OFFICER, ChatAccess, Person
from bot.actions.reminders.buttons import MEETING_ID, ButtonPresses
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.messages import (
    days_left,
    meeting_title,
    session_lines,
    target_name,
    venue_lines,
)
from bot.actions.reminders.plan import TargetKind
from bot.actions.reminders.service import ReminderService
from bot.errors import MeetbotError

log = logging.getLogger(__name__)

MAX_LINES = 40  # keeps a reply under Telegram's 4096 characters (LINE's 5000)
MEMO_KINDS = {kind.value: kind for kind in MemoKind}
HELP = (
    "คำสั่ง (commands):\n"
    "/upcoming การประชุมที่จะมาถึง (upcoming meetings)\n"
    "/deadlines กำหนดส่งที่ยังไม่เสร็จ (open deadlines)\n"
    "/meeting ID รายละเอียดการประชุม (details)\n"
    "/assign ID KEY... มอบหมายผู้แทน (assign delegates)\n"
    "/done ID KEY บันทึกว่าเสร็จแล้ว (mark a deadline done)\n"
    f"/memo ID [{'|'.join(MEMO_KINDS)}] ร่างบันทึก (memo drafts)"
)
COMMANDS = ("start", "help", "upcoming", "deadlines", "meeting", "assign", "done", "memo")
COMMAND = re.compile(r"^/(?P<name>[A-Za-z]+)(?:@\w+)?(?:\s+(?P<args>.*))?$", re.DOTALL)


@dataclass(frozen=True)
class Asker:
    person: Person | None
    who: str  # names the person in records and replies ("Somchai (telegram 42)")


@dataclass(frozen=True)
class Reply:
    text: str
    meeting_id: int | None = None
    documents: tuple[Path, ...] = ()  # sent as files where the channel can carry them


def parse_command(text: str) -> tuple[str, list[str]] | None:
    """("meeting", ["12"]) from "/meeting 12" (or "/meeting@meetbot 12"); None for
    anything that is not one of the commands."""
    match = COMMAND.match(text.strip())
    if match is None or match["name"].lower() not in COMMANDS:
        return None
    return match["name"].lower(), (match["args"] or "").split()


class ChatReplies:
    def __init__(self, service: ReminderService, access: ChatAccess) -> None:
        self._service = service
        self._access = access
        self._presses = ButtonPresses(service, access)

    async def answer(self, name: str, args: Sequence[str], asker: Asker) -> Reply:
        """`name` is one of COMMANDS (see parse_command)."""
        if name == "upcoming":
            return Reply(self.upcoming())
        if name == "deadlines":
            return Reply(self.deadlines())
        if name == "meeting":
            return self.meeting(args, asker)
        if name == "assign":
            return await self.assign(args, asker)
        if name == "done":
            return self.done(args, asker)
        if name == "memo":
            return await self.memo(args, asker)
        return Reply(HELP)

    def upcoming(self) -> str:
        today = self._service.today()
        tz = self._service.tz
        lines = []
        for o in self._service.open_targets(self._service.directory.current()):
            if o.target.kind is TargetKind.MEETING and local_date(o.target.due, tz) >= today:
                lines.append(
                    f"• [{o.meeting.id}] {meeting_title(o.meeting)}\n"
                    f"  {people_when(o.target.due, tz)} ({days_left(o.target.due, today, tz)})"
                )
        return "การประชุมที่จะมาถึง (Upcoming):\n" + _listing(lines)

    def deadlines(self) -> str:
        today = self._service.today()
        tz = self._service.tz
        lines = [
            f"• [{o.meeting.id}] {target_name(o.target)} ({o.target.key})\n"
            f"  {meeting_title(o.meeting)}\n"
            f"  {people_when(o.target.due, tz)}: {days_left(o.target.due, today, tz)}"
            for o in self._service.open_deadlines()
        ]
        return "กำหนดส่งที่ยังไม่เสร็จ (Open deadlines):\n" + _listing(lines)

    def meeting(self, args: Sequence[str], asker: Asker) -> Reply:
        meeting_id = _int_arg(args, 0)
        meeting = None if meeting_id is None else self._service.directory.get(meeting_id)
        if meeting is None:
            return Reply("ใช้: /meeting ID (usage), เช่น /meeting 12; ดู ID จาก /upcoming")
        tz, today = self._service.tz, self._service.today()
        record = meeting.record
        withheld = None if self._access.may_act(asker.person, meeting) else LINKS_WITHHELD
        lines = [
            f"[{meeting.id}] {meeting_title(meeting)}",
            f"สถานะ (status): {meeting.status.value}",
        ]
        lines.extend(venue_lines(meeting))
        for session in record.online_meetings:
            lines.extend(session_lines(session, meeting.approved, withheld=withheld))
        states = self._service.states(meeting.id)
        for target in self._service.targets(meeting):
            state = states.get(target.key)
            status = (
                f"✅ เสร็จแล้ว ({state.done_by})"
                if state and state.done_at
                else days_left(target.due, today, tz)
            )
            lines.append(
                f"• {target_name(target)} ({target.key}): {people_when(target.due, tz)}; {status}"
            )
        delegates = ", ".join(meeting.delegates) or "ยังไม่มอบหมาย (none assigned)"
        lines.append(f"ผู้แทน (Delegates): {delegates}")
        return Reply("\n".join(lines), meeting.id)

    async def assign(self, args: Sequence[str], asker: Asker) -> Reply:
        meeting_id = _int_arg(args, 0)
        keys = list(args[1:])
        if meeting_id is None or not keys:
            known = ", ".join(d.key for d in self._service.settings.delegates) or "-"
            return Reply(f"ใช้: /assign ID KEY... (usage); delegates: {known}")
        if not self._access.may_assign(asker.person):
            return _refused("assign", asker)
        try:
            meeting = await self._service.directory.assign(meeting_id, keys, by=asker.who)
        except LookupError as exc:
            return Reply(f"มอบหมายไม่ได้ (cannot assign): {exc}")
        return Reply(
            f"มอบหมายแล้ว (assigned): {', '.join(meeting.delegates)}\n"
            f"[{meeting.id}] {meeting_title(meeting)}",
            meeting.id,
        )

    def done(self, args: Sequence[str], asker: Asker) -> Reply:
        meeting_id = _int_arg(args, 0)
        key = args[1] if len(args) > 1 else None
        found = None if meeting_id is None or key is None else self._service.find(meeting_id, key)
        if found is None:
            return Reply(
                "ใช้: /done ID KEY (usage), เช่น /done 12 registration; ดู KEY จาก /meeting ID"
            )
        if not self._access.may_act(asker.person, found.meeting):
            return _refused("done", asker)
        return Reply(self._presses.mark_done(found, asker.who), found.meeting.id)

    async def memo(self, args: Sequence[str], asker: Asker) -> Reply:
        meeting_id = _int_arg(args, 0)
        kind = MEMO_KINDS.get(args[1] if len(args) > 1 else MemoKind.NOMINATION.value)
        meeting = None if meeting_id is None else self._service.directory.get(meeting_id)
        if meeting is None or kind is None:
            return Reply(f"ใช้: /memo ID [{'|'.join(MEMO_KINDS)}] (usage), เช่น /memo 12")
        if not self._access.may_act(asker.person, meeting):
            return _refused("memo", asker)
        try:
            documents = await self._service.memo(meeting, kind)
        except MeetbotError as exc:
            return Reply(f"ร่างบันทึกไม่ได้ (cannot draft the memo): {exc}", meeting.id)
        return Reply(
            f"📄 {kind.value}: [{meeting.id}] {meeting_title(meeting)}", meeting.id, documents
        )


def _refused(what: str, asker: Asker) -> Reply:
    log.warning("refused /%s by %s", what, asker.person)
    return Reply(NOT_AN_OFFICER)


def _listing(lines: list[str]) -> str:
    if not lines:
        return "• ไม่มี (nothing)"
    more = len(lines) - MAX_LINES
    return "\n".join(lines[:MAX_LINES]) + (f"\n… และอีก {more} รายการ" if more > 0 else "")


def _int_arg(args: Sequence[str], index: int) -> int | None:
    if len(args) <= index or not re.fullmatch(MEETING_ID, args[index]):
        return None
    return int(args[index])
