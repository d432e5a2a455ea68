"""An event named by the verb that governs it, where no meeting noun names one: the activity
an invitation asks people to join, "เชิญชวนร่วม<activity> เนื่องใน<occasion>", and the event an
office holds, "จัดงาน<name>", "จัดกิจกรรม<name>".

An embassy's or a labour office's page of a celebration, a fair or a mobile service names no
meeting: its headline invites to an activity (ร่วม, join) or its text says the office held
(จัด) an event (งาน) or an activity (กิจกรรม). The verb's object is the event's name: it runs
to the first space (Thai writes no space inside a phrase) or to a word that begins what
follows (where, by whom, what for), with the occasion it marks ("เนื่องใน…") kept. Read only
where nothing else names the event, and under review (a newer reading).
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# What ends a Thai name glued to what follows: where (ที่, ณ), going (ไป), with or by whom,
# what for, when ("…ที่วัด…", "…ไปให้บริการ…", "…ร่วมกับ…", "…เพื่อ…", "…เมื่อวันที่…"); a ที่
# glued before another of them ends a word ("เคลื่อนที่ไป…", mobile), not the name.
_FOLLOWS = r"ณ|ไป|และ|เพื่อ|โดย|ให้|ขึ้น|ร่วมกับ|เมื่อ|ระหว่าง|ใน(?:วัน|ช่วง|ระหว่าง)"
_ENDS = rf"(?:ที่(?!{_FOLLOWS})|{_FOLLOWS})"
# A Thai run up to its end (at least four letters; not "งานวันที่ 5", a day), or Latin words
# ("งาน ASEAN Family Day").
_NAME = (
    rf"(?:[ก-๙]{{4,40}}?(?<!วันที่)(?={_ENDS}|[^ก-๙]|$)"
    r"|[ \t]?[A-Z][\w&'’-]*+(?:[ \t][A-Z0-9][\w&'’-]*+){0,6})"
)
# "เชิญชวน(ให้<who>)ร่วม<activity>( เนื่องใน<occasion>)": not "ร่วมกับ" (with), "ร่วมมือ"
# (co-operate), "ร่วมประชุม" (a meeting: the meeting rules name it).
_INVITED = re.compile(
    r"เชิญ(?:ชวน)?(?:ให้[^\s]{0,40}?)?ร่วม(?!กับ|มือ|ประชุม)"
    rf"(?P<name>{_NAME}(?:[ \t]+เนื่องใน[ก-๙]{{2,30}}?(?={_ENDS}|[^ก-๙]|$))?)"
)
# "(ได้)จัดงาน<name>", "จัดกิจกรรม<name>": the event an office holds, or joins ("ร่วมงาน<name>";
# not "ร่วมงานกับ", to work with), not "จัดงานแถลงข่าว…", which the briefing rules read, nor
# "งานประชุม…", "งานสัมมนา…", which the meeting rules do, nor (thnames-r23) "ร่วมงานดังกล่าว",
# the event told of before, which it does not name.
_HELD = re.compile(rf"(?:จัด|ร่วม)(?P<name>(?:งาน(?!กับ)|กิจกรรม)(?!แถลง|ประชุม|สัมมนา|ดังกล่าว){_NAME})")
_LOOKED_AT = 1500  # the text's opening, where its first sentence tells what was held
INVITED_CONFIDENCE = 0.65


def invited_event(text: MessageText) -> Extracted[str] | None:
    """The activity the subject invites to, else the event the subject's, then the opening's,
    office holds; None if none."""
    subject = text.subject_as_written or text.subject
    if "เชิญ" in subject and (found := _INVITED.search(subject)):
        why = "the activity an invitation's verb (ร่วม) governs"
        return _named(found["name"], f"Subject: {text.subject}", "title.th.invited", why)
    for haystack, in_subject in ((subject, True), (text.plain[:_LOOKED_AT], False)):
        if ("จัด" in haystack or "ร่วม" in haystack) and (found := _HELD.search(haystack)):
            source = f"Subject: {text.subject}" if in_subject else text.snippet(*found.span())
            why = "the event the verb จัด (hold) or ร่วม (join) governs"
            return _named(found["name"], source, "title.th.held_event", why)
    return None


def _named(name: str, source: str, code: str, why: str) -> Extracted[str]:
    return Extracted(" ".join(name.split()), source, INVITED_CONFIDENCE, ruled(code, why))
