"""When the meeting is, in which zone, and every deadline, from the temporal engine's findings.

The engine finds every date; this module decides which one is the meeting's. Dates are
weighed by the words around them: "will be held on", a "Dates :" label, a heading, the
same days in the subject line count for a date; a dry run, an arrival day, a memo's own
date or a mail header stamp count against it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.understanding.fields.gazetteer import zone_of_place
from bot.understanding.fields.text import MessageText
from bot.understanding.prefilter import prefiltered, words
from bot.understanding.record import Deadline, DeadlineKind, Extracted, When
from bot.understanding.temporal.relative import resolve_relative
from bot.understanding.temporal.types import Relative, Temporal, TemporalKind
from bot.understanding.temporal.zones import ZONE_ANYWHERE, tzinfo_of

_MEETING_CUES = re.compile(
    r"held|take\s+place|taking\s+place|scheduled|convene|conducted|organi[sz]ed|will\s+be\s+on"
    r"|dates?\s*:|date\s+and\s+venue|full[\s-]day|invit|จัดขึ้น|ระหว่างวันที่|ในวัน|กำหนด(?:จัด|การ)"
    r"|เข้าร่วม(?:การ)?ประชุม|ประชุม",
    re.IGNORECASE,
)
# Tried only where one of its first words begins (bot.understanding.prefilter): a case-blind
# choice of words is otherwise tried at every place of the text.
_OTHER_EVENT = prefiltered(
    [
        *words(
            *("dry", "rehears", "test", "arrival", "departure", "check", "dinner", "reception"),
            *("excursion", "deadline", "no", "not", "submit", "regist", "since", "previous"),
            *("last", "originally", "initially", "formerly", "instead"),
        ),
        *("ลง", "เลขรับ", "รับที่", "เลขที่รับ", "ซ้อม", "เดินทาง", "ภายในวันที่", "เดิมกำหนด", "กำหนดเดิม"),
    ],
    r"(?i)"
    r"dry[\s-]?run|rehears|test[\s-]?run|arrival|departure|check[\s-]?(?:in|out)|dinner|reception"
    r"|excursion|deadline|no\s+later|not\s+later|submit|regist|since|previous|last\s+year"
    r"|originally|previously|initially|formerly|instead\s+of"
    r"|ลงวันที่|เลขรับ|รับที่|เลขที่รับ|ลงทะเบียน|ซ้อม|เดินทาง|ภายในวันที่|เดิมกำหนด|กำหนดเดิม|ลง$",
)
# Lines that date a document rather than an event: memo headers, receipt stamps, mail headers.
_DOCUMENT_LINE = re.compile(
    r"^\s*(?:sent|received|วันที่)\s*[:.]?\s*$|ที่\s+[ก-ฮ]{2}\s*\d|^\s*(?:on\s+)?$"
    r"|^\s*[\w\s\"'<>@.,()-]{0,80}\b(?:wrote|เขียน)\b",
    re.IGNORECASE,
)
# "Date:" heads a mail header block (beside From:, To:, Subject:) or labels the meeting's day.
_DATE_LABEL = re.compile(r"^\s*date\s*[:.]?\s*$", re.IGNORECASE)
_MAIL_HEADER_NEAR = re.compile(r"^\s*(?:from|to|cc|subject|sent)\s*:", re.IGNORECASE | re.MULTILINE)
_OLD_SCHEDULE = re.compile(
    r"originally|previously|initially|(?:was|were|had\s+been)\s+(?:scheduled|planned|due)"
    r"|กำหนดเดิม|เดิมกำหนด|ตามที่",
    re.IGNORECASE,
)
# The new dates of a postponed meeting.
_NEW_DATE = re.compile(
    r"(?:postponed|re-?scheduled|moved|deferred|changed)\s+(?:\w+\s+){0,2}(?:to|until|for)\s+(?:\w+,?\s+)?$"
    r"|new\s+dates?\s*(?:is|are|will\s+be|:)?\s*(?:\w+,?\s+)?$|เลื่อน\S*\s*(?:เป็น|ไปเป็น)\S*\s*$",
    re.IGNORECASE,
)
_MAIL_STAMP = re.compile(r"\bat\s+\d{1,2}:\d{2}\s*(?:AM|PM)\b|^\s*\d{1,2}:\d{2}", re.IGNORECASE)
_ANCHOR_MEETING = re.compile(
    r"meeting|workshop|conference|forum|seminar|event|session|training|programme|course"
    r"|ประชุม|สัมมนา|อบรม",
    re.IGNORECASE,
)
_ANCHOR_ARRIVAL = re.compile(r"arriv|เดินทางถึง", re.IGNORECASE)
_ANCHOR_DEPARTURE = re.compile(r"depart", re.IGNORECASE)
_ANCHOR_TRAVEL = re.compile(
    rf"{_ANCHOR_ARRIVAL.pattern}|{_ANCHOR_DEPARTURE.pattern}", re.IGNORECASE
)
_KIND_WORDS: tuple[tuple[DeadlineKind, re.Pattern[str]], ...] = (
    (
        DeadlineKind.TRAVEL,
        re.compile(
            r"arrival\s+card|MDAC|e-?arrival|visa|immigration|passport|health\s+declaration"
            r"|ตรวจลงตรา|หนังสือเดินทาง",
            re.IGNORECASE,
        ),
    ),
    (
        DeadlineKind.REGISTRATION,
        re.compile(
            r"regist|sign[\s-]?up|RSVP|confirm\w*\s+(?:\w+\s+)?(?:participation|attendance)"
            # "แบบตอบรับ" is the reply form that carries the nominees' names: not this
            r"|ลงทะเบียน|(?<!แบบ)ตอบรับ|ยืนยันการเข้าร่วม",
            re.IGNORECASE,
        ),
    ),
    (
        DeadlineKind.NOMINATION,
        re.compile(
            r"nominat|nominee|names?\b[^.\n]{0,40}?\bof\s+(?:the\s+|your\s+|their\s+)?"
            r"(?:delegat|participant|representative)|named\s+(?:delegat|participant)"
            r"|designat|ส่งรายชื่อ|แจ้งรายชื่อ|เสนอชื่อ|มอบหมายผู้แทน|ผู้แทน",
            re.IGNORECASE,
        ),
    ),
    (
        DeadlineKind.DOCUMENTS,
        re.compile(
            r"country\s+(?:report|paper)|presentation|inputs?\b|comments|papers?\b|documents?"
            r"|template|questionnaire|survey|ส่งเอกสาร|ข้อคิดเห็น|ข้อมูล|ความเห็น",
            re.IGNORECASE,
        ),
    ),
    (
        DeadlineKind.TRAVEL,
        re.compile(
            r"flight|itinerary|travel|hotel|accommodation|booking|ค่าที่พัก|เที่ยวบิน", re.IGNORECASE
        ),
    ),
    (DeadlineKind.REPORT, re.compile(r"report|รายงาน", re.IGNORECASE)),
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
_DUE_LABEL = re.compile(
    r"^[ \t]*(?:[-•*▪]|\d{1,2}[.)])?[ \t]*(?:submission|deadline|closing\s+date|cut-?off|last\s+day"
    r"|due\s+date|registration\s+(?:closes|deadline)|กำหนดส่ง|วันสุดท้าย|หมดเขต)[^:\n]{0,60}[:：]"
    r"[ \t]*(?:\w+,?[ \t]+)?$",
    re.IGNORECASE | re.MULTILINE,
)
MAX_TITLE_SPANS = 50
CONTEXT_BEFORE = 200
CONTEXT_AFTER = 60


@dataclass(frozen=True)
class MeetingDates:
    start: Extracted[When] | None
    end: Extracted[When] | None
    timezone: Extracted[str] | None
    # The dates are written as the old schedule ("which was scheduled for 26-27 May"):
    # in a postponement without new dates they are no longer the meeting's.
    superseded: bool = False


def find_meeting_dates(
    text: MessageText,
    *,
    reference: dt.datetime,
    default_tz: str,
    city: str | None,
    country: str | None,
    title_spans: list[tuple[int, int]],
    subject_dates: Sequence[Temporal] = (),
) -> MeetingDates:
    """The meeting's dates among the text's; `subject_dates` are those of the subject line,
    which name the meeting's days when they name any."""
    candidates = [t for t in text.temporals if t.kind in _EVENT_KINDS]
    in_subject = [t for t in subject_dates if t.kind in _EVENT_KINDS]
    if not candidates:
        return _from_subject(text, in_subject, default_tz, city, country)
    spans = title_spans[:MAX_TITLE_SPANS]
    scores = {id(t): _score(text, t, reference, spans) for t in candidates}
    repeats = Counter(_days(t) for t in candidates)
    subject_days = {_days(t) for t in in_subject}
    for t in candidates:
        scores[id(t)] += min(3, repeats[_days(t)] - 1)
        if _days(t) in subject_days:
            scores[id(t)] += SUBJECT_DAYS_WEIGHT
    best = max(candidates, key=lambda t: (scores[id(t)], text.in_body(t.span[0]), -t.span[0]))
    best_score = scores[id(best)]
    if best_score < 1:
        return _from_subject(text, in_subject, default_tz, city, country)
    # The same day written elsewhere with its hours says more.
    precise = [
        t
        for t in candidates
        if isinstance(t.start, dt.datetime)
        and _day(t.start) == _day(best.start)
        and (best.end is None or _day(t.end or t.start) == _day(best.end))
        and scores[id(t)] >= best_score - 2
    ]
    if not isinstance(best.start, dt.datetime) and precise:
        best = precise[0]
    zone, zone_confidence = _zone(best, default_tz, city, country)
    start, end = _in_zone(best.start, zone, best), _in_zone(best.end, zone, best)
    confidence = min(best.confidence, 0.5 + 0.08 * best_score)
    source = text.snippet(*best.span)
    reasons = best.reasons
    # "originally scheduled for 8-9 October, has been postponed to 3-4 December": the clause
    # names the old schedule, but the date chosen is the new one.
    clause = _clause_before(text, best.span[0])
    superseded = _OLD_SCHEDULE.search(clause) is not None and _NEW_DATE.search(clause) is None
    return MeetingDates(
        start=Extracted(start, source, confidence, reasons) if start is not None else None,
        end=Extracted(end, source, confidence, reasons) if end is not None else None,
        timezone=Extracted(zone, source, zone_confidence) if zone else None,
        superseded=superseded,
    )


