"""The workspace as a person sees it, in Debian's headless Chromium."""

from __future__ import annotations

import asyncio
import datetime as dt
from email import message_from_bytes
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from sqlalchemy import select

from bot.meetings.repository import load_meeting
from bot.store.tables import MessageRow, OutboxRow
from tests.web.chromium import ChromiumMissing, chromium, click_through
from tests.web.conftest import HOSTILE_SUBJECT, PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.chromium]


@pytest.fixture
def browser():
    try:
        with chromium() as driver:
            yield driver
    except ChromiumMissing as exc:
        pytest.skip(str(exc))


def log_in(browser, base: str, name: str) -> None:
    browser.get(f"{base}/meetings")
    assert "/login" in browser.current_url, "a page asks for a login first"
    browser.find_element(By.NAME, "name").send_keys(name)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    click_through(browser, browser.find_element(By.ID, "login"))
    assert "/login" not in browser.current_url
    assert browser.current_url.endswith("/meetings")


def test_an_officer_corrects_a_start_date_in_the_browser(browser, workspace, meetbot_app):
    log_in(browser, workspace, "officer")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.meetings tbody tr")
    assert len(rows) == 2
    click_through(
        browser,
        browser.find_element(By.LINK_TEXT, "5th Meeting of the ASEAN Example Working Group"),
    )
    with meetbot_app.db.session() as session:
        start = load_meeting(session, 1).record.start
    assert start is not None
    new_day = (start.value + dt.timedelta(days=1)).date()

    Select(browser.find_element(By.ID, "correct-field")).select_by_value("start")
    browser.find_element(By.ID, "correct-value").send_keys(f"{new_day} 14:00")
    click_through(browser, browser.find_element(By.ID, "correct-submit"))

    notice = browser.find_element(By.CSS_SELECTOR, ".notice").text
    assert "corrected" in notice
    assert "แก้ไขช่อง “เริ่ม” แล้ว" in notice, "the field by its Thai name, not its code"
    start_row = browser.find_element(By.ID, "field-start").text
    assert f"{new_day} 14:00" in start_row
    assert "ตรวจแล้ว / checked" in start_row
    mail = browser.find_elements(By.CSS_SELECTOR, "tr.mail-pending, tr.mail-sent")
    updates = [row.text for row in mail if "Updated invitation" in row.text]
    assert len(updates) == 1, "the calendar update is in the meeting's outgoing mail"
    assert "somchai@example.org" in updates[0], "for the delegate"
    outbox_id = int(updates[0].split()[0].removeprefix("#"))
    with meetbot_app.db.session() as session:
        raw = session.get_one(OutboxRow, outbox_id).raw
    assert _event_starts(raw) == [
        dt.datetime.combine(new_day, dt.time(14, 0), ZoneInfo("Asia/Bangkok"))
    ], "with the new time"


def _event_starts(raw: bytes) -> list[dt.datetime]:
    starts = []
    for part in message_from_bytes(raw).walk():
        if part.get_content_type() == "text/calendar":
            calendar = Calendar.from_ical(part.get_payload(decode=True))
            starts += [event.decoded("DTSTART") for event in calendar.events]
    return starts


def test_the_source_is_highlighted_in_the_message(browser, workspace):
    log_in(browser, workspace, "viewer")
    browser.get(f"{workspace}/meetings/1")
    browser.find_element(By.CSS_SELECTOR, "#field-start a").click()
    assert browser.current_url.endswith("#src-start")
    marked = browser.find_element(By.CSS_SELECTOR, "mark#src-start")
    assert marked.is_displayed()
    assert "pleased to invite your delegation" in marked.text
    title = browser.find_element(By.CSS_SELECTOR, "mark#src-title")
    assert "5th Meeting of the ASEAN Example Working Group" in title.text


def test_an_approver_releases_a_held_meeting_from_the_review_queue(browser, workspace, meetbot_app):
    log_in(browser, workspace, "approver")
    browser.get(f"{workspace}/review")
    held = browser.find_element(By.ID, "held-2")
    assert "us06web.zoom.us.join-now.example" in held.text
    assert not held.find_elements(By.CSS_SELECTOR, "a[href^='https://us06web']")
    click_through(browser, held.find_element(By.CSS_SELECTOR, "button.approve"))
    assert "approved" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    assert _outbox_states(meetbot_app, 2) == {"held"}, "its doubtful values wait for review"
    doubtful = len(browser.find_elements(By.CSS_SELECTOR, "#review-2 button.confirm"))
    assert doubtful, "the held meeting has doubtful values to confirm"
    for left in range(doubtful, 0, -1):
        buttons = browser.find_elements(By.CSS_SELECTOR, "#review-2 button.confirm")
        assert len(buttons) == left, "each confirmation takes exactly one value off the queue"
        click_through(browser, buttons[0])
        assert "confirmed" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    assert not browser.find_elements(By.CSS_SELECTOR, "#review-2 button.confirm")
    assert _outbox_states(meetbot_app, 2) == {"sent"}


