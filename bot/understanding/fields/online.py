"""Online meetings: Zoom, Teams, Webex and Meet links, meeting IDs, passcodes, and sessions.

A message often gives several sessions (the main meeting, a dry run the day before), each
introduced by a sentence and followed by a link, an ID and a passcode. The text is read
as a sequence of such anchors; an ID or passcode joins the session opened just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bot.understanding import cues
from bot.understanding.fields.online_disputed import DISPUTED_ID_CONFIDENCE, disputes_link
from bot.understanding.fields.passcode_stars import CODE_CHARACTERS, SENTENCE_MARK, starred_code
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.urls import Url, host_matches
from bot.understanding.prefilter import case_blind, prefiltered
from bot.understanding.record import OnlineMeeting, Platform, SessionLabel, When
from bot.understanding.temporal.types import TemporalKind

PLATFORM_HOSTS: dict[Platform, tuple[str, ...]] = {
    Platform.ZOOM: ("zoom.us", "zoomgov.com"),
    Platform.TEAMS: ("teams.microsoft.com", "teams.live.com"),
    Platform.WEBEX: ("webex.com",),
    Platform.MEET: ("meet.google.com",),
    Platform.OTHER: ("bluejeans.com", "gotomeeting.com"),  # services without a name of their own
}
# Pages of a platform that are not a meeting: apps, help, settings ("Meeting options"),
# a calendar file, a registration's cancel page, the list of dial-in numbers.
_NOT_JOIN_PATH = case_blind(
    r"download|/support|/help|meetingoptions|/settings|/signin|/login|/profile|/learn"
    r"|/l/app\b|/apps?\b|/pricing|/privacy|/legal|/ics\b|/cancel\b|/u/|/install\b"
)
# Hosts of a platform's telephone service ("Find a local number", "Reset dial-in PIN") and of
# its help pages ("Instructions on how to raise your hand: https://support.zoom.us/hc/…").
_NOT_JOIN_HOST = re.compile(r"^(?:dial-?in|support|help|community)\.")
_PLATFORM_WORDS = re.compile(
    r"\b(?:(?P<zoom>zoom)|(?P<teams>(?:microsoft|ms)\s+teams|teams\s+meeting)"
    r"|(?P<webex>webex)|(?P<meet>google\s+meet))\b"
)
# Tried only where one of their first words begins (bot.understanding.prefilter).
_MEETING_ID = prefiltered(
    ["meeting", "webinar", "conference", "event", "access", "id", "หมายเลข", "รหัส"],
    r"(?:(?:meeting|webinar|conference|event)\s*(?:id(?:[^\S\n]+(?:number|no\.?))?|number|no\.?)"
    r"|access\s+code|(?:id|หมายเลข|รหัส)\s*(?:ห้อง)?(?:การ)?ประชุม|\bid\b)"
    # "Meeting ID: …", a keypad's "Meeting ID# …", a table's "Meeting ID | …", a sentence's
    # "The meeting ID is …", a call-in line's "Meeting ID Number: …"
    r"(?:\s*\([^)\n]{0,30}\))?\s*(?:[:：#|]|\s(?:is|was)\s)?\s*(?P<id>\d[\d \-]{7,20}\d)",
)
# Google Meet names a meeting by a code of letters, "abc-defg-hij", written after its label or
# as the path of its link; it has no number.
_MEET_CODE = r"[a-z]{3}-[a-z]{4}-[a-z]{3}(?![a-z0-9-])"
_WRITTEN_MEET_CODE = prefiltered(
    ["code", "meet", "id", "รหัส"],
    r"(?:(?:meet(?:ing)?\s*)?(?:code|id)|รหัส(?:ห้อง)?(?:การ)?ประชุม)[^\S\n]*+[:：#|]?[^\S\n]*+"
    rf"(?P<id>{_MEET_CODE})",
)
_PASSCODE = prefiltered(
    ["pass", "meeting", "รหัสผ่าน", "pwd", "pin"],
    r"(?:pass\s*code|(?:meeting\s+)?password|รหัสผ่าน|\bpwd\b|\bpin\b)"
    # an aside between the label and its colon, as an ID's label has one: "Event password (if
    # prompted): …"
    r"(?:[^\S\n]*\([^)\n]{0,30}\)(?=[^\S\n]*[:：|]))?"
    rf"(?:(?:\s*[:：|]\s*|\s+is\s+|\s+)(?P<code>[{CODE_CHARACTERS}]{{4,32}})"
    # a short code only after its label's colon, alone on its line: "Meeting Password: ogc"
    rf"|[^\S\n]*[:：|][^\S\n]*(?P<short>[{CODE_CHARACTERS}]{{3}})(?=[^\S\n]*(?:\n|$))"
    # a code in quotes is written as typed, letters or not: 'enter password "abcd"'
    r"|(?:\s*[:：|]\s*|\s+is\s+|\s+)[\"“'‘](?P<quoted>[^\s\"”'’]{3,32})[\"”'’])",
)
# A password given as what to type: "If a password is required, please type abcd.", "when
# asked for a passcode, enter 123456" (the code ends its clause).
_TYPED_PASSWORD = prefiltered(
    ["pass"],
    r"(?:pass\s*code|password)\b[^.\n]{0,60}?\b(?:type|enter|use|input|key\s+in)\s+(?:in\s+)?"
    rf"(?P<code>[{CODE_CHARACTERS}]{{3,32}})(?=[^\S\n]*(?:[.,;)]|\n|$))",
)
# A code of letters only is a word unless it stands alone: "Meeting Password: ask your
# colleagues" tells where to get it, and a word that says a password exists is no password
# ("if a password is required", "password protected").
_LETTERS_ONLY = re.compile(r"[a-z]+")
_STANDS_ALONE = re.compile(r"[^\S\n]*(?:[.,;()|]|\n|$)")
_PASSWORD_SAID = re.compile(
    r"required|needed|necessary|mandatory|optional|protected|enabled|disabled|provided|sent"
    r"|shared|given|below|above|available|none|from|will|must|should|field|prompt(?:ed)?"
    # what one is told to type it into, or to type: "enter it", "use this", "type your own"
    r"|it|this|that|them|the|your|our|their|its|here|there|box|link|same|own|one"
)
# The label of a telephone bridge's own number, not the meeting's.
_BRIDGE_ID = re.compile(r"conference|\bid\b|หมายเลข|รหัส")
_ID_IN_URL = re.compile(
    rf"/(?:(?:j|w|s|wc/join|my|join)/(\d{{9,11}})\b|(?i:({_MEET_CODE}))(?=[?#/]|$)"
    r"|(?<=bluejeans\.com/)(\d{9,11})(?=[/?#]|$))"  # BlueJeans's number is its whole path
)
_LABELS: tuple[tuple[SessionLabel, re.Pattern[str]], ...] = (
    (SessionLabel.DRY_RUN, case_blind(cues.DRY_RUN)),
    (SessionLabel.REHEARSAL, case_blind(cues.REHEARSAL)),
    (SessionLabel.BREAKOUT, case_blind(r"break[\s-]?out")),
)
# How far before a session its introducing sentence may start, and how far apart the
# link, ID and passcode of one session may be.
CONTEXT_CHARS = 400
JOIN_CHARS = 400


@dataclass
class _Session:
    first: int
    last: int
    platform: Platform | None = None
    url: str | None = None
    url_id: str | None = None
    meeting_id: str | None = None
    passcode: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    unread_passcode: bool = False  # a password said to exist beside it, not read
    # its passcode was read in quotes, as what to type, with a closing "*" the emphasis
    # cleaning had taken, or as the one the page gives once apart from every session:
    # readings not yet measured on enough mail to be trusted
    passcode_unmeasured: bool = False
    id_disputed: bool = False  # its link's own number is not the ID written under it

    def same_as(self, other: _Session) -> bool:
        mine = self.meeting_id or self.url_id
        theirs = other.meeting_id or other.url_id
        if mine and theirs:
            return mine == theirs
        return self.url is not None and self.url == other.url


def platform_of(host: str) -> Platform | None:
    for platform, hosts in PLATFORM_HOSTS.items():
        if host_matches(host, hosts):
            return platform
    return None


def is_join_link(url: Url) -> bool:
    """A link that joins a meeting on a known platform (not its help or download pages)."""
    platform = platform_of(url.host)
    if platform is None or _NOT_JOIN_HOST.match(url.host):
        return False
    if platform is Platform.OTHER and _ID_IN_URL.search(url.url) is None:
        return False  # (its product and blog pages: only a link with a room's number joins)
    path = urlsplit(url.url).path
    return bool(path.strip("/")) and _NOT_JOIN_PATH.search(path) is None


def find_online_meetings(text: MessageText) -> tuple[OnlineMeeting, ...]:
    sessions = _sessions(text)
    meetings: list[OnlineMeeting] = []
    previous_end = 0
    for session in sessions:
        label, start, end = _label_and_dates(text, session, previous_end)
        previous_end = session.last
        platform = session.platform or _platform_near(text, session.first) or Platform.OTHER
        meeting_id = session.meeting_id or session.url_id
        confidence = 0.95 if session.url and meeting_id else 0.85
        if platform is Platform.OTHER:
            confidence -= 0.25
        if session.unread_passcode and session.passcode is None:
            # its password is said and not read: the session cannot be joined as given
            confidence = min(confidence, UNREAD_PASSCODE_CONFIDENCE)
        if session.passcode_unmeasured:
            confidence = min(confidence, UNMEASURED_PASSCODE_CONFIDENCE)
        if session.id_disputed:
            confidence = min(confidence, DISPUTED_ID_CONFIDENCE)
        first = min(s for s, _ in session.spans)
        last = max(e for _, e in session.spans)
        meetings.append(
            OnlineMeeting(
                platform=platform,
                url=session.url,
                meeting_id=meeting_id,
                passcode=session.passcode,
                label=label,
                start=start,
                end=end,
                source=text.snippet(first, last, width=max(240, last - first)),
                confidence=confidence,
            )
        )
    return tuple(meetings)


def _anchors(text: MessageText) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) for each meeting link, meeting ID and passcode, in order."""
    found: list[tuple[int, int, str, str]] = []
    for url in text.urls:
        if is_join_link(url):
            found.append((url.start, url.end, "url", url.url))
    # Keyword patterns run over the lower-case text; a passcode is taken as written.
    for match in _MEETING_ID.finditer(text.lower):
        digits = re.sub(r"\D", "", match.group("id"))
        if _keyed_on_phone(text, match.end("id")) and _BRIDGE_ID.match(match.group(0)):
            # Teams' "Phone conference ID: 618 204 937#" is the telephone bridge's; Zoom's
            # "Meeting ID: 812 3456 7890 #" or Webex's "Access code: … #" is the meeting's,
            # typed on the keypad to join by phone
            continue
        if _phone_line_code(text, match, digits):
            continue
        # Zoom's IDs have 9-11 digits, Webex's 9-11, Teams' 12-15 ("239 658 124 785 61")
        if 9 <= len(digits) <= 15 and not _inside_url(found, match.start("id")):
            found.append((match.start(), match.end(), "id", digits))
    for match in _WRITTEN_MEET_CODE.finditer(text.lower):
        if not _inside_url(found, match.start("id")):
            found.append((match.start(), match.end(), "id", match.group("id")))
    typed = {m.start(): m for m in _TYPED_PASSWORD.finditer(text.lower)}
    for match in _PASSCODE.finditer(text.lower):
        # (a sentence's full stop after it is not the code's: "the password is 497626.")
        group = next(g for g in ("code", "short", "quoted") if match.group(g) is not None)
        code = SENTENCE_MARK.sub("", text.plain[match.start(group) : match.end(group)])
        if _inside_url(found, match.start()) or _keyed_on_phone(text, match.end()):
            continue
        said = group != "quoted" and _said_not_given(text, code, match.start(group))
        kind = "typed" if group == "quoted" else "passcode"
        if group != "quoted" and (written := starred_code(text, match.start(group), code)):
            code, kind = written, "typed"
        if said and (given := typed.pop(match.start(), None)) is not None:
            # "a password is required: type abcd": the clause goes on to give it
            code = SENTENCE_MARK.sub("", text.plain[given.start("code") : given.end("code")])
            said, kind = _said_not_given(text, code, given.start("code")), "typed"
        # a password said to exist and not given: the session is not complete
        found.append((match.start(), match.end(), "unread" if said else kind, code))
    for given in typed.values():
        code = SENTENCE_MARK.sub("", text.plain[given.start("code") : given.end("code")])
        given_before = any(
            kind in _CODES and start < given.end() and given.start() < end
            for start, end, kind, _ in found
        )
        if not given_before and not _said_not_given(text, code, given.start("code")):
            found.append((given.start(), given.end(), "typed", code))
    if "pass" in text.lower or "รหัสผ่าน" in text.lower:
        read = [(start, end) for start, end, kind, _ in found if kind in (*_CODES, "unread")]
        for match in _PASSWORD_LABEL.finditer(text.lower):
            if not any(start <= match.start() < end for start, end in read):
                found.append((match.start(), match.end(), "unread", ""))
    return sorted(found)