_EVENT_KINDS = (TemporalKind.DATE, TemporalKind.DATETIME, TemporalKind.RANGE)
# The subject line names the meeting's days more surely than most sentences do.
SUBJECT_DAYS_WEIGHT = 2


def _from_subject(
    text: MessageText,
    subject_dates: Sequence[Temporal],
    default_tz: str,
    city: str | None,
    country: str | None,
) -> MeetingDates:
    """The dates of the subject line, when the text gives none it could weigh: "Invitation -
    ASEAN-Australia Dialogue, 28 April 2027, Canberra" above a body that only says "in
    Canberra". Several different dates in the subject say nothing sure."""
    if len({_days(t) for t in subject_dates}) != 1:
        return MeetingDates(None, None, None)
    item = subject_dates[0]
    zone, zone_confidence = _zone(item, default_tz, city, country)
    source = f"Subject: {text.subject}"
    confidence = min(item.confidence, SUBJECT_CONFIDENCE)
    start, end = _in_zone(item.start, zone, item), _in_zone(item.end, zone, item)
    return MeetingDates(
        start=Extracted(start, source, confidence, item.reasons) if start is not None else None,
        end=Extracted(end, source, confidence, item.reasons) if end is not None else None,
        timezone=Extracted(zone, source, zone_confidence) if zone else None,
    )


