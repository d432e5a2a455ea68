"""Where a meeting's invitation came from: who sent it, when, and the Thai letter if any.

๑. เรื่องเดิม cites it: "สำนักเลขาธิการอาเซียนมีไปรษณีย์อิเล็กทรอนิกส์ ลงวันที่ …" for an
e-mail, "กระทรวงแรงงานมีหนังสือ ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ …" for a letter.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.config.settings import Settings
from bot.reading.document import MailDocument
from bot.reading.limits import ReadLimits
from bot.reading.mime import read_message
from bot.store.database import Database
from bot.store.tables import MessageRow
from bot.understanding.letter_ref import LetterReference, find_letter_references
from bot.understanding.record import MessageKind


@dataclass(frozen=True)
class Origin:
    sender: str | None  # as the mail gives it: "ASEAN Secretariat <lcsd@asean.org>"
    sender_th: str | None  # the organisation's Thai name; None when not configured
    sent: dt.date | None  # the invitation's date, in the office's time zone
    letter: LetterReference | None  # the Thai letter that carried the invitation


def origin_from_document(
    doc: MailDocument,
    *,
    sender_names_th: Mapping[str, str],
    own_agency: str,
    tz: ZoneInfo,
    now: dt.datetime,
) -> Origin:
    """The invitation's origin as `doc` shows it.

    A forwarded invitation names its first sender inside: the oldest forwarded
    message is the inviter, not the colleague who forwarded it. A letter number of
    our own office (`own_agency`, e.g. "รง ๐๓๐๘.๒") is a memo of ours, not the origin.
    `now` stands in for a message without a Date header when reading year-less dates.
    """
    sender: str | None = str(doc.sender) if doc.sender else None
    sent = doc.date
    forwarded = [fwd for fwd in doc.forwarded if fwd.sender]
    if forwarded:
        first = min(forwarded, key=lambda fwd: fwd.date or dt.datetime.max.replace(tzinfo=dt.UTC))
        sender, sent = first.sender, first.date or sent
    letter = next(
        (
            ref
            for ref in find_letter_references(doc.all_text(), reference=doc.date or now)
            if ref.agency != own_agency and ref.date is not None
        ),
        None,
    )
    return Origin(
        sender=sender,
        sender_th=_thai_name(sender, sender_names_th),
        sent=sent.astimezone(tz).date() if sent is not None else None,
        letter=letter,
    )


def load_origin(
    db: Database, meeting_id: int, settings: Settings, *, now: dt.datetime
) -> Origin | None:
    """The origin of a stored meeting: its first invitation message, else its first message."""
    with db.session() as session:
        rows = session.scalars(
            select(MessageRow)
            .where(MessageRow.meeting_id == meeting_id)
            .order_by(MessageRow.date, MessageRow.received_at)
        ).all()
        row = next((r for r in rows if r.kind == MessageKind.INVITATION), rows[0] if rows else None)
        raw = gzip.decompress(row.raw_gz) if row is not None else None
    if raw is None:
        return None
    return origin_from_document(
        read_message(
            raw,
            limits=ReadLimits.from_settings(settings.reading, settings.ocr, settings.data_dir),
        ),
        sender_names_th=settings.memo.sender_names_th,
        own_agency=settings.office.reference_prefix_th,
        tz=ZoneInfo(settings.timezone),
        now=now,
    )


def _thai_name(sender: str | None, names: Mapping[str, str]) -> str | None:
    if not sender:
        return None
    domain = parseaddr(sender)[1].rpartition("@")[2].lower()
    while domain:
        if domain in names:
            return names[domain]
        domain = domain.partition(".")[2]
    return None
