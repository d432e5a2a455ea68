"""The words of a meeting's report, which bot.understanding.triage reads: a report or minutes
named ("Report of the …", "รายงานผลการประชุม", "ผลสรุปการจัดประชุม"), the items and asks that
only name one, a sender who reports on its own part, and a report titled by such a name."""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.kind_evidence import excluded
from bot.understanding.kind_words import MEETING_WORDS
from bot.understanding.prefilter import prefiltered

# (a memo's summary of any letter says it too: bot.understanding.triage asks of it whether the
# meeting is still to come)
SUMMED_UP = "สรุปสาระสำคัญได้"
# (mend-r23a: so does a notice's agenda, "ผลการประชุมครั้งที่ 1/2569 และเรื่องสืบเนื่อง", an item
# on the last session's outcome: a line opening on an outcome, in a notice of a meeting ahead)
_OUTCOMES = ("ประชุม", "สัมมนา", "แถลงข่าว")
SAID_OF_ANY = frozenset({SUMMED_UP, *(f"ผลการ{held}" for held in _OUTCOMES)})
# (mend-r21b: a line that asks or gives a form is no title: a rule's "รายงานผลการประชุม ให้ส่ง…
# ภายใน 15 วัน" (send the report within …), a blank "รายงานการประชุม (แบบฟอร์ม)", "Minutes of
# meeting template: please …"; mend-r23a: nor a line's opening "ผลการประชุม ขอให้… แจ้ง…", what
# a notice asks be done with the outcome of a meeting ahead)
_ASKS_OR_FORM_WORDS = (
    r"ให้(?:ส่ง|จัดทำ)|ขอ(?!ง)|โปรด|จะ|แบบฟอร์ม|\b(?:templates?|forms?|please|should|will)\b"
)
_TITLE_REACH = 80
REPORT = prefiltered(
    [
        *("report", "summary", "minutes", "outcome", "รายงาน", "สรุปผลการ", "ผลสรุป", "บันทึกการ"),
        *("สรุปสาระสำคัญ", "ผลการ"),
    ],
    r"\breport\s+of\s+the\b|summary\s+(?:record|report)|minutes\s+of|outcome\s+document"
    # a heading's "Meeting Minutes: <Committee>", "Board Meeting Minutes 2021-11-22" (not an
    # item's "review the meeting minutes", nor "minutes will be posted"); a wiki's page name,
    # "Meeting Minutes/2020-07-13 Regular Meeting" (kindsen-r21; a day after it, not "meeting
    # minutes/notes from March are attached": mend-r21d)
    r"|(?<=meeting\s)minutes\b(?=[^\S\n]*[:\-–]|/\d|[^\S\n]+\d{4}|[^\S\n]*(?:\n|$))"
    r"|รายงาน(?:ผล)?การ(?:ประชุม|สัมมนา|เดินทาง)|รายงานสรุปผล|สรุปผลการ(?:ประชุม|เดินทาง)"
    r"|ผลสรุป(?:การ)?(?:จัด)?(?:การ)?(?:ประชุม|สัมมนา)"
    r"|บันทึกการประชุม"  # the minutes
    # kindsth-r21: round twenty-one: "สรุปสาระสำคัญ(ของ)การประชุม…" (the main points of a
    # meeting, summed up) names a report as "สรุปผลการประชุม" does, and so does a story's
    # "สรุปสาระสำคัญได้ ดังนี้" (its main points can be summed up as follows)
    rf"|สรุปสาระสำคัญ\s*(?:ของ)?\s*(?:การ)?(?:ประชุม|สัมมนา)|{SUMMED_UP}"
    # kindsth-r23: round twenty-three: a heading or subject that opens on the outcome of a
    # meeting or a briefing, "ผลการแถลงข่าวประจำสัปดาห์ …", "ผลการประชุม…" (only there: a
    # sentence's "นำผลการประชุมไป…" plans what the outcome will serve)
    rf"|(?<![^\n])ผลการ(?:{'|'.join(_OUTCOMES)})"
    rf"(?![^\n]{{0,{_TITLE_REACH}}}?(?:{_ASKS_OR_FORM_WORDS}))",
)
# An agenda's item on the last meeting's minutes, and a length of time, are no minutes:
# "Motion to accept minutes of last AGM", "approval of the minutes of the previous meeting",
# "3-4 minutes of discussion".
NOT_A_REPORT = re.compile(
    r"(?:approv|accept|adopt|confirm|reading|waiv)\w*\s+(?:of\s+)?(?:the\s+)?minutes"
    # nor is the meeting's own report it will adopt: "… with the adoption of the report of
    # the Meeting"
    r"|(?:approv|adopt|consider)\w*\s+(?:of\s+)?(?:the\s+|its\s+)?(?:draft\s+)?report\s+of"
    r"|minutes\s+of\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:last|previous|prior|preceding)\b"
    r"|\d\s*minutes\s+of\b"
    # nor what is to be recorded: "the cause must be stated in the minutes of the meeting"
    # (since round fourteen's second pass)
    r"|\bin\s+the\s+minutes\s+of\b"
    # kinds23: round eighteen: nor an agenda's numbered item, "9. Board meeting minutes": one
    # before another item, or with no day or "held" of its own ("1. Minutes of … 2 March"; mend19a)
    r"|\n\s*\d{1,2}[.)][^\S\n]+(?:(?![^\n]*(?:\d|\bheld\b))|(?=[^\n]*\n\s*\d{1,2}[.)]\s))"
    r"[^\n]{0,40}?minutes\b"
    # titles23: nor a page's heading over where its minutes are kept, "Meeting Minutes /
    # Meeting minutes (of every call) are listed separately"
    # (mend-r23b: not a mail's own, "Minutes of the June meeting are linked here / below")
    r"|minutes\b[^.\n]{0,40}?\b(?:are|is)\s+(?:listed|kept|linked)\b"
    r"(?![^\S\n]+(?:below|here|above|in\s+this|to\s+this)\b)"
)
REPORTING_SELF = re.compile(
    r"ขอรายงานผล|รายงานผล[^\n]{0,60}ดังนี้|we\s+(?:would\s+like\s+to\s+|wish\s+to\s+)?report\b"
    r"|back[\s-]to[\s-]office\s+report",
)


# kindsth-r21: round twenty-one. A report's title names its meeting however that meeting's own
# name goes on ("ผลสรุปการจัดประชุม<topic> รอบที่ 1", "…เพื่อรับฟังความคิดเห็น ครั้งที่ 1"), where
# the title reader finds no meeting's name in it: on the subject's line or a heading's, the
# report's name and the meeting's noun in or after it.
_ASKS_OR_FORM = re.compile(_ASKS_OR_FORM_WORDS)


def titled_report(text: MessageText) -> str | None:
    """Why the message is a report by its title, or None: its subject, or a line of its own
    text, opens on a report's name that names a meeting."""
    for haystack, end, where in (
        (text.subject_lower, len(text.subject_lower), "the subject"),
        (text.lower, text.body_end, "a heading"),
    ):
        for match in REPORT.finditer(haystack, 0, end):
            line_start = haystack.rfind("\n", 0, match.start()) + 1
            line_end = haystack.find("\n", match.end())
            title = haystack[match.start() : line_end if line_end >= 0 else len(haystack)]
            if (
                not haystack[line_start : match.start()].strip()
                and not excluded(haystack, match, NOT_A_REPORT)
                and MEETING_WORDS.search(title[:_TITLE_REACH]) is not None
                and _ASKS_OR_FORM.search(title[:_TITLE_REACH]) is None
            ):
                return f'a meeting report by its title: {where} says "{clean(match[0])}"'
    return None
