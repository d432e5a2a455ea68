"""The registration link and the meeting-documents link, told apart by the words around them."""

from __future__ import annotations

from collections.abc import Callable

from bot.understanding import cues
from bot.understanding.fields.online import platform_of
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.urls import Url, host_matches
from bot.understanding.prefilter import case_blind, prefiltered, words
from bot.understanding.record import Extracted
from bot.understanding.signals import Signal, Tally

# A link to the reply form or a nomination form is where a delegation registers. (Both are
# tried only where one of their first words begins: bot.understanding.prefilter.)
_REGISTRATION = prefiltered(
    [
        *words("regist", "sign", "rsvp", "confirm", "nomination"),
        *("ลงทะเบียน", "ตอบรับ", "ยืนยัน", "แบบตอบรับ", "แจ้งรายชื่อ"),
    ],
    rf"(?i:{cues.REGISTRATION}|{cues.REPLY_FORM}|{cues.NOMINATION_FORM})",
)
_DOCUMENTS = prefiltered(
    [
        *words("document", "material", "download", "paper", "presentation", "slides", "shared"),
        *words("agenda", "concept", "draft", "guidelines"),
        *("ดาวน์โหลด", "เอกสาร"),
    ],
    r"(?i:document|material|download|papers?\b|presentations?|slides|shared\s+(?:drive|folder)"
    r"|agenda|concept\s+note|drafts?\b|guidelines|ดาวน์โหลด|เอกสาร)",
)
# Links that sit near registration words but are for something else: hotels, maps, visas.
_NOT_REGISTRATION = case_blind(
    r"arrival\s+card|MDAC|visa|immigration|imigresen|hotel|booking|map\b|insurance"
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


class LinkSignal(Signal):
    REGISTER_IN_ADDRESS = "the address says register"
    FORM_HOST = "a form service's address"
    DOCUMENT_HOST = "a file-sharing service's address"
    CUE_JUST_BEFORE = "the words just before it name what it is for"
    CUE_BEFORE = "the sentence before it names what it is for"
    CUE_AFTER = "the words after it name what it is for"
    FOR_SOMETHING_ELSE = "it is introduced as a hotel, map, visa or arrival card"
    REGISTRATION_INSTEAD = "it is for registration, not documents"


# Hand weights, set against the self-written sets.
WEIGHTS: dict[Signal, float] = {
    LinkSignal.REGISTER_IN_ADDRESS: 2, LinkSignal.FORM_HOST: 2, LinkSignal.DOCUMENT_HOST: 2,
    LinkSignal.CUE_JUST_BEFORE: 3, LinkSignal.CUE_BEFORE: 2, LinkSignal.CUE_AFTER: 1,
    LinkSignal.FOR_SOMETHING_ELSE: -4, LinkSignal.REGISTRATION_INSTEAD: -3,
}  # fmt: skip
# A documents cue only in the sentence before counts for less than a registration cue there.
_DOCUMENTS_CUE_BEFORE = 0.5


def _best(
    text: MessageText, score: Callable[[MessageText, Url, str, str], Tally | None]
) -> Extracted[str] | None:
    urls = text.urls
    best: tuple[float, int, Url, Tally] | None = None
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
        tally = score(text, url, before, after)
        if tally is None:
            continue
        # Ties go to the body over quoted parts, then to the first mention.
        rank = (tally.total, 1 if text.in_body(url.start) else 0)
        if tally.total >= THRESHOLD and (best is None or rank > best[:2]):
            best = (*rank, url, tally)
    if best is None:
        return None
    value, _, url, tally = best
    confidence = min(0.95, 0.5 + 0.1 * value)
    return Extracted(url.url, text.snippet(url.start, url.end), confidence, tally.reasons())


def _registration_score(text: MessageText, url: Url, before: str, after: str) -> Tally | None:
    lowered = url.url.lower()
    tally = Tally(WEIGHTS)
    if "/register" in lowered or "regist" in lowered:
        tally.add(LinkSignal.REGISTER_IN_ADDRESS)
    elif platform_of(url.host) is not None:
        return None  # a meeting link, not a form
    if host_matches(url.host, FORM_HOSTS) or "docs.google.com/forms" in lowered:
        tally.add(LinkSignal.FORM_HOST)
    near = before[-160:]
    if _REGISTRATION.search(near):
        tally.add(LinkSignal.CUE_JUST_BEFORE)
    elif _REGISTRATION.search(before):
        tally.add(LinkSignal.CUE_BEFORE)
    if _REGISTRATION.search(after):
        tally.add(LinkSignal.CUE_AFTER)
    if _NOT_REGISTRATION.search(_introduction(before)) or _NOT_REGISTRATION.search(lowered):
        tally.add(LinkSignal.FOR_SOMETHING_ELSE)
    return tally


def _introduction(before: str) -> str:
    """The line that introduces a link: its own line, or the line above when the link
    stands alone. A hotel named in the sentence before says nothing about the link."""
    lines = before.rsplit("\n", 2)
    own = lines[-1]
    if own.strip() or len(lines) < 2:
        return own
    return lines[-2]


def _documents_score(text: MessageText, url: Url, before: str, after: str) -> Tally | None:
    lowered = url.url.lower()
    if platform_of(url.host) is not None or host_matches(url.host, FORM_HOSTS):
        return None
    tally = Tally(WEIGHTS)
    if host_matches(url.host, DOCUMENT_HOSTS):
        tally.add(LinkSignal.DOCUMENT_HOST)
    near = before[-160:]
    if _DOCUMENTS.search(near):
        tally.add(LinkSignal.CUE_JUST_BEFORE)
    elif _DOCUMENTS.search(before):
        tally.add(LinkSignal.CUE_BEFORE, _DOCUMENTS_CUE_BEFORE)
    if _DOCUMENTS.search(after):
        tally.add(LinkSignal.CUE_AFTER)
    if _REGISTRATION.search(near) or "regist" in lowered:
        tally.add(LinkSignal.REGISTRATION_INSTEAD)
    return tally
