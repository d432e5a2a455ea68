"""trust.resolve_links: where a government short link points, by HEAD requests only,
against a local HTTP server standing in for go.gov.sg."""

import asyncio
import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from bot.actions.link_targets import government_link_targets, resolve_redirects
from bot.actions.reminders.notice import arrival_notice
from bot.config.settings import TrustSettings
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.understanding.record import Extracted, MeetingRecord
from tests.actions.reminders.meetings import BKK, slom_record
from tests.servers.threaded_http import serving

requests: list[tuple[str, str]] = []


class LinkService(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        requests.append(("HEAD", self.path))
        if self.path == "/slow":
            threading.Event().wait(2)
        if self.path in ("/18thslom-wgmeeting", "/slow"):
            self.send_response(302)
            self.send_header("Location", "/hop")
        elif self.path == "/hop":
            self.send_response(301)
            self.send_header("Location", "/forms/registration")
        else:
            self.send_response(200)
        self.end_headers()

    def do_GET(self) -> None:
        requests.append(("GET", self.path))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"the page body, which must never be fetched")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def service() -> Iterator[str]:
    requests.clear()
    with serving(LinkService) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}"


def record_with(url: str) -> MeetingRecord:
    return MeetingRecord(registration_url=Extracted(url, source=f"Register: {url}"))


def trust(**values: object) -> TrustSettings:
    return TrustSettings(preset="none", government_link_hosts=["127.0.0.1"], **values)


def test_a_government_link_is_followed_by_head_requests_only(service):
    short = f"{service}/18thslom-wgmeeting"
    found = asyncio.run(government_link_targets(record_with(short), trust(resolve_links=True)))
    assert found == {short: f"{service}/forms/registration"}
    assert requests == [
        ("HEAD", "/18thslom-wgmeeting"),
        ("HEAD", "/hop"),
        ("HEAD", "/forms/registration"),
    ]


def test_nothing_is_requested_unless_resolve_links_is_on(service):
    found = asyncio.run(government_link_targets(record_with(f"{service}/x"), trust()))
    assert found == {}
    assert requests == []


def test_a_link_elsewhere_is_not_requested(service):
    elsewhere = TrustSettings(preset="none", resolve_links=True)
    found = asyncio.run(government_link_targets(record_with(f"{service}/x"), elsewhere))
    assert found == {}
    assert requests == []


def test_a_slow_server_times_out_and_explains_nothing(service):
    assert resolve_redirects(f"{service}/slow", timeout=0.3) is None


def test_the_notice_says_where_a_government_link_points():
    short = "https://go.gov.sg/18thslom-wgmeeting"
    points_to = "https://form.gov.sg/registration"
    approved = Meeting(1, "m-1", MeetingStatus.SCHEDULED, slom_record(), 1, approved=True)
    notice = arrival_notice(
        approved, (), today=dt.date(2025, 9, 1), tz=BKK, link_targets={short: points_to}
    )
    assert f"ลิงก์ย่อของหน่วยงานรัฐ (Government short link): {short} → {points_to}" in notice.text
