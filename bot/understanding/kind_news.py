"""Third-party news, which bot.understanding.triage reads apart from mail to the office:

- of a meeting still to come (`news_ahead`): a wire story, a press report, a ministry
  spokesman's briefing that a summit "will take place" or a minister "will attend". Nobody sends
  the office such a meeting, so it is `other` (tests/realmail/README.md, the convention of round
  twelve; `update` is also accepted there, since a meeting meetbot already knows gains from it).
  Triage asks this only when no word of an invitation, a reply, a change, a call-off or a report
  has decided, and the meeting's day is after the message's: news of a meeting held, under way
  or changed is not this;
- of invitations sent to others (`invitation_reported`): a story that quotes them invites no one
  here;
- of a deed done or a meeting held (`told_as_done`; English ledes in
  bot.understanding.kind_lede): a report;
- a leader's schedule of the day (`LEADER_SCHEDULE`), for information only.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding import cues
from bot.understanding.fields.text import MessageText, clean, sentence_end, sentence_start
from bot.understanding.kind_words import EVENT_WORDS, HELD_BY_VIDEO, NOT_DID, POSTPONE
from bot.understanding.prefilter import prefiltered
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.months import MONTH_TH
from bot.understanding.temporal.types import Temporal, day_of

# A story tells whose word it gives: "…, the World Health Organization said on Friday",
# "according to the ministry", "quoted a senior official as saying", a wire's credit
# ("(Source: VNA)", "Source: IANS"); Thai news its reporter or spokesman ("ผู้สื่อข่าวรายงานว่า",
# "โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า") or a wire's dateline. (Every choice opens on a
# literal character, so the engine skips to it; "ians" and "vna" as words only.) Only a
# third party's speech: not cues.STATEMENT_VERBS, which an organiser says of its own meeting,
# and "told" only to reporters.
_ATTRIBUTED = re.compile(
    rf"(?:{'|'.join(cues.SPEECH_VERBS)})\b"
    # ("according to the following schedule" gives a page's order, no one's word: since round
    # fifteen)
    r"|told\s+reporters\b|according\s+to\b(?!\s+the\s+(?:following|schedule|programme|agenda))"
    r"|disclosed\b|quoted\b"
    r"|source:[^\S\n]*\w|reuters\b|xinhua\b|bernama\b|ians\b(?<!\wians)|vna\b(?<!\wvna)"
    r"|ผู้สื่อข่าว|โฆษก|เปิดเผย"
    # a Thai wire's dateline: "กรุงเทพฯ--13 ต.ค.--<agency>". The double dash around a day
    # marks the wire by itself: unlike a single dash's dateline it asks for no place before it
    # (fields.thai_dateline.dateline_place).
    r"|--[^\S\n]*[\d๐-๙]{1,2}[^\S\n]*[^\s-]{2,12}[^\S\n]*--"
)
# The meeting told as under way ("ministers … are meeting virtually"): news of it held.
_UNDER_WAY = re.compile(r"(?:are|is)\s+(?:now\s+)?meeting\b|กำลัง(?:ประชุม|หารือ)")
# A subject that tells of a change ("… เปลี่ยนประชุมเจ้าหนี้เป็นแบบออนไลน์", "moved", "rescheduled")
# is an update of the meeting, whoever writes it; so does one that tells its way of meeting
# ("Upcoming Council Meetings Will Be Virtual", since round fourteen's second pass).
_CHANGED = re.compile(
    r"mov(?:e|ed|es|ing)\b|reschedul|shift|instead|chang|เปลี่ยน|ย้าย|เลื่อน"
    r"|will\s+be\s+(?:held\s+)?(?:virtual(?:ly)?|online)\b"
)


# News filed on the day of a meeting, telling what will happen on it: "… will chair the
# meeting", "… จะเป็นประธานการประชุม…", "… จะมีการประชุม…".
AHEAD_TODAY = re.compile(
    r"\bwill\s+(?:\w+\s+)?(?:chair|hold|meet|convene|open|attend|be\s+held)\b"
    r"|จะ(?:มีการ|เป็นประธาน|ประชุม|เดินทาง|เข้าร่วม|จัด)"
)
# A subject that says the message is a leader's schedule of the day: "กำหนดการนายกรัฐมนตรีและ
# รองนายกรัฐมนตรี", "นายกฯ โพสต์กำหนดการประชุม…", "The Prime Minister's schedule": for
# information, it asks the office nothing (its hours are meetings held that day, not reports).
LEADER_SCHEDULE = re.compile(
    r"กำหนดการ(?:ของ)?\s*(?:นายกรัฐมนตรี|นายกฯ|รองนายกรัฐมนตรี|รัฐมนตรี|ผู้ว่าราชการ)"
    r"|(?:นายกรัฐมนตรี|นายกฯ|รัฐมนตรี|ผู้ว่าฯ)[^\n]{0,20}?(?:โพสต์|เผย|แจ้ง)กำหนดการ"
    r"|\b(?:prime\s+minister|president|minister|governor)['’]s\s+(?:daily\s+)?schedule\b"
    r"|\b(?:daily\s+)?schedule\s+of\s+the\s+(?:prime\s+minister|president|minister|governor)\b"
)
# A news headline of a meeting ahead: "<Country> to host <summit>", "Leaders to hold
# teleconference next week" (kindsen-r21): a change its story tells of, told as news of the
# meeting (bot.understanding.triage), is an update.
_HEADLINE_AHEAD = re.compile(r"\bto\s+(?:hold|host|convene|meet)\b")


class NewsOfChange(str):
    """Why news of a meeting held by video, or a headline of one ahead, whose text tells it was
    put off, is an update: its dates are read as a postponement's (bot.understanding.extract
    tests the type, so that its wording is for people only)."""

    __slots__ = ()


def news_of_change(text: MessageText, put_off: bool) -> NewsOfChange | None:
    """Why the message, whose text calls a meeting off or puts one off (`put_off`), is news of
    the meeting its subject tells of, or None. Under a headline of a meeting ahead, the put-off
    must be told as a source's word ("… would be postponed to June, the source said"): "The
    meeting has been postponed" under it puts the headline's meeting off."""
    if video := HELD_BY_VIDEO.search(text.subject_lower):
        return NewsOfChange(f'the subject tells of the meeting held by video ("{video[0]}")')
    if put_off and (ahead := _HEADLINE_AHEAD.search(text.subject_lower)):
        for match in POSTPONE.finditer(text.lower, 0, text.body_end):
            # (the sentence read on the plain text, whose capitals begin sentences)
            start = sentence_start(text.plain, match.start())
            end = sentence_end(text.plain, match.end(), len(text.plain))
            if _SOURCE_SAID.search(text.lower, start, end):
                return NewsOfChange(
                    f'the subject is a headline of a meeting ahead ("{ahead[0]}"), the put-off'
                    " a source's word"
                )
    return None


