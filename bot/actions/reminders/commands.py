"""What people can ask the bot in chat, and the buttons under each reminder.

Every handler is registered in `register`. A guard in front of them lets through only
the configured group chats and the one-to-one chats of staff and delegates; anywhere
else, whoever asks, gets a polite refusal and is logged. Inside, each handler asks
`ChatAccess` whether this person may act (see bot/actions/reminders/access.py).
Every button press is answered, also a stale one.
"""

from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    TypeHandler,
)

from bot.actions.clock import people_when
from bot.actions.memo.kinds import MemoKind
from bot.actions.reminders.access import (
    LINKS_WITHHELD,
    NOT_AN_OFFICER,
    REFUSAL,
    TELEGRAM,
    ChatAccess,
    Person,
)
from bot.actions.reminders.buttons import MEETING_ID, ButtonPresses, Outcome
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
from bot.actions.reminders.telegram import BotApplication
from bot.errors import MeetbotError

log = logging.getLogger(__name__)

REFUSAL_SHORT = "ขออภัย ไม่ได้รับอนุญาต (not allowed)"
MAX_LINES = 40  # keeps a reply under Telegram's 4096 characters

Context = ContextTypes.DEFAULT_TYPE
MEMO_KINDS = {kind.value: kind for kind in MemoKind}


def register(application: BotApplication, service: ReminderService) -> None:
    chat = ChatCommands(service)
    application.add_handler(TypeHandler(Update, chat.guard), group=-1)
    application.add_handler(CommandHandler(["start", "help"], chat.help))
    application.add_handler(CommandHandler("upcoming", chat.upcoming))
    application.add_handler(CommandHandler("deadlines", chat.deadlines))
    application.add_handler(CommandHandler("meeting", chat.meeting))
    application.add_handler(CommandHandler("assign", chat.assign))
    application.add_handler(CommandHandler("done", chat.done))
    application.add_handler(CommandHandler("memo", chat.memo))
    application.add_handler(CallbackQueryHandler(chat.button))
    application.add_error_handler(chat.error)


