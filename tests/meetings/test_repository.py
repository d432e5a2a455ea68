"""Linking follow-ups to their meeting and merging them, against a real SQLite store."""

import datetime as dt
import re
from dataclasses import replace

import pytest
from sqlalchemy import event, func, select

from bot.meetings.meeting import MeetingStatus
from bot.meetings.repository import apply_extraction, list_meetings, load_meeting
from bot.meetings.series_names import with_series_name
from bot.reading.mime import read_message
from bot.store.database import open_database
from bot.store.messages import store_raw_message
from bot.store.tables import CorrectionRow, MeetingRow, MeetingValueRow, MessageRow
from bot.understanding.extract import extract_message
from bot.understanding.record import MessageKind, SessionLabel
from tests.understanding.helpers import CORPUS, FIXTURES


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    yield database
    database.close()


def ingest(db, raw: bytes):
    with db.session() as session:
        stored = store_raw_message(session, raw, source="test")
        doc = read_message(raw)
        extraction = extract_message(doc)
        return apply_extraction(session, message_pk=stored.pk, doc=doc, extraction=extraction)


def history(db, meeting_id, field):
    with db.session() as session:
        rows = session.scalars(
            select(MeetingValueRow)
            .where(MeetingValueRow.meeting_id == meeting_id, MeetingValueRow.field == field)
            .order_by(MeetingValueRow.id)
        ).all()
        return [(row.message_id, row.value) for row in rows]


def _day(value):
    return value.date() if isinstance(value, dt.datetime) else value


def invitation(message_id: str, subject: str, body: str) -> bytes:
    return (
        f"Message-ID: <{message_id}>\r\nFrom: Secretariat <sec@example.org>\r\n"
        f"To: focal@example.org\r\nSubject: {subject}\r\n"
        "Date: Mon, 2 Feb 2026 09:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"\r\n{body}\r\n"
    ).encode()


def test_the_slomwg_pair_is_one_meeting(db):
    first = ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    second = ingest(db, (CORPUS / "02-slomwg-followup.eml").read_bytes())

    assert first is not None
    assert first.previous is None
    assert second is not None
    assert second.meeting.id == first.meeting.id
    assert second.previous.revision == first.meeting.revision == 0
    assert second.meeting.revision == 1  # Zoom details, registration: a delegate sees them

    meeting = second.meeting
    record = meeting.record
    assert _day(record.start.value) == dt.date(2025, 9, 30)
    assert record.registration_deadline.value == dt.datetime(
        2025, 9, 15, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=8))
    )
    labels = {s.label: (s.meeting_id, s.passcode) for s in record.online_meetings}
    assert labels == {
        SessionLabel.MAIN: ("84825168770", "610357"),
        SessionLabel.DRY_RUN: ("89859552924", "830237"),
    }
    assert meeting.uid == first.meeting.uid
    assert [m.id for m in list_meetings_of(db)] == [meeting.id]
    assert load_meeting_of(db, meeting.id) == meeting
    sessions = history(db, meeting.id, "online_meetings")
    assert [message_id for message_id, _ in sessions] == [second.extraction.message_id]
    with db.session() as session:
        linked = session.scalars(select(MessageRow.meeting_id)).all()
    assert linked == [meeting.id, meeting.id]


def list_meetings_of(db):
    with db.session() as session:
        return list_meetings(session)


def load_meeting_of(db, meeting_id):
    with db.session() as session:
        return load_meeting(session, meeting_id)


def test_applying_a_message_twice_changes_nothing(db):
    ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    raw = (CORPUS / "02-slomwg-followup.eml").read_bytes()
    once = ingest(db, raw)
    with db.session() as session:
        rows_after_once = session.scalar(select(func.count()).select_from(MeetingValueRow))
    twice = ingest(db, raw)
    with db.session() as session:
        rows_after_twice = session.scalar(select(func.count()).select_from(MeetingValueRow))
    assert twice.meeting.revision == once.meeting.revision
    assert twice.meeting.record == once.meeting.record
    assert rows_after_twice == rows_after_once


