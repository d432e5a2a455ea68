"""Links judged as browsers read them. The expected hosts are those of the WHATWG URL
standard's own test data (urltestdata.json: backslashes, user-info, percent-encoded and
IDNA hosts), which is what browsers implement."""

from __future__ import annotations

import pytest

from bot.config.settings import TrustSettings
from bot.reading.document import Address, MailDocument
from bot.understanding.browser_url import as_text, browser_host, misread, text_without_links
from bot.understanding.fields.urls import find_urls
from bot.understanding.record import Extracted, MeetingRecord
from bot.understanding.trust import assess
from tests.understanding.helpers import mail


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://example\t.\norg", "example.org"),
        ("http:\\\\www.google.com\\foo", "www.google.com"),
        ("https://portal.example\\@zoom.us/j/1", "portal.example"),
        ("http://user:pass@foo:21/bar;par?b#c", "foo"),
        ("http://%30%78%63%30%2e%30%32%35%30.01", "192.168.0.1"),
        ("http://GOO\u200b\u2060\ufeffgoo.com", "googoo.com"),
        ("https://zооm.us/j/1", "xn--zm-fmca.us"),  # Cyrillic o's
        ("http://%7a%6f%6f%6d.us/", "zoom.us"),
        ("http://[1:0::]", "[1::]"),
    ],
)
def test_browser_host_follows_the_whatwg_standard(url, host):
    assert browser_host(url) == host


@pytest.mark.parametrize(
    "url",
    [
        "https://portal.example\\@zoom.us/j/81234567890",
        "https://portal.example\\zoom.us/j/1",
        "https://%7a%6f%6f%6d.us/j/1",
    ],
)
def test_a_url_read_differently_by_python_and_browsers_is_refused(url):
    assert misread(url) is not None
    assert find_urls(f"Join: {url} today") == [], "the extractor never carries it"


@pytest.mark.parametrize(
    "url", ["https://us06web.zoom.us/j/81234567890?pwd=x", "https://zoom.us@evil.example/"]
)
def test_a_url_both_read_alike_is_not_refused(url):
    assert misread(url) is None


def test_as_text_is_no_link_and_names_the_real_host():
    shown = as_text("https://portal.example\\@zoom.us/j/1")
    assert "https://" not in shown
    assert shown.endswith("[host: portal.example]")
    assert text_without_links("Venue: see https://evil.example/x.") == (
        "Venue: see hxxps://evil[.]example/x [host: evil.example]."
    )


def _doc(text: str, links: tuple[str, ...] = ()) -> MailDocument:
    return mail(
        text,
        "Invitation",
        sent=None,
        message_id="m@asean.org",
        sender=Address("Officer", "officer@asean.org"),
        authentication_results=("mx; dkim=pass header.d=asean.org",),
        links=links,
    )


SETTINGS = TrustSettings(trusted_authserv_ids=["mx"])


def test_an_authenticated_sender_with_a_backslash_link_is_held():
    url = "https://portal.example\\@zoom.us/j/81234567890"
    verdict = assess(_doc(f"Join Zoom Meeting: {url}"), MeetingRecord(), SETTINGS)
    assert verdict.needs_approval
    [link] = verdict.links
    assert link.host == "portal.example"
    assert "a browser goes to portal.example, while it reads as zoom.us" in link.problems[0]


def test_links_in_any_value_are_checked_not_only_link_fields():
    assert not assess(_doc("Hello"), MeetingRecord(), SETTINGS).needs_approval
    record = MeetingRecord(
        venue=Extracted("Hotel, map at https://bit.ly/3xyz", "Venue: ..."),
    )
    verdict = assess(_doc("Hello"), record, SETTINGS)
    assert verdict.needs_approval
    assert verdict.links[0].host == "bit.ly"
