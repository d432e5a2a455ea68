"""Changes kept apart, against a real SQLite store: an untrusted follow-up to an approved
meeting changes no field of it, memo-only fields (delegates requested, sponsorship,
contacts, Thai title) and a cancellation included; accepting applies exactly the diff."""

from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.config.settings import TrustSettings
from bot.meetings.meeting import MeetingStatus
from bot.meetings.pending import accept_change, list_pending, reject_change
from bot.meetings.repository import apply_extraction, load_meeting
from bot.reading.document import Address, MailDocument
from bot.store.database import open_database
from bot.store.messages import store_raw_message
from bot.store.tables import MessageRow
from bot.understanding.record import Contact, Extracted, Extraction, MeetingRecord, MessageKind

TRUST = TrustSettings(allowed_sender_domains=["asean.org"], trusted_authserv_ids=["mx"])
TITLE = Extracted("5th Meeting of the ASEAN Example Working Group", "(test)")


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    yield database
    database.close()


def document(message_id: str, sender: str, *, authenticated: bool) -> MailDocument:
    address = Address("Sender", sender)
    domain = sender.rsplit("@", 1)[1]
    return MailDocument(
        message_id=message_id,
        subject="Invitation to the 5th Meeting of the ASEAN Example Working Group",
        sender=address,
        to=(),
        cc=(),
        date=None,
        in_reply_to=None if message_id == "m1@asean.org" else "m1@asean.org",
        references=(),
        authentication_results=(f"mx; dkim=pass header.d={domain}",) if authenticated else (),
        text="",
        from_addresses=(address,),
        from_fields=1,
    )


def merged(db, message_id, sender, record, *, kind=MessageKind.UPDATE, authenticated=False):
    raw = f"Message-ID: <{message_id}>\r\nFrom: {sender}\r\n\r\nx".encode()
    with db.session() as session:
        stored = store_raw_message(session, raw, source="test")
        doc = document(message_id, sender, authenticated=authenticated)
        extraction = Extraction(message_id, kind, ("test",), record)
        change = apply_extraction(
            session, message_pk=stored.pk, doc=doc, extraction=extraction, trust=TRUST
        )
        return change.meeting if change else None


MEMO_ONLY = MeetingRecord(
    title=TITLE,
    title_th=Extracted("การประชุมปลอม", "(forged)"),
    delegates_requested=Extracted(9, "(forged)"),
    sponsorship=Extracted("Send your bank details to https://evil.example/pay", "(forged)"),
    organiser_contacts=(Contact("Mr. Forger", "forger@evil.example", "(forged)"),),
)


@pytest.mark.parametrize(
    ("record", "kind"),
    [(MEMO_ONLY, MessageKind.UPDATE), (MeetingRecord(title=TITLE), MessageKind.CANCELLATION)],
    ids=["memo-only fields", "cancellation"],
)
def test_an_untrusted_follow_up_changes_no_field_of_an_approved_meeting(db, record, kind):
    meeting = merged(
        db,
        "m1@asean.org",
        "sec@asean.org",
        MeetingRecord(title=TITLE, delegates_requested=Extracted(2, "two (2) delegates")),
        kind=MessageKind.INVITATION,
        authenticated=True,
    )
    assert meeting is not None
    assert meeting.approved

    merged(db, "spoof@asean.org", "sec@asean.org", record, kind=kind)

    with db.session() as session:
        after = load_meeting(session, meeting.id)
        [pending] = list_pending(session, meeting.id)
    assert after == meeting, "record, status, revision and approval unchanged"
    changed = {field.name for field in pending.fields}
    if kind is MessageKind.CANCELLATION:
        assert changed == {"status"}
    else:
        assert changed == {"title_th", "delegates_requested", "sponsorship", "organiser_contacts"}
    assert any("not authenticated" in reason for reason in pending.reasons)


def test_accepting_applies_the_diff_and_rejecting_nothing(db):
    meeting = merged(
        db,
        "m1@asean.org",
        "sec@asean.org",
        MeetingRecord(title=TITLE),
        kind=MessageKind.INVITATION,
        authenticated=True,
    )
    assert meeting is not None
    merged(db, "s1@x.example", "a@x.example", replace(MEMO_ONLY, sponsorship=None))
    merged(
        db, "s2@x.example", "a@x.example", MeetingRecord(title=TITLE), kind=MessageKind.CANCELLATION
    )
    with db.session() as session:
        first, second = list_pending(session, meeting.id)
        accepted = accept_change(session, first.id, "tester")
        rejected = reject_change(session, second.id, "tester")
        after = load_meeting(session, meeting.id)
        with pytest.raises(ValueError, match="already accepted"):
            accept_change(session, first.id, "tester")
    assert (accepted.state, rejected.state) == ("accepted", "rejected")
    assert after.record.delegates_requested == MEMO_ONLY.delegates_requested
    assert after.record.title_th == MEMO_ONLY.title_th
    assert after.status is MeetingStatus.SCHEDULED, "the rejected cancellation is not applied"
    assert after.revision == meeting.revision, "memo-only: nothing a delegate sees changed"


def test_a_message_read_again_asks_nothing_new(db):
    meeting = merged(
        db,
        "m1@asean.org",
        "sec@asean.org",
        MeetingRecord(title=TITLE),
        kind=MessageKind.INVITATION,
        authenticated=True,
    )
    assert meeting is not None
    merged(db, "s1@x.example", "a@x.example", MEMO_ONLY)
    with db.session() as session:
        [first] = list_pending(session, meeting.id)
        reject_change(session, first.id, "tester")
    with db.session() as session:
        query = select(MessageRow).where(MessageRow.message_id == "s1@x.example")
        message = session.scalars(query).one()
        doc = document("s1@x.example", "a@x.example", authenticated=False)
        extraction = Extraction("s1@x.example", MessageKind.UPDATE, ("test",), MEMO_ONLY)
        apply_extraction(
            session, message_pk=message.id, doc=doc, extraction=extraction, trust=TRUST
        )
        assert list_pending(session, meeting.id) == [], "the rejected change stays rejected"
