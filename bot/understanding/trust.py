"""Whether a message may drive outgoing actions without a person's approval.

A forged "invitation" must not put a phishing link into every delegate's calendar.
So a message from outside the allowlist, one whose Authentication-Results report a
failure, or one whose meeting link points somewhere other than a known platform is
still stored and extracted, but its outgoing actions wait for approval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.config.settings import TrustSettings
from bot.reading.document import MailDocument
from bot.understanding.record import MeetingRecord

# RFC 8601 results that mean the check failed; "none"/"neutral"/"temperror" say
# nothing either way and do not count against the sender.
_FAILED_RESULTS = frozenset({"fail", "softfail", "permerror"})
_METHOD_RESULT = re.compile(r"\b(dkim|spf|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
# Names of meeting platforms a phishing host borrows, as a whole label or part of one.
_PLATFORM_NAMES = frozenset({"zoom", "teams", "webex", "meet"})
# Cyrillic and Greek letters drawn like the Latin ones in those names.
_LOOK_ALIKE_LETTERS = str.maketrans(
    {"о": "o", "ο": "o", "е": "e", "ε": "e", "а": "a", "α": "a", "ѕ": "s", "х": "x",
     "т": "t", "м": "m", "ԝ": "w", "ь": "b", "і": "i", "ӏ": "l", "ց": "g", "ɡ": "g"}
)  # fmt: skip


@dataclass(frozen=True)
class LinkCheck:
    url: str
    host: str  # the real host, IDNA-encoded, so a look-alike shows as xn--...
    problems: tuple[str, ...]


@dataclass(frozen=True)
class TrustVerdict:
    needs_approval: bool
    reasons: tuple[str, ...]
    links: tuple[LinkCheck, ...]


def assess(doc: MailDocument, record: MeetingRecord, settings: TrustSettings) -> TrustVerdict:
    """Decide whether the outgoing actions for this message need a person's approval."""
    reasons: list[str] = []
    reasons.extend(_sender_problems(doc, settings))
    reasons.extend(_authentication_problems(doc, settings))
    links = tuple(_check_links(record, settings)) + tuple(_posing_links(doc, settings))
    for link in links:
        reasons.extend(f"{link.url}: {problem}" for problem in link.problems)
    return TrustVerdict(needs_approval=bool(reasons), reasons=tuple(reasons), links=links)


def host_of(url: str) -> str:
    """The host a browser would connect to: user-info ('zoom.us@evil.example') dropped."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return host.lower()


def _matches(host: str, domains: list[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in (x.lower() for x in domains))


def _sender_problems(doc: MailDocument, settings: TrustSettings) -> list[str]:
    if doc.sender is None or "@" not in doc.sender.email:
        return ["the message has no usable From address"]
    address = doc.sender.email.lower()
    if address in (s.lower() for s in settings.allowed_senders):
        return []
    domain = address.rsplit("@", 1)[1]
    if _matches(domain, settings.allowed_sender_domains):
        return []
    return [f"sender {address} is not on the allowlist of organisers"]


def _authentication_problems(doc: MailDocument, settings: TrustSettings) -> list[str]:
    headers = list(doc.authentication_results)
    if settings.trusted_authserv_ids:
        # Anyone can write an Authentication-Results header; only our own server's count.
        trusted = {a.lower() for a in settings.trusted_authserv_ids}
        headers = [h for h in headers if h.split(";", 1)[0].strip().lower() in trusted]
    elif headers:
        # Without a configured server id, only the topmost header was added by our side.
        headers = headers[:1]
    problems = []
    for header in headers:
        for method, result in _METHOD_RESULT.findall(header):
            if result.lower() in _FAILED_RESULTS:
                problems.append(f"{method.lower()}={result.lower()} in Authentication-Results")
    return problems


def _check_links(record: MeetingRecord, settings: TrustSettings) -> list[LinkCheck]:
    checks: list[LinkCheck] = []
    for online in record.online_meetings:
        if online.url:
            checks.append(_check(online.url, settings, meeting_link=True))
    for extracted in (record.registration_url, record.documents_url):
        if extracted is not None:
            checks.append(_check(extracted.value, settings, meeting_link=False))
    return [c for c in checks if c.problems]


def _posing_links(doc: MailDocument, settings: TrustSettings) -> list[LinkCheck]:
    """Links anywhere in the mail whose host poses as a meeting platform without being one
    ('zoom.us.join-now.example', 'zооm.us' in Cyrillic). The extractor keeps them out of
    the record; the message that carries one is still not to be trusted."""
    checks: list[LinkCheck] = []
    for url in dict.fromkeys(doc.links):
        host = host_of(url)
        if not host or _matches(host, settings.meeting_link_hosts):
            continue
        tokens = set(re.split(r"[.\-]", _readable(host).translate(_LOOK_ALIKE_LETTERS)))
        if tokens & _PLATFORM_NAMES:
            problem = f"poses as a meeting link but goes to {host}"
            checks.append(LinkCheck(url=url, host=host, problems=(problem,)))
    return checks


def _readable(host: str) -> str:
    """The host as its letters look on screen: xn-- labels decoded."""
    try:
        return host.encode("ascii").decode("idna").lower()
    except UnicodeError:
        return host.lower()


def _check(url: str, settings: TrustSettings, *, meeting_link: bool) -> LinkCheck:
    host = host_of(url)
    problems: list[str] = []
    if not host:
        problems.append("the link has no host")
    elif _matches(host, settings.shortener_hosts):
        problems.append(f"hides its target behind the shortener {host}")
    elif meeting_link and not _matches(host, settings.meeting_link_hosts):
        problems.append(f"meeting link goes to {host}, not a known meeting platform")
    if url.lower().startswith("http://"):
        problems.append("not encrypted (http://)")
    return LinkCheck(url=url, host=host, problems=tuple(problems))
