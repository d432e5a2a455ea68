"""Who may do what in chat, the same on every channel (Telegram, LINE).

A chat the office did not configure gets no answer but a refusal, whoever asks: a
staff member typing `/meeting 1` in some other group must not post its passcode
there. In the office's own group chats every member may read; acting (assigning,
marking done, seeing links and passcodes) needs an officer, or the delegate for their
own meeting; approving a meeting held for approval needs an approver.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config.roles import Role
from bot.config.settings import Settings
from bot.meetings.meeting import Meeting

TELEGRAM = "telegram"
LINE = "line"

REFUSAL = (
    "ขออภัย บอทนี้ให้บริการเฉพาะเจ้าหน้าที่และกลุ่มที่ได้รับอนุญาตเท่านั้น\n"
    "Sorry, this bot only answers the office's own chats and staff."
)
NOT_AN_OFFICER = (
    "ขออภัย เฉพาะเจ้าหน้าที่หรือผู้แทนของการประชุมนี้เท่านั้น (only staff or this meeting's delegates)"
)
NOT_AN_APPROVER = "ขออภัย เฉพาะผู้มีสิทธิ์อนุมัติเท่านั้นที่อนุมัติได้ (only approvers may approve)"
LINKS_WITHHELD = (
    "ลิงก์และรหัสผ่านแสดงเฉพาะเจ้าหน้าที่และผู้แทน (links and passcodes: staff and delegates only)"
)


@dataclass(frozen=True)
class Person:
    channel: str  # TELEGRAM or LINE
    user_id: str

    @property
    def label(self) -> str:
        return f"{self.channel}:{self.user_id}"


class ChatAccess:
    def __init__(self, settings: Settings) -> None:
        self._group_chats = {
            TELEGRAM: {str(chat) for chat in settings.telegram.group_chat_ids},
            LINE: set(settings.line.group_ids),
        }
        roles: dict[str, Role] = {}
        for user in settings.telegram.allowed_user_ids:
            roles[Person(TELEGRAM, str(user)).label] = Role.OFFICER
        for line_user in settings.line.allowed_user_ids:
            roles[Person(LINE, line_user).label] = Role.OFFICER
        roles.update(settings.chat.roles)
        self._roles = roles
        self._delegates: dict[str, str] = {}
        for delegate in settings.delegates:
            if delegate.telegram_chat_id is not None:
                self._delegates[Person(TELEGRAM, str(delegate.telegram_chat_id)).label] = (
                    delegate.key
                )
            if delegate.line_user_id is not None:
                self._delegates[Person(LINE, delegate.line_user_id).label] = delegate.key

    def role(self, person: Person | None) -> Role | None:
        return None if person is None else self._roles.get(person.label)

    def delegate_key(self, person: Person | None) -> str | None:
        return None if person is None else self._delegates.get(person.label)

    def chat_allowed(self, channel: str, chat_id: str | None, person: Person | None) -> bool:
        """An office group chat, or a one-to-one chat with staff or a delegate."""
        if chat_id is not None and chat_id in self._group_chats[channel]:
            return True
        private = chat_id is None or (person is not None and chat_id == person.user_id)
        return private and (self.role(person) is not None or self.delegate_key(person) is not None)

    def has(self, person: Person | None, role: Role) -> bool:
        held = self.role(person)
        return held is not None and held.allows(role)

    def may_act(self, person: Person | None, meeting: Meeting | None) -> bool:
        """Officers on any meeting; a delegate on a meeting they are assigned to."""
        if self.has(person, Role.OFFICER):
            return True
        key = self.delegate_key(person)
        return key is not None and meeting is not None and key in meeting.delegates

    def may_assign(self, person: Person | None) -> bool:
        return self.has(person, Role.OFFICER)

    def may_approve(self, person: Person | None) -> bool:
        return self.has(person, Role.APPROVER)