# A date read from the subject alone, with nothing in the text to confirm it.
SUBJECT_CONFIDENCE = 0.7


def _days(item: Temporal) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day: "30 September" and "30 September, 09:30-17:30" are one."""
    first = _day(item.start)
    return first, _day(item.end) or first


def _day(value: When | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _score(
    text: MessageText, item: Temporal, reference: dt.datetime, title_spans: list[tuple[int, int]]
) -> int:
    start, end = item.span
    line_start, line_end = text.line_at(start)
    before = text.plain[max(line_start - 1, start - CONTEXT_BEFORE) : start]
    near_before = _clause_before(text, start)
    after = text.plain[end : min(line_end, end + CONTEXT_AFTER)]
    score = 0
    if _MEETING_CUES.search(before) or _MEETING_CUES.search(after):
        score += 2
    # "registration for the <title> (19-21 May 2026)": the dates are the title's.
    follows_title = any(0 <= start - e <= 3 for _, e in title_spans)
    if _NEW_DATE.search(near_before):
        score += 4
    elif follows_title:
        score += 1
    elif _OTHER_EVENT.search(near_before) or _OTHER_EVENT.search(after[:40]):
        score -= 3
    line_before = text.plain[line_start:start]
    if (
        # a date opening a line a sentence wraps onto is inside that sentence, not a
        # letter's date on a line of its own
        (_DOCUMENT_LINE.search(line_before[-50:]) and not text.wraps_at(line_start - 1))
        or _MAIL_STAMP.search(item.text + after[:20])
        or (_DATE_LABEL.search(line_before[-50:]) and _in_mail_header(text, line_start, line_end))
    ):
        score -= 4
    if line_end - line_start <= 120 and any(
        line_start - 300 <= s <= line_end for s, _ in title_spans
    ):
        score += 2  # a heading: the title, then the dates and place
    if any(s <= start <= e + 250 for s, e in title_spans):
        score += 1
    if item.kind is TemporalKind.RANGE:
        score += 1
    if item.confidence < 0.5:
        score -= 2
    day = _day(item.start)
    if day is not None and day < reference.date() - dt.timedelta(days=400):
        score -= 2  # a meeting of another year, cited
    if text.in_body(start):
        score += 1
    return score


def _in_mail_header(text: MessageText, line_start: int, line_end: int) -> bool:
    """Whether the line before or after is a mail header line (From:, To:, Subject:)."""
    before = text.plain.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.plain.find("\n", line_end + 1)
    around = text.plain[before : len(text.plain) if after < 0 else after]
    return _MAIL_HEADER_NEAR.search(around) is not None


_CLAUSE_BREAK = re.compile(r"[.;:]\s|\n")


def _clause_before(text: MessageText, start: int) -> str:
    """The clause right before a date: cues of other events only count there."""
    line_start = text.line_at(start)[0]
    before = text.plain[max(line_start - 1, start - CONTEXT_BEFORE) : start]
    return _CLAUSE_BREAK.split(before)[-1][-80:]


def zone_stated(item: Temporal) -> bool:
    return item.tz is not None and ZONE_ANYWHERE.search(item.text) is not None


def _zone(
    item: Temporal, default_tz: str, city: str | None, country: str | None
) -> tuple[str | None, float]:
    has_time = isinstance(item.start, dt.datetime)
    if zone_stated(item):
        return item.tz, 0.9
    city_zone = zone_of_place(city, country)
    if city_zone:
        return city_zone, 0.75
    if has_time:
        return default_tz, 0.5
    return None, 0.0


def _in_zone(value: When | None, zone: str | None, item: Temporal) -> When | None:
    """A time written without a zone is wall-clock time where the meeting is."""
    if not isinstance(value, dt.datetime) or zone is None or zone_stated(item):
        return value
    return value.replace(tzinfo=tzinfo_of(zone))


# Deadlines -------------------------------------------------------------------------------


def find_deadlines(
    text: MessageText, *, start: When | None, end: When | None, zone: str | None
) -> tuple[Deadline, ...]:
    """Every deadline; one written without a zone is due in the meeting's zone when known."""
    found: list[Deadline] = []
    seen: set[tuple[DeadlineKind, When | None, Relative | None]] = set()
    for item in text.temporals:
        if item.kind is TemporalKind.DEADLINE:
            due, relative = _in_zone(item.start, zone, item), None
        elif _is_labelled_due_day(text, item):
            due, relative = _end_of_day(item, zone), None
        elif item.kind is TemporalKind.RELATIVE and item.relative is not None:
            if not _is_due(text, item, item.relative):
                continue
            relative = item.relative
            due = _resolve(text, relative, start, end)
        else:
            continue
        kind = _deadline_kind(text, item)
        if relative is not None and _ANCHOR_TRAVEL.search(relative.anchor):
            # "register with eTravel within 72 hours before arrival": an entry formality
            kind = DeadlineKind.TRAVEL
        key = (kind, due, relative)
        if key in seen:
            continue
        seen.add(key)
        found.append(
            Deadline(
                kind=kind,
                due=due,
                relative=relative,
                source=text.snippet(*item.span),
                confidence=item.confidence if text.in_body(item.span[0]) else item.confidence - 0.1,
            )
        )
    return tuple(found)