def test_a_follow_up_outside_the_thread_joins_by_subject(db):
    ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    raw = (CORPUS / "02-slomwg-followup.eml").read_bytes()
    # The same follow-up, sent as a new mail: no In-Reply-To, no References, a new id.
    raw = re.sub(rb"(?m)^(In-Reply-To|References):.*\r?\n(?:[ \t].*\r?\n)*", b"", raw)
    raw = re.sub(rb"(?m)^Message-ID:.*$", b"Message-ID: <resent@example.org>", raw)
    assert b"In-Reply-To" not in raw
    change = ingest(db, raw)
    assert change.previous is not None
    assert len(list_meetings_of(db)) == 1


def test_a_forward_of_the_administrative_note_joins_its_meeting(db):
    note = ingest(db, (CORPUS / "03-agj-admin-note.eml").read_bytes())
    forward = ingest(db, (CORPUS / "07-agj-forward-as-attachment.eml").read_bytes())
    assert forward.meeting.id == note.meeting.id
    record = forward.meeting.record
    assert record.delegates_requested.value == 1  # what the ministry's note added
    assert "Hilton" in record.venue.value  # what it did not restate is kept


def test_postponement_moves_the_dates(db):
    created = ingest(
        db,
        invitation(
            "acmw16@example.org",
            "Invitation to the 16th ACMW Meeting",
            "We are pleased to invite your delegation to the 16th ACMW Meeting, to be held on "
            "24-25 March 2026 in Vientiane, Lao PDR.",
        ),
    )
    moved = ingest(db, (FIXTURES / "postponement.eml").read_bytes())
    assert moved.meeting.id == created.meeting.id
    assert moved.extraction.kind is MessageKind.POSTPONEMENT
    assert (_day(moved.meeting.record.start.value), _day(moved.meeting.record.end.value)) == (
        dt.date(2026, 5, 19),
        dt.date(2026, 5, 20),
    )
    assert moved.meeting.status is MeetingStatus.SCHEDULED
    assert moved.meeting.revision == created.meeting.revision + 1
    starts = history(db, created.meeting.id, "start")
    assert [value["value"] for _, value in starts] == ["2026-03-24", "2026-05-19"]
    assert starts[-1][0] == "acmw16-postponed@asean.example.org"


def test_cancellation_marks_the_meeting_cancelled(db):
    created = ingest(
        db,
        invitation(
            "osh@example.org",
            "Invitation: Regional Workshop on Occupational Safety and Health in the Fishing Sector",
            "We have the honour to invite you to the Regional Workshop on Occupational Safety and "
            "Health in the Fishing Sector, to be held on 7-8 April 2026 in Manila, Philippines.",
        ),
    )
    cancelled = ingest(db, (FIXTURES / "cancellation.eml").read_bytes())
    assert cancelled.meeting.id == created.meeting.id
    assert cancelled.meeting.status is MeetingStatus.CANCELLED
    assert cancelled.meeting.revision == created.meeting.revision + 1
    assert _day(cancelled.meeting.record.start.value) == dt.date(2026, 4, 7)


def test_a_cancellation_of_an_unknown_meeting_creates_nothing(db):
    assert ingest(db, (FIXTURES / "cancellation.eml").read_bytes()) is None
    assert list_meetings_of(db) == []


def test_a_circular_joins_its_meeting_and_lends_it_only_its_thai_name(db):
    ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    before = ingest(db, (CORPUS / "02-slomwg-followup.eml").read_bytes()).meeting
    assert before.record.title_th is None
    circular = ingest(db, (CORPUS / "05-circular-memo-tis620.eml").read_bytes())
    after = circular.meeting
    assert after.id == before.id
    assert after.record.title_th.value.startswith("การประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียน")
    assert after.record.title_th.value.endswith("ครั้งที่ ๑๘")
    assert replace(after.record, title_th=None) == before.record  # no other fact changes
    assert after.revision == before.revision  # nothing a delegate sees changed
    assert [mid for mid, _ in history(db, after.id, "title_th")] == [circular.message_id]
    # Stored: the next memo reads it from the store.
    assert load_meeting_of(db, after.id).record.title_th == after.record.title_th


