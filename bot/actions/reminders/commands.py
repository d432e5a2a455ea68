"""The Telegram side of the chat commands and of the buttons under each reminder.

Every handler is registered in `register`. A guard in front of them lets through only
the configured group chats and the one-to-one chats of staff and delegates; anywhere
else, whoever asks, gets a polite refusal and is logged. What each command answers,
and who may act, is `ChatReplies` (bot/actions/reminders/chat_replies.py), which LINE
uses too. Every button press is answered, also a stale one.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    TypeHandler,
)

from bot.actions.reminders.access import REFUSAL, TELEGRAM, ChatAccess, Person
from bot.actions.reminders.buttons import ButtonPresses, Outcome
from bot.actions.reminders.chat_replies import COMMANDS, Asker, ChatReplies, parse_command
from bot.actions.reminders.service import ReminderService
from bot.actions.reminders.telegram import BotApplication

log = logging.getLogger(__name__)

REFUSAL_SHORT = "ขออภัย ไม่ได้รับอนุญาต (not allowed)"

Context = ContextTypes.DEFAULT_TYPE


def register(application: BotApplication, service: ReminderService) -> None:
    chat = ChatCommands(service)
    application.add_handler(TypeHandler(Update, chat.guard), group=-1)
    application.add_handler(CommandHandler(list(COMMANDS), chat.command))
    application.add_handler(CallbackQueryHandler(chat.button))
    application.add_error_handler(chat.error)


class ChatCommands:
    def __init__(self, service: ReminderService) -> None:
        self._access = ChatAccess(service.settings)
        self._replies = ChatReplies(service, self._access)
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

    async def command(self, update: Update, context: Context) -> None:
        message = update.effective_message
        parsed = None if message is None else parse_command(message.text or "")
        if message is None or parsed is None:
            return
        name, args = parsed
        reply = await self._replies.answer(name, args, Asker(_person(update), _who(update)))
        await message.reply_text(reply.text)
        for document in reply.documents:
            await context.bot.send_document(
                message.chat_id, document=document.read_bytes(), filename=document.name
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

    async def error(self, update: object, context: Context) -> None:
        log.error("Telegram handler failed on %r", update, exc_info=context.error)


def _person(update: Update) -> Person | None:
    user = update.effective_user
    return None if user is None else Person(TELEGRAM, str(user.id))


def _who(update: Update) -> str:
    user = update.effective_user
    return "unknown" if user is None else f"{user.full_name} (telegram {user.id})"