class ChatCommands:
    def __init__(self, service: ReminderService) -> None:
        self._service = service
        self._access = ChatAccess(service.settings)
        self._presses = ButtonPresses(service, self._access)

    async def guard(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        if self._access.chat_allowed(TELEGRAM, str(chat.id) if chat else None, _person(update)):
            return
        log.warning(
            "refused Telegram update %s from user %s in chat %s",
            update.update_id,
            update.effective_user.id if update.effective_user else None,
            chat.id if chat else None,
        )
        if update.callback_query is not None:
            await update.callback_query.answer(REFUSAL_SHORT, show_alert=True)
        elif update.message is not None and (update.message.text or "").startswith("/"):
            await update.message.reply_text(REFUSAL)
        raise ApplicationHandlerStop

    async def help(self, update: Update, context: Context) -> None:
        await _reply(
            update,
            "คำสั่ง (commands):\n"
            "/upcoming การประชุมที่จะมาถึง (upcoming meetings)\n"
            "/deadlines กำหนดส่งที่ยังไม่เสร็จ (open deadlines)\n"
            "/meeting ID รายละเอียดการประชุม (details)\n"
            "/assign ID KEY... มอบหมายผู้แทน (assign delegates)\n"
            "/done ID KEY บันทึกว่าเสร็จแล้ว (mark a deadline done)\n"
            f"/memo ID [{'|'.join(MEMO_KINDS)}] ร่างบันทึก (memo drafts)",
        )

    async def upcoming(self, update: Update, context: Context) -> None:
        today = self._service.today()
        tz = self._service.tz
        lines = []
        for o in self._service.open_targets(self._service.directory.current()):
            if o.target.kind is TargetKind.MEETING and local_date(o.target.due, tz) >= today:
                lines.append(
                    f"• [{o.meeting.id}] {meeting_title(o.meeting)}\n"
                    f"  {people_when(o.target.due, tz)} ({days_left(o.target.due, today, tz)})"
                )
        await _reply(update, "การประชุมที่จะมาถึง (Upcoming):\n" + _listing(lines))

    async def deadlines(self, update: Update, context: Context) -> None:
        today = self._service.today()
        tz = self._service.tz
        lines = [
            f"• [{o.meeting.id}] {target_name(o.target)} ({o.target.key})\n"
            f"  {meeting_title(o.meeting)}\n"
            f"  {people_when(o.target.due, tz)}: {days_left(o.target.due, today, tz)}"
            for o in self._service.open_deadlines()
        ]
        await _reply(update, "กำหนดส่งที่ยังไม่เสร็จ (Open deadlines):\n" + _listing(lines))

    async def meeting(self, update: Update, context: Context) -> None:
        meeting_id = _int_arg(context, 0)
        meeting = None if meeting_id is None else self._service.directory.get(meeting_id)
        if meeting is None:
            await _reply(update, "ใช้: /meeting ID (usage), เช่น /meeting 12; ดู ID จาก /upcoming")
            return
        tz, today = self._service.tz, self._service.today()
        record = meeting.record
        withheld = None if self._access.may_act(_person(update), meeting) else LINKS_WITHHELD
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
        await _reply(update, "\n".join(lines))

    async def assign(self, update: Update, context: Context) -> None:
        meeting_id = _int_arg(context, 0)
        keys = list((context.args or [])[1:])
        if meeting_id is None or not keys:
            known = ", ".join(d.key for d in self._service.settings.delegates) or "-"
            await _reply(update, f"ใช้: /assign ID KEY... (usage); delegates: {known}")
            return
        if not self._access.may_assign(_person(update)):
            await self._refuse(update, "assign", NOT_AN_OFFICER)
            return
        try:
            meeting = await self._service.directory.assign(meeting_id, keys, by=_who(update))
        except LookupError as exc:
            await _reply(update, f"มอบหมายไม่ได้ (cannot assign): {exc}")
            return
        await _reply(
            update,
            f"มอบหมายแล้ว (assigned): {', '.join(meeting.delegates)}\n"
            f"[{meeting.id}] {meeting_title(meeting)}",
        )

    async def done(self, update: Update, context: Context) -> None:
        meeting_id = _int_arg(context, 0)
        args = context.args or []
        key = args[1] if len(args) > 1 else None
        found = None if meeting_id is None or key is None else self._service.find(meeting_id, key)
        if found is None:
            await _reply(
                update, "ใช้: /done ID KEY (usage), เช่น /done 12 registration; ดู KEY จาก /meeting ID"
            )
            return
        if not self._access.may_act(_person(update), found.meeting):
            await self._refuse(update, "done", NOT_AN_OFFICER)
            return
        await _reply(update, self._presses.mark_done(found, _who(update)))

    async def memo(self, update: Update, context: Context) -> None:
        meeting_id = _int_arg(context, 0)
        args = context.args or []
        kind = MEMO_KINDS.get(args[1] if len(args) > 1 else MemoKind.NOMINATION.value)
        meeting = None if meeting_id is None else self._service.directory.get(meeting_id)
        if meeting is None or kind is None:
            await _reply(update, f"ใช้: /memo ID [{'|'.join(MEMO_KINDS)}] (usage), เช่น /memo 12")
            return
        if not self._access.may_act(_person(update), meeting):
            await self._refuse(update, "memo", NOT_AN_OFFICER)
            return
        try:
            documents = await self._service.memo(meeting, kind)
        except MeetbotError as exc:
            await _reply(update, f"ร่างบันทึกไม่ได้ (cannot draft the memo): {exc}")
            return
        await _reply(update, f"📄 {kind.value}: [{meeting.id}] {meeting_title(meeting)}")
        chat = update.effective_chat
        for document in documents:
            if chat is not None:
                await context.bot.send_document(
                    chat.id, document=document.read_bytes(), filename=document.name
                )

    async def button(self, update: Update, context: Context) -> None:
        """Done, snooze and approve (see bot/actions/reminders/buttons.py)."""
        query = update.callback_query
        assert query is not None  # the handler only sees callback queries
        pressed = await self._presses.press(query.data or "", _person(update), _who(update))
        await query.answer(pressed.text, show_alert=pressed.outcome is Outcome.REFUSED)
        if pressed.outcome is not Outcome.DONE:
            return
        await query.edit_message_reply_markup(reply_markup=None)
        if query.message is not None:
            await context.bot.send_message(query.message.chat.id, pressed.text)

    async def _refuse(self, update: Update, what: str, text: str) -> None:
        log.warning("refused /%s by %s", what, _person(update))
        await _reply(update, text)

    async def error(self, update: object, context: Context) -> None:
        log.error("Telegram handler failed on %r", update, exc_info=context.error)


async def _reply(update: Update, text: str) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


def _listing(lines: list[str]) -> str:
    if not lines:
        return "• ไม่มี (nothing)"
    more = len(lines) - MAX_LINES
    return "\n".join(lines[:MAX_LINES]) + (f"\n… และอีก {more} รายการ" if more > 0 else "")


def _int_arg(context: Context, index: int) -> int | None:
    args = context.args or []
    if len(args) <= index or not re.fullmatch(MEETING_ID, args[index]):
        return None
    return int(args[index])


def _person(update: Update) -> Person | None:
    user = update.effective_user
    return None if user is None else Person(TELEGRAM, str(user.id))


def _who(update: Update) -> str:
    user = update.effective_user
    return "unknown" if user is None else f"{user.full_name} (telegram {user.id})"