# A story's source of what it tells: "…, the source said", "according to diplomats" (not the
# writers' own word, "as we said in our last message", nor a rule's or a decision's, "according
# to the chair's decision, the meeting is postponed": a notice's, mend-r21d).
_SOURCE_SAID = re.compile(
    r"\b(?<!\bwe\s)(?<!\bi\s)(?<!\bas\s)(?:said|says)\b"
    r"|\baccording\s+to\s+(?!(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:decision|schedule|plan|programme|program|rules?|agenda|calendar|resolution|request)\b)"
)


# A subject that tells of a meeting still to come: "4th Example Forum to be held online".
TO_COME = re.compile(
    r"\b(?:to\s+be|will\s+be)\s+(?:held|convened|hosted|organi[sz]ed)\b|\bwill\s+take\s+place\b"
    r"|จะ(?:มีการ)?จัด(?:ขึ้น|การ)?(?:ประชุม|สัมมนา|อบรม)"
    # (kindsth-r23: round twenty-three: a host to be, "<country> จะเป็นเจ้าภาพการประชุม…"; mend-r23a:
    # not of the next one, "… ปิดการประชุม… ไทยจะเป็นเจ้าภาพการประชุมครั้งต่อไป", news told as one ends)
    r"|จะ(?:ร่วม)?เป็นเจ้าภาพ(?:จัด)?(?:การ)?(?:ประชุม|สัมมนา|อบรม)"
    r"(?![^\n]{0,80}?ครั้ง(?:ต่อไป|หน้า|ถัดไป))"
)


