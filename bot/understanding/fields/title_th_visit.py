"""A visit the news names without a meeting noun: an official visit ("<who>เยือน<country>
อย่างเป็นทางการ"), a courtesy call ("<group> เข้าเยี่ยมคารวะ <whom>") or talks ("<minister>
หารือกับ<whom>").

Thai ministries' and the government's news tell of a leader's or a minister's official visit,
a group's courtesy call on a minister or talks with an ambassador: the meeting is the visit,
named by its verb and its object, and no meeting noun opens it. A name before the verb is who
calls (the group's project, "คณะเยาวชนโครงการ…"), not the meeting. An official visit is read
from the subject or else the text's lead; a call or talks only from the subject, where the
headline says that is its news. Newer rules: a person checks them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bot.understanding.fields.text import MessageText, clean, snippet
from bot.understanding.fields.title_th_offsite import THAI_WRAP
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_OFFICIAL = "อย่างเป็นทางการ"
# "เยือน<where>อย่างเป็นทางการ", the places without a clause of their own
_VISIT = re.compile(r"เยือน(?!อย่าง)(?P<where>[^\n]{2,90}?)[ \t]*อย่างเป็นทางการ")
_CLAUSE = re.compile(r"เพื่อ(?!น)|โดย|ซึ่ง|เมื่อ|ได้|หลังจาก")
# A call's or talks' object ends the headline, or before when, why, or where: "…ฯก่อนเดินทาง…".
_OBJECT = (
    r"(?P<whom>[ก-๙][^\n]{3,80}?)"
    r"(?=[ \t]*(?:ก่อน|เพื่อ(?!น)|ใน(?:วัน|โอกาส)|เมื่อ|ณ[ \t]|พร้อม)|[ \t]*$)"
)
_CALL = re.compile(rf"เยี่ยมคารวะ[ \t]*{_OBJECT}")
# (titles-r21: or a call on a community, "พบปะพูดคุยกับชุมชน<country>…", as talks are)
_TALKS = re.compile(rf"(?:หารือ(?:ข้อราชการ)?(?:ร่วม)?|พบปะ(?:พูดคุย|หารือ)?)กับ[ \t]*{_OBJECT}")
_LEAD_CHARS = 600  # a story's headline and lead, where it names what it tells of
_COVER_NOTE_CHARS = 300
VISIT_CONFIDENCE = 0.7
TEXT_VISIT_CONFIDENCE = 0.65
TALKS_CONFIDENCE = 0.65
VISIT_RULES = ("title.th.visit", "title.th.courtesy_call", "title.th.talks_with")


def subject_visit(text: MessageText) -> tuple[Extracted[str], int] | None:
    """The visit the subject names, and where its verb stands in it."""
    subject = text.subject_as_written or text.subject
    if _OFFICIAL in subject and (visit := next(_official(subject), None)):
        named = _in_lead(text, visit) or _named(
            visit.group(), subject, VISIT_CONFIDENCE, "title.th.visit"
        )
        return named, visit.start()
    if "คารวะ" in subject and (call := _CALL.search(subject)):
        return _named(
            call.group(), subject, VISIT_CONFIDENCE, "title.th.courtesy_call"
        ), call.start()
    if ("หารือ" in subject or "พบปะ" in subject) and (talks := _TALKS.search(subject)):
        return _named(
            talks.group(), subject, TALKS_CONFIDENCE, "title.th.talks_with"
        ), talks.start()
    return None


def visit_named(text: MessageText) -> Extracted[str] | None:
    """The visit the subject names, else the official visit the text's lead names."""
    if found := subject_visit(text):
        return found[0]
    return next(_lead_visits(text), None)


def _in_lead(text: MessageText, subjects: re.Match[str]) -> Extracted[str] | None:
    """The lead's first official visit to the subject's places, if it writes them fuller: the
    headline's "เยือนฮ่องกง … และสิงคโปร์" is the lead's "เยือนเขตบริหารพิเศษฮ่องกง … และ
    สาธารณรัฐสิงคโปร์" (where it writes them as the headline does, the headline's stands)."""
    places = [w.removeprefix("และ") for w in subjects["where"].split()]
    for visit in _lead_visits(text):
        if all(place in visit.value for place in places):
            fuller = len(visit.value) > len(clean(subjects.group()))
            return replace(visit, confidence=VISIT_CONFIDENCE) if fuller else None
    return None


def _lead_visits(text: MessageText) -> Iterator[Extracted[str]]:
    leads = [0]
    if text.body_end <= _COVER_NOTE_CHARS and text.body_end < len(text.plain):
        leads.append(text.body_end)  # a cover note's attachment is the story
    for lead in leads:
        joined = THAI_WRAP.sub("", text.plain[lead : lead + _LEAD_CHARS])  # (a PDF's lines)
        if _OFFICIAL not in joined:
            continue
        for visit in _official(joined):
            why = ruled("title.th.visit", "an official visit the text's lead names")
            source = snippet(joined, *visit.span())
            yield Extracted(clean(visit.group()), source, TEXT_VISIT_CONFIDENCE, why)


def _official(haystack: str) -> Iterator[re.Match[str]]:
    """Each official visit whose places hold no clause of their own ("เยือน… เพื่อ…")."""
    return (visit for visit in _VISIT.finditer(haystack) if not _CLAUSE.search(visit["where"]))


def _named(value: str, subject: str, confidence: float, rule: str) -> Extracted[str]:
    why = "a visit named by its verb and its object in the subject"
    return Extracted(clean(value), f"Subject: {subject}", confidence, ruled(rule, why))