def _said_not_given(text: MessageText, code: str, start: int) -> bool:
    """Whether a code of letters is a word saying a password exists ("required") or where to
    get it ("ask …"), not the password: it is one of those words or does not stand alone."""
    return _LETTERS_ONLY.fullmatch(code.lower()) is not None and (
        _PASSWORD_SAID.fullmatch(code.lower()) is not None
        or _STANDS_ALONE.match(text.lower, start + len(code)) is None
    )


# Anchors that give a passcode: read after its label, or read in a way not yet measured.
_CODES = ("passcode", "typed")


# A password's label with nothing read after it: "Meeting Password: (ask the secretariat)".
_PASSWORD_LABEL = re.compile(
    r"(?:pass\s*code|password|รหัสผ่าน)(?:[^\S\n]*\([^)\n]{0,30}\))?[^\S\n]*[:：]"
)
# A session whose password was said and not read is marked for review; so is one whose
# password was read in quotes, as what to type, or as the one a page states once apart from
# every session (readings not yet measured: `_Session.passcode_unmeasured`).
UNREAD_PASSCODE_CONFIDENCE = 0.7
UNMEASURED_PASSCODE_CONFIDENCE = 0.7


def _keyed_on_phone(text: MessageText, end: int) -> bool:
    """Whether the number or code ending at `end` is typed on a telephone's keypad, closed
    by "#": a dial-in PIN or conference ID, not the link's."""
    return _KEYPAD_END.match(text.plain, end) is not None or text.plain[end - 1 : end] == "#"