def news_ahead(text: MessageText, record: MeetingRecord, sent: dt.date | None) -> str | None:
    """Why the message is third-party news of a meeting still to come, or None."""
    day = day_of(record.start.value) if record.start is not None else None
    if day is None or sent is None or day <= sent:
        return None
    if _CHANGED.search(text.subject_lower) is not None:
        return None
    if _UNDER_WAY.search(text.lower) is not None:
        return None
    if (said := _ATTRIBUTED.search(text.lower)) is None:
        return None
    return f'news of a meeting still to come: the story gives its source ("{said[0]}")'


# kinds22: round seventeen. An invitation addresses its reader ("you are invited", "please
# register", "Dear colleagues"); a story that gives a third party's word tells of invitations
# sent to others ("the country had invited 27 world leaders", a leader quoted "I will be inviting
# discussion"): news of the meeting, which invites no one here. Read only of English words: a
# Thai notice addresses its reader with other words (เรียน, ท่าน).
READER_WORDS = "you|your|yours|please|dear|kindly|rsvp"
_ADDRESSES_READER = re.compile(rf"\b(?:{READER_WORDS})\b")


def invitation_reported(text: MessageText, invited: list[str], own_from: int = 0) -> str | None:
    """Why the invitation words `invited` (of the message's text, none in its subject) are news
    of invitations sent to others, or None: from `own_from` (past a cover note that only passes
    the news on) the text gives a third party's word and nowhere addresses its reader."""
    if not invited or not all(words.isascii() for words in invited):
        return None
    own = text.lower[own_from : text.body_end]
    if _ADDRESSES_READER.search(own) is not None:
        return None
    if (said := _ATTRIBUTED.search(own)) is None:
        return None
    return (
        f'news that tells of invitations sent to others: the story gives its source ("{said[0]}")'
    )


