"""The role a date plays in a message, weighed by named signals: the meeting's days score up
("will be held on", a "Dates:" label, a heading, the days of the subject line), other roles
score down (a dry run or an arrival day, a deadline or an "important dates" row, a memo's or a
page's own date, a session or fiscal year, a meeting of the past cited for context).

The weights are data (`WEIGHTS`); each chosen date's reasons name the signals that decided.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding import cues
from bot.understanding.fields.date_context import (
    after_unwrapped,
    chaired_after,
    departure_hour,
    said_tomorrow,
    wrapped_before,
)
from bot.understanding.fields.date_doubts import PUT_OFF_UNTIL
from bot.understanding.fields.date_occasions import named_day, occasion_before, prepares_another
from bot.understanding.fields.date_periods import is_session_period, is_whole_month
from bot.understanding.fields.date_stamps import mail_stamp, reporter_day, speaking_day, stamped
from bot.understanding.fields.deadline_moved import new_date_cue
from bot.understanding.fields.news_day import DATE_LINE_TAIL, dateline_day, opens_story
from bot.understanding.fields.schedule_words import MOVED_FROM, MOVED_FROM_UNTIL, NEW_DATE
from bot.understanding.fields.table_rows import ends_on_mark, row_label
from bot.understanding.fields.text import CLAUSE_REACH, MessageText, clause_before, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import case_blind, prefiltered, words
from bot.understanding.signals import Signal, Tally
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of

_MEETING_CUES = case_blind(
    rf"{cues.HELD}|will\s+run|runs\s+from|scheduled|will\s+be\s+on|will\s+(?:\w+ly\s+)?meet\b"
    r"|will\s+attend\b|commences?\b|dates?\s*:|date\s+and\s+venue|full[\s-]day|invit|จัดขึ้น"
    r"|ระหว่างวันที่|ในวัน|กำหนด(?:จัด|การ)|เข้าร่วม(?:การ)?ประชุม|ประชุม|เชิญ",
)
# "Thursday, September 10th, 9am is the next regular meeting of the Council": said right after.
_IS_THE_MEETING = re.compile(
    rf"[^\S\n]*+(?i:(?:is|are)\s+the\s+(?:\w+\s+){{0,3}}?(?:{MEETING_NOUNS})\b)"
)
# "The October 21 HOA meeting was canceled": "the" before, not a record's ("minutes of the 10 May
# Board meeting", "summary of the 1 May …"; a list's "April 12th Meeting").
_THE_BEFORE = re.compile(
    r"(?i)^(?!.*\b(?:minutes|records?|report|summary|outcome|notes|conclusions)\s+of\s+the\s*$)"
    r".*\bthe[^\S\n]+$"
)
_DAY_OF_MEETING = re.compile(rf"[^\S\n]++(?:[A-Z][\w-]*+[^\S\n]++){{1,2}}(?i:{MEETING_NOUNS})\b")
# A schedule's row: "November 29th, 2021: Special Executive Committee Meeting via Zoom at 9 AM".
_ROW_OF_MEETING = re.compile(rf":[^\S\n]*+(?:[\w-]++[^\S\n]++){{0,4}}?(?i:{MEETING_NOUNS})\b")
# Tried only where one of its first words begins (bot.understanding.prefilter): a case-blind
# choice of words is otherwise tried at every place of the text.
_OTHER_EVENT = prefiltered(
    [
        *words(
            *("dry", "rehears", "test", "arrival", "departure", "check", "dinner", "reception"),
            *("excursion", "deadline", "no", "not", "submit", "regist", "since", "previous"),
            *("last", "originally", "initially", "formerly", "instead", "earlier", "had"),
            *("fee", "charged", "payment", "refund", "prior", "through", "supposed"),
            *("following", "after", "preceded", "preceding", "followed"),
            *("rescheduled", "re-scheduled", "moved", "postponed", "deferred", "changed"),
            *("application", "form", "portal", "platform", "approv", r"in\s+force"),
        ),
        *("ลง", "เลขรับ", "รับที่", "เลขที่รับ", "ซ้อม", "ทดสอบ", "เดินทาง", "ภายในวันที่"),
        *("เดิมกำหนด", "กำหนดเดิม", "รับสมัคร"),
    ],
    r"(?i)"
    rf"{cues.DRY_RUN}|{cues.REHEARSAL}"
    # the days of a meeting before or after this one: "following the technical meetings of"
    rf"|(?:following|after|(?:preceded|followed)\s+by|preceding)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{MEETING_NOUNS})\s+(?:of|on|from|held\s+on)\s*$"
    r"|arrival|departure|check[\s-]?(?:in|out)|dinner|reception"
    r"|excursion|deadline|no\s+later|not\s+later|submit|regist|since|previous|last\s+year"
    # a fee's period: "Regular fees will be charged after 31 March until 14 July"
    r"|fees?\b|charged\b|payments?\b|refunds?\b|prior\s+to"
    # "Signal No. 8 will remain in force to at least tomorrow (October 9) 11am": a limit
    r"|\bin\s+force\s+(?:until|till|to)\b[^.\n]{0,25}$"
    # "Approval of December 3, 2019 and February 11, 2020 meeting minutes": past meetings'
    r"|\bapprov(?:al|e)\s+of\s+(?:the\s+)?(?:minutes\s+of\s+(?:the\s+)?)?(?:[^\n]{0,24}?\band\s+)?$"
    # "Applications for side events should be made through the online form that will be
    # enabled on": a form's or an application's opening day
    r"|applications?\s+(?:for|to|form|will|should|must|are|open|close)\b"
    r"|\b(?:form|portal|platform)\b[^.\n]{0,30}?\b(?:enabled|opens?|available|launched)\s+(?:on|from)\s*$"
    # "comments by e-mail through 1:00 pm on Monday, 15 May": the last hour something is taken
    r"|\bthrough[^\S\n]*+$"
    # "Regular | After 31 Mar": the day a rate or a rule applies from, not a meeting's day
    r"|\bafter[^\S\n]*$"
    r"|originally|previously|initially|formerly|instead\s+of|(?<=was |ere )supposed\s+to"
    # "(Rescheduled from Mar 17th)": the day given up
    rf"|{MOVED_FROM}"
    r"|earlier\s+(?:proposed|planned|announced|scheduled)|had\s+been\s+(?:scheduled|planned)"
    r"|ลงวันที่|เลขรับ|รับที่|เลขที่รับ|ลงทะเบียน|รับสมัคร|เดินทาง|ภายในวันที่|เดิมกำหนด|กำหนดเดิม|ลง$",
)
# "ประกาศ … เรียกประชุม… ลงวันที่ ๒๒ พฤศจิกายน": a cited document's date, in any clause.
_DATED = re.compile(r"ลง[^\S\n]*+วันที่")
# Lines that date a document rather than an event: memo headers, receipt stamps, mail headers.
_DOCUMENT_LINE = re.compile(
    r"^\s*+(?:sent|received|วันที่)(?:\s++on)?\s*+[:.]?\s*+$|ที่\s+[ก-ฮ]{2}\s*\d"
    r"|^\s*+[\w\s\"'<>@.,()-]{0,80}\b(?:wrote|เขียน)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;]\s")
# "10:32 4 Feb 2013" opening its line stamps a mail, as does an hour in a row of hours before
# other words and a date; "will be held 14:00 UTC Thursday, May 14" is a sentence's.
_TIME_FIRST = re.compile(r"\s*\d{1,2}:\d{2}")
# The words a new date's cue ends with (schedule_words.NEW_DATE), looked for at the end of the
# line above a date that opens its line before that cue is read across the break.
_NEW_DATE_LAST_WORDS = ("to", "until", "for", "on", "from", "at", ":", "เป็น", "ไปจัด")
_WRAPPED_CUE = 12


class DateSignal(Signal):
    MEETING_WORDS = "words of a meeting stand around it"
    NEW_DATE = "the new date of a postponement"
    AFTER_TITLE = "written right after the meeting's title"
    OTHER_EVENT = "words of another event or a deadline stand before it"
    DOCUMENT_DATE = "the date of a document, a stamp or a mail header"
    HEADING = "in a heading with the title"
    NEAR_TITLE = "shortly after the title"
    RANGE = "a range of days"
    DOUBTFUL = "read with doubt"
    OTHER_YEAR = "more than a year before the message: another meeting, cited"
    CITED_PAST = "weeks before the message and said of the past"
    IN_BODY = "in the message's own words, not a quote"
    REPEATED = "the same days written again"
    IN_SUBJECT = "the same days as the subject line"
    SESSION_PERIOD = "a session or fiscal year, not a meeting's days"
    PUBLICATION = "the date a page or document was published or signed"
    IMPORTANT_DATES_ROW = "a row of another milestone: papers, notification, early registration"
    MEETING_LABEL = "labelled as the meeting's or the conference's dates"
    RECURRING = "a day of every year, not one meeting's"
    STORY_DAY = "the day a news story opens with, saying what happened on it"
    WHOLE_MONTH = "a month without a day: a committee's month or a plan, not a meeting's days"
    DECIDING_MEETING = "a past meeting said to have decided or set what the text announces"
    TOMORROW = "in brackets after 'tomorrow', and the day after the message"


# Hand weights, set against the self-written sets and the seeds.
WEIGHTS: dict[Signal, float] = {
    DateSignal.MEETING_WORDS: 2, DateSignal.NEW_DATE: 4, DateSignal.AFTER_TITLE: 1,
    DateSignal.OTHER_EVENT: -3, DateSignal.DOCUMENT_DATE: -4, DateSignal.HEADING: 2,
    DateSignal.NEAR_TITLE: 1, DateSignal.RANGE: 1, DateSignal.DOUBTFUL: -2,
    DateSignal.OTHER_YEAR: -2, DateSignal.CITED_PAST: -1, DateSignal.IN_BODY: 1,
    DateSignal.REPEATED: 1, DateSignal.IN_SUBJECT: 2, DateSignal.SESSION_PERIOD: -6,
    DateSignal.PUBLICATION: -4, DateSignal.IMPORTANT_DATES_ROW: -3, DateSignal.MEETING_LABEL: 2,
    DateSignal.RECURRING: -5, DateSignal.WHOLE_MONTH: -5,
    DateSignal.STORY_DAY: 3, DateSignal.DECIDING_MEETING: -3, DateSignal.TOMORROW: 2,
}  # fmt: skip
MAX_REPEATS = 3
# (the clause's reach: a move's words far before its new dates are found in this window as
# date_doubts.new_date_doubt finds them)
CONTEXT_BEFORE = CLAUSE_REACH
CONTEXT_AFTER = 60
# How far before the message a date said of the past is another meeting.
CITED_PAST_DAYS = 1

_NOTHING_BEFORE = re.compile(r"\s*(?i:on\s+)?")
# (case-blind: what follows the words has no letter)
_PUBLICATION = case_blind(
    r"(?:published|posted|issued|released?|updated?|last\s+modified|date\s+of\s+(?:issue|publication)"
    r"|signed|press\s+release|news)\b[^\n]{0,25}$|เผยแพร่|ประกาศ\s*ณ|สั่ง\s*ณ|ลงนาม|วันที่(?:ลง)?ประกาศ"
    # "Agenda | 05 October 2011", "Version: 3 May": the date of the document itself.
    r"|(?:agenda|programme|program|version|draft|as\s+of)[^\S\n]*[|:][^\S\n]*$"
    # "Submitted by admin on Thu, 01/02/2020", a Thai page's "entered"/"updated" (dates23b): a
    # page's posting stamp
    r"|submitted\s+by\s+\S+\s+on[^\S\n]*$|วันที่(?:นำเข้า|ปรับปรุง)ข้อมูล[^\S\n]*$"
)
# kinds22: round seventeen. A byline, "By <Author>     Date 12 April 2020": the day the story
# was filed, no meeting's.
_BYLINE = re.compile(r"[^\S\n]*(?i:by)[^\S\n]+\S[^\n]*?[^\S\n](?i:date)[^\S\n]*:?[^\S\n]*$")
# A page's count of its readers or views after its date.
_READER_COUNT = re.compile(
    r"[^\S\n]*+[(|\[]?[^\S\n]*+(?:จำนวน(?:คน|ผู้)(?:อ่าน|เข้าชม)|ผู้เข้าชม|เข้าชม|อ่าน"
    r"|(?i:views?|hits|reads))[^\S\n]*+:?[^\S\n]*+[\d๐-๙,]+"
)
# A page's stamp: a date opening its line, only a bar after it ("Tuesday, 11 February 2020 |").
_STAMP_TAIL = re.compile(r"[^\S\n]*\|[^\S\n]*")
# "วันที่ 18 มีนาคม ของทุกปี", "on 18 March every year": a day of every year, no meeting's.
_RECURRING = re.compile(
    r"[^\S\n]*(?:ของ)?ทุก(?:ปี|เดือน)|[^\S\n]*(?i:every\s+year|each\s+year|annually)"
)
# A programme's day heading names its weekday ("Saturday, 3 December 2011"); a letter's not.
_WEEKDAY = case_blind(
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)"
)
# Rows of a conference's "important dates" that are not the conference.
_MILESTONE = case_blind(
    r"(?:call\s+for|abstracts?|papers?\s+(?:submission|due)|submission|notification|acceptance"
    r"|camera[\s-]?ready|early[\s-]?bird|full\s+papers?|authors?|proposals?|review"
    # a desk's or an office's hours over the meeting's days, not the meeting's own
    r"|(?:opening|office|business)\s+hours"
    rf"|{cues.SIDE_TRIP})"
    r"|รับสมัคร|รับบทความ|ส่งบทความ|เผยแพร่บทความ|ปรับแก้|แก้ไขบทความ|บทคัดย่อ|ประกาศรายชื่อ|ประกาศผล|ผลการพิจารณา|ชำระ"
    r"|ลงทะเบียน|เปิดรับ|บัดนี้"
)
# A registration window's row, by its label: "Pre-registration: from 1 May to 5 June",
# "Registration | 1-15 May" (not prose: "registration for the conference, held on 16 April").
_REGISTRATION_ROW = re.compile(
    r"(?i:(?:pre-?)?registration\b(?!\s+(?:desk|and\s+(?:opening|welcome)))|sign[\s-]?up)"
)
_LABEL_BEFORE = re.compile(  # (after a list's dots or bullet: "..... Registration period:")
    r"[^\S\n]*(?:[.•·*-]+[^\S\n]*)?[^.,;\n]{2,50}[:：|\t][^\S\n]*(?i:from\s+|between\s+)?"
)
_MEETING_WORD = (
    # (a Thai row's label opening with the meeting: "การประชุมวิชาการระดับชาติ ครั้งที่ 9", not a
    # sentence about it: "การประชุมครั้งนี้มีระเบียบวาระ…")
    rf"(?i:\b(?:{MEETING_NOUNS}|events?)\b)|^[^\S\n]*การ(?:ประชุม|สัมมนา)(?!ครั้งนี้|นี้|ดังกล่าว)|วัน(?:ประชุม|จัด(?:การ)?(?:ประชุม|งาน|สัมมนา)|งาน|สัมมนา)|นำเสนอ(?:ผลงาน|บทความ)"
)
_MEETING_LABEL = re.compile(
    rf"(?:{_MEETING_WORD})(?i:\s+dates?|\s+days?)?[^\S\n]*[:：|\t][^\S\n]*$"
)
_MEETING_ROW = re.compile(_MEETING_WORD)
_DECIDED_THERE = re.compile(
    r"[^.\n]{0,20}?(?:ได้)?มีมติ|(?i:[^.\n]{0,40}?\b(?:resolved|decided|agreed)\b)"
)
# "ตามมติที่ประชุม … เมื่อวันพุธที่ ๒๒ กุมภาพันธ์ ๒๕๖๖ ได้กำหนดสมัยประชุม…": what that meeting
# set (a PDF writes ำ as ํ and า).
_PAST_DECISION = re.compile(r"[^.\n]{0,20}?(?:ได้)?(?:มีมติ|ก(?:ำ|ํา)หนด)")
_PAST = re.compile(
    r"(?i:\b(?:was|were)\s+held|\blast\b|took\s+place|held\s+on"
    # "the Ministry organised a training session, from Sept 10 to 15": another thing done
    r"|\borgani[sz]ed\s+an?\b)|เมื่อวันที่|เมื่อ\s*$|ที่ผ่านมา"
)


def weigh(
    text: MessageText, item: Temporal, reference: dt.datetime, title_spans: list[tuple[int, int]]
) -> Tally:
    """The signals that hold for one date of the text."""
    tally = Tally(WEIGHTS)
    start, end = item.span
    line_start, line_end = text.line_at(start)
    before = text.plain[
        max(0, _sentence_line_start(text, line_start) - 1, start - CONTEXT_BEFORE) : start
    ]
    near_before = clause_before(text, start)
    after = text.plain[end : min(line_end, end + CONTEXT_AFTER)]
    line_before = text.plain[line_start:start]
    rest_of_line = text.plain[end:line_end].strip()
    label = row_label(text, line_start, line_end, line_before, rest_of_line)
    # "Published Date: 2026-01-23": its "Date:" is no meeting's; nor is a page's date that its
    # count of readers follows ("6 June 2018 (read 980 times)").
    published = (
        _PUBLICATION.search(line_before[-40:]) is not None
        or _READER_COUNT.match(after) is not None
        or (not line_before.strip() and _STAMP_TAIL.fullmatch(after) is not None)
        or _BYLINE.match(line_before) is not None
    )
    # "ระหว่างวันที่ 20-21 มกราคม": the engine keeps the lead words inside the date it reads
    if not published and (
        _MEETING_CUES.search(before)
        or _MEETING_CUES.search(after_unwrapped(text, end, line_end, after, CONTEXT_AFTER))
        or chaired_after(text, end)
        or _MEETING_CUES.match(item.text)
        or _IS_THE_MEETING.match(after)
        or (_DAY_OF_MEETING.match(after) and _THE_BEFORE.search(line_before))
        or _ROW_OF_MEETING.match(after)
        or (isinstance(item.start, dt.datetime) and _ROW_OF_MEETING.search(item.text))
    ):
        tally.add(DateSignal.MEETING_WORDS)
    # "registration for the <title> (19-21 May 2026)": the dates are the title's.
    follows_title = any(0 <= start - e <= 3 for _, e in title_spans)
    # ("New dates: 12-14 May": a label's colon ends the clause, so its line is read too)
    if (
        new_date_cue(near_before, line_before)
        # ("rom": a cheap test for "from"/"From", which most windows lack, before the search)
        or ("rom" in before and MOVED_FROM_UNTIL.search(before))
        # "decided to defer the Annual General Meeting until Saturday 24 October": the verb's
        # plain form with what is moved between, as the engine reads it (no deadline's "until")
        or ("until" in near_before and PUT_OFF_UNTIL.search(near_before) is not None)
        # a date opening its line, the words before it wrapped onto the line above ("... เป็น" /
        # "วันที่ 15 มีนาคม 2570")
        or (
            not line_before.strip()
            and text.plain[max(0, line_start - _WRAPPED_CUE) : line_start]
            .rstrip()
            .endswith(_NEW_DATE_LAST_WORDS)
            and NEW_DATE.search(text.unwrapped(max(0, start - 80), start))
        )
        # a line a sentence wraps onto, the cue broken across it: "… ไปเป็นวัน" / "ศุกร์ที่ 29"
        or ((joined := wrapped_before(text, line_start, start)) and NEW_DATE.search(joined))
    ):
        tally.add(DateSignal.NEW_DATE)
    elif follows_title:
        tally.add(DateSignal.AFTER_TITLE)
    # the words after it in its own clause: the next sentence is about something else
    elif (
        _OTHER_EVENT.search(near_before)
        or _other_event_after(_CLAUSE_END.split(after[:40])[0])
        or occasion_before(text, start, near_before, title_spans)
        or _another_day_of_the_same(text, start, near_before)
        or _DATED.search(f"{line_before[-12:]}{item.text[:6]}")
        or speaking_day(text, item, near_before)
        or departure_hour(text, item)
        or prepares_another(text, end, title_spans)
    ):
        tally.add(DateSignal.OTHER_EVENT)
    elif _MILESTONE.search(f"{line_before[-80:]} {label}") or _REGISTRATION_ROW.search(
        f"{line_before if _LABEL_BEFORE.fullmatch(line_before) else ''} {label}"
    ):
        tally.add(DateSignal.IMPORTANT_DATES_ROW)
    if (ends_on_mark(line_before[-60:]) and _MEETING_LABEL.search(line_before[-60:])) or (
        _MEETING_ROW.search(label) and not _MILESTONE.search(label)
    ):
        tally.add(DateSignal.MEETING_LABEL)
    decided_then: bool | None = None  # read where first needed, once
    if (
        # a date opening a line a sentence wraps onto is inside that sentence, not a
        # letter's date on a line of its own
        (
            (
                _DOCUMENT_LINE.search(line_before[-50:])
                or (not label and _dates_its_line(text, line_before, item, end))
            )
            and not text.wraps_at(line_start - 1)
        )
        # (what follows read past a PDF's break inside the date: "Wednesday," / "December 21 at")
        or mail_stamp(text, item, line_before, reference)
        or (_TIME_FIRST.match(item.text) and (not line_before.strip() or item.time_apart))
        or stamped(text, item, line_before, (line_start, line_end), reference)
    ):
        tally.add(DateSignal.DOCUMENT_DATE)
    # "ตามมติที่ประชุม… ในคราวประชุม… / เมื่อวันที่ 1 กุมภาพันธ์ 2561 ได้กำหนด…": a line a
    # sentence wraps onto, recalling the meeting that decided, opens no story
    elif not (decided_then := _decided_then(text, start, end)) and opens_story(
        text, line_before, item, reference
    ):
        tally.add(DateSignal.STORY_DAY)
    # "Published Date: 2026-01-23": a label's colon ends the clause, so the line is read too.
    elif (
        _PUBLICATION.search(near_before)
        or published
        # "[2012-08-10] Opening of the session": a listing's posting date before its title
        or (line_before.strip() == "[" and after.startswith("]"))
        or dateline_day(text, line_before, item, after, reference)
        or reporter_day(text, item)
    ):
        tally.add(DateSignal.PUBLICATION)
    # "International Labour Day (1 May)", "every year": the day of a name or of every year
    if _RECURRING.match(after) or named_day(text, item, line_before):
        tally.add(DateSignal.RECURRING)
    if is_whole_month(item):
        tally.add(DateSignal.WHOLE_MONTH)
    if is_session_period(item, before, text.plain[end : end + CONTEXT_AFTER]):
        tally.add(DateSignal.SESSION_PERIOD)
    if line_end - line_start <= 120 and any(
        line_start - 300 <= s <= line_end for s, _ in title_spans
    ):
        tally.add(DateSignal.HEADING)
    if any(s <= start <= e + 250 for s, e in title_spans):
        tally.add(DateSignal.NEAR_TITLE)
    if item.kind is TemporalKind.RANGE:
        tally.add(DateSignal.RANGE)
    if item.confidence < 0.5:
        tally.add(DateSignal.DOUBTFUL)
    day = day_of(item.start)
    if day is not None and day < reference.date() - dt.timedelta(days=400):
        tally.add(DateSignal.OTHER_YEAR)
    elif day is not None and (
        (
            day < reference.date() - dt.timedelta(days=CITED_PAST_DAYS)
            # "ตามมติ ... เมื่อวันที่ ๔ มกราคม" is said of the past even on a text's first line
            and _PAST.search(clause_before(text, start, first_line_too=True))
        )
        # "ที่ประชุม … เมื่อวันที่ ๔ มกราคม ๒๕๖๕ ได้มีมติ…": the meeting that decided this one
        or (day < reference.date() and _DECIDED_THERE.match(after))
    ):
        tally.add(DateSignal.CITED_PAST)
        if decided_then is None:
            decided_then = _decided_then(text, start, end)
        if decided_then:
            tally.add(DateSignal.DECIDING_MEETING)
    if said_tomorrow(text, item, reference):
        tally.add(DateSignal.TOMORROW)
    if text.in_body(start):
        tally.add(DateSignal.IN_BODY)
    return tally


def _decided_then(text: MessageText, start: int, end: int) -> bool:
    """ "ตามมติที่ประชุม … เมื่อวันที่ ๑ กุมภาพันธ์ ได้กำหนด…" (across a PDF's lines): the deciding day."""
    line_end = text.line_at(end)[1]
    after = text.plain[end : min(line_end, end + CONTEXT_AFTER)]
    after = after_unwrapped(text, end, line_end, after, CONTEXT_AFTER)
    return bool(_PAST_DECISION.match(after) and _PAST.search(clause_before(text, start)))


# Words after a date pointing at the next: "12-14 May (instead of 5-7 May)", "with previous …".
_POINTS_AHEAD = re.compile(r"(?i:instead\s+of|rather\s+than|previous)")
# "on Sunday, 4 December [with registration and a reception]": what comes with the day's meeting.
_COMES_WITH = re.compile(r"[^\S\n]*[\[(][^\S\n]*(?i:with)\b")


def _other_event_after(clause: str) -> bool:
    """Whether the words after a date in its clause say it is another event's."""
    return _COMES_WITH.match(clause) is None and any(
        _POINTS_AHEAD.fullmatch(match.group()) is None for match in _OTHER_EVENT.finditer(clause)
    )


# "… from 14.00 to 18.00 and again on Thursday, 14 May": one more day of the same thing.
_AND_AGAIN = re.compile(
    r"(?<![A-Za-z])(?i:and|or|as\s+well\s+as)(?:\s+(?i:again|also))?[\s,]+(?i:on\s+)?$"
)


def _another_day_of_the_same(text: MessageText, start: int, near_before: str) -> bool:
    """Whether a date only adds a day to what its sentence said another event's days were:
    "Registration will be open on Wednesday, 13 May, from 14.00 to 18.00 and again on Thursday,
    14 May, from 08.00 onwards" gives the registration desk's second day, not the meeting's."""
    if _AND_AGAIN.search(near_before) is None:
        return False
    sentence = text.plain[sentence_start(text.plain, start) : start]
    return _OTHER_EVENT.search(sentence) is not None and _MEETING_CUES.search(sentence) is None


def _sentence_line_start(text: MessageText, line_start: int) -> int:
    """Where the line holding a date starts once the lines that only wrap its sentence are
    joined: a PDF breaks "กำหนดวันประชุมสภา สมัย" and "สามัญ … ในวันอังคารที่ 10" apart."""
    floor = line_start - CONTEXT_BEFORE
    while line_start > 0 and line_start > floor and text.wraps_at(line_start - 1):
        line_start = text.line_at(line_start - 1)[0]
    return line_start


def _dates_its_line(text: MessageText, line_before: str, item: Temporal, end: int) -> bool:
    """A date standing alone on its line, as a letter or a stamp is dated; not a date that
    opens a line of text ("วันที่ 14 กรกฎาคม 2564 เวลา 10.00 น. รองปลัดกระทรวง… เป็นประธาน…")."""
    if not _NOTHING_BEFORE.fullmatch(line_before) or _WEEKDAY.search(item.text):
        return False
    if isinstance(item.start, dt.datetime) and (
        "\n" in item.text.strip() or "@" in item.text or _MEETING_ROW.search(item.text)
    ):
        # "2 July 2024" / "2:40 pm" / "Example Office at Geneva", "December 16th, 2021: Full
        # Commission Meeting via Zoom at 9 AM": an event's rows, not a letter's date
        return False
    first, last = day_of(item.start), day_of(item.end)
    if first is not None and last is not None and first != last:
        return False  # a letter is dated by a day; "Sep 20 '21 - Sep 24 '21" is an event's
    if isinstance(item.start, dt.datetime) and isinstance(item.end, dt.datetime):
        return False  # a stamp has a minute; "12 October 2027, 14.00-15.30" an event's hours
    line_end = text.line_at(end)[1] if end < len(text.plain) else end
    return len(text.plain[end:line_end].strip()) <= DATE_LINE_TAIL
