"""The workspace over real HTTP: login, roles, CSRF, corrections reaching the calendar,
approval releasing mail, memo download, delegate feeds, hostile mail shown as text."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from email import message_from_bytes

from icalendar import Calendar
from sqlalchemy import select

from bot.meetings.repository import load_meeting
from bot.meetings.review import values_to_review
from bot.services.corrections import correct_field
from bot.services.feeds import rotate_token
from bot.store.attempts import begin_attempt
from bot.store.messages import store_raw_message
from bot.store.statuses import MessageStatus
from bot.store.tables import ActionRunRow, CorrectionRow, MessageRow, OutboxRow
from bot.understanding.rules import rule_of
from tests.web.conftest import PASSWORD, csrf_of


def test_nothing_but_feeds_is_served_without_login(workspace, browser_client):
    client = browser_client()
    for path in ("/meetings", "/meetings/1", "/review", "/outbox", "/status", "/messages/1"):
        answer = client.get(path)
        assert answer.status_code == 303, path
        assert answer.headers["location"].startswith("/login?next=")
    assert client.get("/feed/not-a-token.ics").status_code == 404


def test_login_sets_a_safe_cookie_and_wrong_passwords_are_limited(workspace, browser_client):
    fresh = browser_client()
    token = csrf_of(fresh.get("/login").text)
    answer = fresh.post(
        "/login", data={"name": "officer", "password": PASSWORD, "csrf_token": token}
    )
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie

    client = browser_client()
    token = csrf_of(client.get("/login").text)

    def attempt(password: str) -> int:
        data = {"name": "viewer", "password": password, "csrf_token": token}
        return client.post("/login", data=data).status_code

    assert [attempt("wrong") for _ in range(5)] == [401] * 5
    assert attempt(PASSWORD) == 429, "after five failures in a minute even the right one waits"


def test_a_form_without_its_csrf_token_is_refused(workspace, meetbot_app, logged_in):
    client = logged_in("officer")
    answer = client.post("/meetings/1/correct", data={"field": "venue", "value": "Elsewhere"})
    assert answer.status_code == 403
    with meetbot_app.db.session() as session:
        assert load_meeting(session, 1).record.venue is None or (
            load_meeting(session, 1).record.venue.value != "Elsewhere"
        )


def test_a_viewer_cannot_correct(workspace, meetbot_app, logged_in):
    with meetbot_app.db.session() as session:
        venue_before = load_meeting(session, 1).record.venue
    client = logged_in("viewer")
    token = csrf_of(client.get("/meetings/1").text)
    answer = client.post(
        "/meetings/1/correct", data={"field": "venue", "value": "Elsewhere", "csrf_token": token}
    )
    assert answer.status_code == 403
    assert "this needs the officer role or above" in answer.text, "the page says why"
    assert "ต้องมีสิทธิ์ officer ขึ้นไป" in answer.text
    with meetbot_app.db.session() as session:
        assert load_meeting(session, 1).record.venue == venue_before
        assert not session.scalars(select(CorrectionRow)).all(), "no correction stored"


def test_correcting_the_start_updates_the_calendar_and_survives_reprocess(
    workspace, meetbot_app, logged_in
):
    client = logged_in("officer")
    page = client.get("/meetings/1")
    with meetbot_app.db.session() as session:
        start = load_meeting(session, 1).record.start
    assert start is not None
    sequences_before = _request_sequences(meetbot_app)
    new_day = (start.value + dt.timedelta(days=2)).date()

    answer = client.post(
        "/meetings/1/correct",
        data={
            "field": "start",
            "value": f"{new_day} 13:30",
            "zone": "Asia/Bangkok",
            "reason": "the organiser's annex",
            "csrf_token": csrf_of(page.text),
        },
    )

    assert answer.status_code == 303, answer.text
    shown = client.get(answer.headers["location"]).text
    assert f"{new_day} 13:30" in shown
    assert "the organiser&#39;s annex" in shown or "the organiser's annex" in shown
    assert max(_request_sequences(meetbot_app)) == max(sequences_before) + 1
    with meetbot_app.db.session() as session:
        meeting = load_meeting(session, 1)
        reminder_runs = session.scalars(
            select(ActionRunRow.status).where(
                ActionRunRow.action == "reminders", ActionRunRow.revision == meeting.revision
            )
        ).all()
        pks = list(session.scalars(select(MessageRow.id)))
    assert reminder_runs == ["pending"], "reminders re-planned for the new revision"
    asyncio.run(meetbot_app.pipeline.reprocess(pks))
    assert f"{new_day} 13:30" in client.get("/meetings/1").text


def test_correct_beside_a_value_fills_the_form_and_saving_it_unchanged_changes_nothing(
    workspace, meetbot_app, logged_in
):
    client = logged_in("officer")
    page = client.get("/meetings/1").text
    assert 'href="/meetings/1?correct=start#correct-form"' in page
    with meetbot_app.db.session() as session:
        before = load_meeting(session, 1).record.start
    assert before is not None

    form = client.get("/meetings/1?correct=start").text
    assert re.search(r'<option value="start" selected>', form)
    typed = re.search(r'id="correct-value"[^>]*value="([^"]*)"', form)
    assert typed
    assert typed.group(1), "the start is in the box, as an officer types it"
    assert typed.group(1)[:4] == str(before.value.year + 543), "in the Buddhist era"
    zone = re.search(r'name="zone" value="([^"]*)"', form)
    assert zone
    answer = client.post(
        "/meetings/1/correct",
        data={
            "field": "start",
            "value": typed.group(1),
            "zone": zone.group(1),
            "csrf_token": csrf_of(form),
        },
    )
    assert answer.status_code == 303, answer.text
    with meetbot_app.db.session() as session:
        after = load_meeting(session, 1).record.start
    assert after is not None
    assert after.value == before.value


def test_approving_a_held_meeting_lets_its_mail_leave(
    workspace, meetbot_app, smtp_server, logged_in
):
    assert _statuses(meetbot_app, 2) == {"held"}
    viewer = logged_in("viewer")
    review = viewer.get("/review").text
    assert "us06web.zoom.us.join-now.example" in review, "the link's real host is shown"
    assert 'href="https://us06web.zoom.us.join-now.example' not in review, "never as a link"
    approver = logged_in("approver")
    token = csrf_of(approver.get("/review").text)
    assert (
        viewer.post("/meetings/2/approve", data={"csrf_token": csrf_of(review)}).status_code == 403
    )
    answer = approver.post("/meetings/2/approve", data={"csrf_token": token, "back": "/review"})
    assert answer.status_code == 303
    assert _held_for(meetbot_app, 2) == {"review"}, "its doubtful values are still unchecked"
    assert _statuses(meetbot_app, 2) == {"held"}
    mailed_before = len(smtp_server.received)
    assert "(รอตรวจค่า / for review)" in approver.get("/outbox?status=held").text

    queue = approver.get("/review").text
    doubtful = _doubtful_fields(meetbot_app, 2)
    assert "start" in doubtful
    for field in doubtful:
        assert f'id="review-2-{field}"' in queue
        assert _statuses(meetbot_app, 2) == {"held"}, f"held while {field} is unchecked"
        confirmed = approver.post(
            "/meetings/2/confirm",
            data={"csrf_token": csrf_of(queue), "field": field, "back": "/review"},
        )
        assert confirmed.status_code == 303
        assert confirmed.headers["location"].startswith("/review?")
    assert _statuses(meetbot_app, 2) == {"sent"}
    mailed = smtp_server.received[mailed_before:]
    assert any("somchai@example.org" in mail.recipients for mail in mailed)
    assert 'id="review-2-' not in approver.get("/review").text


def test_the_review_queue_shows_a_doubtful_start_with_its_source(workspace, meetbot_app, logged_in):
    viewer = logged_in("viewer")
    queue = viewer.get("/review").text
    row = queue.split('id="review-2-start"', 1)[1].split("</tr>", 1)[0]
    assert "เริ่ม / Start" in row
    assert " ICT)" in row, "shown in Bangkok time"
    assert "to be held virtually on" in row, "with the text it came from"
    assert "Confirm" not in row, "a viewer cannot confirm"
    officer = logged_in("officer")
    assert "ถูกต้อง / Confirm" in officer.get("/review").text
    assert 'id="review-1-' not in queue, "the sure meeting has nothing to check"


def test_the_review_queue_lists_a_letter_no_meeting_was_found_for(
    workspace, meetbot_app, logged_in
):
    raw = b"Message-ID: <letter-9@saraban.example.org>\r\nSubject: letter 9\r\n\r\nbody\r\n"
    reason = "not linked: no meeting is clearly the one its Thai title names"
    with meetbot_app.db.session() as session:
        pk = store_raw_message(session, raw, source="test").pk
        row = session.get(MessageRow, pk)
        row.kind, row.subject, row.review_note = "circular", "หนังสือ ๙", reason
    queue = logged_in("viewer").get("/review").text
    item = queue.split(f'id="link-message-{pk}"', 1)[1].split("</li>", 1)[0]
    assert f'href="/messages/{pk}"' in item
    assert "หนังสือ ๙" in item
    assert reason in item
    with meetbot_app.db.session() as session:
        session.get(MessageRow, pk).meeting_id = 1  # a person joined it to its meeting
    assert f'id="link-message-{pk}"' not in logged_in("viewer").get("/review").text


def test_a_script_in_a_subject_is_shown_as_text(workspace, meetbot_app, logged_in):
    client = logged_in("viewer")
    with meetbot_app.db.session() as session:
        pk = session.scalar(select(MessageRow.id).where(MessageRow.subject.contains("<script>")))
    for path in (f"/messages/{pk}", "/meetings/2", "/meetings?when=all"):
        html = client.get(path).text
        assert "<script>" not in html, path
    assert "&lt;script&gt;" in client.get(f"/messages/{pk}").text
    assert "script-src 'self'" in client.get("/meetings").headers["content-security-policy"]


def test_a_memo_downloads_as_docx(workspace, meetbot_app, logged_in):
    client = logged_in("officer")
    page = client.get("/meetings/1")
    answer = client.post(
        "/meetings/1/memos/redraw", data={"kind": "nomination", "csrf_token": csrf_of(page.text)}
    )
    assert answer.status_code == 303
    docx = client.get("/meetings/1/memos/meeting-1-nomination.docx")
    assert docx.status_code == 200
    assert docx.content[:2] == b"PK", "a DOCX is a zip"
    assert client.get("/meetings/1/memos/..%2F..%2Fmeetbot.db").status_code == 404


def test_a_delegates_feed_parses_and_answers_conditional_gets(
    workspace, meetbot_app, logged_in, browser_client
):
    token = rotate_token(meetbot_app.db, "somchai", now=meetbot_app.clock.now())
    client = browser_client()
    answer = client.get(f"/feed/{token}.ics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(answer.content)
    summaries = [str(event["SUMMARY"]) for event in calendar.events]
    assert any("5th Meeting of the ASEAN Example Working Group" in s for s in summaries)
    assert not any("Forum" in s for s in summaries), "a held meeting stays out"
    again = client.get(f"/feed/{token}.ics", headers={"If-None-Match": answer.headers["etag"]})
    assert again.status_code == 304
    rotate_token(meetbot_app.db, "somchai", now=meetbot_app.clock.now())
    assert client.get(f"/feed/{token}.ics").status_code == 404, "a rotated token stops working"
    feeds = logged_in("viewer").get("/feeds").text
    assert "webcal://127.0.0.1" in feeds


def _statuses(app, meeting_id: int) -> set[str]:
    with app.db.session() as session:
        return set(
            session.scalars(select(OutboxRow.status).where(OutboxRow.meeting_id == meeting_id))
        )


def _held_for(app, meeting_id: int) -> set[str | None]:
    with app.db.session() as session:
        return set(
            session.scalars(
                select(OutboxRow.held_for).where(
                    OutboxRow.meeting_id == meeting_id, OutboxRow.status == "held"
                )
            )
        )


def _doubtful_fields(app, meeting_id: int) -> list[str]:
    with app.db.session() as session:
        found = values_to_review(session, meeting_id, app.settings.review.threshold)
    return [value.field for value in found]


def _request_sequences(app) -> list[int]:
    with app.db.session() as session:
        raws = session.scalars(
            select(OutboxRow.raw).where(OutboxRow.kind == "itip", OutboxRow.meeting_id == 1)
        ).all()
    found = []
    for raw in raws:
        for part in message_from_bytes(raw).walk():
            if part.get_content_type() == "text/calendar":
                calendar = Calendar.from_ical(part.get_payload(decode=True))
                found += [int(event["SEQUENCE"]) for event in calendar.events]
    return found


async def test_a_taken_port_leaves_the_daemon_running(meetbot_app, caplog):
    import asyncio
    import socket

    from bot.web.app import serve

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        web = meetbot_app.settings.web.model_copy(update={"port": port})
        meetbot_app.settings = meetbot_app.settings.model_copy(update={"web": web})
        await asyncio.wait_for(serve(meetbot_app, asyncio.Event()), 10)
    assert f"workspace not started: cannot listen on 127.0.0.1:{port}" in caplog.text


def test_behind_https_the_session_cookie_is_secure(meetbot_app):
    import httpx

    from tests.web.served import running_workspace

    web = meetbot_app.settings.web.model_copy(update={"base_url": "https://meetbot.example.org"})
    meetbot_app.settings = meetbot_app.settings.model_copy(update={"web": web})
    with running_workspace(meetbot_app) as base, httpx.Client(base_url=base) as client:
        answer = client.get("/login")
    assert "secure" in answer.headers["set-cookie"].lower()


def test_a_change_from_untrusted_mail_waits_in_the_review_queue(
    workspace, meetbot_app, logged_in, tmp_path
):
    import asyncio

    from tests.test_approval import invitation

    spoofed = invitation(
        sender="events@asean-secretariat.example.net",
        message_id="spoofed@asean-secretariat.example.net",
        in_reply_to="invitation-1@asean.example.org",
        start="10:00",
    )
    (tmp_path / "spoofed.eml").write_bytes(spoofed)
    asyncio.run(meetbot_app.import_path(tmp_path / "spoofed.eml"))
    with meetbot_app.db.session() as session:
        start = load_meeting(session, 1).record.start
    assert start is not None
    before_hour = start.value.hour

    approver = logged_in("approver")
    review = approver.get("/review").text
    assert 'id="change-' in review, "the pending change is in the queue"
    change_id = review.split('id="change-', 1)[1].split('"', 1)[0]
    shown = review.split('id="change-', 1)[1].split("</section>", 1)[0]
    assert "เริ่ม / Start: " in shown, "the field by its name, Thai first"
    local = start.value.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert f"{local.year + 543} " in shown, "old → new in the Buddhist era"
    assert f"({local:%Y-%m-%d %H:%M} ICT)" in shown, "the Gregorian beside"
    assert "start: " not in shown
    answer = approver.post(
        f"/changes/{change_id}/decide",
        data={"decision": "accept", "csrf_token": csrf_of(review)},
    )
    assert answer.status_code == 303
    with meetbot_app.db.session() as session:
        after = load_meeting(session, 1).record.start
    assert after is not None
    assert after.value.hour != before_hour, "accepting applies the change it showed"
    assert 'id="change-' not in approver.get("/review").text


def _listed(client, query: str) -> dict[int, str]:
    """The meetings a list page shows: id → the state its row shows."""
    html = client.get(f"/meetings?{query}").text
    rows = re.findall(r'<tr class="state-([a-z_]+)">.*?href="/meetings/(\d+)"', html, re.S)
    return {int(meeting_id): state for state, meeting_id in rows}


def _approve_meeting_2(logged_in):
    approver = logged_in("approver")
    token = csrf_of(approver.get("/review").text)
    assert approver.post("/meetings/2/approve", data={"csrf_token": token}).status_code == 303
    return approver


def test_the_list_shows_and_filters_each_state(workspace, meetbot_app, logged_in):
    officer = logged_in("officer")
    assert _listed(officer, "when=all") == {1: "scheduled", 2: "held"}
    assert _listed(officer, "when=all&state=held") == {2: "held"}
    assert _listed(officer, "when=all&state=scheduled") == {1: "scheduled"}

    _approve_meeting_2(logged_in)
    doubtful = _doubtful_fields(meetbot_app, 2)
    assert doubtful, "the forged invitation's values wait to be checked"
    assert _listed(officer, "when=all") == {1: "scheduled", 2: "needs_review"}
    assert _listed(officer, "when=all&state=needs_review") == {2: "needs_review"}
    assert _listed(officer, "when=all&state=scheduled") == {1: "scheduled"}
    assert _listed(officer, "when=all&state=held") == {}
    assert _listed(officer, "when=all&state=past") == {}
    assert (
        '<span class="badge" id="state">รอตรวจ / needs review</span>'
        in officer.get("/meetings/2").text
    )

    page = officer.get("/meetings/2").text
    for field in doubtful:
        data = {"csrf_token": csrf_of(page), "field": field}
        assert officer.post("/meetings/2/confirm", data=data).status_code == 303
    assert _listed(officer, "when=all&state=scheduled") == {1: "scheduled", 2: "scheduled"}
    assert _listed(officer, "when=all&state=needs_review") == {}


def test_a_past_meeting_is_listed_as_past_and_leaves_the_review_queue(
    workspace, meetbot_app, logged_in
):
    officer = _approve_meeting_2(logged_in)
    assert 'id="review-2"' in officer.get("/review").text
    with meetbot_app.db.session() as session:
        start = load_meeting(session, 2).record.start
    assert start is not None
    meetbot_app.clock = FixedClock(start.value + dt.timedelta(days=30))

    assert _listed(officer, "when=all&state=past") == {1: "past", 2: "past"}
    assert _listed(officer, "when=all&state=needs_review") == {}
    assert _listed(officer, "when=all&state=scheduled") == {}
    assert _listed(officer, "when=recent") == {1: "past", 2: "past"}
    assert 'id="review-2"' not in officer.get("/review").text, "nothing to check any more"


class FixedClock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment


def test_the_review_queue_names_a_meeting_in_thai_first(workspace, meetbot_app, logged_in):
    officer = logged_in("officer")
    thai = "การประชุมเวทีอาเซียนตัวอย่าง ครั้งที่ ๒"
    answer = officer.post(
        "/meetings/2/correct",
        data={
            "field": "title_th",
            "value": thai,
            "reason": "",
            "csrf_token": csrf_of(officer.get("/meetings/2").text),
        },
    )
    assert answer.status_code == 303, answer.text
    queue = officer.get("/review").text
    heading = queue.split('href="/meetings/2">', 1)[1].split("</a>", 1)[0]
    assert heading == f"#2 {thai} / 2nd ASEAN Example Forum"
    listed = officer.get("/meetings").text.split('href="/meetings/2">', 1)[1].split("</a>", 1)[0]
    assert listed == f"{thai}<br>2nd ASEAN Example Forum"


def test_a_failed_mail_is_retried_from_the_outbox_page_by_an_officer(
    workspace, meetbot_app, smtp_server, logged_in
):
    with meetbot_app.db.session() as session:
        row = session.scalars(
            select(OutboxRow).where(OutboxRow.meeting_id == 1, OutboxRow.status == "sent")
        ).first()
        assert row is not None, "meeting 1's invitation went out"
        row.status, row.last_error = "failed", "550 mailbox unavailable"
        failed_id = row.id
    sent_before = len(smtp_server.received)
    viewer, officer = logged_in("viewer"), logged_in("officer")
    listed = viewer.get("/outbox?status=failed").text
    assert "550 mailbox unavailable" in listed
    assert f'href="/outbox/{failed_id}/raw">ต้นฉบับ / raw</a>' in listed, "Thai first"
    assert "<td>คำเชิญในปฏิทิน / calendar invitation</td>" in listed, "not the code 'itip'"
    token = csrf_of(listed)
    url = f"/outbox/{failed_id}/retry"
    assert viewer.post(url, data={"csrf_token": token}).status_code == 403

    answer = officer.post(url, data={"csrf_token": csrf_of(officer.get("/outbox").text)})

    assert answer.status_code == 303, answer.text
    assert _statuses(meetbot_app, 1) == {"sent"}
    assert len(smtp_server.received) == sent_before + 1, "sent again, once"
    assert "retry mail" in officer.get("/meetings/1").text, "the retry is in the audit log"


def test_behind_a_trusted_proxy_its_user_header_signs_in_and_nothing_else_does(meetbot_app):
    import httpx

    from tests.web.served import running_workspace

    web = meetbot_app.settings.web.model_copy(update={"trusted_proxy_header": "X-Remote-User"})
    meetbot_app.settings = meetbot_app.settings.model_copy(update={"web": web})
    with running_workspace(meetbot_app) as base, httpx.Client(base_url=base) as client:
        officer = client.get("/meetings", headers={"X-Remote-User": "officer"})
        stranger = client.get("/meetings", headers={"X-Remote-User": "nobody"})
        plain = client.get("/meetings")
    assert officer.status_code == 200
    assert "officer (officer)" in officer.text
    assert stranger.status_code == plain.status_code == 303, "an unknown name is no user"


def test_removing_a_delegate_in_the_workspace_sends_them_a_cancellation(
    workspace, meetbot_app, logged_in
):
    officer = logged_in("officer")
    answer = officer.post(
        "/meetings/1/delegates",
        data={
            "delegate": "somchai",
            "remove": "1",
            "csrf_token": csrf_of(officer.get("/meetings/1").text),
        },
    )
    assert answer.status_code == 303, answer.text
    with meetbot_app.db.session() as session:
        assert "somchai" not in load_meeting(session, 1).delegates
        raws = session.scalars(
            select(OutboxRow.raw).where(OutboxRow.kind == "itip", OutboxRow.meeting_id == 1)
        ).all()
    uids: dict[str, set[str]] = {"REQUEST": set(), "CANCEL": set()}
    for raw in raws:
        for part in message_from_bytes(raw).walk():
            if part.get_content_type() == "text/calendar":
                calendar = Calendar.from_ical(part.get_payload(decode=True))
                uids[str(calendar["METHOD"])] |= {str(event["UID"]) for event in calendar.events}
    assert uids["REQUEST"], "somchai was invited"
    assert uids["CANCEL"] == uids["REQUEST"], "every entry sent is cancelled"


def test_a_failed_message_is_listed_on_the_status_page_and_reprocessed_from_it(
    workspace, meetbot_app, logged_in
):
    with meetbot_app.db.session() as session:
        row = session.scalars(select(MessageRow).order_by(MessageRow.id)).first()
        row.status, row.error = "failed", "the reader of an older version crashed"
        pk = row.id
    officer = logged_in("officer")
    page = officer.get("/status").text
    assert "the reader of an older version crashed" in page
    assert f'action="/messages/{pk}/reprocess"' in page

    answer = officer.post(f"/messages/{pk}/reprocess", data={"csrf_token": csrf_of(page)})

    assert answer.status_code == 303, answer.text
    with meetbot_app.db.session() as session:
        assert session.get_one(MessageRow, pk).status != "failed"
    assert "the reader of an older version crashed" not in officer.get("/status").text


def test_a_quarantined_message_is_on_the_status_page_and_reprocessed_from_there(
    workspace, meetbot_app, logged_in
):
    with meetbot_app.db.session() as session:
        row = session.scalars(select(MessageRow).order_by(MessageRow.id)).first()
        assert row is not None
        pk = row.id
        # Begun, and the daemon died; begun again, and it died again; the next start:
        while begin_attempt(row):
            pass
        assert row.status == MessageStatus.QUARANTINED
    officer = logged_in("officer")
    page = officer.get("/status").text
    assert "set aside: the daemon stopped 2 times in a row" in page
    assert f'action="/messages/{pk}/reprocess"' in page

    answer = officer.post(f"/messages/{pk}/reprocess", data={"csrf_token": csrf_of(page)})
    assert answer.status_code == 303
    with meetbot_app.db.session() as session:
        assert session.get_one(MessageRow, pk).status == MessageStatus.EXTRACTED
    assert f'action="/messages/{pk}/reprocess"' not in officer.get("/status").text


def test_why_a_value_is_doubted_reads_thai_first_on_the_meeting_and_the_review_pages(
    workspace, meetbot_app, logged_in
):
    """The extractor's reasons ("meeting_words +2: words of a meeting stand around it") are
    shown in Thai, the stored English beside it for whoever checks the extractor."""
    viewer = logged_in("viewer")
    for page, row_id in (("/meetings/1", "field-start"), ("/review", "review-2-start")):
        html = viewer.get(page).text
        row = html.split(f'id="{row_id}"', 1)[1].split("</tr>", 1)[0]
        reasons = re.findall(r'<div class="reason">(.*?)</div>', row, re.DOTALL)
        assert reasons, f"{page}: the start's reasons are shown"
        for reason in reasons:
            assert re.match(r"[\u0e00-\u0e7f]", reason.strip()), f"{page}: Thai first: {reason}"
        assert re.search(r'<span class="en">[a-z_]+ [+-]\d', row), "the English code beside it"


def test_the_rule_that_read_a_value_is_kept_but_not_shown_to_the_officer(
    workspace, meetbot_app, logged_in
):
    """A place's or mode's rule ("rule venue.held_at") is stored with the value for whoever
    tunes the extractor (eval_extraction --by-rule); the officer's pages leave it out."""
    with meetbot_app.db.session() as session:
        record = load_meeting(session, 1).record
    values = (record.venue, record.city, record.country, record.mode)
    assert any(v is not None and rule_of(v.reasons) for v in values), "meeting 1 names its rules"
    viewer = logged_in("viewer")
    for page in ("/meetings/1", "/review"):
        html = viewer.get(page).text
        assert '<div class="reason">' in html, f"{page}: reasons are shown"
        assert not re.search(r"rule (?:venue|city|country|mode)\.", html), page


