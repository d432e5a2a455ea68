"""Call-offs that call nothing off yet: said on a condition ("if Signal No. 8 is hoisted, the
meeting will be cancelled", "วุฒิสภาพร้อมงดการประชุมหากมี…"), as a possibility ("may be called
off"), denied ("the meeting will not be postponed", "there is no need to cancel") or of another
time ("a summit had to be cancelled ten years ago"); nor does one entry of a schedule ("Monday,
December 18, cancelled").

bot.understanding.kind_evidence.find asks this of each cancel or postpone word it finds in a
message's subject or text, and bot.understanding.triage of its subject's: a notice of a meeting
that goes ahead unless something happens is no cancellation of it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.understanding import cues
from bot.understanding.prefilter import LineStart
from bot.understanding.temporal.dates import date_hits

# What opens a condition: "if", "unless", "should …", "in case of", Thai หาก, ถ้า, กรณี;
# since round fifteen also a bare "in case" ("In case a participant cannot attend due to a
# change of date by the organizer, …": a refund's terms).
_CONDITION = re.compile(
    r"\b(?:if|unless|should|in\s+(?:the\s+)?(?:case|event)\s+(?:of|that)|in\s+case)\b|หาก|ถ้า|กรณี"
)
# The call-off said as what will or may happen ("will be rescheduled", "may be called off",
# "จะงด…"), not as done ("has been cancelled").
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|may|might|could)\s+(?:\w+\s+){0,2}?(?:be\s+)?|\bto\s+be\s+|จะ(?:ต้อง)?)$"
)
# A possibility or a readiness, whatever follows: "may be called off", "could be postponed",
# "พร้อมงด…" (ready to call off), "อาจ(จะ)งด…" (may call off).
_POSSIBLE_BEFORE = re.compile(
    r"(?:\b(?:may|might|could)\s+(?:also\s+|still\s+)?(?:be\s+)?|พร้อม(?:ที่จะ)?|อาจ(?:จะ)?(?:ต้อง)?(?:มีการ)?)$"
)
# kinds22: round seventeen. A call-off denied calls nothing off: "We cannot afford to postpone
# the summits", "the meeting will not be postponed", "there is no need to cancel" (the verb's
# own negation, a word or two before it; Thai denies with ไม่ in kind_words' own patterns).
_DENIED_BEFORE = re.compile(
    r"\b(?:not|cannot|can't|can’t|never|won't|won’t|don't|don’t|no\s+need)\s+"
    r"(?:\w+\s+)?(?:to\s+)?(?:be\s+|been\s+)?$"
)
# A question whether it will be ("ยังไม่ทราบว่า… จะขอเลื่อน… ออกไปก่อนหรือไม่", since round
# fourteen): หรือไม่ closes the clause close after the word.
_THAI_WHETHER = re.compile(r"[^\n]{0,20}?หรือไม่")
# The condition just before the word, its จะ said after it: "หากมีการเลื่อน…", "กรณีที่ขอเลื่อน…".
_THAI_IF_BEFORE = re.compile(r"(?:หาก|ถ้า|กรณี(?:ที่)?)\s*(?:มี)?(?:การ)?\s*(?:ขอ)?$")
_THAI_WILL = re.compile(r"จะ(?:ต้อง)?(?:มีการ)?\s*(?:ขอ)?$")
# Of another time, told as the past of something else: "… ten years ago when a summit had
# to be cancelled", "was scheduled to be held last year but was deferred".
_LONG_AGO = re.compile(r"\b(?:years?|decades?)\s+ago\b|\blast\s+(?:year|month)\b")
# … or told in the past perfect, the past of the story's own past: "a seminar that had
# originally been planned for December but postponed" (since round fourteen's second pass). A
# finite verb after it is the sentence's own: "which had been set for May, has been postponed".
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+\s+)?been\b(?!.*\b(?:has|have|is|are|was|were|will|shall)\b)"
)
# … or dated in a year: "our meetings were canceled in March 2020" (a notice puts the meeting
# it calls off before the word, and its new day after "to" or "until").
_IN_YEAR = re.compile(
    rf"\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{cues.MONTH_NAME_EN})\s+)?(?:19|20)\d\d\b"
)
# Of no meeting in particular: "a rescheduled meeting", "any cancelled session" (a bylaw's
# rule, since round fourteen's second pass; a notice calls off "the" meeting or "our" one).
_ANY_BEFORE = re.compile(r"\b(?:a|an|any|every|each)\s+$")
_PARTICIPLE = re.compile(r"[\w-]*ed\b")
_OWN_MODALS = ("will ", "shall ")
# A clause's or a sentence's end: ";", a blank line, a line opening an item ("(2) if …"), a
# full stop before a new sentence (not the one of "Signal No. 8"). A line's end alone is
# none: a PDF breaks its sentences over lines. Since round twenty also a colon that ends its
# line before a quotation: the words quoted ("… this is what she answered:⏎"Yes, the meeting
# has been rescheduled."") are a sentence of their own, not the asker's "last month".
_BOUNDARY = re.compile(
    r";|\n[^\S\n]*(?:\n|(?=\(?\d{1,2}[.)]\s|[•*-]\s))|(?<!\bNo)(?<!\bno)[.!?](?=\s)"
    r'|:[^\S\n]*\n(?=[^\S\n]*["“])'
)
_REACH_BEFORE = 250
_REACH_AFTER = 100
_MODAL_REACH = 30
# Thai writes no full stops: its condition stands close by, on the same line.
_THAI_REACH_BEFORE = 80
_THAI_REACH_AFTER = 40


def said_on_condition(text: str, start: int, end: int) -> bool:
    """Whether the call-off word at text[start:end] is said on a condition, as a possibility,
    denied, of long ago or of any meeting, in its own sentence."""
    if _POSSIBLE_BEFORE.search(text, max(0, start - _MODAL_REACH), start) is not None:
        return True
    if _DENIED_BEFORE.search(text, max(0, start - _MODAL_REACH), start) is not None:
        return True
    if _is_thai(text[start:end]):
        line_start = text.rfind("\n", 0, start) + 1
        if (
            _THAI_WHETHER.match(text, end) is not None
            and "จะ" in text[max(line_start, start - _THAI_REACH_BEFORE) : start]
        ):
            return True  # "…จะขอเลื่อนหรือไม่": whether it will be, asked, not done
        if _THAI_IF_BEFORE.search(text, max(line_start, start - _MODAL_REACH), start) is not None:
            return True  # "หากมีการเลื่อนเปิดการประชุม จะแจ้ง…": if it is put off (mend-r21b)
        # Thai says what will happen with จะ: "หากไม่ครบองค์ประชุม จะงดการประชุม"; without it
        # the notice calls off ("จึงขอยกเลิกการประชุม หากมีข้อสงสัยโปรดติดต่อ…")
        if _THAI_WILL.search(text, max(0, start - _MODAL_REACH), start) is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = len(text) if (newline := text.find("\n", end)) < 0 else newline
        return (
            _CONDITION.search(text, max(line_start, start - _THAI_REACH_BEFORE), start) is not None
            or _CONDITION.search(text, end, min(line_end, end + _THAI_REACH_AFTER)) is not None
        )
    if _ANY_BEFORE.search(text, max(0, start - _MODAL_REACH), start) and _PARTICIPLE.match(
        text, start
    ):
        return True  # "ten days' notice of a rescheduled meeting": a rule for any meeting
    begin = _sentence_start(text, start)
    finish = _sentence_end(text, end)
    if _LONG_AGO.search(text, begin, finish) is not None or _IN_YEAR.match(text, end):
        return True
    if "had" in text[begin:start] and _PAST_PERFECT.search(text, begin, start) is not None:
        return True
    modal = _MODAL_BEFORE.search(text, max(begin, start - _MODAL_REACH), start) is not None
    before = text[begin:start]
    conditions = [c.end() for c in _CONDITION.finditer(before)]
    # inside the condition itself ("if the signal is cancelled"), or its consequence told as
    # what will happen ("if …, the meeting will be rescheduled", "… will be cancelled if …")
    # (kinds23: round eighteen: also one that opens on its own modal after its condition,
    # "Unless otherwise indicated, meetings will not take place over the weekend"; not one
    # whose condition trails, "The AGM will not take place on 5 May, unless otherwise
    # notified": a notice's reserve, the call-off said (mend19a))
    if conditions and (
        "," not in before[conditions[-1] :] or modal or text.startswith(_OWN_MODALS, start)
    ):
        return True
    return modal and _CONDITION.search(text, end, finish) is not None


def schedule_entry(text: str, start: int) -> bool:
    """Whether the call-off word at text[start:] notes one entry of a schedule: it follows a
    day with no verb between ("Monday, December 18, cancelled", "18 Dec (cancelled)",
    "November 6, two weeks early due to rescheduling") among other days listed close by. A
    schedule is for information; one entry called off in it calls off no meeting the message
    is about."""
    entry = _ENTRY_DAY.search(text, max(0, start - _ENTRY_REACH), start)
    if entry is None or _VERB.search(text, entry.end(), start) is not None:
        return False
    around = text[max(0, start - _SCHEDULE_REACH) : start + _SCHEDULE_REACH]
    if len(_DAY.findall(around)) > _SCHEDULE_DAYS:
        return True
    # a rolling agenda's log of sessions, each a heading of its own under its day, the agenda
    # between: "## ~~Meeting - 23 Jul 2025~~ canceled" among "## Meeting - 30 Jul 2025" … (since
    # round twenty-two: one session struck off is no call-off of the page's meeting)
    line = text.rfind("\n", 0, start) + 1
    return SESSION_HEADING.match(text, line) is not None and rolling_agenda(text)


def rolling_agenda(text: str, sent: dt.date | None = None) -> bool:
    """Whether the text is a rolling agenda's log: three session headings at least,
    each but the last over lines of its own (its agenda) before the next. (mend-r22b: a bare
    list of a series' days, "Session - 14 April" over "Session - 21 April", is no log: its
    sessions are the ones the message is about.) (mend-r22f: given the day the message was
    `sent`, a log only where its days run newest first or one of them is gone by: a series'
    sessions all ahead, oldest first, each over its topic, are the ones the message announces.)"""
    logged, before = 0, None
    days: list[dt.date] = []
    for heading in SESSION_HEADING.finditer(text):
        if before is None or text[text.find("\n", before) : heading.start()].strip():
            logged += 1
        before = heading.end()
        if sent is not None:
            days.extend(hit.first for hit in date_hits(heading[0], sent))
    if logged < _SESSION_HEADINGS:
        return False
    return (
        sent is None
        or any(day < sent for day in days)
        or all(above > below for above, below in itertools.pairwise(days))
    )


# A day, month first or day first: "December 18", "18 Dec".
_DAY_EN = rf"\b(?:(?:{cues.MONTH_NAME_EN})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{cues.MONTH_NAME_EN}))\b"
_DAY = re.compile(_DAY_EN)
# (a PDF breaks a schedule's lines anywhere: a blank line ends the entry, a line's end not)
_ENTRY_DAY = re.compile(rf"{_DAY_EN}(?:,?\s+\d{{4}})?(?=(?:[^.;\n]|\n(?![^\S\n]*\n))*$)")
_ENTRY_REACH = 40
# What makes the words after the day a sentence of their own: "December 18 is cancelled".
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|been|will|shall|would|must)\b")
# Four days more than the one called off, within a few lines: a schedule, not a notice that
# names the next meeting or two.
_SCHEDULE_REACH = 150
_SCHEDULE_DAYS = 4
# A heading that opens on a session's noun and its day, after a heading's or a strike's marks.
_SESSION_HEADING = (
    rf"[^\S\n]*(?:[#*~_>][^\S\n]*)*(?:meeting|call|session)\b[^\S\n]*[-–—:,]?[^\S\n]*"
    rf"(?:\w+day,?[^\S\n]+)?{_DAY_EN}"
)
# (looked for from the line breaks: "^" opens on no character, and a scan for it would try
# the whole pattern at every character)
SESSION_HEADING = LineStart(rf"^{_SESSION_HEADING}")
_SESSION_HEADINGS = 3


def _is_thai(words: str) -> bool:
    return any("\u0e00" <= char <= "\u0e7f" for char in words)


def _sentence_start(text: str, position: int) -> int:
    last = max(0, position - _REACH_BEFORE)
    for boundary in _BOUNDARY.finditer(text, last, position):
        last = boundary.end()
    return last


def _sentence_end(text: str, position: int) -> int:
    ceiling = min(len(text), position + _REACH_AFTER)
    boundary = _BOUNDARY.search(text, position, ceiling)
    return boundary.start() if boundary is not None else ceiling