# kinds21: round sixteen. A Thai story's paragraph opens on the day it tells of: "วันนี้ …"
# (the day it is filed), "เมื่อวัน…" (a day gone by) or "วันที่ 11 ต.ค. 2561" (a written day);
# then its actor and its verb. The verb carries ได้, Thai's mark of a deed done ("ได้ให้การ
# ต้อนรับ", "ได้นัด…"), or is an official's call or chair told without it ("เข้าพบ", "เป็นประธาน";
# kindsth-r21: round twenty-one: also a leader who "พบหารือกับ…", met and talked with another).
# A sentence that looks ahead says จะ before its verb, and an invitation or a memo's heading
# asks or names (เชิญ, ขอ, กำหนด, เรื่อง, เรียน): the reading stops there.
# (kindsth-r23: round twenty-three: also a day gone by told by its part, "เมื่อช่วงเช้าของวันที่ …"
# (cues.THAI_GONE_BY), and a range of days written, "ในช่วงระหว่างวันที่ 17-20 …")
_STORY_OPENS = prefiltered(
    ["วัน", "เมื่อ", "ในช่วง", "ช่วง", "ระหว่าง"],
    rf"วันนี้|{cues.THAI_GONE_BY}วัน|(?P<written>(?:(?:ใน)?ช่วง)?(?:ระหว่าง)?วันที่)",
)
_STORY_REACH = 400
# kindsth-r20: round twenty. The paragraph may open on its reporter's word before its day
# ("ผู้สื่อข่าวรายงานว่า เมื่อวันที่ …", "โฆษก… เปิดเผยว่า วันนี้ …"): the story is the same.
_REPORTED_THAT = re.compile(r"[^\n]{0,60}?(?:รายงาน|เปิดเผย)ว่า\s*")
# A written day may be a range ("วันที่ 16-17 …"), which the engine reads from its last day: the
# day read a few characters past "วันที่" is the one it opens with.
_WRITTEN_DAY_REACH = 12
_LOOKS_AHEAD = re.compile(r"จะ|เชิญ|ขอ(?!ง)|กำหนด|เรื่อง|เรียน|โปรด|\n[^\S\n]*\n")
# ได้ before a verb (did …; bot.understanding.kind_words.NOT_DID), nor ได้รับ (received)
_NOT_DID = f"{NOT_DID}|รับ"
# (mend-r21b: "พบหารือ" is no deed where it is wished for, "ประสงค์พบหารือ", "ต้องการพบหารือ", nor
# named as a noun, "ประเด็นการพบหารือ", the talking points of a call still to come: after การ)
# (kindsth-r23: round twenty-three: also the welcome given a monk or a royal guest, "ถวายการ
# ต้อนรับ", the same deed in the register owed them)
_DEED = re.compile(
    rf"ได้(?!{_NOT_DID})[ก-ฮเ-ไ]|เข้าพบ|เป็น\n?ประธาน|(?:ให้|ถวาย)การ\n?ต้อนรับ"
    r"|(?<!การ)(?<!ประสงค์)พบ(?:ปะ)?(?:และ)?หารือ"
    r"|(?P<organised>จัด(?:การ|งาน)?(?:ประชุม|สัมมนา|อบรม))"
)
# What a speaker said ("… กล่าวว่า กระทรวงจัดประชุมใหญ่ทุกปี…") is not the deed told: the
# organiser's word without ได้ counts only before it (mend-r20a). Not กว่า (more than), ผู้ว่า
# (a governor), ว่าการ / ว่าราชการ (a minister's, a governor's title) nor ว่าที่ (acting).
_SAID = re.compile(r"(?<!ก)(?<!ผู้)ว่า(?!การ|ราชการ|ที่)")


def told_as_done(
    text: MessageText, sent: dt.date | None, record: MeetingRecord | None = None
) -> str | None:
    """Why the message is Thai news of a deed done on the day its paragraph opens with, or
    None: a line of its own text opens on a day not after the message's, and its sentence's
    verb is told as done before anything looks ahead; not when the meeting the `record`
    dates is still to come ("วันนี้ … ได้สั่งการให้จัดประชุมในวันที่ 20 …": news of one ahead)."""
    if dated_ahead(record, sent):
        return None
    # (the words it reads first looked for as they are: a text without them has no such opening)
    opens = _STORY_OPENS.finditer(text.plain, 0, text.body_end) if "วัน" in text.plain else ()
    for match in opens:
        line_start = text.plain.rfind("\n", 0, match.start()) + 1
        before = text.plain[line_start : match.start()]
        if before.strip() and _REPORTED_THAT.fullmatch(before.lstrip()) is None:
            continue
        opening = match[0], match.end()
        if match["written"] is not None:
            written = _written_day(text, match.start())
            # (mend-r23a: a period, "ระหว่างวันที่ 1 – 30 …", opens a story only when it is over:
            # one still running tells what is open, "… ได้เปิดให้แสดงความคิดเห็น…")
            period = match["written"] != "วันที่"
            if written is None or not _not_after(written, sent, whole=period):
                continue
            opening = written.text, written.span[1]
        reach = text.plain[opening[1] : opening[1] + _STORY_REACH]
        if (ahead := _LOOKS_AHEAD.search(reach)) is not None:
            reach = reach[: ahead.start()]
        if (deed := _told_deed(reach)) is not None:
            told = f"{clean(opening[0])} … {deed[0]}"
            return f'a report of a deed done on the day its story opens with: "{told}"'
    return _dateline_told(text, sent)


