"""The words of a change of schedule around a date: the old days ("originally scheduled for"),
the new ("postponed to", "will now be held on"), a postponement that gives none yet ("until
further notice"), and a meeting said to be still to come ("will be held on"). The date roles
weigh a new day up (date_roles.py); the meeting's dates read the rest (meeting_dates.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.understanding.fields.text import sentence_start
from bot.understanding.prefilter import case_blind
from bot.understanding.temporal.patterns import will_meet
from bot.understanding.temporal.types import Temporal, day_of

# The schedule before a change: "originally scheduled for", "had been planned", "เดิมกำหนด".
_THAT_WAS = (
    r"originally|previously|initially|(?:was|were|had\s+been)\s+(?:scheduled|planned|due)"
    r"|earlier\s+(?:proposed|planned|announced|scheduled)"
)
OLD_SCHEDULE = case_blind(rf"{_THAT_WAS}|กำหนดเดิม|เดิมกำหนด|ตามที่")
# The same said of the chosen date itself, without "ตามที่", which opens a Thai memo's account
# of the meeting it announces.
SCHEDULE_THAT_WAS = re.compile(rf"(?i:{_THAT_WAS})|กำหนดเดิม|เดิมกำหนด")
# "we must postpone the upcoming Conference that is scheduled for October 22nd": the sentence
# (read across the lines a PDF breaks it into) postpones the dates it then names.
POSTPONED_SCHEDULE = case_blind(
    r"postpon[^.]{0,160}\b(?:is|are)\s+(?:scheduled|planned|due)\s+(?:for|on)\s+$"
)
# A new day's Thai name before its date ("วันศุกร์ที่"), a PDF's line break made a space.
_THAI_DAY = r"[^\S\n]*(?:วัน[^\S\n]?[ก-๙]{0,9}ที่[^\S\n]*)?"
# The new dates of a postponed meeting.
NEW_DATE = case_blind(
    r"(?:postponed|re-?scheduled|moved|deferred|changed|adjourn(?:ed)?)\s+(?:\w+\s+){0,2}(?:to|until|for)\s+(?:\w+,?\s+)?$"
    # "new date:", "the revised dates for Conference 2020 will be" (the event named between)
    r"|(?:new|revised)\s+dates?(?:\s+(?:for|of)\s+(?:[\w&-]+\s+){1,4}?)?\s*(?:is|are|will\s+be|:)?"
    r"\s*(?:\w+,?\s+)?$|เลื่อน\S*\s*(?:เป็น|ไปเป็น)\S*\s*$"
    # "The Forum will now be held on 5 May", "now takes place on Friday, 8 May"
    # "is now due to take place on 14-17 June 2021", "will now be held at 2:00 pm next Sunday"
    r"|\bnow\s+(?:(?:due|set|expected|planned)\s+to\s+)?(?:be\s+(?:held|called)|take\s+place|takes\s+place|be"
    r"|scheduled)\s+(?:(?:on|for)\s+(?:\w+,?\s+)?)?$"
    # "postponed from 19 October 2022 to", "เลื่อนการประชุมจากวันพุธที่ 19 ตุลาคม พ.ศ.2565 เป็น"
    r"|(?:postponed|re-?scheduled|moved|deferred|changed)\s+from\s+[^\n]{1,40}?\s(?:to|until)\s+$"
    # "ลงมติเลื่อนการเลือกตั้งกรรมการ 3 คน จากฝ่าย ก. เป็น", with the thing moved between
    # (and the new day's name before its date: "… ไปเป็นวันศุกร์ที่", a PDF breaking "วัน" off)
    rf"|(?:เลื่อน|เปลี่ยน)[^\n]{{0,40}}?จาก[^\n]{{1,60}}?(?:เป็น|ไปเป็น|ไปจัด){_THAI_DAY}$"
    # "ให้เลื่อนการประชุม … วันอังคารที่ 4 ต.ค. ออกไปเป็นวันพุธที่": the old day, then the new
    rf"|เลื่อน[^\n]{{0,80}}?ออกไป(?:เป็น|ยัง){_THAI_DAY}$"
    # "จากเดิมวันที่ 8 มีนาคม 2570 เวลา 09.30 น. เป็น": from the old day and hour to the new
    r"|จากเดิม[^\n]{1,60}?(?:ไป)?เป็น[^\S\n]*$"
    # "is being rescheduled and will be held virtually from", "rescheduled our AGM to be
    # convened on": the change and the holding in one clause
    r"|(?:postponed|re-?scheduled|moved|deferred)\s+(?:\w+\s+){0,3}?(?:be\s+(?:held|convened)"
    r"|take\s+place)(?:\s+(?:virtually|online|physically|in\s+person))?\s+(?:on|from|at|for)\s+"
    r"(?:\w+,?\s+)?$",
)
# The verb and the new dates' "until" apart, with what is moved and where between: "decided to
# postpone the annual meeting weekend in <city>, <state>, from <days>, until", across the lines a
# PDF wraps it into. (NEW_DATE's clause holds 80 characters: the verb stands before them.)
MOVED_FROM_UNTIL = case_blind(
    r"\b(?:postpon|re-?schedul|defer|mov(?:e|ed|ing)\b)[^.]{0,120}?\sfrom\s[^;]{1,40}?"
    r"\s(?:to|until)\s+$"
)
# The day a meeting was moved from: "Regular Meeting (Rescheduled from Mar 17th)".
MOVED_FROM = r"(?:re-?scheduled|moved|postponed|deferred|changed)\s+from[^\S\n]*+$"
_MOVED_FROM = case_blind(MOVED_FROM)
_MOVED_FROM_REACH = 40


# Said right after the day given up: "The AGM planned for 25 June was postponed", "การประชุม
# … วันอังคารที่ 4 ต.ค. ออกไปเป็น…".
# ("… was postponed until further notice", "ออกไปก่อน": no new day, whatever follows)
_GIVEN_UP_AFTER = re.compile(
    r"[^\S\n]*+,?[^\S\n]*+(?i:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:postponed|deferred|moved|re-?scheduled)\b"
    r"(?!\s+(?:until\s+further|indefinitely|to\s+a\s+later|sine\s+die)))"
    r"|[^\S\n]*+(?:นี้[^\S\n]*+)?ออกไป(?!ก่อน|อย่างไม่มีกำหนด)"
)


def moved_from_earlier(plain: str, chosen: dt.date | None, others: Sequence[Temporal]) -> bool:
    """Whether the text says the meeting was moved from another, earlier day: the chosen day
    is then the new one, though no words stand before it."""
    return (
        chosen is not None
        and any(
            (day := day_of(t.start)) is not None
            and day < chosen
            and _MOVED_FROM.search(plain, max(0, t.span[0] - _MOVED_FROM_REACH), t.span[0])
            for t in others
        )
    ) or given_up_before(plain, chosen, others)


def given_up_before(plain: str, chosen: dt.date | None, others: Sequence[Temporal]) -> bool:
    """Whether an earlier day than the chosen one is said given up right after it ("The AGM
    planned for 24 June was postponed"): the chosen day is then the new one, by inference."""
    return chosen is not None and any(
        (day := day_of(t.start)) is not None
        and day < chosen
        and _GIVEN_UP_AFTER.match(plain, t.span[1]) is not None
        for t in others
    )


# Said of a meeting still to come: "will be held via video conference on", "will meet on".
_BE_CONVENED = r"be\s+convened"
TO_COME = case_blind(
    rf"\b{will_meet(_BE_CONVENED)}\b"
    r"|\b(?:is|are)\s+(?:due|set|scheduled|likely|expected|planned)\s+to\s+(?:be\s+held|take\s+place"
    r"|meet)\b"
)
# A postponement that gives no new dates yet.
NO_NEW_DATE = re.compile(
    r"(?i:until\s+further\s+notice|to\s+a\s+later\s+date|(?:at\s+)?a\s+later\s+date"
    r"|new\s+dates?\s+(?:will|to)\s+be\s+(?:announced|confirmed|communicated|informed)"
    r"|postponed\s+indefinitely)"
    r"|ออกไปก่อน|จนกว่า(?:สถานการณ์)?|(?:จะ)?แจ้ง(?:ให้ทราบ)?(?:อีกครั้ง|ภายหลัง)|แจ้งกำหนดการใหม่"
)


def said_to_come(plain: str, item: Temporal, reference: dt.datetime) -> bool:
    """ "After being postponed, the Summit will be held online on Friday, 26 June": a day
    after the message that its sentence says is still to come is the new one."""
    day = day_of(item.start)
    if day is None or day <= reference.date():
        return False
    before = plain[sentence_start(plain, item.span[0]) : item.span[0]]
    return TO_COME.search(before) is not None and OLD_SCHEDULE.search(before) is None