def test_a_report_of_a_known_meeting_marks_it_held_once(db):
    ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    assert history(db, 1, "held") == []
    circular = ingest(db, (CORPUS / "05-circular-memo-tis620.eml").read_bytes())
    [(message_id, held)] = history(db, circular.meeting.id, "held")
    assert message_id == circular.message_id
    assert held == {"value": True, "source": "a circular of the meeting"}
    assert circular.meeting.status is MeetingStatus.SCHEDULED  # no reminder or entry changes


def test_a_later_meeting_of_the_series_takes_the_series_thai_name(db):
    ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    ingest(db, (CORPUS / "05-circular-memo-tis620.eml").read_bytes())  # gives the Thai name
    nineteenth = ingest(
        db,
        invitation(
            "slomwg19@example.org",
            "Invitation to the 19th SLOM-WG Meeting",
            "Dear colleagues,\n\nWe are pleased to invite your delegation to the 19th Meeting of"
            " the SLOM-WG (19th SLOM-WG) on 16 June 2026 in Bangkok, Thailand.",
        ),
    ).meeting
    assert nineteenth.id != 1
    assert nineteenth.record.ordinal.value == 19
    title = nineteenth.record.title_th
    assert title.value.startswith("การประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียน")
    assert title.value.endswith("ครั้งที่ ๑๙")
    assert "SLOM-WG" in title.reasons[0]


def test_the_series_thai_name_is_looked_up_by_series_not_in_every_meeting(db):
    ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    ingest(db, (CORPUS / "05-circular-memo-tis620.eml").read_bytes())  # gives the Thai name
    with db.session() as session:
        named = session.get_one(MeetingRow, 1)
        for n in range(20):  # other series' meetings, each with a Thai name
            other = dict(named.record)
            other["series"] = {**other["series"], "value": f"OTHER-{n}"}
            session.add(MeetingRow(uid=f"other-{n}", record=other))
    nineteenth = extract_message(
        read_message(
            invitation(
                "slomwg19@example.org",
                "Invitation to the 19th SLOM-WG Meeting",
                "We are pleased to invite your delegation to the 19th Meeting of the SLOM-WG"
                " (19th SLOM-WG) on 16 June 2026 in Bangkok, Thailand.",
            )
        )
    ).meeting
    asked: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many) -> None:
        asked.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.session() as session:
            named_19 = with_series_name(session, nineteenth)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert named_19.title_th is not None
    assert named_19.title_th.value.endswith("ครั้งที่ ๑๙")
    with db.engine.connect() as connection:
        rows = sum(len(connection.exec_driver_sql(*one).all()) for one in asked)
    assert rows == 1, "only the series' own named meeting is read"


def test_a_circular_never_replaces_a_known_thai_name(db):
    ingest(db, (CORPUS / "01-slomwg-invitation.eml").read_bytes())
    first = ingest(db, (CORPUS / "05-circular-memo-tis620.eml").read_bytes()).meeting
    again = ingest(db, (CORPUS / "05-circular-memo-tis620.eml").read_bytes()).meeting
    assert again.record == first.record
    (said,) = history(db, first.id, "held")
    assert said[1]["source"] == "a circular of the meeting", "circulated after the meeting"


_SLOM19 = (
    "We are pleased to invite your delegation to the 19th Meeting of the SLOM-WG"
    " (19th SLOM-WG) on 16 June 2026 in Bangkok, Thailand."
)
_REGISTRATION_FYI = (
    "For your information: registration for the 19th Meeting of the SLOM-WG (19th SLOM-WG)"
    " is open at https://example.org/register-19 until 10 June 2026."
)