# kindsth-r21: round twenty-one. A story may open on its dateline, a Thai day with no วันที่ before
# it ("15 ส.ค. 2565 <faculty> ร่วมกับ <body> จัดงานสัมมนา…"). Its deed is read on that line only:
# a letter's date stands on a line of its own, its text below. (mend-r21b: a deed told with ได้
# alone counts where the line names a meeting or an event: a timeline's rows, "12 ม.ค. 2569
# <office> ได้เสนอร่างระเบียบ…", tell what a policy went through, no meeting held.)
_DATELINE = re.compile(rf"[\d๐-๙]{{1,2}}\s*(?:{MONTH_TH})")


def _dateline_told(text: MessageText, sent: dt.date | None) -> str | None:
    """Why the message is Thai news of a deed done on the day a line of its own text opens with,
    written without วันที่ and not after the message's, or None."""
    for day in text.temporals:
        # (the day's own words asked first: most days are no Thai dateline)
        if _DATELINE.match(day.text) is None or (at := day.span[0]) >= text.body_end:
            continue
        line_start = text.plain.rfind("\n", 0, at) + 1
        if text.plain[line_start:at].strip() or not _not_after(day, sent):
            continue
        reach, below = _dateline_reach(text.plain, day.span[1])
        if (ahead := _LOOKS_AHEAD.search(reach)) is not None:
            reach = reach[: ahead.start()]
        if (deed := _told_deed(reach[:_STORY_REACH], below)) is not None and (
            not deed[0].startswith("ได้") or EVENT_WORDS.search(reach) is not None
        ):
            told = f"{clean(day.text)} … {deed[0]}"
            return f'a report of a deed done on the day its story opens with: "{told}"'
    return None


# kindsth-r22: round twenty-two. A web page's dateline may stand alone on its line, between the
# headline and the story ("<headline>\n\n11 พฤศจิกายน 2562\n\n<official> ร่วมรับฟัง… และให้การ
# ต้อนรับ…"): the story is its next paragraph. A letter's date alone on its line is followed by
# what its heading asks or names (เรื่อง, เรียน), which ends the reading as before, or by what
# its office organises ("สำนักงาน… จัดประชุม…", the meeting it calls): below a date alone, the
# organiser's deed told without ได้ is none. (mend-r22a: nor is any deed told with ได้ alone: below
# a date alone stand a timeline's rows, "<date>\n\n<office> ได้เสนอร่าง… ต่อที่ประชุม…", and what a
# signed note goes on to, "<date>\n\n<name> ได้ลงนาม…"; a story's own there is an official's call,
# chair or welcome. The paragraph is read as far as the deed is looked for.)
_PARAGRAPH = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)?((?:[^\n]|\n(?![^\S\n]*\n))*)")


def _dateline_reach(plain: str, after: int) -> tuple[str, bool]:
    """The words a dateline ending at `after` tells its deed in: the rest of its line or, where
    nothing follows it there, the paragraph after it (and whether they are that paragraph)."""
    line_end = plain.find("\n", after)
    rest = plain[after : line_end if line_end >= 0 else len(plain)]
    if rest.strip() or (below := _PARAGRAPH.match(plain, after, after + 2 * _STORY_REACH)) is None:
        return rest, False
    return below[1], True


# kindsth-r20: round twenty. Thai news may tell its deed before its day: "<actor> ได้เดินทางไป
# … เมื่อวันเสาร์ที่ 6 …" (did …, on a day gone by), in one sentence that nothing between asks or
# looks ahead in. A letter's recital of what its reader did ("ตามที่ท่านได้แจ้ง… เมื่อวันที่ …")
# is none: the line tells it after ตามที่ or อ้างถึง; nor is a council's resolution that a notice
# rests on ("… ได้มีมติในการประชุม… เมื่อวันที่ …", test4 189's calendar of sessions).
_DEED_THEN_DAY = prefiltered(
    ["ได้"],
    rf"ได้(?!{_NOT_DID}|มีมติ)[ก-ฮเ-ไ]"
    rf"(?:(?!{_LOOKS_AHEAD.pattern})[^\n]){{0,160}}?เมื่อวัน",
)
_RECITAL = re.compile(r"ตามที่|อ้างถึง")


