import pytest

from bot.config.settings import TrustSettings
from bot.reading.document import Address, MailDocument
from bot.understanding.browser_url import browser_host as host_of
from bot.understanding.record import (
    Deadline,
    DeadlineKind,
    Extracted,
    MeetingRecord,
    OnlineMeeting,
    Platform,
    SessionLabel,
)
from bot.understanding.trust import assess
from tests.understanding.helpers import mail

MX = "mx.doe.go.th"


def _doc(
    sender: str, auth: tuple[str, ...] | None = None, links: tuple[str, ...] = ()
) -> MailDocument:
    """A message from `sender`; unless `auth` says otherwise, our server found its DKIM
    signature valid for the sender's own domain."""
    if auth is None:
        auth = (f"{MX}; dkim=pass header.d={sender.rsplit('@', 1)[1]}",)
    return mail(
        "",
        "Invitation",
        sent=None,
        message_id="m@example.org",
        sender=Address("Organiser", sender),
        authentication_results=auth,
        links=links,
    )


def _zoom(url: str) -> MeetingRecord:
    online = OnlineMeeting(
        platform=Platform.ZOOM,
        url=url,
        meeting_id="84825168770",
        passcode="610357",
        label=SessionLabel.MAIN,
        start=None,
        end=None,
        source=url,
    )
    return MeetingRecord(online_meetings=(online,))


SETTINGS = TrustSettings(trusted_authserv_ids=[MX])


def test_allowlisted_sender_with_platform_link_passes():
    verdict = assess(
        _doc("officer@asean.org"), _zoom("https://us06web.zoom.us/j/84825168770"), SETTINGS
    )
    assert not verdict.needs_approval
    assert verdict.reasons == ()


def test_subdomain_of_allowed_domain_passes_but_lookalike_does_not():
    assert not assess(_doc("a@mail.asean.org"), MeetingRecord(), SETTINGS).needs_approval
    verdict = assess(_doc("a@asean.org.example.net"), MeetingRecord(), SETTINGS)
    assert verdict.needs_approval
    assert "not on the allowlist" in verdict.reasons[0]


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://zoom.us.evil.example/j/1", "not a known meeting platform"),
        ("https://zoom.us@evil.example/j/1", "not a known meeting platform"),
        ("https://bit.ly/3abc", "shortener bit.ly"),
        ("http://us02web.zoom.us/j/1", "not encrypted"),
    ],
)
def test_suspicious_meeting_links_need_approval(url, problem):
    verdict = assess(_doc("officer@asean.org"), _zoom(url), SETTINGS)
    assert verdict.needs_approval
    assert any(problem in reason for reason in verdict.reasons)


def test_shortened_registration_link_is_flagged_with_its_host():
    record = MeetingRecord(registration_url=Extracted("https://tinyurl.com/X", "via ..."))
    verdict = assess(_doc("officer@asean.org"), record, SETTINGS)
    assert verdict.links[0].host == "tinyurl.com"
    assert verdict.needs_approval


def test_a_link_in_a_deadlines_sentence_is_judged_since_the_calendar_quotes_it():
    sentence = "Please submit the form at https://bit.ly/3abc by 2 December 2025."
    deadline = Deadline(DeadlineKind.DOCUMENTS, None, None, sentence)
    verdict = assess(_doc("officer@asean.org"), MeetingRecord(deadlines=(deadline,)), SETTINGS)
    assert verdict.needs_approval
    assert verdict.links[0].host == "bit.ly"
    # A title's source is only provenance: no output quotes it.
    titled = MeetingRecord(title=Extracted("Workshop", sentence))
    assert not assess(_doc("officer@asean.org"), titled, SETTINGS).needs_approval


def test_host_of_shows_idn_lookalike_in_punycode():
    lookalike = host_of("https://zооm.us/j/1")  # Cyrillic o's
    assert lookalike.startswith("xn--")
    assert lookalike.endswith(".us")
    verdict = assess(_doc("officer@asean.org"), _zoom("https://zооm.us/j/1"), SETTINGS)
    assert verdict.links[0].host == lookalike
    assert host_of("not a url") == ""


@pytest.mark.parametrize(
    "url",
    [
        "https://us06web.zoom.us.join-now.example/j/81234567890",
        "https://zoom-us.example/j/1",
        "https://us06web.zооm.us/j/1",  # Cyrillic o's
        "https://teams.microsoft-login.example/l/meetup-join/1",
    ],
)
def test_links_posing_as_a_meeting_platform_need_approval_even_if_not_extracted(url):
    verdict = assess(_doc("officer@asean.org", links=(url,)), MeetingRecord(), SETTINGS)
    assert verdict.needs_approval
    [link] = verdict.links
    assert link.host == host_of(url)
    assert verdict.reasons == (f"{url}: poses as a meeting link but goes to {link.host}",)


def test_ordinary_links_in_the_mail_are_not_posing():
    links = (
        "https://us06web.zoom.us/j/81234567890?pwd=x",
        "https://www.aseanmeetings.example.org/register",
        "https://asean.org/our-communities/",
    )
    assert not assess(_doc("officer@asean.org", links=links), MeetingRecord(), SETTINGS).reasons
