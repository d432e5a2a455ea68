"""Everything the meeting page shows, and a message as the bot read it with its sources."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import select

from bot.meetings.audit import audit_of
from bot.meetings.corrections import CORRECTABLE_FIELDS, corrections_of
from bot.meetings.review import has_doubtful_value
from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.services.meetings_query import (
    MeetingSummary,
    delegates_of,
    summary,
)
from bot.store.database import Database
from bot.store.messages import raw_bytes
from bot.store.tables import (
    ActionRunRow,
    AuditRow,
    CorrectionRow,
    MeetingRow,
    MeetingValueRow,
    MessageRow,
    OutboxRow,
)


@dataclass(frozen=True)
class FieldView:
    name: str
    value: Any  # the JSON form's value, or the list of items
    source: str | None
    confidence: float | None
    reasons: tuple[str, ...]
    corrected: bool
    message_pk: int | None  # the message whose text holds the source


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    row: MeetingRow
    fields: list[FieldView]
    messages: list[MessageRow]
    history: list[MeetingValueRow]
    corrections: list[CorrectionRow]
    audit: list[AuditRow]
    outbox: list[OutboxRow]
    runs: list[ActionRunRow]


def meeting_detail(
    db: Database, meeting_id: int, *, now: dt.datetime, today: dt.date, threshold: float
) -> MeetingDetail:
    """`threshold`: the confidence under which a value needs review. Raises LookupError
    for an unknown meeting."""
    with db.session() as session:
        row = session.get(MeetingRow, meeting_id)
        if row is None:
            raise LookupError(f"no meeting with id {meeting_id}")
        messages = list(
            session.scalars(
                select(MessageRow)
                .where(MessageRow.meeting_id == meeting_id)
                .order_by(MessageRow.date, MessageRow.id)
            )
        )
        history = list(
            session.scalars(
                select(MeetingValueRow)
                .where(MeetingValueRow.meeting_id == meeting_id)
                .order_by(MeetingValueRow.recorded_at, MeetingValueRow.id)
            )
        )
        outbox = list(
            session.scalars(
                select(OutboxRow).where(OutboxRow.meeting_id == meeting_id).order_by(OutboxRow.id)
            )
        )
        runs = list(
            session.scalars(
                select(ActionRunRow)
                .where(ActionRunRow.meeting_id == meeting_id)
                .order_by(ActionRunRow.revision.desc(), ActionRunRow.action)
            )
        )
        corrections = corrections_of(session, meeting_id)
        audit = audit_of(session, meeting_id)
        delegates = delegates_of(session, [meeting_id]).get(meeting_id, ())
    pinned = {c.field for c in corrections if c.undone_at is None}
    origin = _origin_of_fields(history, messages)
    fields = [
        _field_view(name, row.record.get(name), name in pinned, origin.get(name))
        for name in CORRECTABLE_FIELDS
    ]
    return MeetingDetail(
        summary(
            row,
            delegates,
            now,
            today,
            needs_review=has_doubtful_value(row.record, threshold, frozenset(pinned)),
        ),
        row,
        fields,
        messages,
        history,
        corrections,
        audit,
        outbox,
        runs,
    )


def read_stored(db: Database, message_pk: int) -> tuple[MessageRow, MailDocument]:
    """A stored message and the document the bot read from it (attachments' text too)."""
    with db.session() as session:
        row = session.get(MessageRow, message_pk)
        if row is None:
            raise LookupError(f"no message with id {message_pk}")
        raw = raw_bytes(row)
    return row, read_message(raw)


def highlighted(text: str, sources: list[tuple[str, str]]) -> Markup:
    """`text` escaped, each field's source snippet in it marked, with an anchor `src-<field>`.

    Snippets are kept with their whitespace folded, so they are looked for word by word.
    Several fields often share one sentence: it is marked once, with an anchor for each.
    Everything from a message is hostile: only the tags made here are not escaped.
    """
    spans: dict[tuple[int, int], list[str]] = {}
    for name, snippet in sources:
        words = snippet.split()
        if not words:
            continue
        found = re.search(r"\s+".join(map(re.escape, words)), text)
        if found is None:
            continue
        span = found.span()
        if span in spans:
            spans[span].append(name)
        elif not any(s < span[1] and span[0] < e for s, e in spans):
            spans[span] = [name]
    out: list[str] = []
    cursor = 0
    for (start, end), names in sorted(spans.items()):
        anchors = "".join(f'<a id="src-{escape(n)}"></a>' for n in names[1:])
        out.append(str(escape(text[cursor:start])))
        out.append(
            f'{anchors}<mark id="src-{escape(names[0])}" title="{escape(", ".join(names))}">'
            f"{escape(text[start:end])}</mark>"
        )
        cursor = end
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def record_sources(
    record: dict[str, Any], message_extraction: dict[str, Any] | None
) -> list[tuple[str, str]]:
    """(field, source snippet) of what this message said, for highlighting it."""
    meeting = (message_extraction or {}).get("meeting") or record
    found: list[tuple[str, str]] = []
    for name, value in meeting.items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict) and item.get("source"):
                found.append((name, str(item["source"])))
    return found


def _origin_of_fields(history: list[MeetingValueRow], messages: list[MessageRow]) -> dict[str, int]:
    """For each field, the stored message that last set it."""
    by_message_id = {m.message_id: m.id for m in messages}
    origin: dict[str, int] = {}
    for entry in history:
        pk = by_message_id.get(entry.message_id)
        if pk is not None:
            origin[entry.field] = pk
    return origin


def _field_view(name: str, value: Any, corrected: bool, message_pk: int | None) -> FieldView:
    if isinstance(value, list):
        sources = "; ".join(str(item.get("source") or "") for item in value)
        return FieldView(name, value, sources or None, None, (), corrected, message_pk)
    value = value or {}
    return FieldView(
        name,
        value.get("value"),
        value.get("source"),
        value.get("confidence"),
        tuple(value.get("reasons", ())),
        corrected,
        message_pk,
    )