def deed_then_day(
    text: MessageText, sent: dt.date | None, record: MeetingRecord | None = None
) -> str | None:
    """Why the message is Thai news of a deed told before the day gone by it was done on, or
    None: not in a letter that asks its reader, nor when the meeting the `record` dates is after
    the message."""
    if (
        "เมื่อวัน" not in text.plain
        or dated_ahead(record, sent)
        or _ASKS_READER.search(text.plain, 0, text.body_end)
    ):
        return None
    for match in _DEED_THEN_DAY.finditer(text.plain, 0, text.body_end):
        line_start = text.plain.rfind("\n", 0, match.start()) + 1
        if _RECITAL.search(text.plain, line_start, match.start()) is None and not _sets_ahead(
            text, match.end(), sent
        ):
            return f'a report of a deed done on a day gone by: "{clean(match[0][:12])} … เมื่อวัน"'
    return None


def _sets_ahead(text: MessageText, at: int, sent: dt.date | None) -> bool:
    """Whether the line goes on from `at` to a day after the message: the deed's sentence sets
    what is still to come ("… ได้มอบนโยบาย เมื่อวันที่ 1 … โดยกำหนดให้มีการประชุม… วันที่ 17 …",
    news of meetings ahead; mend-r20a), whatever day the record read first."""
    line_end = text.plain.find("\n", at)
    end = len(text.plain) if line_end < 0 else line_end
    return any(
        at <= t.span[0] < end and not _not_after(t, sent) and t.start is not None
        for t in text.temporals
    )


def _told_deed(reach: str, below: bool = False) -> re.Match[str] | None:
    """The first deed the story's `reach` tells as done, or None; `below` a date alone on its
    line, none where the first is an organiser's or one told with ได้ alone."""
    for deed in _DEED.finditer(reach):
        if below and (deed["organised"] is not None or deed[0].startswith("ได้")):
            return None
        if deed["organised"] is None or _SAID.search(reach, 0, deed.start()) is None:
            return deed
    return None


def dated_ahead(record: MeetingRecord | None, sent: dt.date | None) -> bool:
    """Whether the `record` dates its meeting after the message (or the message is undated)."""
    start = record.start if record is not None else None
    if start is None:
        return False
    day = day_of(start.value)
    return sent is None or (day is not None and day > sent)


def _written_day(text: MessageText, opening: int) -> Temporal | None:
    """The date the engine read from a story's opening "วันที่ …" (Thai digits, Buddhist-era
    and two-digit years as it reads them), or None."""
    return next((t for t in text.temporals if 0 <= t.span[0] - opening <= _WRITTEN_DAY_REACH), None)


def _not_after(written: Temporal, sent: dt.date | None, whole: bool = False) -> bool:
    """Whether the `written` day (its last, if `whole`) is on or before the message's day."""
    last = written.end if whole and written.end is not None else written.start
    day = day_of(last) if last is not None else None
    return sent is not None and day is not None and day <= sent


