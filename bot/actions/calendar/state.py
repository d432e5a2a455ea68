"""What the calendar holds and what each attendee was sent, kept in the store.

The calendar action compares a meeting's entries with these rows instead of with
the previous meeting: that way a retried or repeated run sends nothing twice, a
delegate added late gets everything, one removed gets a CANCEL for exactly what
they were sent, and an entry that vanished (a deadline dropped) is cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.actions.calendar.entries import Entry
from bot.actions.calendar.ical import Method, Person, stored_event
from bot.store.tables import CalendarEntryRow, InvitationRow


@dataclass(frozen=True)
class InvitationDelivery:
    """One iTIP message to send to one attendee."""

    entry: CalendarEntryRow
    attendee: Person
    method: Method
    sequence: int
    update: bool  # the attendee already has an earlier version
    removed: bool  # a CANCEL because the attendee left, not because the event did


def save_entries(
    session: Session,
    meeting_id: int,
    entries: Sequence[Entry],
    *,
    revision: int,
    live: bool,
    home: ZoneInfo,
    alarm_minutes: Sequence[int],
    now: dt.datetime,
) -> list[CalendarEntryRow]:
    """Bring the meeting's stored entries in line with `entries`; all its rows.

    Rows for entries that are gone, or for every entry when the meeting is not
    `live` (cancelled or postponed), are marked cancelled.
    """
    rows = {
        row.uid: row
        for row in session.scalars(
            select(CalendarEntryRow).where(CalendarEntryRow.meeting_id == meeting_id)
        )
    }
    current = {entry.uid for entry in entries} if live else set()
    for entry in entries:
        digest = entry.digest()
        row = rows.get(entry.uid)
        if row is not None and row.digest == digest and row.cancelled is not live:
            continue
        sequence = revision if row is None else max(revision, row.sequence + 1)
        event = stored_event(entry, sequence=sequence, stamp=now, alarm_minutes=alarm_minutes)
        if row is None:
            row = CalendarEntryRow(uid=entry.uid, meeting_id=meeting_id)
            session.add(row)
            rows[entry.uid] = row
        row.event = event
        row.digest = digest
        row.sequence = sequence
        row.ends_at = entry.ends_at(home)
        row.cancelled = not live
        row.updated_at = now
    for uid, row in rows.items():
        if uid not in current and not row.cancelled:
            row.cancelled = True
            row.sequence = max(revision, row.sequence + 1)
            row.updated_at = now
    session.flush()
    return list(rows.values())


def plan_deliveries(
    session: Session,
    rows: Sequence[CalendarEntryRow],
    attendees: Sequence[Person],
    *,
    directory: Sequence[Person],
    revision: int,
    now: dt.datetime,
) -> list[InvitationDelivery]:
    """The REQUESTs and CANCELs that bring each attendee's calendar up to date.

    `directory` names the people who are no longer attendees, for their CANCEL.

    Nothing is sent about an event that has already ended: a late assignment does
    not fill a calendar with past deadlines, and a past event is not cancelled.
    """
    by_email = {person.email.lower(): person for person in attendees}
    known = {person.email.lower(): person for person in directory}
    deliveries: list[InvitationDelivery] = []
    for row in rows:
        if row.ends_at <= now:
            continue
        sent = {
            state.attendee: state
            for state in session.scalars(select(InvitationRow).where(InvitationRow.uid == row.uid))
        }
        if not row.cancelled:
            for email, person in by_email.items():
                state = sent.get(email)
                if (
                    state is not None
                    and state.method == Method.REQUEST
                    and state.digest == row.digest
                ):
                    continue
                deliveries.append(
                    _delivery(row, person, Method.REQUEST, state, revision, removed=False)
                )
        for email, state in sent.items():
            if state.method != Method.REQUEST:
                continue
            if row.cancelled or email not in by_email:
                person = by_email.get(email) or known.get(email) or Person(None, email)
                removed = not row.cancelled
                deliveries.append(_delivery(row, person, Method.CANCEL, state, revision, removed))
    return deliveries


def record_delivery(session: Session, delivery: InvitationDelivery) -> None:
    """Remember what the attendee now has, in the same transaction as the outbox row."""
    email = delivery.attendee.email.lower()
    state = session.scalar(
        select(InvitationRow).where(
            InvitationRow.uid == delivery.entry.uid, InvitationRow.attendee == email
        )
    )
    if state is None:
        state = InvitationRow(
            uid=delivery.entry.uid, attendee=email, meeting_id=delivery.entry.meeting_id
        )
        session.add(state)
    state.method = delivery.method.value
    state.digest = delivery.entry.digest
    state.sequence = delivery.sequence


def _delivery(
    row: CalendarEntryRow,
    person: Person,
    method: Method,
    state: InvitationRow | None,
    revision: int,
    removed: bool,
) -> InvitationDelivery:
    # Every message about an event carries a SEQUENCE above the last one the attendee
    # saw, so clients apply it (RFC 5546 section 2.1.4).
    floor = state.sequence + 1 if state is not None else 0
    return InvitationDelivery(
        entry=row,
        attendee=person,
        method=method,
        sequence=max(revision, row.sequence, floor),
        update=state is not None and state.method == Method.REQUEST,
        removed=removed,
    )
