"""What a deadline is for (registration, nomination, documents, travel, a report), read
in the clause of its date only."""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.date_roles import CONTEXT_AFTER, CONTEXT_BEFORE
from bot.understanding.fields.table_rows import label_of
from bot.understanding.fields.text import MessageText, sentence_end, sentence_start
from bot.understanding.prefilter import case_blind
from bot.understanding.record import DeadlineKind
from bot.understanding.temporal.types import Temporal

# How a government registers its delegation: "the credentials of national delegations must be
# deposited with the Office 21 days before the opening" (ILO), "submit their note verbale, with
# the composition of their delegation" (UN). Read as registration, under review.
_DELEGATION_PAPERS = (
    r"credentials?\b[^.\n]{0,40}?\b(?:deposited|lodged)"
    r"|composition\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?(?:national\s+)?delegations?"
)
# A registration deadline read from a delegation's papers: a person should look.
DELEGATION_PAPERS_CONFIDENCE = 0.75
# Applying to take part, as a forum, a course or a fellowship asks: "Deadline for
# applications: 31 July", "Application deadline", "apply by 9 October", "the deadline for the
# submission of the application is …". Read as registration
# since round twelve, under review (with the papers' confidence) until measured.
_APPLYING = (
    r"(?:deadline|closing\s+date|due\s+date)\s+for\s+(?:applications\b"
    # "The deadline for the submission of the application is …" (since round thirteen; not a
    # programme's line "Submission deadline for application for <a track>")
    r"|the\s+(?:(?:submission|receipt)\s+of\s+(?:the\s+|your\s+)?)?applications?\b)"
    r"|applications?\s+deadline|\bapply\s+(?:online\s+)?(?:by|before|until|no\s+later\s+than)\b"
)
_DELEGATION_PAPERS_RE = case_blind(_DELEGATION_PAPERS)
# (read apart, only where "appl" stands: the kinds' words are tried at every character of the
# clause of every date)
_APPLYING_RE = case_blind(_APPLYING)

_KIND_WORDS: tuple[tuple[DeadlineKind, re.Pattern[str]], ...] = (
    (
        DeadlineKind.TRAVEL,
        case_blind(
            r"arrival\s+card|MDAC|e-?arrival|visa|immigration|passport|health\s+declaration"
            r"|ตรวจลงตรา|หนังสือเดินทาง"
        ),
    ),
    # Submitting a letter of credentials names a government's delegates: a nomination, though
    # a "Credentials and registration" heading stands over it.
    (
        DeadlineKind.NOMINATION,
        case_blind(
            r"(?:submit|send|provide|transmit)\w*\s+(?:(?:a|an|the|its|their|your)\s+)?"
            r"(?:letters?\s+of\s+credentials?|credentials?\s+letters?)"
        ),
    ),
    (
        DeadlineKind.REGISTRATION,
        re.compile(
            # (those who registered are no registration: "For pre-registrants that are accepted
            # later, deadline becomes April 1st" is their fee's, since round fifteen)
            rf"(?!registrants?\b)(?:{cues.REGISTRATION})"
            # "apply for a credential": a press or event pass, applied for as one registers
            + r"|apply\s+for\s+(?:a\s+|an\s+|the\s+)?(?:credential|accreditation)"
            # "requests for accreditation should reach the Secretariat before 7 May": how an
            # observer or the press registers
            + r"|accredit"
            + rf"|{_DELEGATION_PAPERS}"
            # "เปิดรับสมัครและชำระเงินเข้าร่วมประชุม": applying to attend the meeting
            + r"|สมัคร[^\n]{0,30}?เข้าร่วม"
            # "รับสมัคร ระหว่างวันที่ …": a contest's or a course's applications, its registration
            # (not "รับสมัครบทความ", "รับสมัครผลงาน": papers asked for)
            + r"|รับสมัคร(?!\S{0,6}(?:บท|ผลงาน))",
            re.IGNORECASE,
        ),
    ),
    (
        DeadlineKind.NOMINATION,
        case_blind(
            r"nominat|nominee|names?\b[^.\n]{0,40}?\bof\s+(?:the\s+|your\s+|their\s+)?"
            r"(?:delegat|participant|representative)|named\s+(?:delegat|participant)"
            # (not "สภาผู้แทนราษฎร", the House of Representatives)
            r"|designat|ส่งรายชื่อ|แจ้งรายชื่อ|เสนอชื่อ|มอบหมายผู้แทน|ผู้แทน(?!ราษฎร)"
        ),
    ),
    (
        DeadlineKind.DOCUMENTS,
        case_blind(
            r"country\s+(?:report|paper)|presentation|inputs?\b|comments|papers?\b|documents?"
            r"|template|questionnaire|survey|ส่งเอกสาร|ข้อคิดเห็น|ข้อมูล|ความเห็น"
            # what a session asks to be written for it: "written statements", "abstract
            # submission", "proposals for side events", บทคัดย่อ, บทความ
            r"|statements?\b|submissions?\b|abstracts?\b|proposals?\b|บทคัดย่อ|บทความ"
        ),
    ),
    (
        DeadlineKind.TRAVEL,
        case_blind(r"flight|itinerary|travel|hotel|accommodation|booking|ค่าที่พัก|เที่ยวบิน"),
    ),
    (DeadlineKind.REPORT, case_blind(r"report|รายงาน")),
)


