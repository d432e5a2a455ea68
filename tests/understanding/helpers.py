"""Reading test messages: the corpus built from the seeds, and the fixtures beside these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from bot.config.output_sections import REVIEW_THRESHOLD
from bot.reading.document import Address, Attachment, MailDocument
from bot.reading.mime import read_message
from bot.understanding.calibration import HELD_AT, UNRELIABLE_UNSEEN
from bot.understanding.extract import extract_message
from bot.understanding.record import Extracted, Extraction, MeetingRecord, MessageKind
from bot.understanding.rules import rule_of
from tests.corpus_paths import CORPUS

FIXTURES = Path(__file__).parent / "fixtures"
BANGKOK = dt.timezone(dt.timedelta(hours=7))
NEW_YORK = ZoneInfo("America/New_York")
SENT = dt.datetime(2026, 4, 2, 9, 0, tzinfo=BANGKOK)
SENT_DAY = SENT.date()
V = TypeVar("V")


def mail(
    text: str,
    subject: str = "",
    *,
    sent: dt.datetime | None = SENT,
    message_id: str = "test@example.org",
    sender: Address | None = None,
    authentication_results: tuple[str, ...] = (),
    links: tuple[str, ...] = (),
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    attachments: tuple[Attachment, ...] = (),
) -> MailDocument:
    """A message whose body is `text`, sent on 2 April 2026 at 09:00 Bangkok time unless `sent`
    says otherwise; a `sender` is its one From address."""
    return MailDocument(
        message_id=message_id,
        subject=subject,
        sender=sender,
        to=(),
        cc=(),
        date=sent,
        in_reply_to=in_reply_to,
        references=references,
        authentication_results=authentication_results,
        text=text,
        attachments=attachments,
        links=links,
        from_addresses=(sender,) if sender else (),
        from_fields=1 if sender else 0,
    )


def document(path: Path) -> MailDocument:
    """A message file, or for a .txt file a message whose body is the text (a scanned memo)."""
    if path.suffix == ".txt":
        text = path.read_text(encoding="utf-8")
        return mail(text, message_id=f"{path.stem}@fixtures.example.org")
    return read_message(path.read_bytes())


def corpus(name: str) -> MailDocument:
    return document(CORPUS / name)


def fixture(name: str) -> MailDocument:
    return document(FIXTURES / name)


def extract(doc: MailDocument) -> Extraction:
    return extract_message(doc, default_tz="Asia/Bangkok")


def extract_text(text: str, subject: str = "", *, sent: dt.datetime | None = SENT) -> Extraction:
    """The extraction of a message whose body is `text` (see `mail`)."""
    return extract(mail(text, subject, sent=sent))


def kind_of(subject: str, body: str, sent: dt.date = SENT_DAY) -> MessageKind:
    """The kind of a message whose body is `body`, sent at 09:00 Bangkok time on `sent` (2 April
    2026 unless said)."""
    return extract(mail(body, subject, sent=dt.datetime.combine(sent, dt.time(9), BANGKOK))).kind


def meeting_of(
    body: str, subject: str = "Example Council", *, sent: dt.datetime | None = SENT
) -> MeetingRecord:
    """The meeting read from a message whose body is `body` (see `mail`)."""
    return extract(mail(body, subject, sent=sent)).meeting


def news_meeting(body: str, subject: str = "Example news") -> MeetingRecord:
    """The meeting read from a news page whose headline names no meeting."""
    return meeting_of(body, subject)


def value_of(field: Extracted[V] | None) -> V | None:
    """A field's value, None when nothing was read."""
    return field.value if field else None


def confidence_of(field: Extracted[Any] | None) -> float:
    """A field's confidence, 0 when nothing was read."""
    return field.confidence if field else 0.0


def rule_code(field: Extracted[Any] | None) -> str | None:
    """The code of the rule that read a value (bot.understanding.rules), None where none was
    read or none is named."""
    return rule_of(field.reasons) if field else None


def read_of(field: Extracted[V] | None) -> tuple[V | None, float]:
    """A field's value and confidence: (None, 0) when nothing was read."""
    return (field.value, field.confidence) if field else (None, 0.0)


# The confidence from which a value is trusted without review (issue 13: ≥ 0.8 must be right).
REVIEW_AT = REVIEW_THRESHOLD


def assert_held_unseen(field: Extracted[V] | None, value: V | None = None) -> None:
    """A value its own reading gave >= REVIEW_AT, held under it only because its class was
    often wrong on the blind starts (bot.understanding.calibration): no other doubt lowered it."""
    assert field is not None
    assert field.confidence == HELD_AT
    assert field.reasons[-1] == UNRELIABLE_UNSEEN
    if value is not None:
        assert field.value == value


def assert_under_review(field: Extracted[V] | None, value: V | None = None) -> None:
    """A value was read under review (0 < confidence < REVIEW_AT), so a person checks it first;
    when `value` is given, the field reads as it."""
    assert field is not None
    assert 0 < field.confidence < REVIEW_AT
    if value is not None:
        assert field.value == value


def assert_trusted(field: Extracted[V] | None, value: V | None = None) -> None:
    """A value kept its confidence at or over the review threshold (a class the blind starts
    show reliable); when `value` is given, the field reads as it."""
    assert field is not None
    assert field.confidence >= REVIEW_AT
    if value is not None:
        assert field.value == value