# kinds24: round nineteen. Thai news of an official who led a party to a meeting tells it in
# one paragraph: "<official> พร้อมด้วย <party> เข้าร่วมการประชุม…" (with <party>, attended), past or
# present with no mark of tense. A memo that asks the office to attend says who asks and whom
# (เชิญ, ขอ, ให้, ท่าน, โปรด), a look ahead says จะ, and a day's programme lists who presides
# over an hour (เวลา…, โดยมี…): the reading stops at any of them.
# (kindsth-r21: round twenty-one: "… พร้อมคณะ เตรียมเข้าร่วมการประชุม…", preparing to attend,
# looks ahead as จะ does; mend-r21b: preparing to go, not a name's เตรียม, "คณะกรรมการเตรียมการ
# จัดงาน…", a preparatory committee)
_ASKS_OR_AHEAD = (
    r"จะ|เชิญ|ขอ(?!ง)|ให้|ท่าน|โปรด|เรียน|กำหนด|เตรียม(?:ตัว|ความพร้อม|พร้อม|การ)?(?:เข้า|เดินทาง|ไป)"
)
_PARTY_ATTENDS = prefiltered(
    ["พร้อมด้วย"],
    # (across the lines a PDF wraps its paragraph into, not across a blank line)
    rf"พร้อมด้วย(?:(?!{_ASKS_OR_AHEAD})(?:[^\n]|\n(?![^\S\n]*+\n))){{0,240}}?"
    r"(?:ได้)?เข้า\n?ร่วม",
)
# (a programme's line may open on a dash or a bullet too: mend20c, round nineteen)
_NOT_A_STORY = re.compile(rf"{_ASKS_OR_AHEAD}|โดยมี|^\s*(?:เวลา|\d|[-–•*])")

# A Thai letter's ask of its reader: "ขอเชิญ", "เรียนเชิญ", "…โปรดพิจารณา…" (not the meeting's
# day ahead: a story's day may be a typo years ahead, test17 1112; mend20c, round nineteen)
_ASKS_READER = re.compile(r"ขอเชิญ|เรียนเชิญ|โปรดพิจารณา")


def attendance_told(text: MessageText, own_from: int = 0) -> str | None:
    """Why the message is Thai news of an official and a party who attended a meeting, or
    None: a paragraph of its own text (from `own_from`, past a cover note) tells it before
    anything asks, looks ahead or lists a programme; not in a letter that asks its reader
    anywhere (its "ในการนี้ <official> พร้อมด้วย … เข้าร่วมพิธีเปิด", without จะ, tells who will
    open the meeting it invites to: mend20c, round nineteen)."""
    # (the words it reads first looked for as they are, which a text rarely holds)
    if "พร้อมด้วย" not in text.plain or _ASKS_READER.search(text.plain, own_from, text.body_end):
        return None
    for match in _PARTY_ATTENDS.finditer(text.plain, own_from, text.body_end):
        line_start = text.plain.rfind("\n", 0, match.start()) + 1
        if _NOT_A_STORY.search(text.plain[line_start : match.start()]) is None:
            return 'news of a party that attended a meeting: the text says "พร้อมด้วย … เข้าร่วม"'
    return None


# kinds24: round nineteen. Thai news that a meeting has ended: "การประชุม… วันแรกจบลงแล้ว", "…ที่
# เสร็จสิ้นลง", "…ปิดฉากลง" (not one that will or is expected to: จะ, คาดว่า; nor "ก่อน…", before).
_ENDED_VERBS = ("จบลง", "เสร็จสิ้นลง", "ปิดฉากลง", "สิ้นสุดลง")
_MEETING_ENDED = prefiltered(
    ["ประชุม"],
    rf"ประชุม(?:(?!จะ|คาดว่า|ก่อน)[^\n]){{0,80}}?(?P<verb>{'|'.join(_ENDED_VERBS)})",
)


def meeting_ended(text: MessageText, own_from: int = 0) -> str | None:
    """Why the message is Thai news of a meeting that has ended, or None; not in a letter that
    asks its reader (its "เมื่อการประชุมสิ้นสุดลง …", when the meeting has ended, looks ahead:
    mend20c, round nineteen)."""
    if not any(verb in text.plain for verb in _ENDED_VERBS) or _ASKS_READER.search(
        text.plain, own_from, text.body_end
    ):
        return None
    if (ended := _MEETING_ENDED.search(text.plain, own_from, text.body_end)) is None:
        return None
    return f'a report of a meeting that has ended: the text says "… {ended["verb"]}"'