def deadline_kind(text: MessageText, item: Temporal) -> tuple[DeadlineKind, bool]:
    """The kind of what is due, read in the clause of this date only: "register by 29 May,
    and send flight details by 5 June" gives a registration and a travel deadline; and whether
    it is to be reviewed: read from a delegation's papers, or from a reply whether one attends
    told at the end of a long sentence (both a registration)."""
    start, end = item.span
    clause_start = max(
        text.paragraph_at(start)[0], start - CONTEXT_BEFORE, sentence_start(text.plain, start)
    )
    clause_end = min(text.paragraph_at(end)[1], end + CONTEXT_AFTER)
    line_end = text.line_at(end)[1]
    item_label = ""
    if not text.plain[end:line_end].strip():
        # a date ending its line ends a schedule's row: the next line is another row's, unless
        # it is the label of a list item the date opens ("• 30 April" / "Last day to register")
        clause_end = min(clause_end, line_end)
        item_label = label_of(text, item.span)
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
    context = f"{context} {item_label}"
    if not text.plain[line_start:start].strip() and (row := _row_above(text, item)):
        # a key-dates table copied as label, day, label, day: the row's own label says what
        # is due, not an earlier row's ("REGISTRATION ENDS" above "SUBMISSION DEADLINE")
        context = f"{row} {text.plain[start:clause_end]}"
    paragraph_start = text.paragraph_at(start)[0]
    cell_label_end = 0
    if clause_start == paragraph_start and (
        label := _CELL_LABEL.search(text.plain, max(0, paragraph_start - 40), paragraph_start)
    ):
        context = f"{label[1]}: {context}"
        cell_label_end = len(label[1])
    for kind, pattern in _KIND_WORDS:
        found = pattern.search(context)
        reviewed = False
        if kind is DeadlineKind.REGISTRATION:
            if found is not None:
                reviewed = _DELEGATION_PAPERS_RE.fullmatch(found[0]) is not None
            elif "ppl" in context or "PPL" in context:
                # a form laid out as its labels, then its values, pairs a label with another
                # row's value: applying is read in the date's own clause only
                found = _APPLYING_RE.search(context, cell_label_end)
                reviewed = found is not None
        if found:
            return kind, reviewed
    # "indicate … not later than 30 May 2008, whether your Government plans to participate in
    # the Conference": a reply that confirms participation, told past the clause read above
    # (a wrapped line inside it too). Under review.
    rest = text.plain[end : sentence_end(text.plain, end, end + _SENTENCE_REST)]
    if _WHETHER_ATTENDING.search(rest):
        return DeadlineKind.REGISTRATION, True
    return DeadlineKind.OTHER, False


_SENTENCE_REST = 200


def _row_above(text: MessageText, item: Temporal) -> str:
    """The label of a table row on the line above a day that opens its own line, when the
    line above that is another row's day: "", unless the rows are label, day, label, day."""
    line_start = text.line_at(item.span[0])[0]
    if line_start < 2:
        return ""
    label_start = text.line_at(line_start - 1)[0]
    label = text.plain[label_start : line_start - 1]
    if not label.strip() or label_start < 2 or any(c.isdigit() for c in label):
        return ""
    above = text.line_at(label_start - 1)
    if not any(t.span[0] >= above[0] and t.span[1] <= above[1] for t in text.temporals):
        return ""
    return label.strip()


_WHETHER_ATTENDING = re.compile(
    r"\bwhether\s+(?:or\s+not\s+)?(?:your|the|their|its)\s+[\w/ -]{0,40}?\b"
    r"(?:plans?|intends?|wish(?:es)?|will)\s+(?:to\s+)?(?:participate|attend|be\s+represented)\b",
    re.IGNORECASE,
)


# A table's label cell, read as a paragraph of one short line before its value's paragraph:
# "Registration\n\nhttps://… (deadline: 16 October 2026)".
_CELL_LABEL = re.compile(r"(?:^|\n)[ \t]*+([^\n]{0,29}?[^ \t\n])[ \t]*+\n[ \t]*+\n[ \t]*+\Z")
# A date that ends its clause: ", and to send flight details by ..." starts another.
_NEXT_CLAUSE = re.compile(
    r"\s*+(?:\([^()\n]{0,40}\)\s*+)?(?:;|,?\s*+(?:and|or|then|while)\b)", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*▪]|\d{1,2}[.)])\s")
# Where a list item or a sentence ends after its date.
_LIST_ITEM_END = re.compile(r"[.;!?](?=\s)|\n[ \t]*(?:[-•*▪]|\d{1,2}[.)]|\n)")