def test_a_circular_gives_a_known_meeting_the_registration_deadline_it_lacked(db):
    meeting = ingest(db, invitation("inv19@example.org", "Invitation: 19th SLOM-WG", _SLOM19))
    assert meeting.meeting.record.registration_deadline is None
    change = ingest(db, invitation("fyi19@example.org", "FW: 19th SLOM-WG", _REGISTRATION_FYI))

    assert change.extraction.kind is MessageKind.CIRCULAR
    record = change.meeting.record
    assert change.meeting.id == meeting.meeting.id
    assert _day(record.registration_deadline.value) == dt.date(2026, 6, 10)
    assert record.registration_url.value == "https://example.org/register-19"
    assert record.start == meeting.meeting.record.start, "a circular moves no fact it states"
    assert [m for m, _ in history(db, meeting.meeting.id, "registration_deadline")] == [
        "fyi19@example.org"
    ]
    assert history(db, meeting.meeting.id, "held") == [], "sent before the meeting: not held"


def test_a_circular_fills_no_gap_a_person_left_empty_on_purpose(db):
    meeting = ingest(db, invitation("inv19@example.org", "Invitation: 19th SLOM-WG", _SLOM19))
    with db.session() as session:  # an officer cleared the deadline: the correction holds
        session.add(
            CorrectionRow(
                meeting_id=meeting.meeting.id,
                field="registration_deadline",
                value={},
                before={},
                by="officer",
            )
        )
    change = ingest(db, invitation("fyi19@example.org", "FW: 19th SLOM-WG", _REGISTRATION_FYI))

    assert change.extraction.kind is MessageKind.CIRCULAR
    assert change.meeting.record.registration_deadline is None
    assert change.meeting.record.registration_url.value == "https://example.org/register-19"


def test_a_circular_never_replaces_a_registration_deadline_the_meeting_has(db):
    stated = _SLOM19 + " Please register by 1 June 2026."
    meeting = ingest(db, invitation("inv19@example.org", "Invitation: 19th SLOM-WG", stated))
    assert _day(meeting.meeting.record.registration_deadline.value) == dt.date(2026, 6, 1)
    change = ingest(db, invitation("fyi19@example.org", "FW: 19th SLOM-WG", _REGISTRATION_FYI))

    assert change.extraction.kind is MessageKind.CIRCULAR
    assert _day(change.meeting.record.registration_deadline.value) == dt.date(2026, 6, 1)


def test_a_circular_about_an_unknown_meeting_concerns_none(db):
    assert ingest(db, (CORPUS / "04-clmtv-letter-windows874.eml").read_bytes()) is None
    assert list_meetings_of(db) == []
    with db.session() as session:
        (row,) = session.scalars(select(MessageRow)).all()
        assert row.kind == "circular"
        assert row.extraction["reasons"]
        assert row.meeting_id is None


def test_a_message_about_no_meeting_is_kept_as_other(db):
    assert ingest(db, (FIXTURES / "newsletter.eml").read_bytes()) is None
    with db.session() as session:
        (row,) = session.scalars(select(MessageRow)).all()
        assert row.kind == "other"


def test_different_meetings_of_one_series_stay_apart(db):
    a = ingest(
        db,
        invitation(
            "a@example.org",
            "Invitation to the 16th ACMW Meeting",
            "You are invited to the 16th ACMW Meeting on 24 March 2026.",
        ),
    )
    b = ingest(
        db,
        invitation(
            "b@example.org",
            "Invitation to the 17th ACMW Meeting",
            "You are invited to the 17th ACMW Meeting on 20 March 2027.",
        ),
    )
    assert a.meeting.id != b.meeting.id
    assert a.meeting.uid != b.meeting.uid


def test_load_meeting_of_an_unknown_id(db):
    with pytest.raises(LookupError), db.session() as session:
        load_meeting(session, 404)
