"""Every deadline a message sets, and the registration deadline among them: a day that is
due ("no later than 20 April", "Submission of documents: 24 July", "the registration deadline
... will be July 24th") or a span counted from the meeting or from arrival ("within two weeks
after the Meeting"), each with the kind of what is due (bot.understanding.fields.deadline_kinds).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.cues import written_in_thai
from bot.understanding.fields.deadline_kinds import DELEGATION_PAPERS_CONFIDENCE, deadline_kind
from bot.understanding.fields.meeting_dates import EVENT_KINDS
from bot.understanding.fields.meeting_zone import in_zone
from bot.understanding.fields.table_rows import label_of
from bot.understanding.fields.text import MessageText, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import LineStart, case_blind, prefiltered, words
from bot.understanding.record import Deadline, DeadlineKind, Extracted, When
from bot.understanding.temporal.relative import resolve_relative
from bot.understanding.temporal.types import Relative, Temporal, TemporalKind, day_of
from bot.understanding.temporal.zones import tzinfo_of

_ANCHOR_MEETING = re.compile(rf"\b(?:{MEETING_NOUNS}|events?)\b|ประชุม|สัมมนา|อบรม", re.IGNORECASE)
_ANCHOR_ARRIVAL = re.compile(r"arriv|เดินทางถึง", re.IGNORECASE)
_ANCHOR_DEPARTURE = re.compile(r"depart", re.IGNORECASE)
_ANCHOR_TRAVEL = re.compile(
    rf"{_ANCHOR_ARRIVAL.pattern}|{_ANCHOR_DEPARTURE.pattern}", re.IGNORECASE
)
# "at least six months from arrival" bounds a passport's validity, it is not a due date;
# "at least four weeks before arrival" is one.
_AT_LEAST = re.compile(r"^\s*(?:at\s+least|อย่างน้อย)", re.IGNORECASE)
_DEADLINE_CUE = re.compile(
    r"^\s*(?:within|no\s+later|not\s+later|at\s+least|ภายใน|ไม่เกิน|อย่างน้อย)", re.IGNORECASE
)
# Without such a cue, "two weeks before the Consultation" is a deadline only when
# something is to be done by then.
_ACTION = re.compile(
    r"submit|send|register|apply|complete|confirm|inform|notify|provide|return|nominat"
    r"|ส่ง|แจ้ง|ลงทะเบียน|ยื่น|รายงาน",
    re.IGNORECASE,
)
# A list label that names what is due, the day following it ("Key dates" lists).
_DUE_LABEL = LineStart(
    r"^[ \t]*+(?:[-•*▪]|\d{1,2}[.)])?[ \t]*+"
    r"(?:submission|deadline|closing\s+date|cut-?off|last\s+day"
    r"|due\s+date|registration\s+(?:closes|deadline)|กำหนดส่ง|วันสุดท้าย|หมดเขต)[^:\n]{0,60}[:：]"
    r"[ \t]*+(?:\w+,?[ \t]+)?$",
    re.IGNORECASE,
)
# A window open from now until a day, as a schedule's row writes it: "ลงทะเบียน บัดนี้ – 4 เมษายน
# 2565", "Registration: from now until 4 April": the day is due.
_FROM_NOW_UNTIL = re.compile(
    r"บัดนี้[^\S\n]*(?:[-–—]|ถึง|จนถึง)[^\S\n]*(?:วันที่[^\S\n]*)?$"
    r"|(?i:\bfrom\s+now\s+(?:until|till|to|through)[^\S\n]+)$"
)
# A registration window's opening words before its days: "Pre-registration: from 1 May to 5
# June", "registration is open between", "เปิดรับสมัคร ระหว่างวันที่ 1 - 15 มีนาคม 2565":
# the last day of the window is due. (Not "register for the meeting held on 1-3 May".)
_WINDOW = re.compile(
    r"(?i:(?:pre-?)?registration|sign[\s-]?up|applications?)\b(?P<between>[^.\n]{0,40}?)"
    r"(?i:from|between|period|window|open\w*|:)[^\S\n]*+(?:\w+day,?[^\S\n]+)?$"
    r"|(?:ลงทะเบียน|รับสมัคร)(?P<between_th>[^\n]{0,40}?)(?:ตั้งแต่|ระหว่าง|:)?[^\S\n]*+"
    r"(?:วัน\S{0,12}ที่)?[^\S\n]*+$"
)
# A schedule's row whose range opens its line and whose label names registration: "15 พฤษภาคม –
# 14 มิถุนายน 2561 | ผู้สนใจเข้าร่วมลงทะเบียนและชำระค่าลงทะเบียนผ่านทางเว็บไซต์".
_ROW_START = re.compile(r"[^\S\n]*+(?:[-•*▪|][^\S\n]*+)?")
_REGISTRATION_ROW = re.compile(
    r"[^\S\n]*+[|:–-]?[^\S\n]*+[^\n|]{0,40}?(?:ลงทะเบียน|รับสมัคร|(?i:registration|register))"
    r"(?![^\S\n]++(?i:desk|and\s+(?:opening|welcome)))"
)
# "Registration forms received after April 14, 2016 will not be accepted": due that day.
_TAKEN_UNTIL = re.compile(r"(?i:\b(?:received|submitted|sent)\s+after)[^\S\n]++$")
_NOT_TAKEN = re.compile(
    r"[^.\n]{0,40}?(?i:\b(?:will|shall|can)\s*+not\s+be\s+(?:accepted|considered|processed))"
)
# "by the deadline of 1 July, the deadline has been extended to 8 August": the first day is
# no longer due (the new one is read on its own).
# (A line may wrap inside the sentence, not a blank line.)
_SUPERSEDED = re.compile(r"(?:[^.;\n]|\n(?![^\S\n]*\n)){0,80}?\b(?i:extended\s+(?:to|until))\b")
_HOLDING = re.compile(r"(?i:held|take\s+place|meeting|conference)|จัดขึ้น|จัดการ|จัดประชุม|ประชุม")
WINDOW_CONFIDENCE = 0.75
# "ซึ่งจะประกาศให้ทราบภายในวันที่ 15 มีนาคม", "results will be announced by 1 June": a day by
# which the sender will tell something (the queue's slots, the results), nothing the reader
# must do by then (since round fourteen).
_SENDER_TELLS = re.compile(
    r"(?:จะ[^\S\n]*+(?:ประกาศ|แจ้ง)|ประกาศ)(?:ผล)?(?:ให้\S{0,6}?ทราบ)?[^\S\n]*+(?:ภายใน|ก่อน)?[^\S\n]*+$"
    r"|(?i:\bwill\s+be\s+(?:announced|notified|informed|communicated|published|posted)"
    r"(?:\s+\w+){0,3}?\s+(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\s*$)"
)
_SENDER_TELLS_REACH = 60
_EARLY = re.compile(r"(?i:early|advance)|ล่วงหน้า")
# A list item's label under its day that says the day is due: "วันสุดท้ายของการลงทะเบียน",
# "Deadline for registration".
_DUE_ITEM = re.compile(
    r"(?i:deadline|closing\s+date|last\s+day|cut-?off|registration\s+(?:closes|ends))"
    r"|วันสุดท้าย|หมดเขต"
    r"|ปิดรับ|กำหนดส่ง"
)
# A sentence that says a deadline is a day: "the late registration deadline ... will be
# August 14th, 2020", "the closing date for nominations is Friday, 6 March". (Tried only where
# one of its first words begins: a case-blind word first made the engine try it everywhere.)
_DEADLINE_IS = prefiltered(
    [*words("deadline", "closing", "last", "cut", "regist"), "กำหนด", "วันสุดท้าย", "หมดเขต"],
    r"(?i:deadline|closing\s+date|last\s+day|cut-?off(?:\s+date)?)\b[^.\n]{0,120}?"
    r"\b(?:will\s+be|is|are|falls\s+on)\s+(?:on\s+)?(?:\w+day,?\s+)?$"
    r"|(?:กำหนด)?(?:วันสุดท้าย|หมดเขต)[^\n]{0,60}?(?:คือ|ภายใน)\s*$"
    # "Pre-registration ends May 5", "registration will close on Friday, 6 March"
    r"|(?i:regist\w*)[^.\n]{0,60}?\b(?i:ends?|will\s+(?:end|close))\s+(?i:on\s+)?(?:\w+day,?\s+)?$",
)

# kinds20: round fifteen. The same sentence over a line a PDF wraps it at ("The deadline
# for\npre-registration is 21 October 2022", not across a blank line): read under review until
# measured.
_DEADLINE_IS_WRAPPED = re.compile(
    r"(?i:deadline|closing\s+date|cut-?off(?:\s+date)?)\b[^.\n]{0,120}?\n(?![^\S\n]*\n)[^.\n]{0,120}?"
    r"\b(?:will\s+be|is|are)\s+(?:on\s+)?(?:\w+day,?\s+)?$"
)


def find_deadlines(
    text: MessageText, *, start: When | None, end: When | None, zone: str | None
) -> tuple[Deadline, ...]:
    """Every deadline; one written without a zone is due in the meeting's zone when known.

    Except a deadline written in Thai: a Thai office sets it for replies to a Thai office, so
    it stays in the zone the engine read it in (the office's), not the meeting's abroad.
    """
    found: dict[tuple[DeadlineKind, When | None, Relative | None], Deadline] = {}
    for item in text.temporals:
        if _SUPERSEDED.match(text.plain, item.span[1]):
            continue
        due_zone = None if written_in_thai(item.text) else zone
        inferred = False  # due by inference: a window's last day, a refusal's day, a list's row
        if item.kind is TemporalKind.DEADLINE:
            if _SENDER_TELLS.search(
                text.plain, max(0, item.span[0] - _SENDER_TELLS_REACH), item.span[0]
            ):
                continue
            due, relative = in_zone(item.start, due_zone, item), None
        elif _is_labelled_dueday_of(text, item):
            due, relative = _end_of_day(item.start, item.tz, due_zone), None
        elif (
            _under_due_heading(text, item)
            or _refused_after(text, item)
            or _labelled_due_hour(text, item)
            or _due_cell_or_until(text, item)
            or _deadline_sentence_wrapped(text, item)
        ):
            due, relative = _end_of_day(item.start, item.tz, due_zone), None
            inferred = True
        elif (window_end := _registration_window_end(text, item)) is not None:
            due, relative = _end_of_day(window_end, item.tz, due_zone), None
            inferred = True
        elif item.kind is TemporalKind.RELATIVE and item.relative is not None:
            if not _is_due(text, item, item.relative):
                continue
            relative = item.relative
            due = _resolve(text, relative, start, end)
        else:
            continue
        kind, from_papers = deadline_kind(text, item)
        if relative is not None and _ANCHOR_TRAVEL.search(relative.anchor):
            # "register with eTravel within 72 hours before arrival": an entry formality
            kind = DeadlineKind.TRAVEL
        key = (kind, due, relative)
        confidence = _confidence(text, item, inferred)
        if from_papers:
            confidence = min(confidence, DELEGATION_PAPERS_CONFIDENCE)
        # the same deadline written again: the surest reading of it stands (a window's last
        # day, then "registration closes on" that day)
        if key in found and found[key].confidence >= confidence:
            continue
        found[key] = Deadline(
            kind=kind,
            due=due,
            relative=relative,
            source=text.snippet(*item.span),
            confidence=confidence,
        )
    return tuple(found.values())


def _is_labelled_dueday_of(text: MessageText, item: Temporal) -> bool:
    """A day under a label that names something due: "Submission of documents: 24 July"."""
    if item.kind is not TemporalKind.DATE or isinstance(item.start, dt.datetime):
        return False
    line_start = text.line_at(item.span[0])[0]
    if (
        _DUE_LABEL.search(text.plain, line_start, item.span[0]) is not None
        or _FROM_NOW_UNTIL.search(text.plain, line_start, item.span[0]) is not None
        or _DUE_ITEM.match(label_of(text, item.span)) is not None
    ):
        return True
    return (
        _DEADLINE_IS.search(text.plain, sentence_start(text.plain, item.span[0]), item.span[0])
        is not None
    )


def _deadline_sentence_wrapped(text: MessageText, item: Temporal) -> bool:
    """A day a deadline's sentence, wrapped over two lines, says it is (`_DEADLINE_IS_WRAPPED`)."""
    if item.kind is not TemporalKind.DATE or isinstance(item.start, dt.datetime):
        return False
    begin = sentence_start(text.plain, item.span[0])
    sentence = text.lower[begin : item.span[0]]
    # (a cheap look first: the pattern opens on a choice the engine tries at every character)
    if "\n" not in sentence or not any(word in sentence for word in _WRAPPED_WORDS):
        return False
    return _DEADLINE_IS_WRAPPED.search(text.plain, begin, item.span[0]) is not None


_WRAPPED_WORDS = ("deadline", "closing", "cut")


def _labelled_due_hour(text: MessageText, item: Temporal) -> bool:
    """A day and hour opening its line under a row's label that says it is due: "REGISTRATION
    ENDS" / "Friday 31st May 2024 - 5pm GMT" (since round fourteen, under review)."""
    if item.kind is not TemporalKind.DATETIME:
        return False
    line_start = text.line_at(item.span[0])[0]
    if text.plain[line_start : item.span[0]].strip():
        return False
    return _DUE_ITEM.match(label_of(text, item.span)) is not None


# A table row copied as "| label | day": the label cell before the day on its line.
_CELL_BEFORE = re.compile(r"[^\S\n]*+\|?[^\S\n]*+(?P<label>[^|\n]{3,60}?)[^\S\n]*+\|[^\S\n]*+$")
# "ลงทะเบียนได้ถึงวันที่ 20 พฤษภาคม", "รับสมัครจนถึง 5 มิ.ย.": registration open until that day
# (not one's arrival, "เดินทางถึง").
_THAI_OPEN_UNTIL = re.compile(
    r"(?:ลงทะเบียน|รับสมัคร)[^\n]{0,40}?(?<!เดินทาง)(?:ได้)?(?:จน)?ถึง[^\S\n]*+(?:วันที่[^\S\n]*+)?$"
)


def _due_cell_or_until(text: MessageText, item: Temporal) -> bool:
    """A day due by a table cell's label ("| วันสุดท้ายของการลงทะเบียน | 14 ตุลาคม") or the
    end of a registration open "until" it (since round fourteen, under review)."""
    if item.kind is not TemporalKind.DATE:
        return False
    line_start = text.line_at(item.span[0])[0]
    if (
        "|" in text.plain[line_start : item.span[0]]
        and (cell := _CELL_BEFORE.fullmatch(text.plain, line_start, item.span[0])) is not None
        and _DUE_ITEM.match(cell["label"]) is not None
    ):
        return True
    return "ถึง" in text.plain[max(line_start, item.span[0] - 60) : item.span[0]] and (
        _THAI_OPEN_UNTIL.search(text.plain, max(line_start, item.span[0] - 60), item.span[0])
        is not None
    )


# A list of what is due, under its heading: "Due dates:" then "17 March 2017:" / "Registration
# for the meeting". The heading is a line of its own, in the list's block (no blank line
# between), a few lines above.
_DUE_HEADING = re.compile(
    r"(?:^|\n)[^\S\n]*+(?i:(?:key\s+|important\s+)?(?:due\s+dates|deadlines))[^\S\n]*+:?[^\S\n]*+"
    r"\n(?:[^\S\n]*+\S[^\n]*+\n){0,8}?[^\S\n]*+(?:[-•*▪][^\S\n]*+)?\Z"
)
_DUE_HEADING_REACH = 600


def _under_due_heading(text: MessageText, item: Temporal) -> bool:
    """A day opening a line of a list headed "Due dates:" (a new reading: under review)."""
    if item.kind is not TemporalKind.DATE:
        return False
    line_start = text.line_at(item.span[0])[0]
    if text.plain[line_start : item.span[0]].strip(" \t-•*▪"):
        return False
    return (
        _DUE_HEADING.search(text.plain, max(0, line_start - _DUE_HEADING_REACH), item.span[0])
        is not None
    )


def _refused_after(text: MessageText, item: Temporal) -> bool:
    """ "Registration forms received after April 14 will not be accepted": a day due by
    inference (the text does not call it a deadline)."""
    return (
        item.kind is TemporalKind.DATE
        and _TAKEN_UNTIL.search(text.plain, max(0, item.span[0] - 40), item.span[0]) is not None
        and _NOT_TAKEN.match(text.plain, item.span[1]) is not None
    )


def _confidence(text: MessageText, item: Temporal, inferred: bool) -> float:
    confidence = item.confidence if text.in_body(item.span[0]) else item.confidence - 0.1
    # A window's last day (or a refusal's day) is due by inference: the text does not call it
    # a deadline.
    return min(confidence, WINDOW_CONFIDENCE) if inferred else confidence


def _registration_window_end(text: MessageText, item: Temporal) -> dt.date | None:
    """The last day of a registration window written as a range of days, or None."""
    if item.kind is not TemporalKind.RANGE or isinstance(item.end, dt.datetime):
        return None
    if not isinstance(item.end, dt.date):
        return None
    line_start, line_end = text.line_at(item.span[0])
    if _ROW_START.fullmatch(text.plain, line_start, item.span[0]):
        row = _REGISTRATION_ROW.match(text.plain, item.span[1], line_end)
        rest = text.plain[item.span[1] : line_end]
        if row is not None and not _EARLY.search(rest) and not _HOLDING.search(rest):
            return item.end  # (not "Registration and conference")
        if not rest.strip() and (under := _label_under(text, line_start, line_end)):
            # "วันที่ 1 มกราคม - 28 กุมภาพันธ์" / "ลงทะเบียนและชำระเงิน": a schedule copied with
            # each row's days above its label (since round fourteen, under review)
            row = _REGISTRATION_ROW.match(under)
            if row is not None and not _EARLY.search(under) and not _HOLDING.search(under):
                return item.end
    start = max(line_start, sentence_start(text.plain, item.span[0]))
    window = _WINDOW.search(text.plain, start, item.span[0])
    if window is None or _HOLDING.search(window["between"] or window["between_th"] or ""):
        return None
    # An early-bird rate's window ("ลงทะเบียน…ล่วงหน้า 15 ก.ย. – 12 ม.ค.", then "…ปกติ 13 – 26
    # ม.ค."): registration stays open after it.
    return None if _EARLY.search(window.group()) else item.end


def _label_under(text: MessageText, line_start: int, line_end: int) -> str:
    """The label on the line under a row's days, when the line above them is another row's
    days (so the labels stand under their days), or ""."""
    if line_start < 2 or line_end >= len(text.plain):
        return ""
    above_start, above_end = text.line_at(line_start - 1)
    if not any(above_start <= t.span[0] < above_end for t in text.temporals):
        return ""
    under_start, under_end = text.line_at(line_end + 1)
    under = text.plain[under_start:under_end]
    return "" if any(c.isdigit() for c in under) else under


def _end_of_day(day: When | None, written_zone: str | None, zone: str | None) -> When | None:
    """A day that is due: its last minute, in the meeting's zone when the text gives none."""
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        return day
    name = zone or written_zone
    if name is None:
        return day
    return dt.datetime.combine(day, dt.time(23, 59), tzinfo_of(name))


def _is_due(text: MessageText, item: Temporal, relative: Relative) -> bool:
    if _AT_LEAST.match(item.text):
        return relative.direction == "before"
    if _DEADLINE_CUE.match(item.text):
        return True
    start = sentence_start(text.plain, item.span[0])
    return _ACTION.search(text.plain, start, item.span[0]) is not None


# A call for nominations sets no registration day of its own: a government registers its
# delegates by nominating them ("Nominations are invited before 3 March", "Closing Date for
# Nominations"). Not a nomination of candidates to a body's seats (a board, a bureau, a committee,
# an election) nor of awards: those name no delegation. Nor a Thai letter's day for names
# ("ส่งรายชื่อ … ภายในวันที่"): a Thai office collects them before it registers with the host.
_NOMINATING_SEATS = case_blind(r"candida|board|bureau|committee|council|\belect|award|prize")
# Read from a nomination deadline, the registration deadline is inferred: under review.
NOMINATION_AS_REGISTRATION_CONFIDENCE = 0.75


def registration_deadline(
    text: MessageText, deadlines: tuple[Deadline, ...]
) -> Extracted[When] | None:
    registration = [d for d in deadlines if d.kind is DeadlineKind.REGISTRATION and d.due]
    if not registration:
        return _nomination_deadline(deadlines)
    if len(registration) > 1:
        # "Early registration deadline: 1 April" above "Registration deadline: 20 April":
        # registration stays open after an early rate's day.
        early = _early_days(text)
        registration = [d for d in registration if day_of(d.due) not in early] or registration
    chosen = registration[0]
    assert chosen.due is not None
    return Extracted(chosen.due, chosen.source, chosen.confidence)


def _nomination_deadline(deadlines: tuple[Deadline, ...]) -> Extracted[When] | None:
    """The day nominations of delegates are due, where no registration day is written; a
    day written, not one counted from the meeting ("within four weeks after the workshop")."""
    nominations = [
        d
        for d in deadlines
        if d.kind is DeadlineKind.NOMINATION
        and d.due is not None
        and d.relative is None
        and not _NOMINATING_SEATS.search(d.source)
        and not written_in_thai(d.source)
    ]
    if not nominations:
        return None
    chosen = nominations[0]
    assert chosen.due is not None
    confidence = min(chosen.confidence, NOMINATION_AS_REGISTRATION_CONFIDENCE)
    return Extracted(
        chosen.due, chosen.source, confidence, ("the day nominations of delegates are due",)
    )


def _early_days(text: MessageText) -> set[dt.date | None]:
    """The days written on a line after words of an early rate ("Early-bird registration:")."""
    days: set[dt.date | None] = set()
    for item in text.temporals:
        line_start = text.line_at(item.span[0])[0]
        if _EARLY.search(text.plain, max(line_start, item.span[0] - 60), item.span[0]):
            days.add(day_of(item.start))
    return days


def _resolve(
    text: MessageText, relative: Relative, start: When | None, end: When | None
) -> When | None:
    anchor = relative.anchor.strip().lower()
    if _ANCHOR_ARRIVAL.search(anchor):
        anchor_day = _day_of_line(text, _ANCHOR_ARRIVAL)
        return resolve_relative(relative, anchor_day) if anchor_day else None
    if _ANCHOR_DEPARTURE.search(anchor):
        anchor_day = _day_of_line(text, _ANCHOR_DEPARTURE)
        return resolve_relative(relative, anchor_day) if anchor_day else None
    return resolve_against_meeting(relative, start, end)


def resolve_against_meeting(
    relative: Relative, start: When | None, end: When | None
) -> dt.date | None:
    """The due day of "within two weeks after the Meeting": counted from the meeting's
    first day when before it, from its last day when after it; None for other anchors."""
    anchor = relative.anchor.strip().lower()
    if not anchor or not _ANCHOR_MEETING.search(anchor):
        return None
    edge = day_of(start if relative.direction == "before" else (end or start))
    return resolve_relative(relative, edge) if edge else None


def _day_of_line(text: MessageText, words: re.Pattern[str]) -> dt.date | None:
    """The date on a programme line that names the arrival or departure day."""
    for item in text.temporals:
        if item.kind not in EVENT_KINDS or item.start is None:
            continue
        line_start, line_end = text.line_at(item.span[0])
        if words.search(text.plain[line_start:line_end]):
            return day_of(item.start)
    return None