def test_a_year_no_meeting_has_and_a_link_that_is_no_address_are_refused_on_the_page(
    workspace, meetbot_app, logged_in
):
    client = logged_in("officer")
    page = client.get("/meetings/1")
    with meetbot_app.db.session() as session:
        before = load_meeting(session, 1).record
    for field, typed, why in (
        ("start", "2507-03-03 09:00", "ปี พ.ศ. 2507 (ค.ศ. 1964) ไม่ใช่ปีของการประชุม"),
        ("registration_url", "see the letter", "ลิงก์ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย https://"),
    ):
        answer = client.post(
            "/meetings/1/correct",
            data={"field": field, "value": typed, "csrf_token": csrf_of(page.text)},
        )
        assert answer.status_code == 400
        assert why in answer.text, "the page says why, Thai first"
    with meetbot_app.db.session() as session:
        assert load_meeting(session, 1).record == before, "nothing stored"


def test_a_deadline_reads_in_the_organisers_clock_beside_bangkoks(
    workspace, meetbot_app, logged_in
):
    """'23.59 Singapore time' shown as 22.59 alone no longer matches the letter the officer
    checks it against: the deadlines give the organiser's clock as the start does."""
    year = meetbot_app.clock.now().year + 1
    asyncio.run(correct_field(meetbot_app, 1, "timezone", "Asia/Singapore", by="officer"))
    asyncio.run(
        correct_field(
            meetbot_app,
            1,
            "deadlines",
            f"documents {year}-02-26 23:59",
            by="officer",
            zone="Asia/Singapore",
        )
    )
    html = logged_in("viewer").get("/meetings/1").text
    listed = html.split("Deadlines and reminders", 1)[1].split("</ul>", 1)[0]
    assert "26 ก.พ." in listed, listed
    assert "22.59 น. (" in listed, "Bangkok's clock first"
    assert "[23.59 น. เวลาสิงคโปร์]" in listed, listed
    value = html.split('id="field-deadlines"', 1)[1].split("</tr>", 1)[0]
    assert "[23.59 น. เวลาสิงคโปร์]" in value, value
