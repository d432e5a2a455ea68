"""The office is told once when a mailbox's sign-in is revoked, Thai first.

A revoked refresh token stops a mailbox for good: no retry can mend it, only a person
running `meetbot auth`. The watcher keeps trying (and `meetbot status` keeps saying
so); the chat is told once per revocation, the key being the account and the moment
of its first refusal, so a retry, a restart or a failed delivery sends no second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.actions.clock import english_when, people_when
from bot.actions.reminders.delivery import Deliverer, Delivery, Recipient
from bot.actions.reminders.messages import Outgoing
from bot.sources.sign_ins import RevokedSignIn, revoked_sign_ins
from bot.store.database import Database

SIGN_IN_PREFIX = "sign-in-revoked:"


def revoked_notice(revoked: RevokedSignIn, tz: ZoneInfo) -> Outgoing:
    provider = revoked.provider.capitalize()
    lines = [
        "🔑 ต้องเข้าสู่ระบบบัญชีอีเมลใหม่ (A mailbox must be signed in again)",
        f"บัญชี {revoked.account}: {provider} ไม่ยอมรับสิทธิ์เข้าถึงของ meetbot แล้ว "
        f"ตั้งแต่{people_when(revoked.since, tz)} meetbot จะอ่านหรือส่งอีเมลของบัญชีนี้ไม่ได้"
        f"จนกว่าผู้ดูแลระบบจะรันคำสั่งนี้บนเครื่องที่ใช้งาน meetbot:",
        f"   {revoked.command}",
        f"({provider} revoked meetbot's sign-in for {revoked.account} on "
        f"{english_when(revoked.since, tz)}; no mail is read or sent through this account "
        f"until an administrator runs the command above on meetbot's server.)",
    ]
    return Outgoing(
        subject=f"[meetbot] Sign in again: {revoked.account} ({revoked.command})",
        text="\n".join(lines),
    )


async def tell_revoked_sign_ins(
    db: Database, deliverer: Deliverer, recipients: Sequence[Recipient], tz: ZoneInfo
) -> None:
    """One notice per revocation; raises DeliveryError to be tried again at the next look."""
    with db.session() as session:
        revoked = revoked_sign_ins(session)
    for sign_in in revoked:
        key = f"{SIGN_IN_PREFIX}{sign_in.account}:{sign_in.since.isoformat()}"
        await deliverer.deliver(Delivery(key, None, revoked_notice(sign_in, tz)), recipients)