# "618 204 937#", "812 3456 7890 #", a keypad's "(#)" or "followed by #/the pound key"
_KEYPAD_END = re.compile(r"[^\S\n]?#|[^\S\n]*(?i:followed\s+by\s+(?:the\s+)?(?:#|pound|hash))")


def _phone_line_code(text: MessageText, match: re.Match[str], digits: str) -> bool:
    """Whether an "access code" is a telephone line's only: given after the number to dial
    ("To listen by telephone, dial … The access code is …") in a message that names no
    meeting platform and has no link with the code in it. Webex's, Zoom's or GoToMeeting's
    access code beside their link is the meeting's ID, typed to join by phone."""
    if not match.group(0).startswith("access"):
        return False
    before = text.lower[max(0, match.start() - _DIAL_CHARS) : match.start()]
    if _DIALLED.search(before) is None or _PLATFORM_WORDS.search(text.lower) is not None:
        return False
    return not any(digits in re.sub(r"\D", "", url.url) for url in text.urls)


# How far before an access code the number to dial stands, and the words that say one is dialled.
_DIAL_CHARS = 160
_DIALLED = re.compile(r"\bdial|tele?phone|\bcall[\s-]*in\b|\bphone\b")


def _inside_url(found: list[tuple[int, int, str, str]], position: int) -> bool:
    return any(kind == "url" and start <= position < end for start, end, kind, _ in found)


