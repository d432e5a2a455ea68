"""Whether a message may drive outgoing actions without a person's approval.

A forged "invitation" must not put a phishing link into every delegate's calendar.
So a message from outside the allowlist, one from an allowed domain that is not
authenticated (see `bot.understanding.authentication`), or one whose meeting link points
somewhere other than a known platform is still stored and extracted, but its outgoing
actions wait for approval.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.config.settings import TrustSettings
from bot.reading.document import MailDocument
from bot.understanding.authentication import ascii_domain, authenticate
from bot.understanding.browser_url import browser_host, misread, urls_in
from bot.understanding.record import MeetingRecord

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


def assess(
    doc: MailDocument, record: MeetingRecord, settings: TrustSettings, *, raw: bytes | None = None
) -> TrustVerdict:
    """Decide whether the outgoing actions for this message need a person's approval.

    `raw`, the message's bytes, lets `trust.verify_dkim` check its signatures.
    """
    reasons: list[str] = []
    reasons.extend(_sender_problems(doc, settings, raw))
    links = tuple(_check_links(record, settings)) + tuple(_mail_links(doc, settings))
    for link in links:
        reasons.extend(f"{link.url}: {problem}" for problem in link.problems)
    return TrustVerdict(needs_approval=bool(reasons), reasons=tuple(reasons), links=links)


def _matches(host: str, domains: list[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in (x.lower() for x in domains))


def _sender_problems(doc: MailDocument, settings: TrustSettings, raw: bytes | None) -> list[str]:
    if doc.sender is None or "@" not in doc.sender.email:
        return ["the message has no usable From address"]
    address = doc.sender.email.lower()
    shown = shown_address(address)
    domain = address.rsplit("@", 1)[1]
    allowed = address in (s.lower() for s in settings.allowed_senders) or _matches(
        ascii_domain(domain), [ascii_domain(d) for d in settings.sender_domains()]
    )
    if not allowed:
        return [f"sender {shown} is not on the allowlist of organisers"]
    checked = authenticate(doc, settings, raw=raw)
    if checked.authenticated:
        return []
    return [
        f"sender {shown} is on the allowlist but the mail is not authenticated: {checked.detail}"
    ]


def shown_address(address: str) -> str:
    """An address as a person should compare it: a Unicode domain with its xn-- form beside
    it, since 'аsean.org' in Cyrillic looks like the real one on screen."""
    local, _, domain = address.rpartition("@")
    encoded = ascii_domain(domain)
    if not local or encoded == domain.lower():
        return address
    return f"{address} ({local}@{encoded})"


def _check_links(record: MeetingRecord, settings: TrustSettings) -> list[LinkCheck]:
    """The record's links, and every URL in any value that reaches a person (a venue, a
    deadline's words, sponsorship, contacts), not only the link fields."""
    checks: list[LinkCheck] = []
    meeting_links = {online.url for online in record.online_meetings if online.url}
    for url in meeting_links:
        checks.append(_check(url, settings, meeting_link=True))
    for url in dict.fromkeys(_urls_in_values(record.to_json())):
        if url not in meeting_links:
            checks.append(_check(url, settings, meeting_link=False))
    return [c for c in checks if c.problems]


# Fields whose provenance goes out with them: a deadline's calendar entry quotes the sentence
# it came from ("As written / ข้อความต้นเรื่อง"), links and all.
_SOURCE_PRINTED = frozenset(["registration_deadline", "deadlines"])


def _urls_in_values(value: Any, key: str = "", *, printed: bool = False) -> Iterator[str]:
    """URLs in a record's JSON values; the provenance ("source") is the mail's own words, kept
    for a person to check and judged with the mail's links, unless an output quotes it."""
    if isinstance(value, str) and (key != "source" or printed):
        yield from urls_in(value)
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _urls_in_values(item, name, printed=printed or name in _SOURCE_PRINTED)
    elif isinstance(value, list):
        for item in value:
            yield from _urls_in_values(item, key, printed=printed)


def _mail_links(doc: MailDocument, settings: TrustSettings) -> list[LinkCheck]:
    """Links anywhere in the mail that a browser would read otherwise than Python does, or
    whose host poses as a meeting platform without being one ('zoom.us.join-now.example',
    'zооm.us' in Cyrillic). The extractor keeps them out of the record; the message that
    carries one is still not to be trusted."""
    checks: list[LinkCheck] = []
    for url in dict.fromkeys([*doc.links, *urls_in(doc.all_text())]):
        host = browser_host(url)
        refused = misread(url)
        if refused:
            checks.append(LinkCheck(url=url, host=host, problems=(refused,)))
            continue
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
    host = browser_host(url)
    problems: list[str] = []
    refused = misread(url)
    if refused:
        problems.append(refused)
    elif not host:
        problems.append("the link has no host")
    elif _matches(host, settings.link_services()) and not meeting_link:
        pass  # a government link service: only officers can make its links
    elif _matches(host, settings.shortener_hosts):
        problems.append(f"hides its target behind the shortener {host}")
    elif meeting_link and not _matches(host, settings.meeting_link_hosts):
        problems.append(f"meeting link goes to {host}, not a known meeting platform")
    if url.lower().startswith("http://"):
        problems.append("not encrypted (http://)")
    return LinkCheck(url=url, host=host, problems=tuple(problems))


def is_government_link(url: str, settings: TrustSettings) -> bool:
    """Whether `url` goes through a government link service (go.gov.sg)."""
    host = browser_host(url)
    return bool(host) and _matches(host, settings.link_services())
