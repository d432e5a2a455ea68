"""Text no store could hold (NUL, lone surrogates) is made storable on the way in, on
SQLite and on PostgreSQL alike."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.store.database import open_database
from bot.store.messages import store_raw_message
from bot.store.storable import storable
from bot.store.tables import MeetingRow, MessageRow

RAW = b"Message-ID: <odd@example.org>\r\nSubject: odd\r\n\r\nbody\r\n"
# As a utf-7 body, a surrogateescape'd file name or a NUL in a venue leave them.
VENUE = "Grand\x00 Hotel \ud800Bangkok"
PAIR = "\ud83d\ude00"  # a surrogate pair written as two code points: one emoji


def test_nul_and_lone_surrogates_are_stored_as_text_every_store_accepts(database_url):
    with open_database(database_url) as db:
        with db.session() as s:
            pk = store_raw_message(s, RAW, source="test").pk
            row = s.get_one(MessageRow, pk)
            row.subject = VENUE
            row.warnings = [f"attachment {VENUE!s}"]
            row.extraction = {"venue": {"value": VENUE, "source": PAIR}, VENUE: [PAIR]}
            s.add(MeetingRow(uid="m-1", record={"venue": VENUE}, revision=1))
        with db.session() as s:
            row = s.get_one(MessageRow, pk)
            meeting = s.query(MeetingRow).one()
            stored = (row.subject, row.warnings, row.extraction, meeting.record)

    clean = "Grand Hotel \ufffdBangkok"
    assert stored == (
        clean,
        [f"attachment {clean}"],
        {"venue": {"value": clean, "source": "😀"}, clean: ["😀"]},
        {"venue": clean},
    )


@given(st.text())
def test_storable_text_encodes_as_utf8_without_nul_and_leaves_clean_text_alone(text):
    cleaned = storable(text)
    cleaned.encode("utf-8")
    assert "\x00" not in cleaned
    clean_input = "\x00" not in text and not any("\ud800" <= c <= "\udfff" for c in text)
    if clean_input:
        assert cleaned == text
