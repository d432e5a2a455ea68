"""Golden values over the corpus built from the seeds: the value the text states, or null."""

import datetime as dt
import json

import pytest

from bot.understanding.record import DeadlineKind, MessageKind, Mode, Platform, SessionLabel
from tests.understanding.helpers import CORPUS, corpus, extract

SINGAPORE = dt.timezone(dt.timedelta(hours=8))


def _day(value):
    return value.date() if isinstance(value, dt.datetime) else value


def test_slomwg_invitation():
    result = extract(corpus("01-slomwg-invitation.eml"))
    meeting = result.meeting
    assert result.kind is MessageKind.INVITATION
    assert meeting.title.value.startswith("18th Meeting of the Senior Labour Officials Meeting")
    assert meeting.title.value.endswith("Competitiveness of ASEAN")
    assert meeting.series.value == "SLOM-WG"
    assert meeting.ordinal.value == 18
    assert meeting.start.value == dt.date(2025, 9, 30)
    assert meeting.end is None
    assert meeting.mode.value is Mode.VIRTUAL
    # Said later ("will be shared in due course"), not in this message.
    for name in ("venue", "city", "country", "registration_url", "registration_deadline"):
        assert getattr(meeting, name) is None, name
    assert meeting.delegates_requested is None
    assert meeting.sponsorship is None
    assert meeting.online_meetings == ()


def test_slomwg_follow_up():
    result = extract(corpus("02-slomwg-followup.eml"))
    meeting = result.meeting
    assert result.kind is MessageKind.UPDATE
    assert meeting.series.value == "SLOM-WG"
    assert meeting.ordinal.value == 18
    assert _day(meeting.start.value) == dt.date(2025, 9, 30)
    assert meeting.mode.value is Mode.VIRTUAL
    assert meeting.registration_deadline.value == dt.datetime(2025, 9, 15, 23, 59, tzinfo=SINGAPORE)
    assert meeting.registration_url.value == "https://go.gov.sg/18thslom-wgmeeting"
    main, dry_run = meeting.online_meetings
    assert (main.platform, main.label) == (Platform.ZOOM, SessionLabel.MAIN)
    assert (main.meeting_id, main.passcode) == ("84825168770", "610357")
    assert main.url.startswith("https://us06web.zoom.us/j/84825168770")
    assert (dry_run.platform, dry_run.label) == (Platform.ZOOM, SessionLabel.DRY_RUN)
    assert (dry_run.meeting_id, dry_run.passcode) == ("89859552924", "830237")
    assert _day(dry_run.start) == dt.date(2025, 9, 29)
    emails = {c.email for c in meeting.organiser_contacts}
    assert {"organiser1@mom.example.org", "organiser2@mom.example.org"} <= emails
    for name in ("venue", "city", "country", "delegates_requested", "sponsorship"):
        assert getattr(meeting, name) is None, name


def test_agj_administrative_note():
    result = extract(corpus("03-agj-admin-note.eml"))
    meeting = result.meeting
    assert result.kind is MessageKind.UPDATE
    assert meeting.title.value.startswith("Workshop on the Establishment of the ASEAN Green Jobs")
    # the heading's dates follow the name in capitals: "… TO GREEN JOBS 16 – 18 DECEMBER 2025"
    assert meeting.title.value.endswith("Transition to Green Jobs")
    assert (_day(meeting.start.value), _day(meeting.end.value)) == (
        dt.date(2025, 12, 16),
        dt.date(2025, 12, 18),
    )
    assert "Hilton" in meeting.venue.value
    assert meeting.city.value == "Kuala Lumpur"
    assert meeting.country.value == "Malaysia"
    assert meeting.mode.value is Mode.IN_PERSON
    assert _day(meeting.registration_deadline.value) == dt.date(2025, 12, 2)
    assert meeting.registration_url.value == "https://tinyurl.com/TORAGJCOE2025"
    travel = [d for d in meeting.deadlines if d.kind is DeadlineKind.TRAVEL and d.relative]
    mdac = next(d for d in travel if d.relative.anchor == "arrival")
    assert (mdac.relative.amount, mdac.relative.unit, mdac.relative.direction) == (
        3,
        "day",
        "before",
    )
    assert "Digital Arrival Card" in mdac.source
    assert meeting.online_meetings == ()
    assert meeting.series is None  # the note names no series with an ordinal


def test_agj_forwarded_with_a_request_to_nominate():
    result = extract(corpus("07-agj-forward-as-attachment.eml"))
    assert result.kind is MessageKind.INVITATION
    assert result.meeting.delegates_requested.value == 1
    assert _day(result.meeting.start.value) == dt.date(2025, 12, 16)
    assert result.meeting.city.value == "Kuala Lumpur"


@pytest.mark.parametrize(
    "name",
    [
        "04-clmtv-letter-windows874.eml",
        "05-circular-memo-tis620.eml",
        "06-bohol-tip-inline-forward.eml",
    ],
)
def test_memos_that_pass_on_reports_are_circulars(name):
    result = extract(corpus(name))
    assert result.kind is MessageKind.CIRCULAR
    assert result.reasons


def test_circular_names_the_meeting_it_reports_on():
    meeting = extract(corpus("05-circular-memo-tis620.eml")).meeting
    assert (meeting.series.value, meeting.ordinal.value) == ("SLOM-WG", 18)
    assert "ครั้งที่ ๑๘" in meeting.title_th.value


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.eml")), ids=lambda p: p.name)
def test_every_corpus_message_gives_json_and_never_raises(path):
    result = extract(corpus(path.name))
    as_json = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    assert as_json["kind"] in {k.value for k in MessageKind}
    assert as_json["reasons"]
