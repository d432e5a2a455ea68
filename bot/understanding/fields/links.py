"""The registration link and the meeting-documents link, told apart by the words around them."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding.fields.online import platform_of
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.urls import Url, host_matches
from bot.understanding.record import Extracted

# A nomination form is how a delegation registers ("submit your nominations through the
# link below"), as "แจ้งรายชื่อ" is in Thai.
_REGISTRATION = re.compile(
    r"regist|sign[\s-]?up|\bRSVP\b|confirm\w*\s+(?:your\s+|their\s+)?(?:participation|attendance)"
    r"|nominations?\b|ลงทะเบียน|ตอบรับ|แจ้งรายชื่อ",
    re.IGNORECASE,
)
_DOCUMENTS = re.compile(
    r"document|material|download|papers?\b|presentations?|slides|shared\s+(?:drive|folder)"
    r"|agenda|concept\s+note|drafts?\b|guidelines|ดาวน์โหลด|เอกสาร",
    re.IGNORECASE,
)
# Links that sit near registration words but are for something else: hotels, maps, visas.
_NOT_REGISTRATION = re.compile(
    r"arrival\s+card|MDAC|visa|immigration|imigresen|hotel|booking|map\b|insurance",
    re.IGNORECASE,
)
FORM_HOSTS = (
    "forms.gle",
    "forms.office.com",
    "forms.microsoft.com",
    "jotform.com",
    "surveymonkey.com",
    "typeform.com",
)
DOCUMENT_HOSTS = ("drive.google.com", "sharepoint.com", "dropbox.com", "1drv.ms", "box.com")
NOT_LINK_HOSTS = (
    "maps.app.goo.gl",
    "maps.google.com",
    "facebook.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "youtube.com",
    "linkedin.com",
    # a platform's own app, help and sign-in pages, printed under every Teams or Zoom invite
    "aka.ms",
    "www.microsoft.com",
    "support.microsoft.com",
    "support.zoom.us",
    "support.zoom.com",
    "help.webex.com",
    "support.google.com",
)
BEFORE_CHARS = 320
AFTER_CHARS = 120
THRESHOLD = 3


def find_registration_url(text: MessageText) -> Extracted[str] | None:
    return _best(text, _registration_score)


def find_documents_url(text: MessageText) -> Extracted[str] | None:
    return _best(text, _documents_score)


def _best(
    text: MessageText, score: Callable[[MessageText, Url, str, str], int]
) -> Extracted[str] | None:
    urls = text.urls
    best: tuple[int, int, Url] | None = None
    previous_end = 0
    for index, url in enumerate(urls):
        if host_matches(url.host, NOT_LINK_HOSTS):
            previous_end = url.end
            continue
        # The sentence that introduces a link ends at the link before it.
        before = text.plain[max(previous_end, url.start - BEFORE_CHARS) : url.start]
        next_start = urls[index + 1].start if index + 1 < len(urls) else len(text.plain)
        after = text.plain[url.end : min(next_start, url.end + AFTER_CHARS)]
        previous_end = url.end
        value = score(text, url, before, after)
        # Ties go to the body over quoted parts, then to the first mention.
        rank = (value, 1 if text.in_body(url.start) else 0)
        if value >= THRESHOLD and (best is None or rank > best[:2]):
            best = (*rank, url)
    if best is None:
        return None
    value, _, url = best
    return Extracted(url.url, text.snippet(url.start, url.end), min(0.95, 0.5 + 0.1 * value))


def _registration_score(text: MessageText, url: Url, before: str, after: str) -> int:
    lowered = url.url.lower()
    score = 0
    if "/register" in lowered or "regist" in lowered:
        score += 2
    elif platform_of(url.host) is not None:
        return 0  # a meeting link, not a form
    if host_matches(url.host, FORM_HOSTS) or "docs.google.com/forms" in lowered:
        score += 2
    near = before[-160:]
    if _REGISTRATION.search(near):
        score += 3
    elif _REGISTRATION.search(before):
        score += 2
    if _REGISTRATION.search(after):
        score += 1
    if _NOT_REGISTRATION.search(_introduction(before)) or _NOT_REGISTRATION.search(lowered):
        score -= 4
    return score


def _introduction(before: str) -> str:
    """The line that introduces a link: its own line, or the line above when the link
    stands alone. A hotel named in the sentence before says nothing about the link."""
    lines = before.rsplit("\n", 2)
    own = lines[-1]
    if own.strip() or len(lines) < 2:
        return own
    return lines[-2]


def _documents_score(text: MessageText, url: Url, before: str, after: str) -> int:
    lowered = url.url.lower()
    if platform_of(url.host) is not None or host_matches(url.host, FORM_HOSTS):
        return 0
    score = 0
    if host_matches(url.host, DOCUMENT_HOSTS):
        score += 2
    near = before[-160:]
    if _DOCUMENTS.search(near):
        score += 3
    elif _DOCUMENTS.search(before):
        score += 1
    if _DOCUMENTS.search(after):
        score += 1
    if _REGISTRATION.search(near) or "regist" in lowered:
        score -= 3
    return score