def _is_labelled_due_day(text: MessageText, item: Temporal) -> bool:
    """A day under a label that names something due: "Submission of documents: 24 July"."""
    if item.kind is not TemporalKind.DATE or isinstance(item.start, dt.datetime):
        return False
    line_start = text.line_at(item.span[0])[0]
    return _DUE_LABEL.search(text.plain, line_start, item.span[0]) is not None


def _end_of_day(item: Temporal, zone: str | None) -> When | None:
    """A day that is due: its last minute, in the meeting's zone when the text gives none."""
    if not isinstance(item.start, dt.date):
        return None
    name = zone or item.tz
    if name is None:
        return item.start
    return dt.datetime.combine(item.start, dt.time(23, 59), tzinfo_of(name))


def _is_due(text: MessageText, item: Temporal, relative: Relative) -> bool:
    if _AT_LEAST.match(item.text):
        return relative.direction == "before"
    if _DEADLINE_CUE.match(item.text):
        return True
    start = _sentence_start(text.plain, item.span[0])
    return _ACTION.search(text.plain, start, item.span[0]) is not None


def registration_deadline(
    text: MessageText, deadlines: tuple[Deadline, ...]
) -> Extracted[When] | None:
    registration = [d for d in deadlines if d.kind is DeadlineKind.REGISTRATION and d.due]
    if not registration:
        return None
    chosen = registration[0]
    assert chosen.due is not None
    return Extracted(chosen.due, chosen.source, chosen.confidence)


