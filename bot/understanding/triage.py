"""What kind of message this is, and why: invitation, update, cancellation, postponement,
circular, report or other.

Words in the subject weigh more than words in the body, and the body more than forwarded
parts and attachments (an update quotes the invitation it follows; a circular quotes the
report it forwards). Every decision comes with the evidence it rests on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.reading.document import MailDocument
from bot.understanding import cues
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import Prefiltered, prefiltered
from bot.understanding.record import MeetingRecord, MessageKind
from bot.understanding.temporal.types import day_of

# The prefiltered patterns are tried only where one of their first words begins
# (bot.understanding.prefilter): a leading \b makes the engine try every position.
_CANCEL = prefiltered(["cancel"], r"\bcancel(?:l?ed|lation|s)?\b")
# A meeting called off without the word "cancel": said only of an event, so a hotel named
# beside it does not make it a booking's.
_CALLED_OFF = prefiltered(
    ["will", "no", "called", "ขอยกเลิก", "ยกเลิก"],
    r"(?:will\s+(?:no\s+longer|not)|no\s+longer)\s+(?:be\s+)?(?:held|take\s+place|proceed|go(?:ing)?"
    # "will not take place until after the report": put off, not called off; "will not be held
    # in person": moved online, not called off
    r"\s+ahead)(?!\s+(?:until|till|before|in[\s-]person|physically|face[\s-]to[\s-]face|on[\s-]?site))"
    r"|called\s+off|(?:ขอ)?ยกเลิก(?:การ)?(?:ประชุม|จัด|สัมมนา|อบรม)",
)
# A hotel's cancellation policy is not a cancelled meeting, nor is a participant's own
# registration that may be cancelled ("You can cancel your registration at any time").
_CANCEL_NOT_MEETING = re.compile(
    r"hotel|room|booking|reservation|fee|charge|policy|refund|flight|ticket|ห้องพัก|โรงแรม"
    r"|(?:your|their|my)\s+(?:registration|attendance|participation|rsvp)"
    # "is not cancelled but postponed to 2021"
    r"|\bnot\s+(?:been\s+|be\s+)?cancel",
)
_POSTPONE = re.compile(
    r"postpone|re-?schedul|deferr?ed|new\s+dates?|change\s+(?:of|in)\s+(?:the\s+)?(?:date|schedule)"
    # "ขอแจ้งเลื่อนประชุมใหญ่", "เลื่อนการสัมมนาออกไปก่อน"
    r"|เลื่อน(?:การ|ออก|กำหนด|วัน|ประชุม|สัมมนา|อบรม|จัด)|ออกไปก่อน|เปลี่ยนแปลง(?:วัน|กำหนด)",
)
_REPORT = prefiltered(
    ["report", "summary", "minutes", "outcome", "รายงาน", "สรุปผลการ"],
    r"\breport\s+of\s+the\b|summary\s+(?:record|report)|minutes\s+of|outcome\s+document"
    r"|รายงาน(?:ผล)?การ(?:ประชุม|สัมมนา|เดินทาง)|รายงานสรุปผล|สรุปผลการ(?:ประชุม|เดินทาง)",
)
# News of a meeting already held: "was held", "took place", "convened a workshop", "met in
# Hanoi", "kicked off", "จัดขึ้นเมื่อ", "ได้จัดการประชุม". Said of a meeting still to come only
# in the passive of the future or present ("will be held", "is organized"), or as an
# attribute ("co-hosted by"): left out.
_NOT_PAST = r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!being\s)(?<!-)"
_HELD = prefiltered(
    [
        *("was", "were", "has", "have", "had", "took", "concluded", "commenced", "opened"),
        *("wrapped", "closed", "ended", "convened", "organized", "organised", "hosted", "held"),
        *("rolled", "kicked", "gathered", "met", "presided", "recently"),
        *("จัดขึ้น", "ได้จัด", "เป็นประธาน", "ได้เข้าร่วม", "ร่วมประชุม", "ประชุมหารือ"),
    ],
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:{cues.HELD_PARTICIPLE}|opened|launched|concluded|attended)\b|\btook\s+place\b"
    r"|\b(?:concluded|commenced|opened|wrapped\s+up|closed|ended)\s+(?:today|yesterday|here"
    r"|on\s+\w+day)\b|\brecently\s+(?:ended|concluded|held)\b"
    rf"|{_NOT_PAST}\b(?:convened|organi[sz]ed|hosted|opened|commenced|rolled\s+out|kicked\s+off"
    r"|gathered\s+(?:at|for|in)|met\s+(?:in|at|on)|presided\s+over)\b(?!\s+by\b)"
    rf"|{_NOT_PAST}\bheld\s+(?:on|in|at|from|via|virtually|online|last)\b"
    r"|จัดขึ้น(?:เมื่อ|ระหว่าง|ใน)|ได้จัด(?:ให้มี)?(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม|อบรม)"
    r"|เป็นประธาน(?:ใน)?(?:พิธี)?(?:เปิด|ปิด)?(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม|อบรม)"
    r"|ได้เข้าร่วม(?:การ)?(?:ประชุม|สัมมนา)|(?<!เชิญ)ร่วมประชุม(?:หารือ)?กับ|ประชุมหารือ(?:ร่วม)?กับ",
)
# What a meeting's news calls it, near the verb: its nouns (title_words, one vocabulary), or
# an event or gathering.
_HELD_NEAR = re.compile(
    rf"\b(?:{MEETING_NOUNS}|events?|gatherings?)\b|ประชุม|สัมมนา|อบรม",
)
_REPORTING_SELF = re.compile(
    r"ขอรายงานผล|รายงานผล[^\n]{0,60}ดังนี้|we\s+(?:would\s+like\s+to\s+|wish\s+to\s+)?report\b"
    r"|back[\s-]to[\s-]office\s+report",
)
_SENDS_ON = re.compile(
    r"ส่งสำเนา|ขอส่ง|ส่งต่อ|แจ้งเวียน|forward(?:ed|ing)?\b|please\s+find\s+(?:attached|enclosed)",
)
_CIRCULAR = prefiltered(
    ["มาเพื่อ", "เพื่อ", "แจ้งเวียน", "ส่งต่อเพื่อ", "for", "fyi"],
    r"มาเพื่อ(?:โปรด)?ทราบ|เพื่อ(?:โปรด)?ทราบ(?:และ(?:พิจารณา)?ใช้ประโยชน์)?|แจ้งเวียน|ส่งต่อเพื่อ(?:โปรด)?ทราบ"
    r"|for\s+your\s+(?:information|reference)|\bfyi\b|for\s+information\s+only",
)
_INVITE = prefiltered(
    [
        *("invit", "pleased", "hono", "nominat", "call", "notice"),
        *("ขอเชิญ", "เรียนเชิญ", "เชิญ", "ส่งผู้แทน", "มอบหมายผู้แทน", "พิจารณาผู้แทน", "เสนอชื่อผู้แทน"),
        *("are", "is"),
    ],
    # "(virtual, by invitation)" in an events list describes an event; it invites no one;
    # nor does one that invites applications, or candidates to a test; nor news of a guest
    # who came "at the invitation of" a host, nor an "invited speaker" of a programme.
    r"(?<!by\s)(?<!at\sthe\s)(?<!upon\sthe\s)\binvit(?:e|ed|es|ing|ation)\b(?!\s+(?:\w+\s+){0,2}?"
    r"(?:applications?|candidates|proposals|bids|tenders|quotations|expressions?\s+of\s+interest"
    r"|(?:a\s+)?(?:written\s+)?(?:test|interview|exam)))(?!(?:\s*,\s*(?:and\s+)?[a-z]+|\s+(?:and|&)\s+[a-z]+){0,3}"
    r"\s+(?:speakers?|talks?|papers?|lectures?|presentations?|panels?|sessions?|plenar))|pleased\s+to\s+extend|honou?r\s+to\s+invite"
    # "it is a great honour to host" opens a meeting as often as it invites to one.
    # "ขอเชิญชวนประชาชน…": the public urged to turn out, no one invited to a meeting
    r"|ขอเชิญ(?!ชวนประชาชน)|เรียนเชิญ|เชิญ.{0,40}?เข้าร่วม|(?:ส่ง|มอบหมาย|พิจารณา|เสนอชื่อ)ผู้แทน|\bnominat"
    r"|call\s+for\s+(?:nominations?|participation)"
    # a circular letter to Member States: "are informed that the eighth meeting will be held"
    r"|\b(?:are|is)\s+(?:hereby\s+)?informed\s+that\b(?=[^.]{0,200}?\bwill\s+(?:be\s+held|take\s+place"
    r"|convene))"
    r"|\bnotice\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,12}?(?:meeting|workshop|conference|forum)",
)
# Words that only a message following an earlier one uses.
_FOLLOW_UP = re.compile(
    r"further\s+to|we\s+refer\s+to|with\s+reference\s+to|following\s+(?:up|our)|reminder"
    r"|อ้างถึง|ตามที่.{0,60}ได้(?:แจ้ง|เชิญ)",
)
_UPDATE = prefiltered(
    [
        *("administrative", "information", "zoom", "meeting", "provisional", "revised"),
        *("update", "please", "ข้อมูลเพิ่มเติม"),
    ],
    r"administrative\s+note|information\s+note|zoom\s+(?:details|link)|meeting\s+link"
    r"|(?:provisional|revised|updated)\s+(?:agenda|programme)|updates?\s+on|revised"
    r"|please\s+(?:kindly\s+)?find\s+attached|ข้อมูลเพิ่มเติม",
)
# Details promised for later are not details given: "Zoom details will be provided".
_PROMISED = re.compile(
    r"will\s+be\s+(?:provided|shared|sent|circulated|informed|made\s+available|announced)"
    r"|in\s+due\s+course|closer\s+to\s+the|จะแจ้ง(?:ให้ทราบ)?(?:ภายหลัง|ต่อไป)",
)
# Mail of kinds that are never about one meeting, though they name events and dates:
# bulk mail, leave requests and out-of-office replies, IT notices, vacancy notices.
_NOT_MEETING_MAIL = re.compile(  # no leading \b: alternatives that start with letters scan fast
    r"unsubscribe|newsletter|view\s+(?:this\s+(?:e-?mail|message)|it|online)\s+in\s+(?:your|a)\s+browser"
    r"|you\s+are\s+receiving\s+this|out\s+of\s+(?:the\s+)?office\b|automatic\s+reply|auto-?reply\b"
    r"|(?:annual|sick|personal|maternity)\s+leave\b|leave\s+(?:request|application)"
    r"|(?:scheduled|system|server|planned)\s+maintenance|password\s+(?:expir|reset)"
    r"|vacancy\s+announcement|vacancies|job\s+(?:opening|posting|vacancy)|applications?\s+from\s+qualified"
    r"|ขออนุญาตลา|ใบลา|ลาพักผ่อน|ลาป่วย|ลากิจ|ปิดปรับปรุงระบบ|จดหมายข่าว|ตำแหน่งว่าง|รับสมัครงาน",
)
_MEETING_WORDS = re.compile(
    rf"\b(?:{MEETING_NOUNS})\b"
    # a general meeting by its letters: "this year's AGM"
    r"|\bagm'?s?\b|ประชุม|สัมมนา|อบรม",
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|ตอบกลับ)\s*:", re.IGNORECASE)
# An automatic reply repeats the subject it answers ("Automatic reply: Invitation: ..."): its
# own words are an absence, never a meeting.
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|auto-?reply|out\s+of\s+(?:the\s+)?office|autosvar"
    r"|ตอบกลับอัตโนมัติ)\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Evidence:
    subject: list[str]
    body: list[str]
    elsewhere: list[str]

    @property
    def any(self) -> bool:
        return bool(self.subject or self.body or self.elsewhere)

    @property
    def strong(self) -> bool:
        return bool(self.subject or self.body)

    def reason(self, what: str) -> str:
        where, words = (
            ("the subject", self.subject)
            if self.subject
            else ("the message", self.body)
            if self.body
            else ("a quoted part or attachment", self.elsewhere)
        )
        return f'{what}: {where} says "{words[0]}"'


def triage(
    doc: MailDocument, text: MessageText, record: MeetingRecord
) -> tuple[MessageKind, tuple[str, ...]]:
    if auto_reply := _AUTO_REPLY_SUBJECT.match(doc.subject):
        return MessageKind.OTHER, (
            f'an automatic reply: the subject says "{auto_reply[0].strip()}"',
        )
    if _cover_note_only(doc, text):
        # "Please find the notice attached": the attachment says what the message says.
        text = replace(text, body_end=len(text.plain))
    names_meeting = bool(record.title or record.title_th or record.series or record.online_meetings)
    # A date alone (a policy "applies from 1 May") is no meeting without meeting words.
    dated_meeting = record.start is not None and _MEETING_WORDS.search(text.lower) is not None
    has_meeting = names_meeting or dated_meeting
    if not has_meeting:
        held = _find(text, _HELD, near=_HELD_NEAR)
        if held.any:  # a meeting the text does not name, said to have been held
            return MessageKind.REPORT, (held.reason("a report of a meeting already held"),)
        # "the joint meeting on March 25 has been canceled", "the board has elected to postpone
        # this year's AGM": a meeting called off or put off need not be named or dated.
        if called_off := _called_off(text):
            return called_off
        return MessageKind.OTHER, ("no meeting name, date or online meeting found",)
    invite = _find(text, _INVITE)
    if not invite.strong and not record.online_meetings:
        not_meeting = _find(text, _NOT_MEETING_MAIL)
        if not_meeting.strong:
            return MessageKind.OTHER, (not_meeting.reason("not about a meeting"),)
    calendar_methods = {(e.method or "").upper() for a in doc.attachments for e in a.events}
    calendar_states = {(e.status or "").upper() for a in doc.attachments for e in a.events}
    if "CANCEL" in calendar_methods or "CANCELLED" in calendar_states:
        return MessageKind.CANCELLATION, ("the attached calendar entry cancels the event",)

    if called_off := _called_off(text):
        kind, why = called_off
        # "agreed Tuesday at a summit held via video conference, after the pandemic forced them
        # to postpone a planned summit": news of the meeting held, not its postponement
        if (
            kind is MessageKind.POSTPONEMENT
            and not _POSTPONE.search(text.subject_lower)
            and (past := _held_before(doc, text, record))
        ):
            return MessageKind.REPORT, past
        if kind is MessageKind.POSTPONEMENT and record.start is None:
            why = (*why, "no new date given yet")
        return kind, why

    update = _find(text, _UPDATE, exclude=_PROMISED)
    follow_up = _find(text, _FOLLOW_UP)
    report, circular = _find(text, _REPORT), _find(text, _CIRCULAR)
    is_reply = bool(doc.in_reply_to) or bool(_REPLY_SUBJECT.match(doc.subject))
    # Every Thai memo to a superior ends "จึงเรียนมาเพื่อโปรดทราบ": a report written by its
    # sender is a report; a cover memo that sends a copy on (ขอส่งสำเนา...) is a circular.
    if report.strong:
        reporting = _find(text, _REPORTING_SELF)
        if reporting.strong and not _find(text, _SENDS_ON).strong:
            return MessageKind.REPORT, (reporting.reason("a meeting report"),)
    if circular.strong and not invite.strong:
        reasons = [circular.reason("for information")]
        if report.any:
            reasons.append(report.reason("it forwards a report"))
        return MessageKind.CIRCULAR, tuple(reasons)
    if report.subject or (report.body and not invite.strong):
        return MessageKind.REPORT, (report.reason("a meeting report"),)
    # A subject that invites is believed over a date read as past: an invitation is never lost.
    if not is_reply and not invite.subject and (past := _held_before(doc, text, record)):
        return MessageKind.REPORT, past
    if is_reply or follow_up.strong:
        reasons = ["a reply in an existing thread"] if is_reply else []
        if follow_up.strong or update.strong:
            reasons.append((follow_up if follow_up.strong else update).reason("a follow-up"))
        return MessageKind.UPDATE, tuple(reasons)
    if invite.strong:
        reasons = [invite.reason("an invitation")]
        if circular.strong:
            reasons.append(circular.reason("passed on with a request to nominate"))
        return MessageKind.INVITATION, tuple(reasons)
    if update.any:
        return MessageKind.UPDATE, (update.reason("details for a meeting"),)
    if invite.any:
        return MessageKind.INVITATION, (invite.reason("an invitation, forwarded"),)
    return MessageKind.UPDATE, ("meeting details without invitation or follow-up wording",)


# The meeting held online instead: what was cancelled is its room, not the meeting.
_MOVED_ONLINE = re.compile(
    r"\b(?:hold|held|convene[ds]?|take\s+place|go\s+forward|move[ds]?|switch(?:ed)?|transition(?:ed)?)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:virtual(?:ly)?|online)\b(?!\s+(?:registration|payment|form))"
)
# A cover note is a few lines: longer own words are a message of their own.
COVER_NOTE_CHARS = 300


def _cover_note_only(doc: MailDocument, text: MessageText) -> bool:
    """Whether the sender's own words only pass on an attachment: short, and naming no
    meeting. Words above a quoted or forwarded mail answer or pass on that mail: not these
    (their own end before the mail's text does)."""
    if text.body_end < len(doc.text.rstrip()):
        return False
    own = text.lower[: text.body_end]
    return (
        any(a.text.strip() for a in doc.attachments)
        and text.body_end < len(text.plain)
        and len(own.strip()) <= COVER_NOTE_CHARS
        and _MEETING_WORDS.search(own) is None
    )


def _called_off(text: MessageText) -> tuple[MessageKind, tuple[str, ...]] | None:
    """A cancellation or a postponement, as the words near a meeting's say, or None."""
    cancel = _find(text, _CANCEL, exclude=_CANCEL_NOT_MEETING, near=_MEETING_WORDS)
    if not cancel.strong:
        cancel = _find(text, _CALLED_OFF, near=_MEETING_WORDS)
    if cancel.strong and not cancel.subject and _MOVED_ONLINE.search(text.lower):
        return None  # "hold the virtual meeting over the dates of the cancelled one": moved
    if cancel.strong:
        return MessageKind.CANCELLATION, (cancel.reason("cancelled"),)
    postpone = _find(text, _POSTPONE, near=_MEETING_WORDS)
    if postpone.strong:
        return MessageKind.POSTPONEMENT, (postpone.reason("postponed"),)
    return None


def _held_before(doc: MailDocument, text: MessageText, record: MeetingRecord) -> tuple[str, ...]:
    """Why the message reports a meeting already held, or nothing: the text says it was held
    and the meeting's day is not after the message's (an invitation recalls last year's
    meeting "held in Bali" but invites to one still to come)."""
    day = day_of(record.start.value) if record.start is not None else None
    if day is None or doc.date is None or day > doc.date.date():
        return ()
    held = _find(text, _HELD, near=_HELD_NEAR)
    if not held.any:
        return ()
    return (
        held.reason("a report of a meeting already held"),
        f"the meeting ({day.isoformat()}) is not after the message ({doc.date.date().isoformat()})",
    )


def _find(
    text: MessageText,
    pattern: re.Pattern[str] | Prefiltered,
    *,
    exclude: re.Pattern[str] | None = None,
    near: re.Pattern[str] | None = None,
) -> _Evidence:
    """Where the pattern occurs. In the text (not the subject), `near` must also occur close
    by: a report that says some rule was "cancelled" has not cancelled the meeting."""
    subject = [
        text.subject[m.start() : m.end()]
        for m in pattern.finditer(text.subject_lower)
        if not _excluded(text.subject_lower, m, exclude)
    ]
    body: list[str] = []
    elsewhere: list[str] = []
    for match in pattern.finditer(text.lower):
        if _excluded(text.lower, match, exclude):
            continue
        if near is not None and not _near(text.lower, match, near):
            continue
        words = clean(text.plain[match.start() : match.end()])
        (body if text.in_body(match.start()) else elsewhere).append(words)
    return _Evidence(subject, body, elsewhere)


def _near(haystack: str, match: re.Match[str], near: re.Pattern[str]) -> bool:
    """Whether `near` occurs close by: the subject of "…, which was scheduled for 16-17 March
    at the Mekong Pearl Hotel in Vientiane, will no longer take place" stands far before."""
    around = haystack[max(0, match.start() - NEAR_BEFORE) : match.end() + NEAR_AFTER]
    return near.search(around) is not None


# A sentence names its subject, the meeting, well before its verb; a few words follow.
NEAR_BEFORE = 200
NEAR_AFTER = 60


def _excluded(haystack: str, match: re.Match[str], exclude: re.Pattern[str] | None) -> bool:
    if exclude is None:
        return False
    end = match.end()
    # "You can cancel<https://…> your registration": a link's target is not words.
    if target := _LINK_TARGET.match(haystack, end):
        end = target.end()
    around = haystack[max(0, match.start() - 60) : end + 60]
    return exclude.search(around) is not None


_LINK_TARGET = re.compile(r"\s*<[^<>\s]{1,2000}>")
