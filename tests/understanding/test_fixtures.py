"""Invitations modelled on public ASEAN, ILO and APEC notes and Thai ministry letters.

Each fixture is written with its own wording (not copied from the corpus); the table says
what each field must be, and `None` where the text does not say.
"""

import datetime as dt

import pytest

from bot.understanding.record import DeadlineKind, MessageKind, Mode, Platform, SessionLabel
from tests.understanding.helpers import extract, fixture


def _day(value):
    return value.date() if isinstance(value, dt.datetime) else value


def _value(meeting, name):
    field = getattr(meeting, name)
    return None if field is None else field.value


def test_ilo_invitation_in_bangkok():
    result = extract(fixture("ilo-tripartite-invitation.eml"))
    m = result.meeting
    assert result.kind is MessageKind.INVITATION
    assert m.title.value == "Regional Tripartite Consultation on Labour Migration in ASEAN"
    assert (_day(m.start.value), _day(m.end.value)) == (dt.date(2026, 3, 3), dt.date(2026, 3, 4))
    assert (m.venue.value, m.city.value, m.country.value) == (
        "United Nations Conference Centre",
        "Bangkok",
        "Thailand",
    )
    assert m.mode.value is Mode.IN_PERSON
    assert m.delegates_requested.value == 2  # "up to two (2) senior officials"
    assert "economy class air ticket" in m.sponsorship.value
    assert m.registration_url.value == "https://forms.gle/iloTripartite2026"
    assert _day(m.registration_deadline.value) == dt.date(2026, 2, 13)
    assert m.documents_url.value == "https://drive.google.com/drive/folders/ilo-tripartite-2026"
    nomination = [d for d in m.deadlines if d.kind is DeadlineKind.NOMINATION]
    assert [_day(d.due) for d in nomination] == [dt.date(2026, 2, 6)]
    assert [(c.name, c.email) for c in m.organiser_contacts] == [
        ("Ms. Jane Doe", "jane.doe@example.org")
    ]
    assert m.online_meetings == ()
    assert m.series is None


def test_apec_administrative_circular_hybrid_in_lima():
    result = extract(fixture("apec-hrdwg-admin-note.eml"))
    m = result.meeting
    assert result.kind is MessageKind.UPDATE
    assert (m.series.value, m.ordinal.value) == ("HRDWG", 52)
    assert m.title.value == "52nd APEC Human Resources Development Working Group Meeting"
    assert (_day(m.start.value), _day(m.end.value)) == (dt.date(2026, 3, 24), dt.date(2026, 3, 26))
    assert m.mode.value is Mode.HYBRID
    assert m.venue.value.startswith("Westin Lima Hotel & Convention Center")
    assert (m.city.value, m.country.value) == ("Lima", "Peru")
    # A deadline written without a zone is due in the host's zone.
    lima = dt.timezone(dt.timedelta(hours=-5))
    assert m.registration_deadline.value == dt.datetime(2026, 2, 27, 23, 59, tzinfo=lima)
    assert "registration/hrdwg52" in m.registration_url.value
    (zoom,) = m.online_meetings
    assert (zoom.platform, zoom.meeting_id, zoom.passcode) == (
        Platform.ZOOM,
        "81234567890",
        "HRDWG52",
    )
    visa = [d for d in m.deadlines if d.relative and d.relative.anchor == "arrival"]
    assert visa
    assert visa[0].kind is DeadlineKind.TRAVEL
    assert {c.email for c in m.organiser_contacts} == {
        "carlos.example@example.org",
        "ana.muestra@example.org",
    }
    assert m.delegates_requested is None
    assert m.sponsorship is None or "own" in m.sponsorship.value


def test_thai_ministry_letter_asks_two_per_agency():
    result = extract(fixture("thai-ministry-invitation.eml"))
    m = result.meeting
    assert result.kind is MessageKind.INVITATION
    assert m.title_th.value.startswith("การประชุมคณะกรรมการเตรียมการเจ้าภาพ")
    assert m.title_th.value.endswith("ครั้งที่ ๓")
    assert m.ordinal.value == 3
    bangkok = dt.timezone(dt.timedelta(hours=7))
    assert m.start.value == dt.datetime(2026, 3, 12, 9, 30, tzinfo=bangkok)
    assert m.end.value == dt.datetime(2026, 3, 12, 12, 0, tzinfo=bangkok)
    assert m.venue.value == "ห้องประชุม ๑ ชั้น ๔ อาคารกระทรวงแรงงาน"  # digits as written
    assert m.city.value == "Bangkok"
    assert m.delegates_requested.value == 2
    (deadline,) = m.deadlines
    assert deadline.kind is DeadlineKind.NOMINATION
    assert _day(deadline.due) == dt.date(2026, 3, 5)
    assert [(c.name, c.email) for c in m.organiser_contacts] == [
        ("นางสาวสมใจ ใจดี", "somjai.j@example.org")
    ]
    assert m.title is None
    assert m.online_meetings == ()