def _sessions(text: MessageText) -> list[_Session]:
    sessions: list[_Session] = []
    current: _Session | None = None
    # A webinar's page may give its password before its ID ("Password: … Webinar ID: …"):
    # a passcode no session stands before waits for the session opened just after it.
    waiting: tuple[int, int, str, bool] | None = None
    # passwords given, or said to exist, after the sessions and apart from each
    apart: list[tuple[int, str]] = []
    for start, end, kind, value in _anchors(text):
        near = current is not None and start - current.last <= JOIN_CHARS
        if kind == "url":
            host_platform = platform_of(_host(value))
            match = _ID_IN_URL.search(value)
            url_id = (match.group(1) or match.group(3) or match.group(2).lower()) if match else None
            if (
                current is not None
                and near
                and current.url is None
                and current.meeting_id is not None
                and url_id in (None, current.meeting_id)
            ):
                current.url, current.url_id, current.platform = value, url_id, host_platform
            else:
                current = _Session(start, end, host_platform, value, url_id)
                sessions.append(current)
        elif kind == "id":
            if (
                current is not None
                and near
                and current.meeting_id is None
                and current.url_id in (None, value)
            ):
                current.meeting_id = value
            elif current is not None and near and current.meeting_id == value:
                pass  # the same ID restated
            elif (
                current is not None
                and current.meeting_id is None
                and disputes_link(text, current.last, start, current.url_id, value)
            ):
                current.meeting_id, current.id_disputed = value, True
            else:
                current = _Session(start, end, meeting_id=value)
                sessions.append(current)
        elif kind == "unread":
            if current is not None and near:
                current.unread_passcode = True
            elif current is not None:
                apart.append((start, ""))
            continue
        elif current is not None and near and current.passcode is None:
            current.passcode, current.passcode_unmeasured = value, kind == "typed"
        else:
            if not _OTHER_PASSWORD.search(text.lower, max(0, start - 30), start):
                if current is None:
                    waiting = (start, end, value, kind == "typed")
                elif not near:
                    apart.append((start, value))
            continue
        assert current is not None
        if waiting is not None and current.passcode is None and kind not in _CODES:
            code_start, code_end, code, unmeasured = waiting
            if start - code_end <= JOIN_CHARS:
                current.passcode, current.first = code, code_start
                current.passcode_unmeasured = unmeasured
                current.spans.append((code_start, code_end))
        waiting = None
        current.last = end
        current.spans.append((start, end))
    sessions = _dedupe(sessions)
    _share_apart(sessions, apart)
    return sessions