def _deadline_kind(text: MessageText, item: Temporal) -> DeadlineKind:
    """The kind of what is due, read in the clause of this date only: "register by 29 May,
    and send flight details by 5 June" gives a registration and a travel deadline."""
    start, end = item.span
    clause_start = max(
        text.paragraph_at(start)[0], start - CONTEXT_BEFORE, _sentence_start(text.plain, start)
    )
    clause_end = min(text.paragraph_at(end)[1], end + CONTEXT_AFTER)
    line_start = text.line_at(start)[0]
    if _LIST_ITEM.match(text.plain, line_start):
        clause_start = max(clause_start, line_start)
    for other in text.temporals:
        if clause_start <= other.span[1] <= start and _NEXT_CLAUSE.match(text.plain, other.span[1]):
            clause_start = other.span[1]
        if end <= other.span[0] < clause_end:
            clause_end = other.span[0]
    item_end = _LIST_ITEM_END.search(text.plain, end, clause_end)
    context = text.plain[clause_start : item_end.start() if item_end else clause_end]
    paragraph_start = text.paragraph_at(start)[0]
    if clause_start == paragraph_start and (
        label := _CELL_LABEL.search(text.plain, max(0, paragraph_start - 40), paragraph_start)
    ):
        context = f"{label[1]}: {context}"
    for kind, pattern in _KIND_WORDS:
        if pattern.search(context):
            return kind
    return DeadlineKind.OTHER


# A table's label cell, read as a paragraph of one short line before its value's paragraph:
# "Registration\n\nhttps://… (deadline: 16 October 2026)".
_CELL_LABEL = re.compile(r"(?:^|\n)[ \t]*([^\n]{1,30}?)[ \t]*\n[ \t]*\n[ \t]*\Z")
# A date that ends its clause: ", and to send flight details by ..." starts another.
_NEXT_CLAUSE = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:;|,?\s*(?:and|or|then|while)\b)", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*▪]|\d{1,2}[.)])\s")
# Where a list item or a sentence ends after its date.
_LIST_ITEM_END = re.compile(r"[.;!?](?=\s)|\n[ \t]*(?:[-•*▪]|\d{1,2}[.)]|\n)")
# A full stop before a capital ends a sentence, unless it ends a title ("Ms. Jane Doe").
_SENTENCE_BREAK = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bNo)(?<!\bSt)[.;!?](?=\s+[A-Z(ก-๙])|\n\s*\n"
)


def _sentence_start(text: str, position: int) -> int:
    window = max(0, position - 400)
    last = 0
    for match in _SENTENCE_BREAK.finditer(text, window, position):
        last = match.end()
    return last or window


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
    edge = _day(start if relative.direction == "before" else (end or start))
    return resolve_relative(relative, edge) if edge else None


def _day_of_line(text: MessageText, words: re.Pattern[str]) -> dt.date | None:
    """The date on a programme line that names the arrival or departure day."""
    for item in text.temporals:
        if item.kind not in _EVENT_KINDS or item.start is None:
            continue
        line_start, line_end = text.line_at(item.span[0])
        if words.search(text.plain[line_start:line_end]):
            return _day(item.start)
    return None