def test_teams_details_with_a_technical_rehearsal():
    result = extract(fixture("teams-rehearsal.eml"))
    m = result.meeting
    assert result.kind is MessageKind.UPDATE
    assert m.mode.value is Mode.VIRTUAL
    assert _day(m.start.value) == dt.date(2026, 5, 6)
    main, rehearsal = m.online_meetings
    assert (main.platform, main.label, main.meeting_id, main.passcode) == (
        Platform.TEAMS,
        SessionLabel.MAIN,
        "391552018274",
        "Jq7Xs2",
    )
    assert (rehearsal.label, rehearsal.meeting_id, rehearsal.passcode) == (
        SessionLabel.REHEARSAL,
        "402118993605",
        "Kp4Rt9",
    )
    assert _day(rehearsal.start) == dt.date(2026, 5, 5)
    assert m.delegates_requested.value == 3  # "a maximum of three (3) participants"
    assert m.venue is None


def test_webex_hybrid_forum_in_jakarta():
    result = extract(fixture("webex-hybrid-jakarta.eml"))
    m = result.meeting
    assert result.kind is MessageKind.INVITATION
    assert m.mode.value is Mode.HYBRID
    jakarta = dt.timezone(dt.timedelta(hours=7))
    assert m.start.value == dt.datetime(2026, 8, 11, 9, 0, tzinfo=jakarta)
    assert m.timezone.value == "Asia/Jakarta"
    assert (m.venue.value, m.city.value, m.country.value) == (
        "ASEAN Secretariat Heritage Building",
        "Jakarta",
        "Indonesia",
    )
    (webex,) = m.online_meetings
    assert (webex.platform, webex.meeting_id, webex.passcode) == (
        Platform.WEBEX,
        "25149931174",
        "Skills26!",
    )
    assert m.delegates_requested.value == 2  # "2 pax"
    assert m.sponsorship.value == "Participants attending in person are self-funded."
    assert m.registration_url.value == "https://forms.office.com/r/SkillsForum2026"
    assert _day(m.registration_deadline.value) == dt.date(2026, 7, 24)


def test_postponement_gives_the_new_dates():
    result = extract(fixture("postponement.eml"))
    m = result.meeting
    assert result.kind is MessageKind.POSTPONEMENT
    assert (m.series.value, m.ordinal.value) == ("ACMW", 16)
    assert (_day(m.start.value), _day(m.end.value)) == (dt.date(2026, 5, 19), dt.date(2026, 5, 20))
    assert (m.city.value, m.country.value) == ("Vientiane", "Lao PDR")
    assert m.title.value.endswith("Rights of Migrant Workers")


def test_cancellation():
    result = extract(fixture("cancellation.eml"))
    assert result.kind is MessageKind.CANCELLATION
    assert result.meeting.title.value == (
        "Regional Workshop on Occupational Safety and Health in the Fishing Sector"
    )
    assert result.meeting.sponsorship is None  # "regarding reimbursement" covers nothing


def test_thai_nomination_memo_counts_people_not_nights():
    result = extract(fixture("thai-nomination-memo.txt"))
    m = result.meeting
    assert result.kind is MessageKind.INVITATION
    assert m.title_th.value == "การประชุมเชิงปฏิบัติการอาเซียนว่าด้วยบริการจัดหางานสาธารณะในรูปแบบดิจิทัล"
    assert m.delegates_requested.value == 1  # not the "๓ คืน" of the hotel
    assert (_day(m.start.value), _day(m.end.value)) == (dt.date(2026, 5, 19), dt.date(2026, 5, 20))
    assert (m.city.value, m.country.value) == ("Manila", "Philippines")
    assert "ค่าบัตรโดยสารเครื่องบิน" in m.sponsorship.value


def test_a_bulletin_is_not_a_meeting():
    result = extract(fixture("newsletter.eml"))
    assert result.kind is MessageKind.OTHER
    assert result.reasons


@pytest.mark.parametrize(
    "name",
    ["ilo-tripartite-invitation.eml", "apec-hrdwg-admin-note.eml", "webex-hybrid-jakarta.eml"],
)
def test_every_value_carries_its_source(name):
    meeting = extract(fixture(name)).meeting
    for field_name, field in vars(meeting).items():
        if field is None:
            continue
        items = field if isinstance(field, tuple) else (field,)
        for item in items:
            assert item.source, field_name
            assert 0 < item.confidence <= 1, field_name
