"""Triage knows a meeting by the same nouns as the title reader (title_words.MEETING_NOUNS):
a roundtable or a colloquium is a meeting to it too, named or not."""

from __future__ import annotations

import datetime as dt

from bot.reading.document import MailDocument
from bot.understanding.extract import extract_message
from bot.understanding.record import MessageKind
from tests.understanding.helpers import BANGKOK, mail


def _mail(text: str, sent: dt.date) -> MailDocument:
    return mail(text, "Next steps", sent=dt.datetime.combine(sent, dt.time(10), BANGKOK))


def test_a_dated_roundtable_is_a_meeting_though_no_name_is_read():
    doc = _mail(
        "Colleagues from the region will join a roundtable on 5 March 2026 at the ministry.",
        dt.date(2026, 2, 2),
    )
    extraction = extract_message(doc)
    assert extraction.meeting.title is None
    assert extraction.kind is MessageKind.UPDATE


def test_a_colloquium_said_to_be_held_is_a_report():
    doc = _mail("A colloquium on wage policy was held last week.", dt.date(2026, 2, 2))
    assert extract_message(doc).kind is MessageKind.REPORT
