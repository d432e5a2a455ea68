"""The notice step: what the chat is told when a meeting is new, changed or held, and
what meetbot missed while it was down.

Every path that changes a meeting (the watcher, `meetbot import`, `backfill`,
`reprocess`, a person's correction) ends in the reminders action, which calls
`announce`. It compares the meeting with what the chat was last told, not with the
previous revision, so a change made where no chat runs is told when the daemon runs
the action.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from bot.actions.link_targets import government_link_targets
from bot.actions.memo.draft import drafted
from bot.actions.memo.kinds import MemoKind
from bot.actions.reminders import state
from bot.actions.reminders.delivery import Deliverer, Delivery, recipients_for, staff
from bot.actions.reminders.facts import changes, meeting_facts
from bot.actions.reminders.messages import Outgoing, workspace_url
from bot.actions.reminders.notice import (
    arrival_notice,
    catch_up_notice,
    change_notice,
    held_notice,
    updated_notice,
)
from bot.actions.reminders.plan import Target
from bot.actions.reminders.sign_ins import tell_revoked_sign_ins
from bot.config.settings import Settings
from bot.errors import DeliveryError
from bot.meetings.approval import shown_key
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.meetings.pending import HeldChange
from bot.store.database import Database

log = logging.getLogger(__name__)

NOTICE_PREFIX = "notice:"
HELD_PREFIX = "held:"
UPDATE_PREFIX = "update:"
CATCH_UP_PREFIX = "catch-up:"
CHANGE_NOTICE_PREFIX = "change:"


class Notices:
    def __init__(
        self, settings: Settings, db: Database, deliverer: Deliverer, *, telegram: bool
    ) -> None:
        self._settings = settings
        self._db = db
        self._deliverer = deliverer
        self._telegram = telegram
        self._tz = ZoneInfo(settings.timezone)

    async def announce(
        self, meeting: Meeting, targets: Sequence[Target], *, today: dt.date
    ) -> None:
        """A new invitation, what a follow-up changed (old → new), a new hold with its
        Approve button. Raises DeliveryError to be retried; what was told is recorded
        only once everyone was reached."""
        facts = meeting_facts(meeting, targets, self._tz)
        # A held meeting's Approve button approves what its notice showed: a change to
        # that (shown_key) is a new hold notice, as new reasons are.
        held = () if meeting.approved else (*meeting.approval_reasons, shown_key(meeting))
        with self._db.session() as session:
            told = state.last_told(session, meeting.id)
        if told is None:
            if meeting.status is MeetingStatus.SCHEDULED:
                links = await government_link_targets(meeting.record, self._settings.trust)
                message = arrival_notice(
                    meeting, targets, today=today, tz=self._tz, link_targets=links
                )
                memo = drafted(self._settings.memo.output_dir, meeting.id, MemoKind.NOMINATION)
                message = replace(message, documents=memo)
                await self._to_all(f"{NOTICE_PREFIX}{meeting.id}", meeting, message)
        else:
            changed = changes(told.facts, facts)
            if changed:
                said = (sorted(facts.values.items()), sorted(facts.targets.items()))
                key = f"{UPDATE_PREFIX}{meeting.id}:{_digest(repr(said))}"
                await self._to_all(key, meeting, updated_notice(meeting, changed))
            if held and held != told.held_reasons:
                await self.notify_held(meeting)
        with self._db.session() as session:
            state.record_told(session, meeting.id, state.Told(facts, held))

    async def notify_held(self, meeting: Meeting) -> None:
        """Ask the office to approve a change that untrusted mail made to a meeting held
        already: one notice for each state of it, since its button approves that state."""
        key = f"{HELD_PREFIX}{meeting.id}:{shown_key(meeting)}"
        delivery = Delivery(key, meeting.id, self._linked(meeting.id, held_notice(meeting)))
        await self._deliverer.deliver(delivery, staff(self._settings, telegram=self._telegram))

    async def show_change(self, meeting: Meeting, change: HeldChange) -> None:
        """Show the office a change kept apart from `meeting`, with buttons bound to it.
        Raises DeliveryError to be retried."""
        delivery = Delivery(
            f"{CHANGE_NOTICE_PREFIX}{change.id}",
            meeting.id,
            change_notice(meeting, change, tz=self._tz),
        )
        await self._deliverer.deliver(delivery, staff(self._settings, telegram=self._telegram))

    async def catch_up(self, missed: Sequence[tuple[Meeting, Target]]) -> None:
        """One message for the deadlines that passed while meetbot was down."""
        if not missed:
            return
        names = "|".join(f"{meeting.id}:{target.key}" for meeting, target in missed)
        message = catch_up_notice(missed, tz=self._tz)
        await self._deliverer.deliver(
            Delivery(f"{CATCH_UP_PREFIX}{_digest(names)}", None, message),
            staff(self._settings, telegram=self._telegram),
        )

    async def tell_revoked_sign_ins(self) -> bool:
        """Tell the office, once, of each mailbox whose sign-in was revoked; False when a
        notice failed (it is tried again at the next look)."""
        recipients = staff(self._settings, telegram=self._telegram)
        try:
            await tell_revoked_sign_ins(self._db, self._deliverer, recipients, self._tz)
        except DeliveryError as exc:
            log.warning("%s; trying again at the next look", exc)
            return False
        return True

    async def _to_all(self, key: str, meeting: Meeting, message: Outgoing) -> None:
        recipients = recipients_for(meeting, self._settings, telegram=self._telegram)
        linked = self._linked(meeting.id, message)
        await self._deliverer.deliver(Delivery(key, meeting.id, linked), recipients)

    def _linked(self, meeting_id: int, message: Outgoing) -> Outgoing:
        url = workspace_url(self._settings, meeting_id)
        if url is None:
            return message
        return replace(message, text=f"{message.text}\n🖥 ดูในระบบ (in the workspace): {url}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