def _outbox_states(app, meeting_id: int) -> set[str]:
    with app.db.session() as session:
        query = select(OutboxRow.status).where(OutboxRow.meeting_id == meeting_id)
        return set(session.scalars(query))


def test_a_script_in_a_subject_stays_text(browser, workspace, meetbot_app):
    log_in(browser, workspace, "viewer")
    with meetbot_app.db.session() as session:
        pk = session.scalar(select(MessageRow.id).where(MessageRow.subject.contains("<script>")))
    browser.get(f"{workspace}/messages/{pk}")
    assert HOSTILE_SUBJECT in browser.find_element(By.ID, "subject").text
    assert browser.execute_script("return document.querySelectorAll('main script').length") == 0


def test_the_state_filter_lists_the_meetings_in_that_state(browser, workspace, meetbot_app):
    asyncio.run(meetbot_app.approve(2, by="test"))  # approved, its doubtful values unchecked
    log_in(browser, workspace, "viewer")

    def filtered(state: str) -> list[tuple[str, str]]:
        Select(browser.find_element(By.NAME, "when")).select_by_value("all")
        Select(browser.find_element(By.NAME, "state")).select_by_value(state)
        click_through(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button"))
        assert f"state={state}" in browser.current_url
        rows = browser.find_elements(By.CSS_SELECTOR, "table.meetings tbody tr[class^=state-]")
        return [
            (row.find_element(By.TAG_NAME, "a").text, row.find_element(By.CLASS_NAME, "badge").text)
            for row in rows
        ]

    [(title, badge)] = filtered("needs_review")
    assert "ASEAN Example Forum" in title
    assert badge == "รอตรวจ / needs review"
    [(title, badge)] = filtered("scheduled")
    assert title == "5th Meeting of the ASEAN Example Working Group"
    assert badge == "กำหนดแล้ว / scheduled"
    assert filtered("past") == []


def test_a_thai_officer_reads_the_meetings_values_and_their_history_in_words(
    browser, workspace, meetbot_app
):
    """Deadline kinds, the mode and every value in the history read Thai first, English
    beside: no field's code, no Python list, no ISO timestamp."""
    log_in(browser, workspace, "viewer")
    row = browser.find_element(By.CSS_SELECTOR, "table.meetings tbody tr.state-scheduled").text
    assert "(ลงทะเบียน / registration)" in row

    browser.get(f"{workspace}/meetings/1")
    assert browser.find_element(By.ID, "field-mode").text.startswith(
        "รูปแบบ / Mode ประชุมออนไลน์ / online"
    )
    history = browser.find_element(By.ID, "value-history").text
    assert "รูปแบบ / Mode ประชุมออนไลน์ / online" in history
    assert "ครั้งที่ / Ordinal 5" in history
    for raw in ("[{", "{'", "T09:00", "virtual", "ordinal "):
        assert raw not in history, raw
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "หนังสือเชิญ / invitation" in page, "the message's kind"
    assert "ปฏิทิน / calendar" in page
    assert "เสร็จแล้ว / done" in page, "the actions' runs"
    assert "บันทึกขออนุมัติผู้แทน / nomination" in page, "the memo"


# The months as Thai officers abbreviate them, January first.
THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.")
THAI_MONTHS_SHORT += ("ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")


def thai_day(day: dt.date) -> str:
    return f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {day.year + 543}"


def test_dates_read_in_the_buddhist_era_with_the_gregorian_beside(browser, workspace, meetbot_app):
    """ "๓ มี.ค. ๒๕๗๐", not "2027-03-03": the list, the meeting's values, its messages and
    its history give the year as officers count it, the Gregorian day in brackets."""
    log_in(browser, workspace, "viewer")
    with meetbot_app.db.session() as session:
        start = load_meeting(session, 1).record.start
    assert start is not None
    assert isinstance(start.value, dt.datetime)
    local = start.value.astimezone(ZoneInfo("Asia/Bangkok"))
    shown = f"{thai_day(local)} {local:%H.%M} น. ({local:%Y-%m-%d %H:%M} ICT)"

    row = browser.find_element(By.CSS_SELECTOR, "table.meetings tbody tr.state-scheduled").text
    assert shown in row, "the list"
    browser.get(f"{workspace}/meetings/1")
    assert shown in browser.find_element(By.ID, "field-start").text
    assert shown in browser.find_element(By.ID, "value-history").text
    main = browser.find_element(By.TAG_NAME, "main").text
    for year in range(local.year - 1, local.year + 2):
        # Every date on the page (messages, runs, audit): never a bare Gregorian one.
        for line in main.splitlines():
            if f"{year}-" in line:
                assert f"({year}-" in line, line


def test_an_officer_types_dates_in_the_buddhist_era_and_deadlines_in_words(
    browser, workspace, meetbot_app
):
    """ "๒๕๗๐-๐๓-๐๓ ๐๙.๓๐" is 3 March 2027 at 09:30, as a Thai officer writes it (not a
    meeting five centuries on); other deadlines are typed as a kind and a date."""
    log_in(browser, workspace, "officer")
    with meetbot_app.db.session() as session:
        start = load_meeting(session, 1).record.start
    assert start is not None
    new_day = (start.value + dt.timedelta(days=1)).date()
    thai_digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    typed = f"{new_day.replace(year=new_day.year + 543)} 09.30".translate(thai_digits)
    due = new_day - dt.timedelta(days=20)

    browser.get(f"{workspace}/meetings/1")
    Select(browser.find_element(By.ID, "correct-field")).select_by_value("start")
    browser.find_element(By.ID, "correct-value").send_keys(typed)
    click_through(browser, browser.find_element(By.ID, "correct-submit"))
    assert f"{new_day} 09:30" in browser.find_element(By.ID, "field-start").text

    Select(browser.find_element(By.ID, "correct-field")).select_by_value("deadlines")
    browser.find_element(By.ID, "correct-value").send_keys(
        f"เสนอรายชื่อผู้แทน {due.replace(year=due.year + 543)}; documents {due} 17:00"
    )
    click_through(browser, browser.find_element(By.ID, "correct-submit"))
    listed = browser.find_element(By.ID, "field-deadlines").text
    assert f"({due} 00:00" not in listed, "a day stays a day"
    assert f"เสนอรายชื่อผู้แทน / nomination: {thai_day(due)} ({due})" in listed
    assert f"ส่งเอกสาร / documents: {thai_day(due)} 17.00 น. ({due} 17:00 ICT)" in listed
    with meetbot_app.db.session() as session:
        record = load_meeting(session, 1).record
    assert record.start is not None
    assert record.start.value == dt.datetime.combine(
        new_day, dt.time(9, 30), ZoneInfo("Asia/Bangkok")
    )
    assert [(d.kind.value, d.due) for d in record.deadlines] == [
        ("nomination", due),
        ("documents", dt.datetime.combine(due, dt.time(17, 0), ZoneInfo("Asia/Bangkok"))),
    ]


def test_an_officer_adds_a_deadline_without_typing_the_others_again(
    browser, workspace, meetbot_app
):
    """ "แก้ไข / Correct" beside the deadlines opens the form with them in it, a line each in
    the Buddhist era; the officer adds one and the others stay as they were."""
    log_in(browser, workspace, "officer")
    with meetbot_app.db.session() as session:
        start = load_meeting(session, 1).record.start
    assert start is not None
    due = (start.value - dt.timedelta(days=20)).date()
    be = due.replace(year=due.year + 543)
    browser.get(f"{workspace}/meetings/1")
    Select(browser.find_element(By.ID, "correct-field")).select_by_value("deadlines")
    browser.find_element(By.ID, "correct-value").send_keys(
        f"nomination {due}; documents {due} 17:00"
    )
    click_through(browser, browser.find_element(By.ID, "correct-submit"))

    deadlines_row = browser.find_element(By.ID, "field-deadlines")
    click_through(browser, deadlines_row.find_element(By.LINK_TEXT, "แก้ไข / Correct"))
    assert Select(browser.find_element(By.ID, "correct-field")).first_selected_option.text
    box = browser.find_element(By.ID, "correct-value")
    assert box.get_attribute("value") == f"เสนอรายชื่อผู้แทน {be}; ส่งเอกสาร {be} 17:00"
    box.send_keys(f"; ลงทะเบียน {be}")
    click_through(browser, browser.find_element(By.ID, "correct-submit"))

    with meetbot_app.db.session() as session:
        record = load_meeting(session, 1).record
    assert [(d.kind.value, d.due) for d in record.deadlines] == [
        ("nomination", due),
        ("documents", dt.datetime.combine(due, dt.time(17, 0), ZoneInfo("Asia/Bangkok"))),
        ("registration", due),
    ]


def test_the_approver_reads_why_a_meeting_is_held_in_thai_first(browser, workspace, meetbot_app):
    """The reasons the trust check stored in English, each with its Thai before it."""
    log_in(browser, workspace, "approver")
    browser.get(f"{workspace}/review")
    reasons = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#held-2 ul li")]
    assert reasons
    sender, *links = reasons
    assert sender.startswith("ผู้ส่ง events@asean-secretariat.example.net ไม่อยู่ในรายชื่อผู้จัดที่เชื่อถือ\n")
    assert sender.endswith("is not on the allowlist of organisers")
    assert links
    assert all(link.startswith("ลิงก์ไปที่ us06web.zoom.us.join-now.example: ") for link in links)
    assert all("อ้างเป็นลิงก์ประชุม แต่พาไปที่ us06web.zoom.us.join-now.example" in link for link in links)
    browser.get(f"{workspace}/meetings/2")
    held = browser.find_element(By.CSS_SELECTOR, ".held").text
    assert "ไม่อยู่ในรายชื่อผู้จัดที่เชื่อถือ" in held
