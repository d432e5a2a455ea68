"""Pages that list a body's meetings or a conference's dates, or describe them, without
announcing one meeting: a conference's "important dates", a standing rule of when meetings are
held (or of their rhythm, or the way they are held), a calendar of many meetings, each on its
own day, a site's "About …" page, a proposal put up for comment. Read for information (other),
whatever words of taking part or registering they hold (bot.understanding.triage asks these
before a page's own kind, or before its fallback). Since round twenty (kindsen-r20; rhythms,
ways and proposals since round twenty-one, kindsen-r21).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding import cues
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.kind_conditions import rolling_agenda
from bot.understanding.kind_news import LEADER_SCHEDULE
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.weekdays import WEEKDAY_EN_NAMES

# A page named for a conference's milestones: "<Conference> Important dates", "Key dates
# ahead of …" (its rows are deadlines before the meeting; which of them is the meeting's own
# the page does not single out). Named for its dates alone ("… and deadlines"): "Key dates and
# registration" is a notice of the meeting that sends its dates along (mend-r20b).
_DATES_TITLE = re.compile(
    r"\b(?:important|key)\s+dates\b"
    r"(?![^\S\n]*(?:and\b|&)[^\S\n]*(?!deadlines?\b|milestones?\b|times?\b)\w)"
)
# kindsth-r21: round twenty-one. A Thai page titled as a calendar, "ปฏิทินนักลงทุน ปี …",
# "ปฏิทินการดำเนินการ…" (a calendar of an investor's year, of a conference's steps): its rows are
# many days, of which the meeting's is one (a council's calendar of its sessions is a circular:
# bot.understanding.kind_pages.titled_calendar, asked first). On the read parts each other page
# so titled has a gold that accepts `other` (1091, 243, 1463).
_CALENDAR_TITLE_TH = re.compile(r"(?<![^\n])[^\S\n]*ปฏิทิน")
# Where a page names itself: its subject, and its heading in the first lines.
_TITLE_CHARS = 120


def dates_page(text: MessageText) -> str | None:
    """Why the page is a conference's list of important dates or a calendar, as its title says,
    or None."""
    if _DATES_TITLE.search(text.subject_lower) or _DATES_TITLE.search(text.lower[:_TITLE_CHARS]):
        return "a page of a meeting's important dates: for information"
    for title in (text.subject, text.plain[:_TITLE_CHARS]):
        if _CALENDAR_TITLE_TH.search(title) is not None:
            return "a calendar of many days, as its title says (ปฏิทิน): for information"
    return None


_ORDINAL = r"first|second|third|fourth|last|1st|2nd|3rd|4th"
# (mend-r22f: the names from temporal.weekdays' table: full names here, and below the short
# ones but "sat" and "sun")
_WEEKDAY = "(?:" + "|".join(name for name in WEEKDAY_EN_NAMES if name.endswith("day")) + ")"
# A standing rule of when a body's meetings are held: "Council meetings are held on the third
# Tuesday of each month", "Meetings are normally held on the second Monday of the month".
# Plural, of meetings in general: "This meeting is held the first Thursday of the month" is one
# series' own notice.
_STANDING = re.compile(
    r"\bmeetings\s+are\s+(?:\w+ly\s+)?(?:held|scheduled)\s+(?:on\s+)?(?:the\s+)?"
    rf"(?:{_ORDINAL})\s+{_WEEKDAY}\s+of\s+(?:each|every|the)\s+month\b"
)

# The rule told only to set this meeting apart from it: "… of each month, but this month's
# meeting will be held on …", "… Because of the holiday, the May meeting will …" (mend-r20b;
# not "… of each month, but not in August": no meeting singled out).
_EXCEPTION = re.compile(
    r"(?:\b(?:but|however|instead|because\s+of|due\s+to|owing\s+to)\b|\bthis\s+month['’]s\b)"
    r"[^.]{0,60}?\bwill\b"
)
_EXCEPTION_REACH = 100


# kindsen-r21: the same rule told by its rhythm, "contributors have bi-weekly meetings at
# 11:00 on Tuesdays", "the group holds monthly community meetings"; or by the way a body's
# meetings in general are held, "Commission meetings will be conducted on the platform Zoom",
# "Meetings are held via Teams" (a page of how to take part in any of them).
_STANDING_WAY = re.compile(
    # (each choice opens on a letter, a "\b" read behind it: the engine skips to them)
    r"h(?<!\wh)(?:ave|as|olds?)\s+(?:regular\s+)?(?:bi-?weekly|weekly|fortnightly|monthly)\s+"
    r"(?:[\w-]+\s+)?meetings\b"
    r"|m(?<!\wm)eetings\s+(?:are|will\s+be)\s+(?:\w+ly\s+)?(?:held|conducted)\s+(?:via|on|using|through|over)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:zoom|teams|webex|kudo|video|platform)\b"
    # titles23: "There are weekly teleconferences on Wednesdays"; a weekday in the plural
    # after it, "Meetings are held:\n- Thursdays at 15:00"
    r"|t(?<!\wt)here\s+are\s+(?:regular\s+)?(?:bi-?weekly|weekly|fortnightly|monthly)\s+"
    r"(?:meetings|calls|teleconferences)\b"
    rf"|m(?<!\wm)eetings\s+are\s+(?:\w+ly\s+)?held[\s:*-]*(?:on\s+)?{_WEEKDAY}s\b"
)
# One meeting singled out beside the rule: "The first Zoom meeting of the council will be on
# Monday 8 June" is that meeting's notice; so is "The 5th meeting will take place on 12 May",
# "the next meeting takes place on …" (mend-r21d: an ordinal, and the other verbs of a day).
_SINGLED_OUT = re.compile(
    r"\b(?:first|next|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}?meeting\s+"
    r"(?:(?:will|is|shall)\s+(?:be\s+)?(?:held\s+|scheduled\s+(?:for\s+)?)?|will\s+take\s+place\s+"
    r"|takes\s+place\s+)(?:on|for)\b"
    # mend-r23b: "Our July meeting will take place on …", "the next one is on …", "we meet on
    # Monday 6 July": the rule told beside the one meeting the mail is of
    r"|\b(?:our|this\s+month['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call)\s+will\s+"
    r"(?:be\s+held|take\s+place)\s+on\b|\bnext\s+one\s+(?:is|will\s+be)\s+on\b"
    rf"|\bwe\s+(?:will\s+)?meet\s+on\s+{_WEEKDAY}\s+\d"
)


def standing_schedule(text: MessageText) -> str | None:
    """Why the text is a standing rule of when or how meetings are held, or None."""
    if "meetings" not in text.lower:
        return None
    if (
        "month" in text.lower
        and (rule := _STANDING.search(text.lower))
        and not _EXCEPTION.search(text.lower, rule.end(), rule.end() + _EXCEPTION_REACH)
    ) or ((rule := _STANDING_WAY.search(text.lower)) and not _SINGLED_OUT.search(text.lower)):
        return f'a standing schedule of meetings: the message says "{clean(rule[0])}"'
    return None


# kindsen-r22: round twenty-two. A page of a recurring call whose only "when" is its rhythm of
# days: "When: First and third Tuesday of each month", "Every month on the Last Wed", "Time:
# Every Wednesday, 18:00 CET", "Date: Every 4th Thursday of each month", "every other
# Wednesday". With no one day of a meeting read, it is the series' standing page, not one
# meeting's notice (on the read parts every such page's gold accepts other or circular).
# (mend-r22b: "sat" and "sun" only in full, not the verb of "the delegates each sat with …")
_DAY_NAME = (
    "(?:" + "|".join(name for name in WEEKDAY_EN_NAMES if name not in ("sat", "sun")) + r")\b"
)
_NTH = rf"(?:{_ORDINAL}|fifth|5th)"
_RHYTHM_OF_DAYS = re.compile(
    # (each choice opens on a letter, a look-behind read after it: the engine skips to them)
    rf"(?:e(?<!\we)very|e(?<!\we)ach)\s+(?:other\s+|{_NTH}\s+)?{_DAY_NAME}"
    rf"|e(?<!\we)very\s+(?:month|week)\s+on\s+(?:the\s+)?(?:{_NTH}\s+)?{_DAY_NAME}"
    rf"|(?<![\w-])(?:{_NTH})(?:\s*(?:,|and|&)\s*(?:the\s+)?{_NTH})*\s+{_DAY_NAME}\s+(?:of\s+)?"
    r"(?:each|every|the)\s+month\b"
)
# (mend-r22b) The page's own "when": the rhythm opens its line, after a list's or a heading's
# marks and a label ("- **Date**: Every 4th Thursday …", "When every week on Thu"), not a
# sentence's ("The meeting link has changed … The call runs every other Wednesday" is news of
# the call, an update; "This meeting is held the first Thursday …" is the series' notice).
_WHEN_LINE = re.compile(r"[\s*_#>|-]*(?:(?:when|time|date|schedule)\b[\s*_]*(?::[\s*_]*)?)?")


def rhythm_of_days(text: MessageText, record: MeetingRecord) -> str | None:
    """Why a page is a recurring meeting's standing page, its days told only as a rhythm on a
    line of their own (no day of a meeting read), or None."""
    if record.start is not None:
        return None
    for rhythm in _RHYTHM_OF_DAYS.finditer(text.lower):
        line = text.lower.rfind("\n", 0, rhythm.start()) + 1
        if _WHEN_LINE.fullmatch(text.lower, line, rhythm.start()):
            return f'a recurring meeting\'s standing page: the message says "{clean(rhythm[0])}"'
    return None


# kindsen-r21: a proposal put up for comment, "Proposal for monthly online meetings",
# "Request for Comment: Community Call": a meeting not yet agreed, for the readers to weigh.
# (whole words: "Proposal forms due" proposes nothing, mend-r21d)
_PROPOSAL_SUBJECT = re.compile(
    r"\W*(?:proposal\s*(?:(?:for|to)\b|:)|request\s+for\s+comments?\b|rfc\b)"
)


def proposal_page(text: MessageText) -> str | None:
    """Why the message proposes a meeting for comment, as its subject says, or None."""
    # (not beside one meeting singled out on its day, "RFC: agenda" over "the 5th meeting is on
    # 12 May": a notice whose agenda is put up for comment, mend-r21d)
    if _PROPOSAL_SUBJECT.match(text.subject_lower) and not _SINGLED_OUT.search(text.lower):
        return "a proposal put up for comment: no meeting agreed yet"
    return None


def listing_page(text: MessageText, record: MeetingRecord) -> str | None:
    """Why the page lists or describes meetings without announcing one (other), or None:
    triage asks it where no word of the text has decided."""
    return (
        dates_page(text)
        or standing_schedule(text)
        or rhythm_of_days(text, record)
        or proposal_page(text)
    )


def schedule_page(text: MessageText, invited: bool, sent: dt.date | None) -> str | None:
    """Why the page is a schedule of many sessions (other), asked before any word of the text
    is weighed, or None: a leader's schedule of the day, as its subject says; or (since round
    twenty-two) a rolling agenda's log, each session a heading of its own under its day
    ("## Meeting - 20 Aug 2025" over its agenda, the one before below it): its items' "update
    on", "Reminder:" and the session struck off ("canceled") are the log's, not the page's.
    (mend-r22b: not where the message invites, `invited`: "You are invited to the series:
    ## Session - 14 April …" is the invitation to those sessions; mend-r22f: nor sessions all
    after the day the message was `sent`, oldest first: the series it announces.)"""
    if LEADER_SCHEDULE.search(text.subject_lower):
        return "a leader's schedule of the day: for information"
    if not invited and rolling_agenda(text.lower, sent):
        return "a rolling agenda: many sessions, each under its own day's heading"
    return None


# A line that opens on a day: "22-27 January: Geneva", "3 - 7 September", "March 5: …" (the
# newline first: a literal the engine skips ahead to).
_DAY_LINE = re.compile(
    r"\n[^\S\n]*(?:\d{1,2}(?:[^\S\n]*[-–][^\S\n]*\d{1,2})?[^\S\n]+"
    rf"(?:{cues.MONTH_NAME_EN})\b|(?:{cues.MONTH_NAME_EN})[^\S\n]+\d{{1,2}}\b)"
)
# Five lines at least: a calendar, not a notice with its dry run and its meeting; in three
# months at least: a calendar of a year, not one meeting's programme day by day (mend-r20b).
_LISTED_DAYS = 5
_LISTED_MONTHS = 3
_MONTH = re.compile(rf"\b(?:{cues.MONTH_NAME_EN})")


def meetings_listed(text: MessageText, record: MeetingRecord) -> str | None:
    """Why the text is a calendar of meetings, many lines each opening on a day, or None.
    Since round twenty-two (kindsen-r22) triage reads it as a circular, as it reads a council's
    calendar of its sessions (kind_pages.titled_calendar), and asks it before the words of
    taking part a calendar holds ("Members of the public are welcome to attend"): on the read
    parts every page it reads has a gold that accepts a circular (930, 1375, 1501, 1572).
    (mend-r22b: not a page with a way to register, a link or a day it closes: a course's modules
    over five months are one series its readers sign up for.)"""
    if record.registration_url is not None or record.registration_deadline is not None:
        return None
    days = _DAY_LINE.findall(text.lower)
    months = {month[:3] for day in days for month in _MONTH.findall(day)}
    if len(days) >= _LISTED_DAYS and len(months) >= _LISTED_MONTHS:
        return "a calendar of meetings, each on its own day: none is this message's own"
    return None


# A site's page that describes its body or its meeting: "About <Assembly>". A mail "About the
# meeting on 16 April", "About tomorrow's meeting" is about one meeting's day (mend-r20b).
_ABOUT_SUBJECT = re.compile(r"[^\S\n]*about[^\S\n]")
_A_DAY = re.compile(
    rf"\b(?:{cues.MONTH_NAME_EN}|today|tomorrow|tonight|{_WEEKDAY})\b|\d{{1,2}}[./-]\d"
)


def about_page(text: MessageText) -> str | None:
    """Why the page describes a body or its meeting, as its subject says, or None."""
    if _ABOUT_SUBJECT.match(text.subject_lower) and not _A_DAY.search(text.subject_lower):
        return "a page about a body or its meeting: for information"
    return None
