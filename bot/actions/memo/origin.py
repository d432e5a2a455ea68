"""Where a meeting's invitation came from: who sent it, when, and the Thai letter if any.

๑. เรื่องเดิม cites it: "สำนักเลขาธิการอาเซียนมีไปรษณีย์อิเล็กทรอนิกส์ ลงวันที่ …" for an
e-mail, "กระทรวงแรงงานมีหนังสือ ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ …" for a letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import undefer

from bot.config.settings import Settings
from bot.reading.document import MailDocument
from bot.reading.limits import ReadLimits
from bot.reading.mime import read_message
from bot.store.database import Database
from bot.store.messages import raw_bytes
from bot.store.tables import MessageRow
from bot.understanding.glossary import load_glossary
from bot.understanding.letter_ref import LetterReference, find_letter_references
from bot.understanding.ocr_values import repair_ocr_dates
from bot.understanding.record import MessageKind


@dataclass(frozen=True)
class Origin:
    sender: str | None  # as the mail gives it: "ASEAN Secretariat <lcsd@asean.org>"
    sender_th: str | None  # the organisation's Thai name; None when not configured
    sent: dt.date | None  # the invitation's date, in the office's time zone
    letter: LetterReference | None  # the Thai letter that carried the invitation
    via_th: str | None = None  # who passed a forwarded invitation on, in Thai: the ministry


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
    signed = doc.text
    glossary = load_glossary()
    via_th = None
    forwarded = [fwd for fwd in doc.forwarded if fwd.sender]
    if forwarded:
        # The note above a forward is signed by whoever passed it on.
        note = doc.text.split(forwarded[0].text)[0] if forwarded[0].text else doc.text
        via_th = glossary.by_domain(parseaddr(sender or "")[1], sender_names_th) or (
            glossary.signed_by(note)
        )
        first = min(forwarded, key=lambda fwd: fwd.date or dt.datetime.max.replace(tzinfo=dt.UTC))
        sender, sent = first.sender, first.date or sent
        signed = first.text or signed
    letter = _letter_in(doc, own_agency=own_agency, now=now)
    # The letter's own number says who wrote it; else the mail domain, else the letterhead or
    # signature; never the address itself, which is no name for a memo.
    sender_th = (
        (glossary.letter_agency(letter.number) if letter else None)
        or glossary.by_domain(parseaddr(sender or "")[1], sender_names_th)
        or glossary.signed_by(signed)
    )
    return Origin(
        sender=sender,
        sender_th=sender_th,
        sent=sent.astimezone(tz).date() if sent is not None else None,
        letter=letter,
        via_th=via_th,
    )


def _letter_in(doc: MailDocument, *, own_agency: str, now: dt.datetime) -> LetterReference | None:
    """The first dated letter in `doc` that is not one of our own office's."""
    return next(
        (
            ref
            for ref in find_letter_references(doc.all_text(), reference=doc.date or now)
            if ref.agency != own_agency and ref.date is not None
        ),
        None,
    )


def load_origin(
    db: Database, meeting_id: int, settings: Settings, *, now: dt.datetime
) -> Origin | None:
    """The origin of a stored meeting: its first invitation message, else its first message.

    An English invitation carries no Thai letter; the ministry's letter forwarding it
    (often a scan) came as another message of the meeting, and is the letter ๑. ต้นเรื่อง
    cites: the first such message's letter is taken, and its number says who wrote it.
    """
    with db.session() as session:
        # The raw column is deferred: loaded here in the one query, not one query per row.
        rows = session.scalars(
            select(MessageRow)
            .options(undefer(MessageRow.raw_gz))
            .where(MessageRow.meeting_id == meeting_id)
            .order_by(MessageRow.date, MessageRow.received_at)
        ).all()
    first = next((r for r in rows if r.kind == MessageKind.INVITATION), rows[0] if rows else None)
    if first is None:
        return None
    # Decompressed one at a time: the loop below stops at the first letter it finds.
    raws = (raw_bytes(r) for r in [first, *(r for r in rows if r is not first)])
    limits = ReadLimits.from_settings(settings.reading, settings.ocr, settings.data_dir)
    own_agency = settings.office.reference_prefix_th
    origin = origin_from_document(
        read_message(next(raws), limits=limits),
        sender_names_th=settings.memo.sender_names_th,
        own_agency=own_agency,
        tz=ZoneInfo(settings.timezone),
        now=now,
    )
    for raw in raws:
        if origin.letter is not None:
            break
        # A scan's years and month names as extraction reads them (ocr_values).
        doc = repair_ocr_dates(read_message(raw, limits=limits))
        letter = _letter_in(doc, own_agency=own_agency, now=now)
        if letter is not None:
            by = load_glossary().letter_agency(letter.number)
            origin = replace(origin, letter=letter, sender_th=by or origin.sender_th)
    return origin