def _share_apart(sessions: list[_Session], apart: list[tuple[int, str]]) -> None:
    """A page that lists its sessions and then says once "If a password is required, please
    type abcd" gives every session that password; one that only says a password exists
    leaves every session without one incomplete. Said before another session starts, it is
    not the page's."""
    last_start = max((session.first for session in sessions), default=0)
    codes = {code for start, code in apart if start > last_start}
    missing = [session for session in sessions if session.passcode is None]
    if len(codes - {""}) == 1:
        (code,) = codes - {""}
        for session in missing:
            session.passcode, session.passcode_unmeasured = code, True
    elif codes:
        for session in missing:
            session.unread_passcode = True


# A password of something else, named just before it: "Wi-Fi password: …", "account password".
_OTHER_PASSWORD = re.compile(r"wi-?fi|wireless|network|account|login|e-?mail")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _dedupe(sessions: list[_Session]) -> list[_Session]:
    """Quoted replies repeat a session: keep its first mention, completed by the later ones."""
    kept: list[_Session] = []
    for session in sessions:
        twin = next((k for k in kept if k.same_as(session)), None)
        if twin is None:
            kept.append(session)
            continue
        twin.url = twin.url or session.url
        twin.url_id = twin.url_id or session.url_id
        twin.meeting_id = twin.meeting_id or session.meeting_id
        twin.passcode = twin.passcode or session.passcode
        twin.platform = twin.platform or session.platform
        twin.id_disputed = twin.id_disputed or session.id_disputed  # a link in doubt came with it
    return kept


def _platform_near(text: MessageText, position: int) -> Platform | None:
    """The platform named last before `position` (an ID given without its link)."""
    best: Platform | None = None
    for match in _PLATFORM_WORDS.finditer(text.lower, 0, position):
        best = Platform(match.lastgroup) if match.lastgroup else best
    return best


def _label_and_dates(
    text: MessageText, session: _Session, previous_end: int
) -> tuple[SessionLabel, When | None, When | None]:
    """The label and own dates a session gets from the sentence that introduces it."""
    window_start = max(previous_end, session.first - CONTEXT_CHARS)
    context = text.plain[window_start : session.last]
    label = SessionLabel.MAIN
    best_position = -1
    for candidate, pattern in _LABELS:
        for match in pattern.finditer(context):
            if match.start() > best_position:
                label, best_position = candidate, match.start()
    start: When | None = None
    end: When | None = None
    for item in text.temporals:
        if not window_start <= item.span[0] < session.last:
            continue
        dates_a_mail = _MAIL_DATED.search(text.lower, max(0, item.span[0] - 40), item.span[0])
        if dates_a_mail is None and item.kind in _SESSION_DATE_KINDS:
            start, end = item.start, item.end
    return label, start, end


_SESSION_DATE_KINDS = (TemporalKind.DATE, TemporalKind.DATETIME, TemporalKind.RANGE)
# "the passcode in our e-mail of 3 March was incorrect": the date of a mail, not a session's.
_MAIL_DATED = re.compile(
    r"(?:e-?mail|letter|message|note|memo|invitation|circular)\s+(?:of|dated|sent\s+on)\s+$"
    r"|\bdated\s+$"
)
